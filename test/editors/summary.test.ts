/** The status bar text and tooltip the server sends in helder/summary, for each kind of readability result. */
import {defaultConfig, type Finding, type ReadabilityReport} from '@helder/core';
import {describe, expect, it} from 'vitest';
import {summarise, type Analysis} from '../../packages/language-server/src/analysis.js';

const finding = (ruleId: string): Finding => ({
  ruleId, severity: 'warning', line: 1, column: 1, offset: 0, length: 1, end: {line: 1, column: 2, offset: 1},
  actual: 'x', expected: [], message: 'm', url: '',
});

function analysis(readability: ReadabilityReport | null, targetLevel: 'A2' | 'B1' | 'B2' = 'B1', extra: Partial<Analysis> = {}): Analysis {
  return {
    uri: 'file:///brief.txt', version: 3, findings: [finding('lange-zin'), finding('moeilijk-woord'), finding('moeilijk-woord')],
    readability, stats: {words: 120, sentences: 9, paragraphs: 3}, suppressed: 1, config: {...defaultConfig(), targetLevel}, duration: 5, ...extra,
  };
}

describe('helder/summary', () => {
  it('shows "Helder: B1 ✓" when the LiNT level meets the target', () => {
    const summary = summarise(analysis({fleschDouma: 70, brouwer: 65, lint: {score: 40.2, level: 2}}));
    expect(summary).toMatchObject({label: 'Helder: B1 ✓', meetsTarget: true, lint: {level: 2}, findings: 3, counts: {'moeilijk-woord': 2, 'lange-zin': 1}});
    expect(summary.checks.map((item) => item.id)).toEqual(['moeilijk-woord', 'lange-zin']);
    expect(summary.tooltip).toContain('Moeilijk of ambtelijk woord: 2');
    expect(summary.tooltip).toContain('Uitgezet met "helder-disable": 1.');
  });

  it('shows "Helder: niveau 3" when the text is harder than the target', () => {
    expect(summarise(analysis({fleschDouma: 50, brouwer: 45, lint: {score: 52, level: 3}})).label).toBe('Helder: niveau 3');
    expect(summarise(analysis({fleschDouma: 50, brouwer: 45, lint: {score: 52, level: 3}}, 'B2')).label).toBe('Helder: B2 ✓');
    expect(summarise(analysis({fleschDouma: 50, brouwer: 45, lint: {score: 40, level: 2}}, 'A2')).label).toBe('Helder: niveau 2');
  });

  it('follows the verdict of the core when there is one', () => {
    const readability = {
      fleschDouma: 50, brouwer: 45, lint: {score: 45, level: 2},
      verdict: {target: 'B1', reached: false, label: 'B1-doel niet gehaald', summary: 'B1-doel niet gehaald. Er staat veel informatie in elke zin.', reasons: ['Niveau 2 van 4.']},
    } as ReadabilityReport;
    const summary = summarise(analysis(readability));
    expect(summary).toMatchObject({label: 'Helder: niveau 2', meetsTarget: false, reasons: ['Niveau 2 van 4.']});
    expect(summary.tooltip).toContain('Er staat veel informatie in elke zin.');
  });

  it('counts advice when there is no level, and says when a document was skipped', () => {
    expect(summarise(analysis(null)).label).toBe('Helder: 3 adviezen');
    expect(summarise(analysis(null, 'B1', {findings: []})).label).toBe('Helder: geen adviezen');
    expect(summarise(analysis(null, 'B1', {findings: [], skipped: 'too-large'}))).toMatchObject({label: 'Helder: niet gecontroleerd', skipped: 'too-large'});
  });
});
