import {describe, expect, it, beforeAll, afterAll} from 'vitest';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {check} from '@helder/node';
import {readDocument} from '@helder/documents';
// @ts-expect-error: a plain .mjs script without types, shared with the documents package.
import {annotateLetterDocx, annotateLetterOdt, letterDocx} from '../../documents/test/fixtures/make-fixtures.mjs';
import {annotateHelp} from '../src/annotate-command.js';

const bin = fileURLToPath(new URL('../bin/helder.mjs', import.meta.url));

function helder(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', env: {...process.env, CI: 'true'}});
  return {code: run.status, stdout: run.stdout, stderr: run.stderr};
}

describe('helder annotate', () => {
  let folder: string;
  const originals = new Map<string, Buffer>();
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'helder-annotate-cli-'));
    mkdirSync(join(folder, 'sjablonen', 'wmo'), {recursive: true});
    const files: Record<string, Buffer> = {
      'sjablonen/bijstand.docx': await letterDocx(),
      'sjablonen/wmo/bezwaar.docx': await annotateLetterDocx(),
      'sjablonen/wmo/brief.odt': annotateLetterOdt(),
      'sjablonen/wmo/kapot.docx': Buffer.from('PK\u0003\u0004 dit is geen echte zip'),
      'sjablonen/notitie.txt': Buffer.from('Wij hebben uw brief reeds ontvangen.\n'),
    };
    for (const [name, bytes] of Object.entries(files)) {
      writeFileSync(join(folder, name), bytes);
      originals.set(name, bytes);
    }
  }, 60_000);
  afterAll(() => {
    if (folder) rmSync(folder, {recursive: true, force: true});
  });

  it('writes a copy of each Word and LibreOffice file in the same folders, skips the rest with a reason and goes on after a broken file', async () => {
    const run = helder(['annotate', 'sjablonen', '--output', 'advies', '--suggest-changes'], folder);
    expect(run.code).toBe(2); // one file could not be read
    expect(run.stdout).toMatch(/^sjablonen\/bijstand\.docx: \d+ adviezen, 1 wijziging -> advies\/bijstand\.docx$/m);
    expect(run.stdout).toMatch(/^sjablonen\/wmo\/bezwaar\.docx: \d+ adviezen, 4 wijzigingen -> advies\/wmo\/bezwaar\.docx$/m);
    expect(run.stdout).toMatch(/^sjablonen\/wmo\/brief\.odt: 5 adviezen, 2 wijzigingen -> advies\/wmo\/brief\.odt$/m);
    expect(run.stdout).toContain('3 kopieën gemaakt, 1 bestand niet gelukt.');
    expect(run.stderr).toContain('helder: sjablonen/notitie.txt: overgeslagen: Dit is geen bestand van Word of LibreOffice.');
    expect(run.stderr).toContain('helder: sjablonen/wmo/kapot.docx: geen kopie gemaakt: Het bestand is kapot.');
    // The originals are untouched; the copy reads as the letter with the changes accepted.
    for (const [name, bytes] of originals) expect(readFileSync(join(folder, name)).equals(bytes), name).toBe(true);
    const copy = await readDocument(readFileSync(join(folder, 'advies/wmo/bezwaar.docx')), 'bezwaar.docx');
    expect(copy.blocks.map((block) => block.text)).toContain('Als u het niet eens bent met dit besluit, kunt u binnen zes weken bezwaar maken.');
    const odt = await readDocument(readFileSync(join(folder, 'advies/wmo/brief.odt')), 'brief.odt');
    expect(odt.blocks.map((block) => block.text)).toContain('Als u vragen heeft, belt u ons.');
    expect(existsSync(join(folder, 'advies/notitie.txt'))).toBe(false);
  });

  it('replaces its own earlier copies, but never a file it did not make', () => {
    expect(helder(['annotate', 'sjablonen/bijstand.docx', '--output', 'advies2'], folder).code).toBe(0);
    expect(helder(['annotate', 'sjablonen/bijstand.docx', '--output', 'advies2'], folder).code).toBe(0);
    mkdirSync(join(folder, 'eigen', 'sjablonen'), {recursive: true});
    writeFileSync(join(folder, 'eigen/sjablonen/bijstand.docx'), 'van iemand anders');
    const run = helder(['annotate', 'sjablonen/bijstand.docx', '--output', 'eigen'], folder);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Helder heeft dat bestand niet gemaakt en vervangt het dus niet.');
    expect(readFileSync(join(folder, 'eigen/sjablonen/bijstand.docx'), 'utf8')).toBe('van iemand anders');
  });

  it('refuses an output folder inside a folder it reads, and a copy that would replace the file itself', () => {
    for (const [input, output] of [['sjablonen', 'sjablonen/advies'], ['sjablonen', 'sjablonen'], ['sjablonen/**/*.docx', 'sjablonen/wmo/advies']]) {
      const run = helder(['annotate', input!, '--output', output!], folder);
      expect(run.code, `${input} -> ${output}`).toBe(2);
      expect(run.stderr).toContain('ligt in een map die Helder leest');
    }
    expect(existsSync(join(folder, 'sjablonen/advies'))).toBe(false);
    const same = helder(['annotate', 'bijstand.docx', '--output', '.'], join(folder, 'sjablonen'));
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('De kopie zou het bestand zelf vervangen.');
    expect(readFileSync(join(folder, 'sjablonen/bijstand.docx')).equals(originals.get('sjablonen/bijstand.docx')!)).toBe(true);
  });

  it('asks for --output and explains itself in plain Dutch', async () => {
    const run = helder(['annotate', 'sjablonen'], folder);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Geef met --output de map op waarin Helder de kopieën zet.');
    const lines = annotateHelp
      .split('\n')
      .map((line) => line.replace(/^\s*(?:--[\w-]+(?: <[^>]+>)?)\s{2,}/, ''))
      .filter((line) => line.trim() !== '' && !/^\s*(?:helder|Gebruik|Opties|Voorbeeld)/.test(line));
    for (const line of lines) {
      const problems = (await check(line.replace(/\([^)]*\)|"[^"]*"/g, ''))).findings.filter((finding) => finding.severity !== 'info');
      expect(problems.map((finding) => `${finding.ruleId}: ${finding.actual}`), line).toEqual([]);
    }
  });
});
