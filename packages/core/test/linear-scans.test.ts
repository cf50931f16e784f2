import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {readFileSync} from 'node:fs';
import {buildModel, parseRuleFile, fleschDouma, brouwer} from '../src/index.js';
import {findMarkup} from '../src/letter/markup.js';
import {parseWordClasses} from '../src/readability/word-classes.js';
import {scanDirectives, computeLineStarts, suppressionLookup, type Suppression} from '../src/letter/suppress.js';
import {checkText, textLists} from './helpers.js';

// The regular expressions these scans replaced. They are only run here, on short strings, as the reference.
const oldHtmlMarkup = /<!--[\s\S]{0,10000}?-->|<(script|style)\b[^]{0,100000}?<\/\1\s*>|<\/?[A-Za-z][^<>]{0,2000}>|&[a-zA-Z]{2,8};|&#\d{1,6};/g;

describe('linear scans accept exactly what the old regular expressions accepted', () => {
  it('HTML masking: the same ranges as the old pattern, on random markup', () => {
    const pieces = ['<', '>', '<!--', '-->', '<script', '<script>', '</script>', '</script >', '<style', '</style>', '<scripts>', '<p>', '</p>', '<b class="x">', '&amp;', '&#233;', '&nbsp', 'a', ' ', '\n', 'Uw brief'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 40}), (parts) => {
        const text = parts.join('');
        const expected = [...text.matchAll(oldHtmlMarkup)].map((match) => ({start: match.index, end: match.index + match[0].length}));
        expect(findMarkup(text, 'html').blanks).toEqual(expected);
      }),
      {numRuns: 2000},
    );
  });

  it('numerals: the same words as the old pattern, on compositions of number parts', () => {
    const data = readFileSync(new URL('../data/readability/word-classes.txt', import.meta.url), 'utf8');
    const {numeralWord} = parseWordClasses(data);
    // The parts as the old code collected them: the [numeral] words without ordinals.
    const section = data.split(/^\[numeral\]$/m)[1]!.split(/^\[/m)[0]!;
    const listed = section.split('\n').map((line) => line.replace(/#.*/, '').trim()).join(' ').split(/\s+/).filter(Boolean);
    const parts = [...new Set([...listed.map((word) => word.replace(/\?$/, '').replace('één', 'een')).filter((part) => !/(?:ste|de)$/.test(part)), 'een'])].sort((a, b) => b.length - a.length);
    expect(parts).toContain('zestien');
    const oldNumeral = new RegExp(`^(?:${parts.join('|')})(?:(?:en|ën)?(?:${parts.join('|')}))*(?:ste|de)?$`);
    const pieces = [...parts.slice(0, 30), 'en', 'ën', 'ste', 'de', 'x', 'e', 'n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {minLength: 1, maxLength: 6}), (chosen) => {
        const word = chosen.join('');
        expect(numeralWord.test(word)).toBe(oldNumeral.test(word));
      }),
      {numRuns: 5000},
    );
    for (const word of ['eenentwintig', 'tweeëntwintigste', 'honderdzestien', 'zestien', 'vijftigste']) expect(numeralWord.test(word)).toBe(true);
    for (const word of ['zestienx', 'enzestien', 'zes-tien', '']) expect(numeralWord.test(word)).toBe(false);
    expect(numeralWord.test(`${'zestien'.repeat(5000)}x`)).toBe(false);
  });
});

describe('directives', () => {
  const scan = (text: string) => scanDirectives(text, computeLineStarts(text));

  it('"helder-enable a" ends the passage of a and leaves the passage of b open', () => {
    const text = '<!-- helder-disable a -->\n<!-- helder-disable b -->\nMiddels.\n<!-- helder-enable a -->\nMiddels.\n';
    expect(scan(text).suppressions.map((item) => [item.fromLine, item.toLine, [...(item.ids ?? [])]])).toEqual([
      [1, 4, ['a']],
      [2, Number.POSITIVE_INFINITY, ['b']],
    ]);
  });

  it('80,000 directives on one line: the first switches off, the masked ranges stay inside the line', () => {
    const text = `<!-- ${'helder-disable '.repeat(80_000)}-->\nWij sturen u middels deze brief het besluit.\n`;
    const {suppressions, directiveRanges} = scan(text);
    expect(suppressions[0]).toMatchObject({fromLine: 1, toLine: Number.POSITIVE_INFINITY});
    const firstLineEnd = text.indexOf('\n');
    for (const range of directiveRanges) expect(range.end).toBeLessThanOrEqual(firstLineEnd);
  }, 10_000);
});

describe('suppression lookup', () => {
  it('answers like a pass over every suppression', () => {
    const ids = fc.option(fc.uniqueArray(fc.constantFrom('moeilijk-woord', 'middels', 'moeilijk-woord/middels', 'lang-woord'), {minLength: 1}), {nil: null});
    const suppression = fc.record({fromLine: fc.integer({min: 1, max: 30}), span: fc.oneof(fc.integer({min: 0, max: 5}), fc.constant(Number.POSITIVE_INFINITY)), ids});
    fc.assert(
      fc.property(fc.array(suppression, {maxLength: 12}), fc.integer({min: 1, max: 40}), fc.option(fc.constantFrom('middels', 'kenbaar-maken'), {nil: undefined}), (items, line, entryId) => {
        const suppressions: Suppression[] = items.map((item) => ({fromLine: item.fromLine, toLine: item.fromLine + item.span, ids: item.ids ? new Set(item.ids) : null}));
        for (const ruleId of ['moeilijk-woord', 'lang-woord', 'spelling']) {
          const expected = suppressions.some(
            (item) => line >= item.fromLine && line <= item.toLine && (item.ids === null || item.ids.has(ruleId) || (entryId !== undefined && (item.ids.has(entryId) || item.ids.has(`${ruleId}/${entryId}`)))),
          );
          expect(suppressionLookup(suppressions)(line, ruleId, entryId)).toBe(expected);
        }
      }),
      {numRuns: 3000},
    );
  });
});

describe('line endings: LF, CRLF and a lone CR', () => {
  const lines = ['Gemeente Voorbeeld', 'Postbus 12', '1000 AA Voorbeeld', '', 'Geachte mevrouw Jansen,', '', 'Wij sturen u middels deze brief het besluit.', '', 'Met vriendelijke groet,', '', 'Jan de Vries'];

  it('counts each as one line end', () => {
    expect(computeLineStarts('a\rb\r\nc\nd')).toEqual([0, 2, 5, 7]);
    expect(computeLineStarts('\r\r\n\n')).toEqual([0, 1, 3, 4]);
  });

  it('finds the same salutation, closing and findings (line and column) in each', async () => {
    const kinds = (text: string) => buildModel(text, textLists).lines.map((line) => line.kind);
    const where = async (text: string) => (await checkText(text)).findings.map((finding) => [finding.ruleId, finding.line, finding.column, finding.actual]);
    const lf = lines.join('\n');
    expect(kinds(lf)).toContain('salutation');
    expect(kinds(lf)).toContain('closing');
    const expected = await where(lf);
    expect(expected).toContainEqual(['moeilijk-woord', 7, 14, 'middels']);
    for (const ending of ['\r\n', '\r']) {
      const text = lines.join(ending);
      expect(kinds(text)).toEqual(kinds(lf));
      expect(await where(text)).toEqual(expected);
    }
  });
});

describe('rule files and scores', () => {
  it('reads YAML aliases (*naam) as the part they point to', () => {
    const entry = (id: string, provenance: string) => `  - id: ${id}
    forms: [${id}]
    alternatives: [met]
    reason: Schrijf met.
    explanation: Dit is een deftig woord.
    examples: {hit: ["U kunt ${id} dit formulier bezwaar maken."], miss: ["U kunt met dit formulier bezwaar maken."]}
    status: aangenomen
    provenance: ${provenance}`;
    const withAliases = `theme: Test\ncheck: moeilijk-woord\nrules:\n${entry('middels', '&panel {role: ontwikkelteam, date: 2026-11-23, decision: Testregel.}')}\n${entry('mits', '*panel')}\n`;
    const parsed = parseRuleFile(withAliases, 'test.yaml');
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.map((item) => [item.id, item.provenance.role, item.provenance.decision])).toEqual([
      ['middels', 'ontwikkelteam', 'Testregel.'],
      ['mits', 'ontwikkelteam', 'Testregel.'],
    ]);
    // An alias nest ("billion laughs") is neither expanded nor walked again and again.
    let bomb = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let level = 1; level < 40; level++) bomb += `a${level}: &a${level} [${Array(10).fill(`*a${level - 1}`).join(', ')}]\n`;
    const nest = parseRuleFile(`${bomb}theme: Test\ncheck: moeilijk-woord\nrules: *a39\n`, 'bomb.yaml');
    expect(nest.entries).toEqual([]);
    expect(nest.errors.map((error) => error.field)).toEqual(Array.from({length: 10}, (_, index) => `rules[${index}]`));
    const many = parseRuleFile(`a: &a x\nb: [${Array(1001).fill('*a').join(', ')}]\ntheme: Test\ncheck: moeilijk-woord\nrules: []\n`, 'many.yaml');
    expect(many.errors[0]!.message).toMatch(/meer dan 1000 verwijzingen/);
  });

  it('keeps Flesch-Douma and Brouwer within 0 to 100, also for a run of "_a" without a full stop', async () => {
    expect(fleschDouma(100, 3)).toBe(100);
    expect(brouwer(400, 200)).toBe(0);
    const report = await checkText(`${'_a'.repeat(100_000)}.\n`);
    for (const score of [report.readability?.fleschDouma, report.readability?.brouwer]) {
      if (score === undefined) continue;
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(100);
    }
  }, 10_000);
});

describe('rule file size', () => {
  it('refuses a rule file of more than a million characters with a clear message, and parses one just below', () => {
    const entry = (i: number) => `  - id: regel-${i}
    forms: [woord${i}]
    alternatives: [ander${i}]
    reason: Schrijf ander${i}.
    explanation: Dit woord is lastig voor de lezer.
    examples: {hit: ["U kunt woord${i} dit formulier bezwaar maken."], miss: ["U kunt ander${i} dit formulier bezwaar maken."]}
    status: aangenomen
    provenance: {role: ontwikkelteam, date: 2026-11-23, decision: Testregel.}
`;
    const file = (count: number) => `theme: Groot\ncheck: moeilijk-woord\nrules:\n${Array.from({length: count}, (_, i) => entry(i)).join('')}`;
    const large = parseRuleFile(file(4500), 'groot.yaml');
    expect(large.entries).toEqual([]);
    expect(large.errors).toEqual([
      {file: 'groot.yaml', line: 1, column: 1, field: '(file)', message: expect.stringMatching(/^Dit regelbestand is te groot \(1\.\d miljoen tekens\)\. .*Verdeel de regels over meer bestanden\.$/)},
    ]);
    expect(file(2500).length).toBeLessThan(1_000_000);
    expect(parseRuleFile(file(2500), "net-niet.yaml").entries).toHaveLength(2500);
  }, 20_000);
});
