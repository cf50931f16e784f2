import {describe, expect, it} from 'vitest';
import {Document, Footer, FootnoteReferenceRun, Header, Packer, Paragraph, SimpleMailMergeField, Table, TableCell, TableRow, TextRun, WidthType} from 'docx';
// @ts-expect-error: a plain script without types, the fixture generator of the document readers
import {textBox} from '../../packages/documents/test/fixtures/make-fixtures.mjs';
import {checkDocument, placeLabel, type HelderDocument} from '@helder/core';
import {createNodeLoader} from '@helder/node';
import {readDocument} from '@helder/documents';
import {WordDocument} from '../../packages/office-addin/src/hosts/word.js';
import type {OfficeDocument, WordApi} from '../../packages/office-addin/src/hosts/office-types.js';
import {FakeOfficeDocument, FakeWord, type FakeWordData} from './fake-word.js';

/**
 * One document model for every surface: the same letter read from a .docx file by the batch reader and read from
 * Word by the pane's host gives the same blocks, places and findings.
 */
const loader = createNodeLoader();

const lines = {
  subject: 'Onderwerp: uw aanvraag voor bijzondere bijstand',
  salutation: ['Beste ', ','],
  first: 'Wij hebben uw aanvraag ontvangen. Indien u nog vragen heeft, kunt u ons middels het formulier op de website bereiken.',
  second: 'Wij verzoeken u de loonstroken van de afgelopen drie maanden reeds voor 1 mei op te sturen.',
  cells: ['Bijzondere bijstand conform de regels', '€ 250,00'],
  closing: 'Met vriendelijke groet,',
  header: 'Gemeente Zwolle',
  footer: 'Bel ons op 14 038 indien u vragen heeft.',
  footnote: 'Dit staat in artikel 35 van de Participatiewet, conform de regels van de gemeente.',
  textBox: 'Stuur de formulieren op teneinde uw geld snel te krijgen.',
};

async function asDocx(): Promise<HelderDocument> {
  const document = new Document({
    footnotes: {1: {children: [new Paragraph(lines.footnote)]}},
    sections: [
      {
        headers: {default: new Header({children: [new Paragraph(lines.header)]})},
        footers: {default: new Footer({children: [new Paragraph(lines.footer)]})},
        children: [
          new Paragraph(lines.subject),
          new Paragraph({children: [new TextRun(lines.salutation[0]!), new SimpleMailMergeField('Voornaam'), new TextRun(lines.salutation[1]!)]}),
          new Paragraph(lines.first),
          new Paragraph({children: [new TextRun(lines.second), new FootnoteReferenceRun(1)]}),
          new Paragraph({children: [textBox(lines.textBox)]}),
          new Table({width: {size: 100, type: WidthType.PERCENTAGE}, rows: [new TableRow({children: lines.cells.map((text) => new TableCell({children: [new Paragraph(text)]}))})]}),
          new Paragraph(lines.closing),
        ],
      },
    ],
  });
  return readDocument(new Uint8Array(await Packer.toBuffer(document)), 'brief.docx');
}

async function asWord(): Promise<HelderDocument> {
  // Word shows a merge field as «Voornaam» in the paragraph's text.
  const data: FakeWordData = {
    body: [
      {runs: [{text: lines.subject}]},
      {runs: [{text: lines.salutation[0]!}, {text: '«Voornaam»'}, {text: lines.salutation[1]!}], fields: [{code: ' MERGEFIELD Voornaam ', result: '«Voornaam»'}]},
      {runs: [{text: lines.first}]},
      {runs: [{text: lines.second}]},
      {runs: [{text: ''}]},
      ...lines.cells.map((text, cellIndex) => ({runs: [{text}], cell: {rowIndex: 0, cellIndex}})),
      {runs: [{text: lines.closing}]},
    ],
    headers: [[{runs: [{text: lines.header}]}]],
    footers: [[{runs: [{text: lines.footer}]}]],
    footnotes: [[{runs: [{text: lines.footnote}]}]],
    shapes: [{type: 'TextBox', paragraphs: [{runs: [{text: lines.textBox}]}]}],
  };
  const host = new WordDocument(new FakeWord(data) as unknown as WordApi, new FakeOfficeDocument() as unknown as OfficeDocument, {fields: true, notes: true, textBoxes: true});
  return {blocks: await host.readBlocks(), textFormat: 'text', notices: []};
}

const summary = async (document: HelderDocument) => {
  const result = await checkDocument(document, {loader});
  return {
    places: document.blocks.map((block) => placeLabel(block.place)),
    placeholders: document.blocks.flatMap((block) => block.placeholders.map((placeholder) => placeholder.name)),
    findings: result.findings.map((finding) => `${finding.location.label}: ${finding.ruleId} „${finding.actual}”`).sort(),
    level: result.readability?.lint?.level,
  };
};

describe('the Word pane and the batch reader make the same document model', () => {
  it('gives the same places, placeholders and findings for the same letter', async () => {
    const [fromFile, fromWord] = await Promise.all([asDocx().then(summary), asWord().then(summary)]);
    // Header and footer come first in the file reader, after the body in Word: the order of the blocks differs,
    // what is found where does not.
    expect([...fromWord.places].sort()).toEqual([...fromFile.places].sort());
    expect(fromWord.placeholders).toEqual(['Voornaam']);
    expect(fromFile.placeholders).toEqual(['Voornaam']);
    expect(fromWord.findings).toEqual(fromFile.findings);
    expect(fromWord.findings).toEqual(expect.arrayContaining(['alinea 3: moeilijk-woord „middels”', 'tabel 1, rij 1, cel 1: moeilijk-woord „conform”', 'voettekst: moeilijk-woord „indien”', 'voetnoot 1: moeilijk-woord „conform”', 'tekstvak: moeilijk-woord „teneinde”']));
    expect(fromWord.level).toBe(fromFile.level);
  });
});
