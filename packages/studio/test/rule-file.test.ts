import {readFileSync, readdirSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {parseRuleFile} from '@helder/core';
import {editRuleFile} from '../src/rules-repo.js';
import {repoRules} from './helpers.js';

const files = readdirSync(repoRules).filter((name) => name.endsWith('.yaml'));

describe('writing a rule into its YAML file', () => {
  it.each(files)('rewrites every rule of %s with the same meaning, and leaves the rest of the file as it was', (file) => {
    const text = readFileSync(`${repoRules}${file}`, 'utf8');
    const entries = parseRuleFile(text, file).entries;
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const content = {forms: entry.forms, alternatives: entry.alternatives, reason: entry.reason, explanation: entry.explanation, hit: entry.examples.hit, miss: entry.examples.miss};
      const result = editRuleFile(text, {file, ruleId: entry.id, content, status: 'aangenomen', provenance: {role: 'ervaringsdeskundige', date: '2026-12-02', decision: 'Aangenomen: "zo" staat het er.'}, commitMessage: ''});
      if (!('text' in result)) throw new Error(result.problem);
      const parsed = parseRuleFile(result.text, file);
      expect(parsed.errors).toEqual([]);
      const back = parsed.entries.find((item) => item.id === entry.id)!;
      expect({...back, line: 0}).toEqual({...entry, line: 0, status: 'aangenomen', provenance: {role: 'ervaringsdeskundige', date: '2026-12-02', decision: 'Aangenomen: "zo" staat het er.'}});
      const others = (list: typeof entries) => JSON.stringify(list.filter((item) => item.id !== entry.id).map((item) => ({...item, line: 0})));
      expect(others(parsed.entries) === others(entries)).toBe(true);
      // Outside the rule's own lines not one character changes.
      const start = text.indexOf(`- id: ${entry.id}\n`);
      expect(result.text.slice(0, start)).toBe(text.slice(0, start));
      const next = text.indexOf('\n  - id: ', start + 1);
      if (next > 0) expect(result.text.endsWith(text.slice(next))).toBe(true);
    }
  });

  it('adds a new rule at the end in the style of the file', () => {
    const text = readFileSync(`${repoRules}beleidstaal.yaml`, 'utf8');
    const result = editRuleFile(text, {file: 'beleidstaal.yaml', ruleId: 'bewijsstukken', content: {forms: ['bewijsstukken', "zo'n stuk"], alternatives: ['papieren'], reason: "Schrijf 'papieren'.", explanation: 'Veel lezers weten niet welke papieren u bedoelt.', hit: ['Stuur de bewijsstukken op.'], miss: ['Stuur de papieren op.']}, status: 'aangenomen', provenance: {role: 'ervaringsdeskundige', date: '2026-12-02', decision: 'Aangenomen door het panel.'}, commitMessage: ''});
    if (!('text' in result)) throw new Error(result.problem);
    expect(result.text.slice(text.trimEnd().length)).toBe(`

  - id: bewijsstukken
    forms: [bewijsstukken, zo'n stuk]
    alternatives: [papieren]
    reason: "Schrijf 'papieren'."
    explanation: >-
      Veel lezers weten niet welke papieren u bedoelt.
    examples:
      hit: ["Stuur de bewijsstukken op."]
      miss: ["Stuur de papieren op."]
    status: aangenomen
    provenance: {role: ervaringsdeskundige, date: "2026-12-02", decision: "Aangenomen door het panel."}
`);
    expect(parseRuleFile(result.text, 'beleidstaal.yaml').errors).toEqual([]);
  });
});

describe('the generated overview of all rules', () => {
  it('docs/regels-overzicht.md is up to date with rules/ (regenerate: node packages/studio/dist/overview-bin.js > docs/regels-overzicht.md)', async () => {
    const {RulesRepo} = await import('../src/rules-repo.js');
    const {rulesOverview} = await import('../src/overview.js');
    const {entries} = await new RulesRepo(repoRules).load();
    const committed = readFileSync(new URL('../../../docs/regels-overzicht.md', import.meta.url), 'utf8');
    expect(committed).toBe(rulesOverview(entries));
    expect(committed).toContain('| middels | middels | met, via, door | startset | ontwikkelteam, 2026-11-23 |');
  });
});
