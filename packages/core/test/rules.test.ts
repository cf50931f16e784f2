import {describe, expect, it} from 'vitest';
import {parseRuleFile, collectRules, compileRules, buildModel, testRules, type RuleEntry} from '../src/index.js';
import {testRuleFile, textLists} from './helpers.js';

describe('rule files', () => {
  it('parses a valid rule file', () => {
    const {entries, errors} = parseRuleFile(testRuleFile, 'rules/test.yaml');
    expect(errors).toEqual([]);
    expect(entries.map((entry) => entry.id)).toEqual(['middels', 'kenbaar-maken', 'in-de-gelegenheid-stellen', 'overleggen', 'teneinde']);
    expect(entries[0]).toMatchObject({file: 'rules/test.yaml', line: 5, check: 'moeilijk-woord', status: 'aangenomen', theme: 'Testregels'});
  });

  it('names file, line and field for a broken field, and keeps the good rules', () => {
    const text = [
      'theme: Kapot',
      'check: moeilijk-woord',
      'rules:',
      '  - id: goed',
      '    forms: [teneinde]',
      '    alternatives: [om]',
      '    reason: Schrijf om.',
      '    explanation: Teneinde is ouderwets.',
      '    examples: {hit: ["Teneinde dit te doen."], miss: ["Om dit te doen."]}',
      '    status: aangenomen',
      '    provenance: {role: ontwikkelteam, date: 2026-11-23, decision: Goed.}',
      '  - id: Fout Id',
      '    forms: "middels"',
      '    alternatives: [met]',
      '    reason: Schrijf met.',
      '    explanation: Uitleg.',
      '    examples: {hit: ["Middels dit."], miss: ["Met dit."]}',
      '    status: besproken',
      '    provenance: {role: directeur, date: 23-11-2026, decision: Ja.}',
      '    kleur: rood',
    ].join('\n');
    const {entries, errors} = parseRuleFile(text, 'rules/kapot.yaml');
    expect(entries.map((entry) => entry.id)).toEqual(['goed']);
    const summary = errors.map((error) => `${error.line}:${error.field}`);
    expect(summary).toEqual(['12:rules[1].id', '13:rules[1].forms', '18:rules[1].status', '19:rules[1].provenance.role', '19:rules[1].provenance.date', '20:rules[1].kleur']);
    expect(errors.every((error) => error.file === 'rules/kapot.yaml')).toBe(true);
    expect(errors[2]!.message).toContain('voorstel, startset, aangenomen, vervallen');
  });

  it('reports YAML syntax errors with their line', () => {
    const {entries, errors} = parseRuleFile('theme: X\ncheck: moeilijk-woord\nrules:\n  - id: a\n    forms: [middels\n', 'rules/syntax.yaml');
    expect(entries).toEqual([]);
    expect(errors[0]!.field).toBe('(yaml)');
    expect(errors[0]!.line).toBeGreaterThanOrEqual(5);
  });

  it('refuses regular expressions and malformed gaps in forms', () => {
    const text = testRuleFile.replace('forms: [middels]', 'forms: ["(a+)+b", "... middels", "door ... ... ons"]');
    const {errors} = parseRuleFile(text, 'rules/regex.yaml');
    expect(errors.map((error) => error.field)).toEqual(['rules[0].forms[0]', 'rules[0].forms[1]', 'rules[0].forms[2]']);
  });

  it('refuses a reason between quote marks, which would show them in every message, and keeps one with quoted words', () => {
    const reasonLine = /^( {4}reason: ).*$/m.exec(testRuleFile)![0];
    const quoted = testRuleFile.replace(reasonLine, `    reason: "\\"'Middels' is deftig. Schrijf 'met'.\\""`);
    expect(parseRuleFile(quoted, 'rules/quotes.yaml').errors.map((error) => [error.field, error.message])).toEqual([
      ['rules[0].reason', 'De reden staat tussen aanhalingstekens. Haal ze weg: de reden komt zo in het advies.'],
    ]);
    const words = testRuleFile.replace(reasonLine, `    reason: '"Middels" is deftig. Schrijf "met".'`);
    expect(parseRuleFile(words, 'rules/words.yaml').errors).toEqual([]);
  });

  it('reports a duplicate id and a form claimed twice across files, naming both places', () => {
    const second = testRuleFile.replace('id: kenbaar-maken', 'id: kenbaar-maken-2').replace(/theme: Testregels/, 'theme: Tweede');
    const {entries, errors} = collectRules([
      {name: 'rules/a.yaml', text: testRuleFile},
      {name: 'rules/b.yaml', text: second},
    ]);
    expect(entries.filter((entry) => entry.file === 'rules/b.yaml')).toEqual([]);
    expect(errors.find((error) => error.ruleId === 'middels')!.message).toContain('rules/a.yaml:5');
    expect(errors.find((error) => error.ruleId === 'kenbaar-maken-2')!.message).toContain('kenbaar maken');
  });

  it('tests the examples of every rule against the real engine', () => {
    const {entries} = parseRuleFile(testRuleFile, 'rules/test.yaml');
    expect(testRules(entries, compileRules(entries), textLists)).toEqual([]);
    const broken = entries.map((entry) => (entry.id === 'middels' ? {...entry, examples: {hit: ['Met dit formulier.'], miss: ['Middels dit formulier.']}} : entry));
    expect(testRules(broken, compileRules(broken), textLists).map((failure) => failure.kind)).toEqual(['hit', 'miss']);
  });
});

/** A synthetic rule set of any size, for scale tests. Forms are made-up words plus one real word. */
function syntheticRules(count: number): RuleEntry[] {
  const base = parseRuleFile(testRuleFile, 'rules/test.yaml').entries[0]!;
  const rules: RuleEntry[] = [{...base}];
  for (let index = 1; index < count; index++) {
    rules.push({...base, id: `regel-${index}`, forms: [`woord${index}`, `een woord${index} ... verder`]});
  }
  return rules;
}

describe('rule engine', () => {
  it('gives the same matches with 5,000 rules as with 50 on a letter', () => {
    const letter = buildModel('Middels dit formulier vraagt u hulp aan. U kunt woord17 ook een woord42 heel snel verder gebruiken.', textLists);
    const small = compileRules(syntheticRules(50));
    const large = compileRules(syntheticRules(5000));
    const run = (engine: ReturnType<typeof compileRules>) => letter.sentences.flatMap((sentence) => engine.match(sentence).map((match) => `${match.entry.id}@${match.start}`));
    expect(run(small)).toEqual(['middels@0', 'regel-17@48', 'regel-42@60']);
    expect(run(large)).toEqual(run(small));
  });

  it('stays linear on hostile input: a long run of words that all start a form', () => {
    const entries = syntheticRules(10).map((entry, index) => ({...entry, id: `x${index}`, forms: [`a ${'a '.repeat(index)}b`.trim(), `a ... a ... a ... c${index}`]}));
    const engine = compileRules(entries);
    const model = buildModel(`${'a '.repeat(20_000)}.`, textLists);
    // An exponential walk would not finish within the test timeout; the bounded gap keeps it linear.
    const matches = model.sentences.flatMap((sentence) => engine.match(sentence));
    expect(matches).toEqual([]);
  });
});

describe('abbreviation data', () => {
  it('the shipped list is valid and has no ordinary Dutch words as abbreviations', async () => {
    const {readAbbreviations} = await import('../src/index.js');
    const {abbreviationsYaml} = await import('./helpers.js');
    const errors: Parameters<typeof readAbbreviations>[1] = [];
    const list = readAbbreviations(abbreviationsYaml, errors);
    expect(errors).toEqual([]);
    expect(list.get('awb')?.long).toBe('Algemene wet bestuursrecht');
    // "zin" (sentence) once stood here for "zorg in natura" and flagged every sentence about sentences.
    expect(list.has('zin')).toBe(false);
  });
  it('reports a broken item with the file name and keeps the rest', async () => {
    const {readAbbreviations} = await import('../src/index.js');
    const errors: Parameters<typeof readAbbreviations>[1] = [];
    const list = readAbbreviations('- {short: awb, long: Algemene wet bestuursrecht, example: "Dit staat in de Awb."}\n- {short: wmo}\n', errors);
    expect([...list.keys()]).toEqual(['awb']);
    expect(errors).toEqual([expect.objectContaining({file: 'data/afkortingen.yaml', field: '[1]'})]);
  });
});
