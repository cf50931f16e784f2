import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {buildModel, compileRules, parseRuleFile, type RuleEntry} from '../src/index.js';
import {textLists} from './helpers.js';

const repoFile = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

interface GapExample {
  form: string;
  expect: 'hit' | 'miss';
  text: string;
}

/** The examples of the `gap-examples` block in docs/dev/rule-format.md: the doc's contract, read as data. */
function docExamples(): GapExample[] {
  const doc = readFileSync(repoFile('docs/dev/rule-format.md'), 'utf8');
  const block = /```text gap-examples\n([\s\S]*?)```/.exec(doc);
  if (!block) throw new Error('docs/dev/rule-format.md: no ```text gap-examples block');
  return block[1]!
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [form, kind, text] = line.split('|').map((part) => part.trim());
      if (!form || (kind !== 'hit' && kind !== 'miss') || !text) throw new Error(`gap-examples: cannot read "${line}"`);
      return {form, expect: kind, text};
    });
}

const entryFor = (form: string): RuleEntry => ({
  id: 'gap',
  check: 'moeilijk-woord',
  theme: 'Test',
  file: 'test.yaml',
  line: 1,
  forms: [form],
  alternatives: [],
  reason: 'Test.',
  explanation: 'Test.',
  examples: {hit: [], miss: []},
  status: 'aangenomen',
  provenance: {role: 'ontwikkelteam', date: '2026-12-02', decision: 'Test.'},
  exceptions: [],
});

const hits = (entries: RuleEntry[], text: string) => {
  const engine = compileRules(entries);
  return buildModel(text, textLists).sentences.flatMap((sentence) => engine.match(sentence));
};

describe('a gap in a form (docs/dev/rule-format.md and the engine agree)', () => {
  const examples = docExamples();

  it('the doc has hits and misses, some of them across punctuation', () => {
    expect(examples.filter((example) => example.expect === 'hit').length).toBeGreaterThanOrEqual(3);
    expect(examples.filter((example) => example.expect === 'miss' && /[,;:(]/.test(example.text)).length).toBeGreaterThanOrEqual(4);
  });

  for (const example of examples) {
    it(`${example.form} ${example.expect === 'hit' ? 'matches' : 'does not match'} "${example.text}"`, () => {
      expect(hits([entryFor(example.form)], example.text).length > 0).toBe(example.expect === 'hit');
    });
  }

  it('a gap ending at a comma still lets the gap-free words after it start a new match', () => {
    const found = hits([entryFor('vindt ... plaats')], 'Het gesprek vindt u in de bijlage, plaats en tijd staan in de brief. De keuring vindt op 3 mei plaats.');
    expect(found.map((match) => match.words.map((word) => word.text).join(' '))).toEqual(['vindt plaats']);
    expect(found[0]!.start).toBeGreaterThan('Het gesprek vindt u in de bijlage, plaats'.length);
  });
});

describe('a gap with the curated rules of rules/deftige-werkwoorden.yaml', () => {
  const file = 'rules/deftige-werkwoorden.yaml';
  const {entries, errors} = parseRuleFile(readFileSync(repoFile(file), 'utf8'), file);
  const ids = (text: string) => hits(entries, text).map((match) => match.entry.id);

  it('reads the rule file', () => {
    expect(errors).toEqual([]);
    expect(entries.some((entry) => entry.id === 'plaatsvinden')).toBe(true);
  });

  it('finds a separable verb within one clause of a letter', () => {
    expect(ids('Het gesprek vindt op dinsdag 12 maart plaats in het stadsloket.')).toContain('plaatsvinden');
    expect(ids('De gemeente stelt uw uitkering opnieuw vast.')).toContain('vaststellen');
  });

  it('does not join two clauses or two sentences into one verb', () => {
    const letter = 'Waar vindt u de uitslag? Plaats en datum staan in de bijlage. U vindt het in de bijlage, plaats uw handtekening onderaan.';
    expect(ids(letter)).not.toContain('plaatsvinden');
  });
});
