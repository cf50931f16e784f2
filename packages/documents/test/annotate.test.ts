import {describe, expect, it, beforeAll} from 'vitest';
import {check} from '@helder/node';
import type {DocumentFinding, HelderDocument} from '@helder/core';
import {annotateWord, readDocument, type AnnotatedCopy} from '../src/index.js';
import {openZip} from '../src/zip.js';
import {annotateLetterDocx, letterDocx} from './fixtures/make-fixtures.mjs';
import {checkOf} from './helpers.js';

interface Letter {
  bytes: Buffer;
  document: HelderDocument;
  findings: DocumentFinding[];
}

async function letterOf(bytes: Buffer): Promise<Letter> {
  const document = await readDocument(bytes, 'brief.docx');
  return {bytes, document, findings: (await checkOf(document)).findings};
}

async function partsOf(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await openZip(bytes, 'kopie.docx');
  try {
    return new Map([...zip.names].filter((name) => !name.endsWith('/')).map((name) => [name, zip.readBytes(name)]));
  } finally {
    zip.close();
  }
}

const count = (xml: string, pattern: RegExp) => (xml.match(pattern) ?? []).length;
const date = new Date('2026-12-01T09:30:00Z');

let plain: Letter;
let rich: Letter;
let commented: AnnotatedCopy;
let suggested: AnnotatedCopy;
beforeAll(async () => {
  plain = await letterOf(await letterDocx());
  rich = await letterOf(await annotateLetterDocx());
  commented = await annotateWord(plain.bytes, 'brief.docx', plain.document, plain.findings, {date});
  suggested = await annotateWord(rich.bytes, 'brief.docx', rich.document, rich.findings, {date, suggestChanges: true});
});

describe('an annotated copy of a Word letter', () => {
  it('has one comment per finding, with the advice and the better words', async () => {
    expect(commented.comments).toBe(plain.findings.length);
    const comments = (await partsOf(commented.bytes)).get('word/comments.xml')!.toString('utf8');
    expect(count(comments, /<w:comment /g)).toBe(plain.findings.length);
    expect(comments).toContain('w:author="Helder" w:date="2026-12-01T09:30:00Z"');
    expect(comments).toContain(`Beter: "met", "via" of "door".`);
    // The footer's finding cannot carry a comment in Word: it sits at the start of the letter and says where it is.
    expect(comments).toMatch(/In de voettekst: "[^"]*indien u vragen heeft/);
    expect(commented.elsewhere).toBe(plain.findings.filter((finding) => ['footer', 'footnote', 'header', 'endnote'].includes(finding.location.place.part)).length);
  });

  it('marks exactly the words of each finding, also a word split over two runs and one in a text box', async () => {
    const xml = (await partsOf(commented.bytes)).get('word/document.xml')!.toString('utf8');
    // The start mark, then only tags (the run opened again with its properties), then the word itself.
    const marked = (word: string) => new RegExp(`<w:commentRangeStart w:id="\\d+"/>(?:<[^>]+>)*${word}</w:t></w:r><w:commentRangeEnd`).test(xml);
    // "re" + "eds": the start mark sits right before "re", the end mark right after "eds".
    expect(xml).toMatch(/<w:commentRangeStart w:id="\d+"\/><w:r><w:t xml:space="preserve">re<\/w:t><\/w:r><w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">eds<\/w:t><\/w:r><w:commentRangeEnd/);
    expect(marked('middels')).toBe(true);
    expect(marked('teneinde')).toBe(true);
    expect(count(xml, /<w:commentRangeStart /g)).toBe(plain.findings.length);
    expect(count(xml, /<w:commentReference /g)).toBe(plain.findings.length);
  });

  it('reads back as the same letter: same blocks, same placeholders, same findings', async () => {
    const back = await readDocument(commented.bytes, 'kopie.docx');
    expect(back.blocks.map((block) => block.text)).toEqual(plain.document.blocks.map((block) => block.text));
    expect(back.blocks.map((block) => block.placeholders)).toEqual(plain.document.blocks.map((block) => block.placeholders));
    const again = await checkOf(back);
    expect(again.findings.map((finding) => `${finding.ruleId} ${finding.actual} ${finding.location.label}`)).toEqual(plain.findings.map((finding) => `${finding.ruleId} ${finding.actual} ${finding.location.label}`));
  });

  it('keeps fields, content controls and every part it does not change byte for byte', async () => {
    const before = await partsOf(plain.bytes);
    const after = await partsOf(commented.bytes);
    const xmlBefore = before.get('word/document.xml')!.toString('utf8');
    const xmlAfter = after.get('word/document.xml')!.toString('utf8');
    for (const pattern of [/<w:fldSimple /g, /<w:fldChar /g, /<w:instrText/g, /<w:sdt>/g, /<w:tag /g, /<w:showingPlcHdr\/>/g, /<w:del /g, /<w:ins /g, /<w:vanish\/>/g, /<mc:AlternateContent>/g]) {
      expect(count(xmlAfter, pattern), String(pattern)).toBe(count(xmlBefore, pattern));
    }
    const changed = ['word/document.xml', 'word/comments.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml'];
    for (const [name, data] of before) if (!changed.includes(name)) expect(after.get(name)?.equals(data), name).toBe(true);
    expect([...after.keys()].filter((name) => !before.has(name))).toEqual(['word/comments.xml']);
    expect(after.get('[Content_Types].xml')!.toString('utf8')).toContain('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>');
    expect(after.get('word/_rels/document.xml.rels')!.toString('utf8')).toMatch(/Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/comments" Target="comments.xml"/);
  });

  it('adds to the comments a letter already has, with new ids', async () => {
    const again = await annotateWord(commented.bytes, 'kopie.docx', plain.document, plain.findings.slice(0, 2), {date});
    const parts = await partsOf(again.bytes);
    const comments = parts.get('word/comments.xml')!.toString('utf8');
    expect(count(comments, /<w:comment /g)).toBe(plain.findings.length + 2);
    const ids = [...comments.matchAll(/<w:comment w:id="(\d+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(count(parts.get('word/_rels/document.xml.rels')!.toString('utf8'), /relationships\/comments"/g)).toBe(1);
  });
});

describe('findings in headers, footers, footnotes and endnotes', () => {
  // Word ignores comment marks in those parts (MS-OI29500, 2.1.xx commentRangeStart), so such a comment sits at the
  // first words of the letter and says in words where the advice is about.
  const elsewhere = ['header', 'footer', 'footnote', 'endnote'];

  it('puts their comments at the start of the letter, each naming the place and quoting the words', async () => {
    const parts = await partsOf(suggested.bytes);
    const comments = parts.get('word/comments.xml')!.toString('utf8');
    const textOf = (id: string) => comments.match(new RegExp(`<w:comment w:id="${id}"[^>]*>([\\s\\S]*?)</w:comment>`))![1]!.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/\s+/g, ' ').trim();
    const others = rich.findings.filter((finding) => elsewhere.includes(finding.location.place.part));
    expect(new Set(others.map((finding) => finding.location.place.part))).toEqual(new Set(elsewhere));
    expect(suggested.elsewhere).toBe(others.length);
    const xml = parts.get('word/document.xml')!.toString('utf8');
    // Everything before the first words of the body ("Onderwerp: ..."): the marks of these comments are there.
    const start = xml.slice(0, xml.indexOf('Onderwerp: Uw aanvraag'));
    const ids = [...start.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>/g)].map((match) => match[1]!);
    expect(ids).toHaveLength(others.length);
    const texts = ids.map(textOf);
    expect(texts.map((text) => text.slice(0, text.indexOf(':')))).toEqual(['In de koptekst, alinea 3', 'In de koptekst, alinea 3', 'In voetnoot 1', 'In voetnoot 1', 'In eindnoot 1', 'In de voettekst']);
    expect(texts[1]).toContain('In de koptekst, alinea 3: "…nemen uw vragen in behandeling middels het contactformulier." Een opmerking kan niet in een koptekst');
    expect(texts[1]).toContain('Beter: "met", "via" of "door".');
    expect(texts[4]).toMatch(/^In eindnoot 1: "…vindt u op onze website, alsmede in het gemeentehuis\." .*'Alsmede' is ambtelijk/);
    expect(texts[5]).toMatch(/^In de voettekst: "[^"]*indien u vragen heeft[^"]*" .*Beter: "als"\./);
    // None of them is a tracked change: the words in those parts stay as they are.
    expect(texts.every((text) => !text.includes('als wijziging'))).toBe(true);
    // The header, footer and note parts themselves are not changed.
    const before = await partsOf(rich.bytes);
    for (const name of ['word/header1.xml', 'word/footer1.xml', 'word/footnotes.xml', 'word/endnotes.xml']) expect(parts.get(name)?.equals(before.get(name)!), name).toBe(true);
  });
});

describe('suggested changes', () => {
  it('offers the clear one-word replacements as tracked changes by Helder, also a word split over runs', async () => {
    const xml = (await partsOf(suggested.bytes)).get('word/document.xml')!.toString('utf8');
    // In document order: deleted pieces, then the inserted word.
    const changes: string[] = [];
    let deleted = '';
    for (const match of xml.matchAll(/<w:(del|ins) w:id="\d+" w:author="Helder" w:date="2026-12-01T09:30:00Z">(.*?)<\/w:\1>/g)) {
      const text = match[2]!.replace(/<[^>]+>/g, '');
      if (match[1] === 'del') deleted += text;
      else {
        changes.push(`${deleted} -> ${text}`);
        deleted = '';
      }
    }
    expect(changes).toEqual(['reeds -> al', 'Indien -> Als', 'reeds -> al', 'Tevens -> Ook']);
    expect(suggested.changes).toBe(4);
    // Each deleted piece keeps its own formatting: "eds" stays italic, the bold "reeds" stays bold.
    expect(xml).toMatch(/<w:del [^>]*><w:r><w:delText xml:space="preserve">re<\/w:delText><\/w:r><\/w:del><w:del [^>]*><w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:delText xml:space="preserve">eds<\/w:delText><\/w:r><\/w:del><w:ins /);
    expect(xml).toMatch(/<w:del [^>]*><w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:delText xml:space="preserve">reeds<\/w:delText>/);
    expect(xml).toContain('<w:t xml:space="preserve">Werk &amp; Inkomen heeft uw formulier </w:t>');
  });

  it('leaves words with several alternatives as comments only', async () => {
    const comments = (await partsOf(suggested.bytes)).get('word/comments.xml')!.toString('utf8').split('</w:comment>');
    const about = (reason: string) => comments.find((comment) => comment.includes(reason))!;
    expect(suggested.comments).toBe(rich.findings.length);
    for (const reason of ["'Middels' is een deftig woord", "'Teneinde' is ouderwets"]) {
      expect(about(reason)).toBeDefined();
      expect(about(reason)).not.toContain('als wijziging');
    }
    expect(comments.filter((comment) => comment.includes("'Reeds' is ouderwets")).map((comment) => comment.includes('als wijziging'))).toEqual([true, true]);
  });

  it('reads back as the letter with the changes accepted', async () => {
    const back = await readDocument(suggested.bytes, 'kopie.docx');
    const expected = rich.document.blocks.map((block) =>
      block.text
        .replace('uw aanvraag reeds bekeken', 'uw aanvraag al bekeken')
        .replace(/^Indien u het niet eens/, 'Als u het niet eens')
        .replace('formulier reeds ontvangen', 'formulier al ontvangen')
        .replace(/^Tevens sturen/, 'Ook sturen'),
    );
    expect(back.blocks.map((block) => block.text)).toEqual(expected);
    expect(back.blocks.filter((block, index) => block.text !== rich.document.blocks[index]!.text)).toHaveLength(4);
    const words = (await checkOf(back)).findings.map((finding) => finding.actual);
    expect(words).not.toContain('Indien');
    expect(words).not.toContain('Tevens');
  });

  it('writes comments in plain Dutch that pass Helder', async () => {
    const comments = (await partsOf(suggested.bytes)).get('word/comments.xml')!.toString('utf8');
    const texts = [...new Set([...comments.matchAll(/<w:t xml:space="preserve">(.*?)<\/w:t>/g)].map((match) => match[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')))];
    expect(texts.some((text) => text.startsWith('Helder heeft "Indien" als wijziging vervangen door "Als".'))).toBe(true);
    const blank = (text: string) => text.replace(/"[^"\n]*"|'[^'\n]*'|\([^)]*\)/g, (quoted) => quoted.replace(/./g, ' '));
    for (const text of texts) {
      const problems = (await check(blank(text))).findings.filter((finding) => finding.severity !== 'info');
      expect(problems.map((finding) => `${finding.ruleId}: ${finding.actual}`), text).toEqual([]);
    }
  });
});
