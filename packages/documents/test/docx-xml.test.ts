import {describe, expect, it} from 'vitest';
import {readDocument} from '../src/index.js';
import {writeZip} from './fixtures/zip-writer.mjs';

const wordFile = (body: string) =>
  new Uint8Array(
    writeZip([
      {name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'},
      {name: 'word/document.xml', data: `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`},
    ]),
  );
const r = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const field = (instruction: string, result: string) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>${instruction}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${result}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;

describe('WordprocessingML details', () => {
  it('turns tabs and breaks into white space and keeps text behind a hidden paragraph mark', async () => {
    const document = await readDocument(
      wordFile(`<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="2000"/></w:tabs><w:rPr><w:vanish/></w:rPr></w:pPr>${r('Datum:')}<w:r><w:tab/></w:r>${r('12 maart 2026')}<w:r><w:br/></w:r>${r('Kenmerk: 2026-0045')}</w:p>`),
      'brief.docx',
    );
    expect(document.blocks.map((block) => block.text)).toEqual(['Datum: 12 maart 2026\nKenmerk: 2026-0045']);
  });

  it('reads a nested IF field as one placeholder and never its instruction', async () => {
    const inner = field(' MERGEFIELD Geslacht ', r('«Geslacht»'));
    const document = await readDocument(
      wordFile(`<w:p>${r('Geachte ')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> IF </w:instrText></w:r>${inner}<w:r><w:instrText> = "M" "heer" "mevrouw" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('heer')}<w:r><w:fldChar w:fldCharType="end"/></w:r>${r(' Jansen,')}</w:p>`),
      'brief.docx',
    );
    const [block] = document.blocks;
    expect(block!.text).toBe('Geachte heer Jansen,');
    expect(block!.placeholders).toEqual([{start: 8, end: 12, name: 'IF', kind: 'field'}]);
  });

  it('keeps a field result that runs over a paragraph break a placeholder in both paragraphs', async () => {
    const document = await readDocument(
      wordFile(`<w:p>${r('Adres: ')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DOCVARIABLE Adres </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('Stationsplein 1')}</w:p><w:p>${r('3511 ED Utrecht')}<w:r><w:fldChar w:fldCharType="end"/></w:r>${r(' is ons adres.')}</w:p>`),
      'brief.docx',
    );
    expect(document.blocks.map((block) => block.placeholders.map((placeholder) => block.text.slice(placeholder.start, placeholder.end)))).toEqual([['Stationsplein 1'], ['3511 ED Utrecht']]);
  });

  it('gives a hyperlink its text, and a PAGE field in a footer is a placeholder', async () => {
    const document = await readDocument(wordFile(`<w:p>${r('Kijk op ')}${field(' HYPERLINK "https://www.utrecht.nl" ', r('de website van de gemeente'))}${r('. Pagina ')}${field(' PAGE ', r('1'))}</w:p>`), 'brief.docx');
    const [block] = document.blocks;
    expect(block!.text).toBe('Kijk op de website van de gemeente. Pagina 1');
    expect(block!.placeholders.map((placeholder) => placeholder.name)).toEqual(['PAGE']);
  });

  it('counts every w:t for the way back, also skipped ones', async () => {
    const document = await readDocument(wordFile(`<w:p>${r('Wij sturen u ')}<w:del w:id="1" w:author="a">${r('oud')}</w:del>${r('een brief.')}</w:p>`), 'brief.docx');
    expect(document.blocks[0]!.source!.segments).toEqual([
      {start: 0, end: 13, node: 'word/document.xml#t0', offset: 0},
      {start: 13, end: 23, node: 'word/document.xml#t2', offset: 0},
    ]);
  });
});

describe('content controls around paragraphs and protected OpenDocument files', () => {
  it('reads a control around whole paragraphs as text, unless it still shows its prompt', async () => {
    const control = (prompt: boolean, text: string) =>
      `<w:sdt><w:sdtPr><w:tag w:val="blok"/>${prompt ? '<w:showingPlcHdr/>' : ''}</w:sdtPr><w:sdtContent><w:p>${r(text)}</w:p></w:sdtContent></w:sdt>`;
    const document = await readDocument(wordFile(control(false, 'Wij hebben uw aanvraag ontvangen.') + control(true, 'Klik hier om tekst in te voeren.')), 'brief.docx');
    expect(document.blocks.map((block) => [block.text, block.placeholders.map((placeholder) => placeholder.name)])).toEqual([
      ['Wij hebben uw aanvraag ontvangen.', []],
      ['Klik hier om tekst in te voeren.', ['blok']],
    ]);
  });

  it('says an .odt with a password is protected', async () => {
    const odt = writeZip([
      {name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', store: true},
      {name: 'META-INF/manifest.xml', data: '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data manifest:checksum-type="SHA1"/></manifest:file-entry></manifest:manifest>'},
      {name: 'content.xml', data: Buffer.from([0x13, 0x37, 0x00, 0xff]), store: true},
    ]);
    await expect(readDocument(new Uint8Array(odt), 'brief.odt')).rejects.toMatchObject({code: 'encrypted'});
  });
});
