import {describe, expect, it, beforeAll, afterAll} from 'vitest';
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
// @ts-expect-error: a plain .mjs script without types, shared with the documents package.
import {letterDocx, brokenFiles} from '../../documents/test/fixtures/make-fixtures.mjs';

const bin = fileURLToPath(new URL('../bin/helder.mjs', import.meta.url));

function helder(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', env: {...process.env, CI: 'true'}});
  return {code: run.status, stdout: run.stdout, stderr: run.stderr};
}

interface JsonFinding {
  ruleId: string;
  entryId?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  actual: string;
  location?: {block: number; label: string; part: string; start: number; end: number; quote: string};
}
interface JsonFile {
  path: string;
  error?: string;
  findings?: JsonFinding[];
}

const hasSoffice = spawnSync('soffice', ['--version'], {stdio: 'ignore'}).status === 0;

const mail = [
  'From: Gemeente Zwolle <info@zwolle.nl>',
  'To: bewoner@example.nl',
  'Subject: =?utf-8?Q?Uw_aanvraag_is_ontvangen?=',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'Beste mevrouw Jansen,',
  '',
  'Wij hebben uw aanvraag ontvangen. Wij sturen u de uitslag middels een brief.',
  '',
  'Met vriendelijke groet,',
  'Gemeente Zwolle',
  '',
].join('\r\n');

const html = `<!doctype html><html><head><title>Brief</title><style>p{color:red}</style></head><body>
<p>Beste meneer De Vries,</p>
<p>Wij hebben uw aanvraag ontvangen.</p>
<table><tr><td>Termijn</td><td>Indien u bezwaar maakt, doe dat binnen zes weken.</td></tr></table>
</body></html>`;

let folder: string;
const brokenNames: string[] = [];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'helder-batch-'));
  const letters = join(folder, 'sjablonen');
  mkdirSync(join(letters, 'kapot'), {recursive: true});
  writeFileSync(join(letters, 'utrecht.docx'), await letterDocx({municipality: 'Utrecht', number: 1}));
  writeFileSync(join(letters, 'zwolle.docx'), await letterDocx({municipality: 'Zwolle', number: 2}));
  writeFileSync(join(letters, 'bericht.eml'), mail);
  writeFileSync(join(letters, 'brief.html'), html);
  writeFileSync(join(letters, 'brief.txt'), 'Beste mevrouw Jansen,\n\nMiddels deze brief laten wij u weten dat uw aanvraag is goedgekeurd.\n');
  for (const file of (await brokenFiles()) as {name: string; bytes: Buffer}[]) {
    // A .png is not part of a folder walk; the others must all be named with their reason.
    if (file.name.endsWith('.png')) continue;
    writeFileSync(join(letters, 'kapot', file.name), file.bytes);
    brokenNames.push(file.name);
  }
  if (hasSoffice) {
    // One soffice run for both letters, with its own profile so a LibreOffice that is already open does not take the job.
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(join(folder, 'profiel')).href}`, '--headless', '--norestore', '--convert-to', 'odt', '--outdir', letters, join(letters, 'utrecht.docx'), join(letters, 'zwolle.docx')],
      {stdio: 'ignore', timeout: 240_000},
    );
    rmSync(join(folder, 'profiel'), {recursive: true, force: true});
  }
}, 300_000);

afterAll(() => {
  if (folder) rmSync(folder, {recursive: true, force: true});
});

const summary = (file: JsonFile | undefined) => (file?.findings ?? []).map((finding) => `${finding.location?.label}: ${finding.actual}`);

describe('helder check on a folder of Word, LibreOffice, HTML and e-mail files', () => {
  it('checks every file in one run with two workers, names each broken file with its reason and exits 2', () => {
    if (!hasSoffice && process.env.CI) throw new Error('soffice ontbreekt. In CI moet deze test draaien: .ci/run installeert libreoffice-writer-nogui.');
    const run = helder(['check', 'sjablonen', '--format', 'json', '--jobs', '2'], folder);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as {files: JsonFile[]};
    const byName = new Map(report.files.map((file) => [file.path.replace(/^sjablonen\//, ''), file]));
    const paths = report.files.map((file) => file.path);
    expect(paths).toEqual([...paths].sort());

    const word = byName.get('utrecht.docx');
    expect(word?.error).toBeUndefined();
    expect(summary(word)).toEqual(
      expect.arrayContaining(['alinea 3: reeds', 'tabel 1, rij 2, cel 1: middels', 'tekstvak: teneinde', 'voetnoot 1: conform', 'voettekst: indien']),
    );
    // Placeholders and deleted or hidden text are never checked.
    expect(summary(word).some((line) => /xqzbedrag|Interne notitie/.test(line))).toBe(false);
    const reeds = word!.findings!.find((finding) => finding.actual === 'reeds')!;
    expect(reeds.location).toMatchObject({label: 'alinea 3', part: 'body', end: reeds.location!.start + 5});
    expect(reeds.location!.quote).toContain('uw aanvraag reeds bekeken.');
    // For a document, line is the block number and the columns count inside the block.
    expect(reeds.line).toBe(reeds.location!.block + 1);
    expect(reeds.column).toBe(reeds.location!.start + 1);
    expect(reeds.endColumn).toBe(reeds.location!.end + 1);

    if (hasSoffice) {
      const odt = byName.get('utrecht.odt');
      expect(odt?.error).toBeUndefined();
      expect(summary(odt)).toEqual(summary(word));
    }
    expect(summary(byName.get('bericht.eml'))).toContain('e-mail, alinea 2: middels');
    expect(summary(byName.get('brief.html'))).toEqual(expect.arrayContaining([expect.stringMatching(/^tabel 1, rij 1, cel 2: Indien$/)]));
    // A text file keeps its line and column, and gets no location.
    const text = byName.get('brief.txt')!.findings![0]!;
    expect([text.line, text.column, text.location]).toEqual([3, 1, undefined]);

    for (const name of brokenNames) {
      const entry = byName.get(`kapot/${name}`);
      if (name === 'leeg.txt') {
        // An empty text file is checked as before: no advice, not an error.
        expect(entry?.error).toBeUndefined();
        continue;
      }
      expect(entry?.error, name).toMatch(/\S/);
      expect(run.stderr).toContain(`helder: sjablonen/kapot/${name}: niet gecontroleerd: ${entry!.error}`);
    }
    expect(byName.get('kapot/oud.doc')?.error).toContain('--convert-to docx');
    expect(byName.get('kapot/wachtwoord.docx')?.error).toContain('wachtwoord');
    expect(byName.get('kapot/zipbom.docx')?.error).toContain('uitpakken veel te groot');
    expect(byName.get('kapot/entiteiten.docx')?.error).toContain('aanval');
    expect(byName.get('kapot/leeg.docx')?.error).toContain('leeg');
    expect(byName.get('kapot/eigenlijk-pdf.docx')?.error).toContain('PDF');
  });

  it('shows the place and a quote in the terminal output instead of line and column', () => {
    const run = helder(['check', 'sjablonen/utrecht.docx', 'sjablonen/bericht.eml', '--no-color'], folder);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('  tabel 1, rij 2, cel 1  waarschuwing  ');
    expect(run.stdout).toContain('      │ Bijzondere bijstand middels een gift\n      │                     ^^^^^^^\n');
    expect(run.stdout).toContain('  voettekst  waarschuwing  ');
    expect(run.stdout).toContain('  e-mail, alinea 2  waarschuwing  ');
    expect(run.stdout).toMatch(/✖ \d+ adviezen .* in 2 bestanden\./);
  });

  it('gives the same JSON with one checker (this process) and with two or three (this process and worker threads)', () => {
    const one = helder(['check', 'sjablonen', '--format', 'json', '--jobs', '1'], folder);
    expect(one.code).toBe(2);
    expect(JSON.parse(one.stdout).files.length).toBeGreaterThan(15);
    // The same bytes but for the time each run started.
    const withoutDate = (json: string) => json.replace(/"date": "[^"]+"/, '"date": ""');
    for (const jobs of ['2', '3']) {
      const more = helder(['check', 'sjablonen', '--format', 'json', '--jobs', jobs], folder);
      expect(more.code).toBe(2);
      expect(withoutDate(more.stdout)).toBe(withoutDate(one.stdout));
      expect(more.stderr).toBe(one.stderr);
    }
  });
});

describe('.helderignore', () => {
  it('skips files and folders as .gitignore does, in the folder walked and in the working folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'helder-ignore-'));
    try {
      const hard = 'Beste mevrouw Jansen,\n\nMiddels deze brief laten wij u weten dat uw aanvraag is goedgekeurd.\n';
      mkdirSync(join(root, 'brieven', 'oud'), {recursive: true});
      mkdirSync(join(root, 'brieven', 'concept'), {recursive: true});
      for (const name of ['a.txt', 'b.md', 'oud/c.txt', 'oud/houden.txt', 'concept/d.txt', 'e.html']) writeFileSync(join(root, 'brieven', name), hard);
      // The folder's own file: a folder, a pattern with a negation (as in .gitignore), a comment.
      writeFileSync(join(root, 'brieven', '.helderignore'), '# oude brieven niet\noud/*\n!oud/houden.txt\n*.html\n');
      // The working folder's file holds for the folders below it.
      writeFileSync(join(root, '.helderignore'), 'brieven/concept/\n');
      const run = helder(['check', 'brieven', '--format', 'json'], root);
      const paths = (JSON.parse(run.stdout) as {files: JsonFile[]}).files.map((file) => file.path);
      expect(paths).toEqual(['brieven/a.txt', 'brieven/b.md', 'brieven/oud/houden.txt']);
      // A glob still works and keeps the working folder's rules.
      const glob = helder(['check', 'brieven/**/*.txt', '--format', 'json'], root);
      expect((JSON.parse(glob.stdout) as {files: JsonFile[]}).files.map((file) => file.path)).toEqual(['brieven/a.txt', 'brieven/oud/c.txt', 'brieven/oud/houden.txt']);
      // A file named on the command line is always checked.
      const named = helder(['check', 'brieven/concept/d.txt', '--format', 'json'], root);
      expect((JSON.parse(named.stdout) as {files: JsonFile[]}).files.map((file) => file.path)).toEqual(['brieven/concept/d.txt']);
    } finally {
      rmSync(root, {recursive: true, force: true});
    }
  });
});
