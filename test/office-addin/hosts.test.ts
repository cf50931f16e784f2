import {describe, expect, it} from 'vitest';
import {placeLabel} from '@helder/core';
import {createNodeLoader} from '@helder/node';
import {checkHostBlocks} from '../../packages/office-addin/src/pane.js';
import type {HostBlock} from '../../packages/office-addin/src/hosts/host.js';
import {WordDocument} from '../../packages/office-addin/src/hosts/word.js';
import {OutlookMessage} from '../../packages/office-addin/src/hosts/outlook.js';
import {HostError} from '../../packages/office-addin/src/hosts/host.js';
import type {MailItem, OfficeDocument, WordApi} from '../../packages/office-addin/src/hosts/office-types.js';
import {FakeContext, FakeOfficeDocument, FakeParagraph, FakeWord, type FakeWordData} from './fake-word.js';
import {FakeMailItem} from './fake-outlook.js';

/** The Word and Outlook hosts against fakes that follow the documented Office.js behaviour (see the fakes). */
const loader = createNodeLoader();
const checkBlocks = (blocks: HostBlock[]) => checkHostBlocks(blocks, loader);
const longSentence =
  'Indien u het niet eens bent met dit besluit over de bijzondere bijstand voor de kosten van de bewindvoering, kunt u binnen zes weken na de datum van deze brief een bezwaarschrift indienen bij het college van burgemeester en wethouders, waarbij u in het bezwaarschrift vermeldt waarom u het niet eens bent met het besluit en welke stukken u wilt laten zien.';

function letter(): FakeWordData {
  return {
    body: [
      {runs: [{text: 'Wij hebben uw aanvraag voor de '}, {text: 'qwxrtzregeling'}, {text: ' ontvangen.'}], contentControls: [{text: 'qwxrtzregeling', tag: 'regeling'}]},
      {runs: [{text: 'Wij verzoeken u de formulieren te sturen. '}, {text: 'Wij ', bold: true}, {text: 'verzoeken u ook uw loonstrook mee te sturen.'}]},
      {runs: [{text: longSentence}]},
      {runs: [{text: 'Uw uitkering gaat in op 1 april 2026. Wij sturen u middels deze brief het besluit.'}], fields: [{code: ' MERGEFIELD Ingangsdatum ', result: '1 april 2026'}]},
      {runs: [{text: 'Bedrag per maand conform de regels'}], cell: {rowIndex: 1, cellIndex: 0}},
    ],
    headers: [[{runs: [{text: 'Gemeente Midden-Groningen'}]}]],
    footers: [[{runs: [{text: 'Postbus 15, 9600 AA Hoogezand'}]}]],
    footnotes: [[{runs: [{text: 'Dit staat in artikel 35 van de Participatiewet, conform de regels van de gemeente.'}]}]],
    shapes: [
      {type: 'Picture', paragraphs: []},
      {type: 'TextBox', paragraphs: [{runs: [{text: 'Stuur de formulieren op '}, {text: 'teneinde', bold: true}, {text: ' uw geld snel te krijgen.'}]}]},
    ],
  };
}

function word(data = letter()) {
  const fake = new FakeWord(data);
  const office = new FakeOfficeDocument();
  const host = new WordDocument(fake as unknown as WordApi, office as unknown as OfficeDocument, {fields: true, notes: true, textBoxes: true});
  return {fake, office, host, data};
}

describe('the Word host (fake Word with the documented API rules)', () => {
  it('the fake refuses what Word refuses: unloaded properties and searches over 255 characters', async () => {
    const fake = new FakeWord(letter());
    const context = new FakeContext(fake);
    const paragraph = new FakeParagraph(context, fake.data.body[2]!);
    expect(() => paragraph.text).toThrow(/PropertyNotLoaded/);
    paragraph.search(longSentence, {matchCase: true}).load('items');
    await expect(context.sync()).rejects.toThrow(/SearchStringInvalidOrTooLong/);
  });

  it('reads body paragraphs, a table cell, header and footer in three batches, with content controls and fields as placeholders', async () => {
    const {fake, host} = word();
    const blocks = await host.readBlocks();
    expect(fake.syncs).toBe(3);
    expect(blocks.map((block) => placeLabel(block.place))).toEqual(['alinea 1', 'alinea 2', 'alinea 3', 'alinea 4', 'tabel 1, rij 2, cel 1', 'koptekst', 'voettekst', 'voetnoot 1', 'tekstvak']);
    expect(blocks[0]!.placeholders).toEqual([{start: 31, end: 45, name: 'regeling', kind: 'content-control'}]);
    expect(blocks[3]!.placeholders).toEqual([{start: 24, end: 36, name: 'Ingangsdatum', kind: 'merge-field'}]);
    expect(blocks[3]!.text.slice(24, 36)).toBe('1 april 2026');
  });

  it('never checks a content control as words', async () => {
    const {host} = word();
    const blocks = await host.readBlocks();
    const spelling = (result: Awaited<ReturnType<typeof checkBlocks>>) => result.findings.filter((finding) => finding.ruleId === 'spelling').map((finding) => finding.actual);
    expect(spelling(await checkBlocks(blocks))).not.toContain('qwxrtzregeling');
    // The same text without the content control: then the name is a spelling error, so the mark is what counts.
    expect(spelling(await checkBlocks(blocks.map((block) => ({...block, placeholders: []}))))).toContain('qwxrtzregeling');
  });

  it('selects the second of two equal words in one paragraph, and a paragraph with a field', async () => {
    const {fake, host, data} = word();
    const result = await checkBlocks(await host.readBlocks());
    const verzoeken = result.findings.filter((finding) => finding.actual === 'verzoeken');
    expect(verzoeken).toHaveLength(2);
    await host.select(verzoeken[1]!.range);
    const second = fake.text(data.body[1]!).lastIndexOf('verzoeken');
    expect(fake.selection).toMatchObject({paragraph: data.body[1], start: second, end: second + 'verzoeken'.length});
    const middels = result.findings.find((finding) => finding.actual === 'middels')!;
    await host.select(middels.range);
    expect(fake.selection).toMatchObject({paragraph: data.body[3], text: 'middels', start: fake.text(data.body[3]!).indexOf('middels')});
  });

  it('selects a sentence longer than 255 characters by searching its start and its end', async () => {
    const {fake, host, data} = word();
    const result = await checkBlocks(await host.readBlocks());
    const long = result.findings.find((finding) => finding.ruleId === 'lange-zin' && finding.range.blockId === 'body:0:2')!;
    expect(long.actual.length).toBeGreaterThan(255);
    await host.select(long.range);
    expect(fake.selection).toMatchObject({paragraph: data.body[2], start: 0, text: long.actual});
  });

  it('replaces only the matched word and keeps the formatting around it', async () => {
    const {host, data} = word();
    const result = await checkBlocks(await host.readBlocks());
    const second = result.findings.filter((finding) => finding.actual === 'verzoeken')[1]!;
    await host.replace(second.range, 'vragen');
    expect(data.body[1]!.runs).toEqual([{text: 'Wij verzoeken u de formulieren te sturen. '}, {text: 'Wij ', bold: true}, {text: 'vragen u ook uw loonstrook mee te sturen.'}]);
    // The old finding no longer fits the text: the host says so instead of changing the wrong words.
    await expect(host.replace(second.range, 'vragen')).rejects.toBeInstanceOf(HostError);
  });

  it('finds advice in a footnote and a text box, selects it there and replaces only the word', async () => {
    const {fake, host, data} = word();
    const result = await checkBlocks(await host.readBlocks());
    const conform = result.findings.find((finding) => finding.actual === 'conform' && finding.range.blockId.startsWith('footnote:'))!;
    expect(conform.location.label).toBe('voetnoot 1');
    await host.select(conform.range);
    expect(fake.selection).toMatchObject({paragraph: data.footnotes![0]![0], text: 'conform'});
    const teneinde = result.findings.find((finding) => finding.actual === 'teneinde')!;
    expect(teneinde.location.label).toBe('tekstvak');
    await host.replace(teneinde.range, 'om');
    expect(data.shapes![1]!.paragraphs[0]!.runs).toEqual([{text: 'Stuur de formulieren op '}, {text: 'om', bold: true}, {text: ' uw geld snel te krijgen.'}]);
  });

  it('reads no notes or text boxes where Word lacks the API for them (Office 2019 and LTSC)', async () => {
    const data = letter();
    const host = new WordDocument(new FakeWord(data) as unknown as WordApi, new FakeOfficeDocument() as unknown as OfficeDocument, {fields: true, notes: false, textBoxes: false});
    const parts = (await host.readBlocks()).map((block) => block.place.part);
    expect(parts).not.toContain('footnote');
    expect(parts).not.toContain('textbox');
    expect(parts).toContain('header');
  });

  it('keeps the ignored findings in the document settings', async () => {
    const {host, office} = word();
    await host.writeSetting('genegeerd', '["moeilijk-woord/conform/conform"]');
    expect(office.saved).toEqual({genegeerd: '["moeilijk-woord/conform/conform"]'});
    await expect(host.readSetting('genegeerd')).resolves.toBe('["moeilijk-woord/conform/conform"]');
  });
});

describe('the Outlook host (fake compose item)', () => {
  const html =
    '<html><head><style>p { margin: 0 }</style></head><body><p>Beste mevrouw Jansen,</p>' +
    '<p>Wij verzoeken u het formulier <b>vóór vrijdag</b> te sturen. Wij verzoeken u ook een kopie&nbsp;van uw paspoort mee te sturen.</p>' +
    '<p>Met vriendelijke groet,</p></body></html>';

  it('reads the body as one block and cannot select words', async () => {
    const host = new OutlookMessage(new FakeMailItem(html) as unknown as MailItem);
    const blocks = await host.readBlocks();
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({id: 'mail', place: {part: 'email'}});
    expect(placeLabel(blocks[0]!.place)).toBe('e-mail');
    expect(host.canSelect).toBe(false);
  });

  it('replaces only the matched words and leaves the rest of the HTML as it was', async () => {
    const item = new FakeMailItem(html);
    const host = new OutlookMessage(item as unknown as MailItem);
    const result = await checkBlocks(await host.readBlocks());
    const verzoeken = result.findings.filter((finding) => finding.actual === 'verzoeken');
    expect(verzoeken).toHaveLength(2);
    await host.replace(verzoeken[1]!.range, 'vragen');
    const at = html.lastIndexOf('verzoeken');
    expect(item.html).toBe(html.slice(0, at) + 'vragen' + html.slice(at + 'verzoeken'.length));
    expect(item.writes).toBe(1);
  });

  it('refuses words with markup in the middle, with a message the clerk can act on', async () => {
    const item = new FakeMailItem('<p>Wij <b>ver</b>zoeken u te komen.</p>');
    const host = new OutlookMessage(item as unknown as MailItem);
    const [block] = await host.readBlocks();
    const start = block!.text.indexOf('verzoeken');
    await expect(host.replace({blockId: 'mail', start, end: start + 9, text: 'verzoeken'}, 'vragen')).rejects.toThrow('opmaak midden in de woorden');
    expect(item.writes).toBe(0);
  });

  it('keeps the ignored findings in the custom properties of the message', async () => {
    const item = new FakeMailItem(html);
    const host = new OutlookMessage(item as unknown as MailItem);
    await host.writeSetting('genegeerd', '["x"]');
    expect(item.saved).toEqual({genegeerd: '["x"]'});
    await expect(new OutlookMessage(item as unknown as MailItem).readSetting('genegeerd')).resolves.toBe('["x"]');
  });
});
