import {describe, expect, it, beforeAll, afterAll} from 'vitest';
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {annotateOpenDocument, annotateWord, readDocument, type AnnotatedCopy} from '../src/index.js';
import {annotateLetterDocx} from './fixtures/make-fixtures.mjs';
import {checkOf} from './helpers.js';

/** Copies with comments and changes must open in LibreOffice with both in place. Needs soffice, as libreoffice.test.ts. */
const hasSoffice = spawnSync('soffice', ['--version'], {stdio: 'ignore'}).status === 0;
const inCI = Boolean(process.env.CI);
if (!hasSoffice && !inCI) console.warn('soffice ontbreekt: installeer libreoffice-writer-nogui om de LibreOffice-test te draaien.');

function soffice(folder: string, format: string, outdir: string, files: string[]): void {
  // Its own profile, so a LibreOffice that is already open does not take the job.
  execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(folder, 'profiel')).href}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outdir, ...files], {
    stdio: 'ignore',
    timeout: 240_000,
  });
}

interface Copy {
  name: string;
  original: Awaited<ReturnType<typeof readDocument>>;
  annotated: AnnotatedCopy;
  fodt: string;
}

describe.skipIf(!hasSoffice && !inCI)('annotated copies opened in LibreOffice', () => {
  let folder: string;
  const copies: Copy[] = [];
  beforeAll(async () => {
    if (!hasSoffice) throw new Error('soffice ontbreekt. In CI moet deze test draaien: .ci/run installeert libreoffice-writer-nogui.');
    folder = mkdtempSync(join(tmpdir(), 'helder-annotate-lo-'));
    writeFileSync(join(folder, 'sjabloon.docx'), await annotateLetterDocx());
    // The same letter saved by LibreOffice itself: its own way of writing runs, styles and fields.
    soffice(folder, 'docx', join(folder, 'libreoffice'), [join(folder, 'sjabloon.docx')]);
    // And as LibreOffice's own format: the copy gets office:annotation elements and ODF tracked changes.
    soffice(folder, 'odt', join(folder, 'libreoffice'), [join(folder, 'sjabloon.docx')]);
    const inputs = [
      {name: 'docx-pakket.docx', bytes: readFileSync(join(folder, 'sjabloon.docx'))},
      {name: 'libreoffice.docx', bytes: readFileSync(join(folder, 'libreoffice', 'sjabloon.docx'))},
      {name: 'libreoffice.odt', bytes: readFileSync(join(folder, 'libreoffice', 'sjabloon.odt'))},
    ];
    mkdirSync(join(folder, 'kopie'));
    const annotated = [];
    for (const input of inputs) {
      const original = await readDocument(input.bytes, input.name);
      const annotate = input.name.endsWith('.odt') ? annotateOpenDocument : annotateWord;
      const copy = await annotate(input.bytes, input.name, original, (await checkOf(original)).findings, {suggestChanges: true});
      writeFileSync(join(folder, 'kopie', input.name), copy.bytes);
      annotated.push({name: input.name, original, annotated: copy});
    }
    soffice(folder, 'fodt', join(folder, 'fodt'), annotated.map((copy) => join(folder, 'kopie', copy.name)));
    for (const copy of annotated) copies.push({...copy, fodt: readFileSync(join(folder, 'fodt', copy.name.replace(/\.(docx|odt)$/, '.fodt')), 'utf8')});
  }, 300_000);
  afterAll(() => {
    if (folder) rmSync(folder, {recursive: true, force: true});
  });

  const names = ['docx-pakket.docx', 'libreoffice.docx', 'libreoffice.odt'];
  const copyOf = (name: string) => copies.find((copy) => copy.name === name)!;

  it.each(names)('%s: every comment is an annotation by Helder', (name) => {
    const {annotated, fodt} = copyOf(name);
    const annotations = [...fodt.matchAll(/<office:annotation [^>]*>([\s\S]*?)<\/office:annotation>/g)].map((match) => match[1]!);
    expect(annotated.comments).toBeGreaterThanOrEqual(6);
    expect(annotations).toHaveLength(annotated.comments);
    expect(annotations.every((annotation) => annotation.includes('<dc:creator>Helder</dc:creator>'))).toBe(true);
    expect(annotations.some((annotation) => annotation.includes('Beter: &quot;met&quot;, &quot;via&quot; of &quot;door&quot;.'))).toBe(true);
    // The comment on "teneinde" spans exactly that word in the text box.
    expect(fodt).toMatch(/<\/office:annotation>teneinde<office:annotation-end /);
  });

  it.each(names)('%s: comments about the header, footer and notes open at the start of the letter, naming the place', (name) => {
    const {annotated, original, fodt} = copyOf(name);
    const body = fodt.slice(fodt.indexOf('<office:text'));
    // The annotations before the first words of the letter. LibreOffice lists comments that start at one place in
    // the reverse order of the file, so the order is not compared.
    const start = body.slice(0, body.indexOf('Onderwerp: Uw aanvraag'));
    const places = [...start.matchAll(/<office:annotation [^>]*>([\s\S]*?)<\/office:annotation>/g)].map((match) => match[1]!.replace(/<(dc|meta):[^>]+>[^<]*<\/(dc|meta):[^>]+>/g, '').replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').trim().split(':')[0]);
    expect(places.sort()).toEqual(['In de koptekst, alinea 3', 'In de koptekst, alinea 3', 'In voetnoot 1', 'In voetnoot 1', 'In eindnoot 1', 'In de voettekst'].sort());
    expect(annotated.elsewhere).toBe(places.length);
    // The words themselves are still in their own parts, without comments or changes there.
    const footnote = original.blocks.find((block) => block.place.part === 'footnote')!.text;
    const note = fodt.match(/<text:note-body>([\s\S]*?)<\/text:note-body>/)![1]!;
    expect(note.replace(/<[^>]+>/g, '').trim()).toBe(footnote);
    expect(fodt).toMatch(/<style:header>[\s\S]*Wij nemen uw vragen in behandeling middels het contactformulier\.[\s\S]*<\/style:header>/);
    expect(fodt).toMatch(/<style:footer>[\s\S]*Bel ons op 14 030 indien u vragen heeft over deze brief\.[\s\S]*<\/style:footer>/);
  });

  it.each(names)('%s: the suggested words are tracked changes by Helder', (name) => {
    const {annotated, fodt} = copyOf(name);
    expect(annotated.changes).toBe(4);
    const all = [...fodt.matchAll(/<text:changed-region xml:id="([^"]+)"[^>]*>([\s\S]*?)<\/text:changed-region>/g)].map((match) => ({id: match[1]!, region: match[2]!}));
    // The letter already had one change by its owner (a deletion and an insertion): it stays as it was.
    expect(all.filter(({region}) => region.includes('<dc:creator>Consulent</dc:creator>'))).toHaveLength(2);
    const helder = all.filter(({region}) => region.includes('<dc:creator>Helder</dc:creator>'));
    // "reeds" split over two runs is two deletions in the copy (one per run); LibreOffice joins them into one.
    expect(helder).toHaveLength(8);
    // LibreOffice keeps the changed text in the body between change-start and change-end (comments taken out).
    const body = fodt.replace(/<office:annotation [^>]*>[\s\S]*?<\/office:annotation>/g, '');
    const textOf = (id: string) => body.match(new RegExp(`<text:change-start text:change-id="${id}"/>([\\s\\S]*?)<text:change-end text:change-id="${id}"/>`))?.[1]?.replace(/<[^>]+>/g, '');
    const kindOf = (region: string) => (region.includes('<text:deletion>') ? 'weg' : region.includes('<text:insertion>') ? 'erbij' : '?');
    expect(helder.map(({id, region}) => `${kindOf(region)}: ${textOf(id)}`)).toEqual(['weg: reeds', 'erbij: al', 'weg: Indien', 'erbij: Als', 'weg: reeds', 'erbij: al', 'weg: Tevens', 'erbij: Ook']);
  });

  it.each(names)('%s: read back by Helder, the copy is the letter with the changes accepted and the fields kept', async (name) => {
    const {original} = copyOf(name);
    const back = await readDocument(readFileSync(join(folder, 'kopie', name)), name);
    const accepted = original.blocks.map((block) =>
      block.text
        .replace('uw aanvraag reeds bekeken', 'uw aanvraag al bekeken')
        .replace(/^Indien u het niet eens/, 'Als u het niet eens')
        .replace('formulier reeds ontvangen', 'formulier al ontvangen')
        .replace(/^Tevens sturen/, 'Ook sturen'),
    );
    expect(back.blocks.map((block) => block.text)).toEqual(accepted);
    expect(back.blocks.map((block) => block.placeholders)).toEqual(original.blocks.map((block) => block.placeholders));
    const kinds = back.blocks.flatMap((block) => block.placeholders.map((placeholder) => placeholder.kind));
    expect(kinds).toEqual(expect.arrayContaining(['merge-field', 'content-control']));
  });
});
