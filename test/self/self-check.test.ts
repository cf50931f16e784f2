import {describe, expect, it} from 'vitest';
import {readFileSync, readdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {check} from '@helder/node';
import {checks, type Finding} from '@helder/core';
import {helpText} from '../../packages/cli/src/args.js';
import {runRules} from '../../packages/cli/src/rules-command.js';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {studioScreens, studioHelpLines} from './studio-screens.js';
import {labelTexts} from '../../packages/office-addin/src/labels.js';
import {labelTexts as reportLabelTexts, formatComparisonText} from '../../packages/reports/src/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Helder's own Dutch must pass Helder: messages, explanations, rule texts, the CLI help and the user docs.
 * Words between quotes are mentioned, not used ('Schrijf niet "middels"'), so quoted stretches are blanked
 * with spaces of the same length before the check. Tips (info) are allowed; warnings and errors are not.
 */
function unquote(text: string): string {
  return text.replace(/"[^"\n]*"|“[^”\n]*”|'[^'\n]*'|‘[^’\n]*’/g, (quoted) => quoted.replace(/[^\n]/g, ' '));
}

async function problems(text: string, format: 'text' | 'markdown' = 'text'): Promise<Finding[]> {
  const report = await check(unquote(text), {format});
  return report.findings.filter((finding) => finding.severity !== 'info');
}

const describeFindings = (findings: Finding[]) => findings.map((finding) => `${finding.ruleId}: "${finding.actual}" (${finding.message})`);

describe("Helder's own Dutch passes Helder", () => {
  it('the messages and explanations of every check, on realistic letters', async () => {
    const letters = [readFileSync(`${root}examples/brief-bijzondere-bijstand.txt`, 'utf8'), readFileSync(`${root}bench/inputs/brief-wmo-400.txt`, 'utf8')];
    const texts = new Set<string>();
    for (const letter of letters) {
      for (const finding of (await check(letter)).findings) {
        if (finding.ruleId === 'moeilijk-woord' || finding.ruleId === 'afschrikwoord') continue; // curated texts: next test
        texts.add(finding.message);
        if (finding.explanation) texts.add(finding.explanation);
      }
    }
    expect(texts.size).toBeGreaterThan(10);
    const failures: string[] = [];
    for (const text of texts) for (const line of describeFindings(await problems(text))) failures.push(`${text}\n    ${line}`);
    expect(failures).toEqual([]);
  });

  it('the reason and explanation of every curated rule', async () => {
    const failures: string[] = [];
    for (const name of readdirSync(`${root}rules`).filter((file) => file.endsWith('.yaml'))) {
      const text = readFileSync(`${root}rules/${name}`, 'utf8');
      const {parseRuleFile} = await import('@helder/core');
      for (const entry of parseRuleFile(text, name).entries) {
        for (const part of [entry.reason, entry.explanation]) {
          for (const line of describeFindings(await problems(part))) failures.push(`${name} ${entry.id}: ${line}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('the titles of the checks and the help text of the command line', async () => {
    const titles = checks.map((item) => `${item.title}.`).join('\n\n');
    expect(describeFindings(await problems(titles))).toEqual([]);
    // The help is a layout of lines, not prose: check the Dutch description of each line on its own.
    // Option values (error, warning, json) are literal words the user types, not Dutch.
    const descriptions = helpText
      .split('\n')
      .map((line) => line.replace(/^\s*(?:helder [^\s]+(?: [^\s]+)*?|--?[\w-]+(?: [^\s]+)?|[0-2])\s{2,}/, '').replace(/\b(?:error|warning|info|text|json|csv|sarif|html|stdin)\b/g, 'x'))
      .filter((line) => line.trim() !== '' && !/^\s*(?:helder|cat|--)/.test(line));
    for (const line of descriptions) expect(describeFindings(await problems(line)), line).toEqual([]);
  });

  it('what helder rules test tells a curator about examples that fail', async () => {
    // One rule whose hit example does not match and whose miss example does: both messages are printed.
    const dir = mkdtempSync(join(tmpdir(), 'helder-rules-self-'));
    writeFileSync(
      join(dir, 'eigen.yaml'),
      'theme: Eigen\ncheck: moeilijk-woord\nrules:\n  - id: eigen-terugkoppelen\n    forms: [terugkoppelen]\n    alternatives: [laten weten]\n    reason: Schrijf laten weten.\n    explanation: Terugkoppelen is een woord van kantoor.\n    examples: {hit: ["Wij laten u het besluit weten."], miss: ["Wij zullen het besluit terugkoppelen."]}\n    status: aangenomen\n    provenance: {role: ontwikkelteam, date: 2026-11-23, decision: Test.}\n',
    );
    let out = '';
    const code = await runRules({command: 'rules', action: 'test', format: 'text', rulesDir: dir}, {stdout: (text) => (out += text), stderr: () => undefined, readStdin: async () => new Uint8Array(), cwd: dir});
    expect(code).toBe(1);
    const messages = out.split('\n').filter((line) => line.includes('eigen.yaml')).map((line) => line.slice(line.indexOf('  ') + 2));
    expect(messages).toEqual([
      'eigen-terugkoppelen, een voorbeeld waar de regel iets in moet vinden: "Wij laten u het besluit weten.". De regel vindt niets in dit voorbeeld. Staat een van deze vormen in de zin: "terugkoppelen"?',
      'eigen-terugkoppelen, een voorbeeld waar de regel niets in mag vinden: "Wij zullen het besluit terugkoppelen.". De regel vindt "terugkoppelen" in dit voorbeeld. Dat mag niet. Maak de vorm preciezer, of zet de woorden bij de uitzonderingen.',
    ]);
    // The rule id is a name, not Dutch prose.
    for (const message of messages) expect(describeFindings(await problems(message.replace(/^eigen-terugkoppelen, /, ''))), message).toEqual([]);
  });

  it('the labels and messages of the Word and Outlook pane', async () => {
    const texts = labelTexts();
    expect(texts.length).toBeGreaterThan(20);
    for (const text of texts) expect(describeFindings(await problems(text)), text).toEqual([]);
  });

  it('the labels of the HTML reports and the comparison with an earlier run', async () => {
    const texts = reportLabelTexts();
    expect(texts.length).toBeGreaterThan(40);
    for (const text of texts) expect(describeFindings(await problems(text)), text).toEqual([]);
    const change = {path: 'brief.docx', before: {level: 3, findings: 12}, after: {level: 2, findings: 4}};
    const note = {path: 'brief.docx', ruleId: 'moeilijk-woord', actual: 'x', place: 'alinea 2', sentence: '', message: ''};
    for (const comparison of [
      {previous: {date: '2026-11-01T08:00:00Z', helderVersion: '0.1.0', target: 'B1'}, better: [change], worse: [change], newFindings: [note], goneFindings: [note, note], newFiles: ['a.docx'], goneFiles: ['b.docx']},
      {previous: null, better: [], worse: [change, change], newFindings: [note, note], goneFindings: [note], newFiles: [], goneFiles: []},
    ]) {
      for (const line of formatComparisonText(comparison).split('\n').filter(Boolean)) {
        const prose = line.replace(/brief\.docx|[ab]\.docx|\(\d{4}-\d\d-\d\d\)/g, '');
        expect(describeFindings(await problems(prose)), line).toEqual([]);
      }
    }
  });

  const userDocs = [
    'README.md',
    ...readdirSync(`${root}docs`).filter((name) => name.endsWith('.md') && !['benchmarks.md', 'readability.md', 'rule-coverage.md', 'regels-overzicht.md', 'rule-quality-review.md', 'rule-quality.md'].includes(name)).map((name) => `docs/${name}`),
    ...readdirSync(`${root}docs/rules`).map((name) => `docs/rules/${name}`),
  ];
  it.each(userDocs)('the user doc %s', async (path) => {
    let text = readFileSync(`${root}${path}`, 'utf8');
    if (path === 'README.md') text = text.slice(0, text.indexOf('## Voor ontwikkelaars'));
    // The Studio page ends with an English part for the beheerder who installs it.
    if (path === 'docs/studio.md') text = text.slice(0, text.indexOf('## For the beheerder'));
    if (path === 'docs/word.md') text = text.slice(0, text.indexOf('## For IT departments')); // the IT part is English
    expect(describeFindings(await problems(text, 'markdown'))).toEqual([]);
  });

  it('every screen of the Rules Studio, as a panel member and a beheerder see it', async () => {
    const screens = await studioScreens();
    expect(Object.keys(screens).length).toBeGreaterThan(10);
    const failures: string[] = [];
    for (const [name, page] of Object.entries(screens)) {
      const report = await check(unquote(page.replace(/<!doctype html>/i, '')), {format: 'html'});
      for (const line of describeFindings(report.findings.filter((finding) => finding.severity !== 'info'))) failures.push(`${name}: ${line}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('the help text of helder studio', async () => {
    for (const line of studioHelpLines()) expect(describeFindings(await problems(line)), line).toEqual([]);
  });
});
