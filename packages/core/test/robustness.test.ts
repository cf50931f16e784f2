import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {unified} from 'unified';
import retextDutch from 'retext-dutch';
import {VFile} from 'vfile';
import {helderPreset} from '../src/index.js';
import {checkText, testLoader} from './helpers.js';

const letterSentence =
  'Geachte heer/mevrouw,\n\nMiddels deze brief laten wij u weten dat uw aanvraag is door ons goedgekeurd. Het is niet onmogelijk dat je binnen zes weken na dagtekening een brief krijgt i.v.m. de Wmo.\n\nHoogachtend,\n';

describe('bad input', () => {
  it('handles empty text and only white space', async () => {
    for (const text of ['', '   \n\t\n  ']) {
      const report = await checkText(text);
      expect(report.findings).toEqual([]);
      expect(report.stats).toEqual({words: 0, sentences: 0, paragraphs: 0});
    }
  });

  it('handles NUL bytes and other control characters without moving offsets', async () => {
    const text = `Middels\u0000deze brief.\u0007 Middels de post.`;
    const report = await checkText(text);
    const hits = report.findings.filter((finding) => finding.ruleId === 'moeilijk-woord');
    expect(hits.map((finding) => finding.offset)).toEqual([0, 21]);
    for (const finding of hits) expect(text.slice(finding.offset, finding.offset + finding.length)).toBe(finding.actual);
  });

  it('handles lone surrogates and emoji', async () => {
    const text = 'Middels \uD800 deze brief 😀 en \uDC00 middels de post.';
    const report = await checkText(text);
    expect(report.findings.filter((finding) => finding.ruleId === 'moeilijk-woord').map((finding) => finding.actual)).toEqual(['Middels', 'middels']);
  });

  it('checks a 5 MB text and finds what is in it', async () => {
    const paragraph = `${letterSentence.split('\n\n')[1]}\n\n`;
    const text = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
    const report = await checkText(text, {config: {rules: {spelling: 'off'}}});
    const repeats = Math.ceil((5 * 1024 * 1024) / paragraph.length);
    expect(report.findings.filter((finding) => finding.ruleId === 'moeilijk-woord')).toHaveLength(repeats);
    expect(report.stats.sentences).toBe(repeats * 2);
    // Long texts are parsed in chunks: offsets must still point at the exact characters.
    for (const finding of report.findings) expect(text.slice(finding.offset, finding.offset + finding.length)).toBe(finding.actual);
    expect(report.findings.at(-1)!.line).toBeGreaterThan(repeats);
  }, 120_000);

  it('rejects what is not text with a clear error', async () => {
    await expect(checkText(42 as unknown as string)).rejects.toThrow('check(text) needs a string');
  });
});

describe('every finding points at exact characters of the original text (property-based)', () => {
  const fragments = [
    'Middels deze brief',
    'uw aanvraag is door ons goedgekeurd',
    'kenbaar maken',
    '{{naam}}',
    '[zaak.identificatie]',
    '«Naam»',
    'i.v.m.',
    'art. 4:8 Awb',
    '€ 1.250,00',
    'je',
    'u',
    'niet onmogelijk',
    'binnen zes weken na dagtekening',
    'Hoogachtend',
    'Geachte heer/mevrouw,',
    'bijstandsuitkeringsaanvraag',
    'het sociaal team',
    'de verstrekking van',
    'helder-disable-next-line',
    '😀',
    '\uD800',
    '\u0000',
    'ﬁ',
  ];
  const separators = [' ', '. ', '\n', '\n\n', ', ', '? ', '\r\n', '\t', ''];
  const letterLike = fc
    .array(fc.tuple(fc.constantFrom(...fragments), fc.constantFrom(...separators)), {maxLength: 40})
    .map((parts) => parts.map(([fragment, separator]) => fragment + separator).join(''));
  const anyText = fc.oneof(letterLike, fc.string({maxLength: 300, unit: 'binary'}), fc.string({maxLength: 300, unit: 'grapheme'}));

  it('offsets lie inside the text and text.slice(offset, offset + length) === actual', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, fc.constantFrom<'text' | 'markdown' | 'html'>('text', 'markdown', 'html'), async (text, format) => {
        const report = await checkText(text, {format, config: {rules: {spelling: 'off'}}});
        for (const finding of report.findings) {
          expect(finding.offset).toBeGreaterThanOrEqual(0);
          expect(finding.offset + finding.length).toBeLessThanOrEqual(text.length);
          expect(text.slice(finding.offset, finding.offset + finding.length)).toBe(finding.actual);
          const lineStart = text.lastIndexOf('\n', finding.offset - 1) + 1;
          expect(finding.column).toBe(finding.offset - lineStart + 1);
          expect(finding.line).toBe(text.slice(0, finding.offset).split('\n').length);
        }
      }),
      {numRuns: 300},
    );
  });
});

describe('unified preset', () => {
  it('runs inside a plain retext-dutch pipeline and reports vfile messages', async () => {
    const file = new VFile('Middels deze brief laten wij u weten dat het sociaal team u belt.');
    const processor = unified().use(retextDutch).use(helderPreset, {loader: testLoader(), config: {rules: {spelling: 'off'}}});
    await processor.run(processor.parse(file), file);
    const messages = file.messages.map((message) => ({ruleId: message.ruleId, source: message.source, actual: message.actual, line: message.line, column: message.column}));
    expect(messages).toEqual([
      {ruleId: 'moeilijk-woord', source: 'helder', actual: 'Middels', line: 1, column: 1},
      {ruleId: 'afschrikwoord', source: 'helder', actual: 'sociaal team', line: 1, column: 46},
    ]);
    expect(file.messages[0]!.expected).toEqual(['Met', 'Via']);
    expect(file.messages[0]!.url).toBe('docs/rules/moeilijk-woord.md');
    expect(file.messages[0]!.note).toContain('deftig');
  });
});
