import {describe, expect, it, beforeAll} from 'vitest';
import type {DocumentFinding, HelderDocument} from '@helder/core';
import {annotateOpenDocument, readDocument, type AnnotatedCopy} from '../src/index.js';
import {openZip} from '../src/zip.js';
import {annotateLetterOdt} from './fixtures/make-fixtures.mjs';
import {checkOf} from './helpers.js';

const odt = () => new Uint8Array(annotateLetterOdt());

async function partsOf(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await openZip(bytes, 'kopie.odt');
  try {
    return new Map([...zip.names].map((name) => [name, zip.readBytes(name).toString('utf8')]));
  } finally {
    zip.close();
  }
}

let document: HelderDocument;
let findings: DocumentFinding[];
let copy: AnnotatedCopy;
let xml: string;
beforeAll(async () => {
  document = await readDocument(odt(), 'brief.odt');
  findings = (await checkOf(document)).findings;
  copy = await annotateOpenDocument(odt(), 'brief.odt', document, findings, {suggestChanges: true, date: new Date('2026-12-01T09:30:00Z')});
  xml = (await partsOf(copy.bytes)).get('content.xml')!;
});

describe('an annotated copy of an OpenDocument letter', () => {
  it('has an office:annotation by Helder at the words of each finding', () => {
    expect(findings.map((finding) => `${finding.actual} (${finding.location.label})`)).toEqual(['reeds (alinea 2)', 'Indien (alinea 3)', 'reeds (alinea 4)', 'conform (voetnoot 1)', 'indien (voettekst)']);
    expect(copy.comments).toBe(findings.length);
    expect(xml.match(/<office:annotation /g)).toHaveLength(findings.length);
    expect(xml).toContain('<office:annotation office:name="helder-1"><dc:creator>Helder</dc:creator><dc:date>2026-12-01T09:30:00</dc:date><text:p>');
    // The annotation on "Indien" ends right after the inserted "Als": it spans the changed word.
    expect(xml).toMatch(/<\/office:annotation><text:change text:change-id="helder-ct\d+"\/><text:change-start text:change-id="helder-ct\d+"\/>Als<text:change-end text:change-id="helder-ct\d+"\/><office:annotation-end office:name="helder-\d+"\/> u vragen heeft/);
    // The root gets the dc namespace the annotations use; the ampersand stays escaped.
    expect(xml).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"');
    expect(xml).toContain('Werk &amp; Inkomen belt u.');
  });

  it('puts the comments about the footnote, the footer and words it cannot point at at the first words of the letter', () => {
    expect(copy.elsewhere).toBe(3);
    const start = xml.slice(0, xml.indexOf('Geachte'));
    expect(start).toContain('<text:p>In alinea 4: "U krijgt reeds een nieuwe pas."</text:p><text:p>Helder kan deze woorden niet aanwijzen.');
    // That paragraph itself is copied as it was, and gets no change.
    expect(xml).toContain('<text:p text:style-name="P1">U krijgt\n    reeds een nieuwe pas.</text:p>');
    expect(start).toMatch(/<text:p>In voetnoot 1: "Dit gaat conform de regels\."<\/text:p><text:p>Een opmerking kan niet/);
    expect(start).toContain('<text:p>In de voettekst: "Bel ons indien u vragen heeft."</text:p>');
    // Nothing inside the note itself.
    expect(xml).toContain('<text:note-body><text:p>Dit gaat conform de regels.</text:p></text:note-body>');
  });

  it('suggests the safe replacements as ODF tracked changes, the deleted word with its style', () => {
    expect(copy.changes).toBe(2);
    // The store of changes comes right after office:forms, the first child of office:text.
    expect(xml).toMatch(/<office:text><office:forms\/><text:tracked-changes text:track-changes="false"><text:changed-region xml:id="helder-ct\d+" text:id="helder-ct\d+"><text:deletion><office:change-info><dc:creator>Helder<\/dc:creator>/);
    expect(xml).toContain('<text:p><text:span text:style-name="T1">reeds</text:span></text:p></text:deletion>');
    expect(xml.match(/<text:insertion>/g)).toHaveLength(2);
    // The field is not touched: a placeholder is never text.
    expect(xml).toContain('<text:database-display text:column-name="Achternaam">Achternaam</text:database-display>');
  });

  it('reads back as the letter with the changes accepted, and the other parts unchanged', async () => {
    const back = await readDocument(copy.bytes, 'kopie.odt');
    expect(back.blocks.map((block) => block.text)).toEqual(document.blocks.map((block) => block.text.replace('aanvraag reeds bekeken', 'aanvraag al bekeken').replace(/^Indien u vragen/, 'Als u vragen')));
    expect(back.blocks.map((block) => block.placeholders)).toEqual(document.blocks.map((block) => block.placeholders));
    const before = await partsOf(odt());
    const after = await partsOf(copy.bytes);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const name of ['mimetype', 'styles.xml', 'META-INF/manifest.xml']) expect(after.get(name), name).toBe(before.get(name));
  });

  it('keeps mimetype first and stored, without extra fields, as ODF asks', () => {
    const bytes = Buffer.from(copy.bytes);
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    expect(bytes.readUInt16LE(8)).toBe(0); // stored
    expect(bytes.readUInt16LE(28)).toBe(0); // no extra field
    expect(bytes.subarray(30, 38).toString('latin1')).toBe('mimetype');
    expect(bytes.subarray(38, 38 + 39).toString('latin1')).toBe('application/vnd.oasis.opendocument.text');
  });
});
