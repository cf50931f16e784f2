import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {checkDocument, placeLabel, quoteAround, type HelderDocument, type TextBlock} from '../src/index.js';
import {createNodeLoader} from '../../node/src/loader.js';

const loader = createNodeLoader();
const letter = readFileSync(new URL('../../../examples/brief-bijzondere-bijstand.txt', import.meta.url), 'utf8');
const block = (text: string, paragraph: number, extra: Partial<TextBlock> = {}): TextBlock => ({text, place: {part: 'body', paragraph}, placeholders: [], ...extra});
const documentOf = (blocks: TextBlock[]): HelderDocument => ({blocks, textFormat: 'text', notices: []});

describe('checkDocument', () => {
  it('checks all blocks as one letter and maps every finding back to its block', async () => {
    const blocks = letter.split(/\n\s*\n/).map((text, index) => block(text, index + 1));
    const result = await checkDocument(documentOf(blocks), {loader});
    const asText = await checkDocument(documentOf([block(letter, 1)]), {loader});
    expect(result.findings.length).toBeGreaterThan(5);
    for (const finding of result.findings) {
      const {block: index, start, end} = finding.location;
      expect(blocks[index]!.text.slice(start, end)).toBe(finding.actual);
      expect(result.text.slice(finding.offset, finding.offset + finding.length)).toBe(finding.actual);
    }
    // The letter split at its blank lines is the same letter: the same words found, one score.
    const words = (findings: Array<{ruleId: string; actual: string}>) => findings.map((finding) => `${finding.ruleId}:${finding.actual}`).sort();
    expect(words(result.findings)).toEqual(words(asText.findings));
    expect(result.readability?.lint).toEqual(asText.readability?.lint);
    expect(result.stats.words).toBe(asText.stats.words);
  });

  it('never lets a sentence run from one block into the next', async () => {
    // Without an end mark the two table cells would read as one long sentence.
    const blocks = [
      block('Wij hebben uw aanvraag voor bijzondere bijstand op 2 februari ontvangen en goed bekeken', 1),
      block('u krijgt binnen twee weken een brief met ons besluit over de bijzondere bijstand van de gemeente', 2),
    ];
    const result = await checkDocument(documentOf(blocks), {loader});
    expect(result.model.sentences.length).toBe(2);
    for (const sentence of result.model.sentences) {
      const inFirst = sentence.end <= result.blockStarts[0]! + blocks[0]!.text.length;
      const inSecond = sentence.start >= result.blockStarts[1]!;
      expect(inFirst || inSecond).toBe(true);
    }
    expect(result.findings.filter((finding) => finding.ruleId === 'lange-zin')).toEqual([]);
  });

  it('does not check a placeholder the reader marked as words', async () => {
    const text = 'Wij sturen u middels deze brief het besluit.';
    const start = text.indexOf('middels');
    const plain = await checkDocument(documentOf([block(text, 1)]), {loader});
    expect(plain.findings.map((finding) => finding.actual)).toContain('middels');
    const marked = await checkDocument(documentOf([block(text, 1, {placeholders: [{start, end: start + 7, name: 'Tekst', kind: 'content-control'}]})]), {loader});
    expect(marked.findings.map((finding) => finding.actual)).not.toContain('middels');
    expect(marked.model.placeholders.some((range) => range.start === start && range.end === start + 7)).toBe(true);
  });

  it('still finds {{naam}} placeholders in the text itself', async () => {
    const result = await checkDocument(documentOf([block('Beste {{voornaamm}}, wij hebben uw brief ontvangen.', 1)]), {loader});
    expect(result.findings.filter((finding) => finding.actual.includes('voornaamm'))).toEqual([]);
  });

  it('keeps offsets exact however the letter is cut into blocks', async () => {
    const paragraphs = letter.split(/\n\s*\n/);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({max: 400}), {minLength: 1, maxLength: 6}), async (cuts) => {
        const text = paragraphs.slice(4, 7).join(' ');
        const points = [...new Set(cuts.map((cut) => cut % text.length))].sort((a, b) => a - b);
        const pieces: string[] = [];
        let from = 0;
        for (const point of [...points, text.length]) {
          if (point > from) pieces.push(text.slice(from, point));
          from = point;
        }
        const blocks = pieces.map((piece, index) => block(piece, index + 1));
        const result = await checkDocument(documentOf(blocks), {loader});
        for (const finding of result.findings) expect(blocks[finding.location.block]!.text.slice(finding.location.start, finding.location.end)).toBe(finding.actual);
      }),
      {numRuns: 15},
    );
  });

  it('names the place in plain Dutch', () => {
    expect(placeLabel({part: 'body', paragraph: 14})).toBe('alinea 14');
    expect(placeLabel({part: 'body', paragraph: 20, table: {table: 2, row: 3, cell: 1}})).toBe('tabel 2, rij 3, cel 1');
    expect(placeLabel({part: 'header', paragraph: 1})).toBe('koptekst');
    expect(placeLabel({part: 'header', paragraph: 2, partNumber: 2})).toBe('koptekst 2, alinea 2');
    expect(placeLabel({part: 'footer', paragraph: 1})).toBe('voettekst');
    expect(placeLabel({part: 'footnote', paragraph: 1, partNumber: 2})).toBe('voetnoot 2');
    expect(placeLabel({part: 'textbox', paragraph: 1, partNumber: 1})).toBe('tekstvak');
    expect(placeLabel({part: 'text', paragraph: 1}, 12)).toBe('regel 12');
  });

  it('quotes a few words around a finding', () => {
    const text = 'Op 2 februari hebben wij uw aanvraag ontvangen. Middels deze brief laten wij u weten wat wij hebben besloten over uw aanvraag.';
    const start = text.indexOf('Middels');
    expect(quoteAround(text, start, start + 7)).toBe('…hebben wij uw aanvraag ontvangen. Middels deze brief laten wij u…');
    expect(quoteAround('Middels deze brief.', 0, 7)).toBe('Middels deze brief.');
  });
});
