import {describe, expect, it, beforeAll} from 'vitest';
import {readDocument, type DocumentError} from '../src/index.js';
import {placeLabel, type HelderDocument} from '@helder/core';
import {letterDocx, brokenFiles} from './fixtures/make-fixtures.mjs';
import {checkOf, expectExactOffsets} from './helpers.js';

let letter: HelderDocument;
beforeAll(async () => {
  letter = await readDocument(await letterDocx(), 'bijzondere-bijstand.docx');
});

const labels = () => letter.blocks.map((block) => placeLabel(block.place));
const blockWith = (text: string) => letter.blocks.find((block) => block.text.includes(text));

describe('reading a Word template', () => {
  it('reads header, body, table, text box, footnote and footer in reading order', () => {
    const order = (text: string) => letter.blocks.findIndex((block) => block.text.includes(text));
    const places = ['Afdeling Werk en Inkomen', 'Geachte', 'Bijzondere bijstand middels', 'teneinde', 'Heeft u vragen', 'Participatiewet', 'Bel ons op'].map(order);
    expect(places.every((index) => index >= 0)).toBe(true);
    expect([...places].sort((a, b) => a - b)).toEqual(places);
    expect(labels()).toEqual(
      expect.arrayContaining(['koptekst', 'koptekst, alinea 2', 'alinea 2', 'tabel 1, rij 2, cel 1', 'tekstvak', 'voetnoot 1', 'voettekst']),
    );
    expect(placeLabel(blockWith('Bijzondere bijstand middels')!.place)).toBe('tabel 1, rij 2, cel 1');
  });

  it('reads a text box once, not again from its old-style copy', () => {
    expect(letter.blocks.filter((block) => block.text.includes('teneinde'))).toHaveLength(1);
    const box = letter.blocks.findIndex((block) => block.place.part === 'textbox');
    // Right after the paragraph that holds it.
    expect(letter.blocks[box - 1]!.text).toBe('Let op: ');
  });

  it('joins runs split across formatting into one word', () => {
    const paragraph = blockWith('reeds bekeken')!;
    expect(paragraph.text).toContain('uw aanvraag ontvangen');
    // "re" and "eds" are two runs (the second in italics): the map back names both text nodes.
    const start = paragraph.text.indexOf('reeds');
    const segments = paragraph.source!.segments.filter((segment) => segment.start < start + 5 && segment.end > start);
    expect(segments).toHaveLength(2);
    expect(segments.every((segment) => segment.node.startsWith('word/document.xml#t'))).toBe(true);
  });

  it('marks merge fields, complex fields and content controls as placeholders', () => {
    const greeting = blockWith('Geachte')!;
    expect(greeting.placeholders.map((placeholder) => [placeholder.name, greeting.text.slice(placeholder.start, placeholder.end)])).toEqual([
      ['Aanhef', '«Aanhef»'],
      ['Achternaam', '«Achternaam»'],
    ]);
    const amount = blockWith('Het bedrag is')!;
    expect(amount.placeholders.map((placeholder) => [placeholder.name, placeholder.kind, amount.text.slice(placeholder.start, placeholder.end)])).toEqual([
      ['IF', 'field', 'een bedrag van ons'],
      ['Bedrag', 'merge-field', 'xqzbedrag'],
    ]);
    // The field code itself ("MERGEFIELD Bedrag") is never text.
    expect(letter.blocks.some((block) => block.text.includes('MERGEFIELD'))).toBe(false);
    const consultant = blockWith('Uw consulent is')!;
    expect(consultant.placeholders).toEqual([{start: 16, end: 30, name: 'consulent', kind: 'content-control'}]);
  });

  it('leaves out deleted and hidden text, keeps inserted text', () => {
    const paragraph = blockWith('deze brief het besluit')!;
    expect(paragraph.text).toBe('Wij sturen u met deze brief het besluit.');
  });

  it('finds each hard word once, in its place, with exact offsets and a quote', async () => {
    const result = await checkOf(letter);
    expectExactOffsets(letter, result.findings);
    const hard = result.findings.filter((finding) => finding.ruleId === 'moeilijk-woord').map((finding) => [finding.actual, finding.location.label]);
    expect(hard).toEqual([
      ['reeds', 'alinea 3'],
      ['middels', 'tabel 1, rij 2, cel 1'],
      ['teneinde', 'tekstvak'],
      ['conform', 'voetnoot 1'],
      ['indien', 'voettekst'],
    ]);
    // Not in the deleted text, the hidden note or the prompt of the content control; no field value as a word.
    expect(result.findings.some((finding) => /xqzbedrag|Aanhef|Datum_aanvraag/.test(finding.actual))).toBe(false);
    const reeds = result.findings.find((finding) => finding.actual === 'reeds')!;
    expect(reeds.quote).toBe('…ontvangen. Wij hebben uw aanvraag reeds bekeken.');
    expect(result.readability?.lint?.level).toBeGreaterThanOrEqual(1);
  });
});

describe('broken files', () => {
  it('each gets its own plain Dutch reason, never an uncontrolled error', async () => {
    for (const file of await brokenFiles()) {
      const error = (await readDocument(file.bytes, file.name).then(
        () => undefined,
        (caught: unknown) => caught,
      )) as DocumentError | undefined;
      expect(error?.name, file.name).toBe('DocumentError');
      expect(error!.code, file.name).toBe(file.code);
      expect(error!.message.startsWith(`${file.name}: `)).toBe(true);
    }
  });

  it('refuses a file over the size limit before looking inside', async () => {
    const {maxDocumentBytes} = await import('../src/index.js');
    const huge = new Uint8Array(maxDocumentBytes + 1);
    huge.set([0x50, 0x4b, 0x03, 0x04]);
    await expect(readDocument(huge, 'groot.docx')).rejects.toMatchObject({code: 'too-large'});
  });

  it('says how to convert an old .doc and that a protected file has a password', async () => {
    const files = await brokenFiles();
    const reasonOf = async (name: string) => readDocument(files.find((file) => file.name === name)!.bytes, name).catch((error: DocumentError) => error.reason);
    expect(await reasonOf('oud.doc')).toContain('libreoffice --headless --convert-to docx');
    expect(await reasonOf('oud.doc')).toContain('sla het op als .docx');
    expect(await reasonOf('wachtwoord.docx')).toContain('wachtwoord');
    expect(await reasonOf('eigenlijk-pdf.docx')).toContain('PDF');
  });
});
