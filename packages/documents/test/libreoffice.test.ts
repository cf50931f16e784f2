import {describe, expect, it, beforeAll, afterAll} from 'vitest';
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {readDocument} from '../src/index.js';
import {letterDocx} from './fixtures/make-fixtures.mjs';
import {checkOf, expectExactOffsets} from './helpers.js';

/**
 * Files written by LibreOffice itself (Debian libreoffice-writer-nogui, installed by .ci/run). Outside CI the test
 * is skipped with a hint when soffice is missing; in CI it must run.
 */
const hasSoffice = spawnSync('soffice', ['--version'], {stdio: 'ignore'}).status === 0;
const inCI = Boolean(process.env.CI);
if (!hasSoffice && !inCI) console.warn('soffice ontbreekt: installeer libreoffice-writer-nogui om de LibreOffice-test te draaien.');

describe.skipIf(!hasSoffice && !inCI)('letters converted by LibreOffice', () => {
  let folder: string;
  const letters = [
    {name: 'utrecht.docx', options: {municipality: 'Utrecht', number: 1}},
    {name: 'zwolle.docx', options: {municipality: 'Zwolle', number: 2}},
  ];
  beforeAll(async () => {
    if (!hasSoffice) throw new Error('soffice ontbreekt. In CI moet deze test draaien: .ci/run installeert libreoffice-writer-nogui.');
    folder = mkdtempSync(join(tmpdir(), 'helder-lo-'));
    for (const letter of letters) writeFileSync(join(folder, letter.name), await letterDocx(letter.options));
    // One soffice run for all files, with its own profile so a LibreOffice that is already open does not take the job.
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(join(folder, 'profiel')).href}`, '--headless', '--norestore', '--convert-to', 'odt', '--outdir', join(folder, 'odt'), ...letters.map((letter) => join(folder, letter.name))],
      {stdio: 'ignore', timeout: 240_000},
    );
  }, 300_000);
  afterAll(() => {
    if (folder) rmSync(folder, {recursive: true, force: true});
  });

  it.each(letters)('$name and its .odt give the same findings in the same places', async ({name}) => {
    const docx = await readDocument(readFileSync(join(folder, name)), name);
    const odtName = name.replace(/\.docx$/, '.odt');
    const odt = await readDocument(readFileSync(join(folder, 'odt', odtName)), odtName);
    const [fromWord, fromLibreOffice] = await Promise.all([checkOf(docx), checkOf(odt)]);
    expectExactOffsets(odt, fromLibreOffice.findings);
    const summary = (result: typeof fromWord) => result.findings.map((finding) => `${finding.ruleId} "${finding.actual}" in ${finding.location.label}`);
    expect(summary(fromLibreOffice)).toEqual(summary(fromWord));
    expect(summary(fromWord)).toContain('moeilijk-woord "teneinde" in tekstvak');
    expect(fromLibreOffice.readability?.lint).toEqual(fromWord.readability?.lint);
    expect(fromLibreOffice.stats).toEqual(fromWord.stats);
  });

  it('reads what LibreOffice keeps of fields and content controls as placeholders', async () => {
    const odt = await readDocument(readFileSync(join(folder, 'odt', 'utrecht.odt')), 'utrecht.odt');
    const names = odt.blocks.flatMap((block) => block.placeholders.map((placeholder) => `${placeholder.kind}:${block.text.slice(placeholder.start, placeholder.end)}`));
    expect(names).toEqual(expect.arrayContaining(['merge-field:«Aanhef»', 'merge-field:xqzbedrag', 'field:een bedrag van ons', 'content-control:Petra Dijkstra']));
    expect(odt.blocks.some((block) => block.text.includes('Interne notitie'))).toBe(false);
  });
});
