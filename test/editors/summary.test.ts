/**
 * The status bar text and tooltip the server sends in helder/summary. Every summary is made from what the core really
 * returns for a realistic letter: the server renders the core's verdict, it does not compute one.
 */
import {defaultConfig, loadResources, type TargetLevel} from '@helder/core';
import {createNodeLoader} from '@helder/node';
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {analyse, summarise} from '../../packages/language-server/src/analysis.js';
import {nl} from '../../packages/language-server/src/messages.js';

const resources = loadResources(createNodeLoader());

// Realistic letters of LiNT level 2 (meets B1) and level 3 (misses B1), shared with the core's readability tests.
const fixture = (name: string) => readFileSync(new URL(`../../packages/core/test/fixtures/readability/${name}`, import.meta.url), 'utf8');
const easyLetter = fixture('level-2.txt');
const hardLetter = fixture('level-3.txt');

async function summaryOf(text: string, targetLevel: TargetLevel = 'B1') {
  const analysis = await analyse('file:///brief.txt', 3, text, 'text', {...defaultConfig(), targetLevel}, await resources, undefined);
  return {analysis, summary: summarise(analysis)};
}

describe('helder/summary', () => {
  it('shows "Helder: B1 ✓" and the core\'s summary when the letter meets the target', async () => {
    const {analysis, summary} = await summaryOf(easyLetter);
    const verdict = analysis.readability!.verdict!;
    expect(verdict.reached).toBe(true);
    expect(summary).toMatchObject({label: 'Helder: B1 ✓', meetsTarget: true, targetLevel: 'B1', lint: analysis.readability!.lint});
    expect(summary.tooltip.split('\n')[1]).toBe(verdict.summary);
    expect(summary.reasons).toEqual(verdict.reasons.map((reason) => reason.text));
    expect(summary.words).toBe(analysis.stats.words);
  });

  it('shows the level, the counts per check and the core\'s reasons when the letter is harder than the target', async () => {
    const {analysis, summary} = await summaryOf(hardLetter);
    const verdict = analysis.readability!.verdict!;
    expect(verdict.reached).toBe(false);
    expect(summary.label).toBe(`Helder: niveau ${analysis.readability!.lint!.level}`);
    expect(summary.meetsTarget).toBe(false);
    expect(summary.tooltip).toContain(verdict.summary);
    expect(summary.reasons!.length).toBeGreaterThan(2);
    expect(summary.findings).toBe(analysis.findings.length);
    const perCheck = summary.checks.reduce((sum, item) => sum + item.count, 0);
    expect(perCheck).toBe(analysis.findings.length);
    for (const item of summary.checks) expect(summary.tooltip).toContain(`- ${item.title}: ${item.count}`);
  });

  it('follows the target level of the config: the same letter can meet B2 and miss A2', async () => {
    const hard = await summaryOf(hardLetter, 'B2');
    const level = hard.analysis.readability!.lint!.level;
    expect(hard.summary.meetsTarget).toBe(level <= 3);
    expect(hard.summary.label).toBe(level <= 3 ? 'Helder: B2 ✓' : `Helder: niveau ${level}`);
    const easy = await summaryOf(easyLetter, 'A2');
    expect(easy.analysis.readability!.verdict!.target).toBe('A2');
    expect(easy.summary.meetsTarget).toBe(easy.analysis.readability!.lint!.level === 1);
  });

  it('counts advice when there is no level, and says when a document was skipped', async () => {
    const addressOnly = await summaryOf('Gemeente Utrecht\nPostbus 16200\n3500 CE Utrecht\n');
    // Two words on a line of their own: counted, but no LiNT level and so no verdict.
    expect(addressOnly.analysis.readability?.lint ?? null).toBeNull();
    expect(addressOnly.analysis.readability?.verdict ?? null).toBeNull();
    const advice = addressOnly.analysis.findings.length;
    expect(addressOnly.summary).toMatchObject({lint: null, meetsTarget: null, label: nl.labelAdvice(advice)});
    expect(addressOnly.summary).not.toHaveProperty('reasons');
    const tooLarge = await summaryOf('a'.repeat(1_000_001));
    expect(tooLarge.summary).toMatchObject({label: 'Helder: niet gecontroleerd', skipped: 'too-large'});
  });
});
