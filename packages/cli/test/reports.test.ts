/**
 * The machine formats of `helder check` on realistic letters and a Word template: golden files for csv, sarif and
 * the json shape, the SARIF checked against the OASIS schema's rules (draft-04, offline), --baseline on an edited
 * letter, --max-level and --cache.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import Ajv from 'ajv-draft-04';
// @ts-expect-error: a plain .mjs script without types, shared with the documents package.
import {letterDocx} from '../../documents/test/fixtures/make-fixtures.mjs';
import {main} from '../src/main.js';
import {hashFile, readCacheFile, writeCacheFile} from '../src/cache.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let dir: string;
/** Golden files must not depend on where the repository is checked out: the docs links point into it. */
const portable = (text: string) => text.replaceAll(pathToFileURL(root).href, 'file:///helder/');

async function helder(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), readStdin: async () => new Uint8Array(), cwd: dir});
  return {code, stdout, stderr};
}

// The tests run in the temp folder: paths in the reports are relative, as a user types them.
let previousCwd: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'helder-reports-'));
  previousCwd = process.cwd();
  process.chdir(dir);
  mkdirSync('brieven');
  mkdirSync('sjablonen');
  copyFileSync(join(root, 'examples/brief-bijzondere-bijstand.txt'), 'brieven/bijstand.txt');
  writeFileSync('sjablonen/beschikking.docx', await letterDocx({municipality: 'Zwolle', number: 3}));
  writeFileSync('sjablonen/oud.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]));
});
afterAll(() => {
  process.chdir(previousCwd);
  rmSync(dir, {recursive: true, force: true});
});

/** A small CSV reader for the Dutch Excel dialect the report writes: ; between quoted fields, "" inside. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.replace(/^\uFEFF/, '').split('\r\n')) {
    if (line === '') continue;
    const fields = [...line.matchAll(/"((?:[^"]|"")*)"(?:;|$)/g)].map((match) => match[1]!.replace(/""/g, '"'));
    expect(fields.map((field) => `"${field.replace(/"/g, '""')}"`).join(';')).toBe(line);
    rows.push(fields);
  }
  return rows;
}

describe('helder check --format csv', () => {
  it('writes one row per finding that Excel with Dutch settings opens: BOM, ; and quoted fields', async () => {
    const csv = await helder('check', 'brieven', 'sjablonen', '--format', 'csv');
    expect(csv.code).toBe(2); // the old .doc could not be read
    expect(csv.stdout.startsWith('\uFEFF"bestand";"niveau";"plaats"')).toBe(true);
    const rows = parseCsv(csv.stdout);
    const json = JSON.parse((await helder('check', 'brieven', 'sjablonen', '--format', 'json')).stdout) as {files: Array<{path: string; findings?: unknown[]}>};
    const findings = json.files.reduce((sum, file) => sum + (file.findings?.length ?? 0), 0);
    // Header, one row per finding, one row for the file that could not be read.
    expect(rows.length).toBe(1 + findings + 1);
    expect(rows.every((row) => row.length === rows[0]!.length)).toBe(true);
    const middels = rows.find((row) => row[0] === 'sjablonen/beschikking.docx' && row[8] === 'middels' && row[2] === 'tabel 1, rij 2, cel 1');
    expect(middels?.[11]).toBe('Bijzondere bijstand middels een gift');
    expect(rows.find((row) => row[0] === 'sjablonen/oud.doc')?.[5]).toBe('niet gecontroleerd');
    await expect(portable(csv.stdout)).toMatchFileSnapshot('__snapshots__/reports.csv');
  });
});

describe('helder check --format sarif', () => {
  it('is SARIF 2.1.0 by the OASIS schema, every result with a uri, a start line and fingerprints', async () => {
    const run = await helder('check', 'brieven', 'sjablonen', '--format', 'sarif');
    const sarif = JSON.parse(run.stdout);
    const ajv = new Ajv({allErrors: true, strict: false});
    ajv.addFormat('uri', (value: string) => URL.canParse(value));
    ajv.addFormat('uri-reference', (value: string) => !/\s/.test(value) && URL.canParse(value, 'file:///base/'));
    const validate = ajv.compile(JSON.parse(readFileSync(fileURLToPath(new URL('../../reports/test/sarif-2.1.0-subset.schema.json', import.meta.url)), 'utf8')));
    expect(validate(sarif), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const results = sarif.runs[0].results as Array<{ruleId: string; locations: Array<{physicalLocation: {artifactLocation: {uri: string}; region: {startLine: number}}; logicalLocations?: Array<{name: string; fullyQualifiedName: string}>}>; partialFingerprints: Record<string, string>}>;
    expect(results.length).toBeGreaterThan(20);
    for (const result of results) {
      expect(result.locations[0]!.physicalLocation.artifactLocation.uri).toMatch(/^(brieven\/bijstand\.txt|sjablonen\/beschikking\.docx)$/);
      expect(result.locations[0]!.physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
      expect(result.partialFingerprints['helderFinding/v1']).toMatch(/^[0-9a-f]{32}$/);
    }
    // Word files: the part and paragraph as a logical location.
    const inTable = results.find((result) => result.locations[0]!.logicalLocations?.[0]?.name === 'tabel 1, rij 2, cel 1');
    expect(inTable?.locations[0]!.logicalLocations![0]!.fullyQualifiedName).toMatch(/^body\/\d+$/);
    expect(results.filter((result) => result.locations[0]!.physicalLocation.artifactLocation.uri.endsWith('.txt')).every((result) => !result.locations[0]!.logicalLocations)).toBe(true);
    // Fingerprints are unique within the run, so a code-scanning tool does not merge two findings.
    expect(new Set(results.map((result) => result.partialFingerprints['helderFinding/v1'])).size).toBe(results.length);
    // The old .doc is a notification, not a result.
    expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri).toBe('sjablonen/oud.doc');
    expect(sarif.runs[0].tool.driver.rules.map((rule: {id: string}) => rule.id)).toContain('moeilijk-woord');
    await expect(portable(JSON.stringify({...sarif, runs: [{...sarif.runs[0], results: results.slice(0, 6)}]}, null, 2))).toMatchFileSnapshot('__snapshots__/reports.sarif');
  });
});

describe('helder check --format json', () => {
  it('keeps the documented shape, with location, sentence and fingerprint per finding and the run and totals at the end', async () => {
    const json = JSON.parse((await helder('check', 'brieven', 'sjablonen', '--format', 'json')).stdout);
    expect(Object.keys(json)).toEqual(['files', 'run', 'totals']);
    expect(json.run.date).toMatch(/^\d{4}-\d\d-\d\dT/);
    const docx = json.files.find((file: {path: string}) => file.path === 'sjablonen/beschikking.docx');
    const finding = docx.findings.find((item: {actual: string; location: {label: string}}) => item.actual === 'middels' && item.location.label === 'tabel 1, rij 2, cel 1');
    expect(finding.location).toMatchObject({part: 'body', quote: 'Bijzondere bijstand middels een gift'});
    expect(finding.sentence).toBe('Bijzondere bijstand middels een gift');
    const text = json.files.find((file: {path: string}) => file.path === 'brieven/bijstand.txt');
    const middels = text.findings.find((item: {actual: string}) => item.actual === 'Middels');
    expect(middels.location).toBeUndefined();
    expect(middels.sentence).toBe('Middels deze brief delen wij u mede dat uw aanvraag is door ons toegekend conform artikel 35 van de Participatiewet.');
    expect(json.totals.files).toBe(2);
    expect(json.totals.unreadable).toBe(1);
    expect(json.totals.words).toBe(text.stats.words + docx.stats.words);
    const shape = {
      keys: Object.keys(json),
      run: {...json.run, date: '(datum)'},
      totals: json.totals,
      files: json.files.map((file: {path: string; error?: string; findings?: object[]}) => (file.error ? file : {path: file.path, keys: Object.keys(file), first: file.findings![0]})),
    };
    await expect(portable(JSON.stringify(shape, null, 2))).toMatchFileSnapshot('__snapshots__/reports.json-shape.json');
  });
});

describe('helder check --baseline', () => {
  it('matches findings by fingerprint: an edit elsewhere keeps old findings, a removed sentence is gone, a new one is new', async () => {
    const before = await helder('check', 'brieven/bijstand.txt', '--format', 'json', '--output', 'vorige.json');
    expect(before.code).toBe(1);
    const letter = readFileSync('brieven/bijstand.txt', 'utf8');
    const removed = 'Middels deze brief delen wij u mede dat uw aanvraag is door ons toegekend conform artikel 35 van de Participatiewet.';
    const inRemoved = (JSON.parse(readFileSync('vorige.json', 'utf8')).files[0].findings as Array<{actual: string; sentence: string}>).filter((finding) => finding.sentence === removed);
    expect(inRemoved.map((finding) => finding.actual)).toContain('Middels');
    // A paragraph at the top moves every offset and line; one sentence goes; a new paragraph has "indien".
    const edited = letter
      .replace('Geachte heer/mevrouw,', 'Geachte heer/mevrouw,\n\nU leest hier eerst een korte uitleg over deze brief.')
      .replace(` ${removed}`, '')
      .replace('\n\nHoogachtend', '\n\nBel ons indien u hulp wilt.\n\nHoogachtend');
    expect(edited.split('\n\n').length).toBe(letter.split('\n\n').length + 2);
    writeFileSync('brieven/bijstand.txt', edited);
    try {
      const after = await helder('check', 'brieven/bijstand.txt', '--format', 'json', '--baseline', 'vorige.json');
      const {comparison} = JSON.parse(after.stdout);
      expect(comparison.goneFindings.map((note: {actual: string}) => note.actual)).toEqual(inRemoved.map((finding) => finding.actual));
      expect(comparison.newFindings.map((note: {actual: string}) => note.actual)).toEqual(['indien']);
      // Same level, fewer findings: better.
      const findingsBefore = JSON.parse(readFileSync('vorige.json', 'utf8')).files[0].findings.length;
      expect(comparison.better).toEqual([{path: 'brieven/bijstand.txt', before: {level: 3, findings: findingsBefore}, after: {level: 3, findings: findingsBefore - inRemoved.length + 1}}]);
      expect(comparison.worse).toEqual([]);
      const text = await helder('check', 'brieven/bijstand.txt', '--baseline', 'vorige.json');
      expect(text.stdout).toContain(`1 advies is nieuw, ${inRemoved.length} adviezen zijn weg.`);
    } finally {
      writeFileSync('brieven/bijstand.txt', letter);
    }
  });

  it('names a file that is not an earlier json run', async () => {
    writeFileSync('geen-run.json', '{"hallo": 1}');
    const run = await helder('check', 'brieven', '--baseline', 'geen-run.json', '--format', 'json');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('geen-run.json: Dit is geen uitvoer van helder check --format json');
  });
});

describe('the report field of the config file', () => {
  it('names a wrong field or a logo it cannot read, and still writes the report', async () => {
    writeFileSync('verkeerd.json', JSON.stringify({report: {organisation: 'Gemeente Zwolle', logo: 'weg.png', kleur: 'blauw', themeClass: 7}}));
    const run = await helder('check', 'brieven', '--format', 'html', '--output', 'rapport.html', '--config', 'verkeerd.json');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('report.kleur: Onbekend veld. Deze velden kent Helder bij report: organisation, logo, logoAlt, themeCss, themeClass.');
    expect(run.stderr).toContain('report.themeClass: Dit veld is een tekst.');
    expect(run.stderr).toMatch(/report\.logo: .*weg\.png: Helder kan dit plaatje niet lezen \(ENOENT\)/);
    const html = readFileSync('rapport.html', 'utf8');
    expect(html).toContain('Gemeente Zwolle');
    expect(html).not.toContain('<img');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('asks for --output with html, in Dutch', async () => {
    const run = await helder('check', 'brieven', '--format', 'html');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Een rapport in html komt in een bestand. Geef de naam op met --output');
  });
});

describe('helder check --max-level', () => {
  it('exits 1 when a file is above the level, next to --fail-on', async () => {
    // The letter is level 3; with --fail-on fout its warnings alone do not fail.
    expect((await helder('check', 'brieven', '--fail-on', 'fout')).code).toBe(0);
    const strict = await helder('check', 'brieven', '--fail-on', 'fout', '--max-level', '2');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('brieven/bijstand.txt: niveau 3. Dat is hoger dan 2, de grens van --max-level.');
    expect((await helder('check', 'brieven', '--fail-on', 'fout', '--max-level', '3')).code).toBe(0);
    const wrong = await helder('check', 'brieven', '--max-level', 'B1');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Kies 1, 2, 3 of 4');
  });
});

describe('helder check --cache', () => {
  it('takes unchanged files from the cache, checks changed ones again, and leaves no temporary file', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'helder-cache-'));
    const location = join(cacheDir, 'cache.json');
    const first = await helder('check', 'brieven', 'sjablonen/beschikking.docx', '--format', 'json', '--cache-location', location);
    const stored = readCacheFile(location)!;
    expect([...stored.entries.keys()].sort()).toEqual(['brieven/bijstand.txt', 'sjablonen/beschikking.docx']);
    // Prove the second run reads the cache: a marked message in the cache comes back in the report. The cache keeps
    // the outcome (for every report) and the json entry as the first run wrote it (written again as it is).
    const entry = stored.entries.get('sjablonen/beschikking.docx')!;
    const outcome = JSON.parse(entry.outcome.toString('utf8'));
    const message = outcome.result.findings[0].message as string;
    outcome.result.findings[0].message = 'UIT DE CACHE';
    const json = entry.json!.toString('utf8');
    expect(json).toContain(JSON.stringify(message));
    stored.entries.set('sjablonen/beschikking.docx', {hash: entry.hash, outcome: Buffer.from(JSON.stringify(outcome)), json: Buffer.from(json.replace(JSON.stringify(message), '"UIT DE CACHE"'))});
    writeCacheFile(location, stored.key, stored.entries);
    const second = await helder('check', 'brieven', 'sjablonen/beschikking.docx', '--format', 'json', '--cache-location', location);
    expect(second.stdout).toContain('UIT DE CACHE');
    const withoutDate = (text: string) => text.replace(/"date": "[^"]+"/, '').replace('UIT DE CACHE', '');
    expect(withoutDate(second.stdout).replace(/"message": "",/, '')).not.toBe('');
    // A changed file is checked again; the unchanged one still comes from the cache.
    const letter = readFileSync('brieven/bijstand.txt', 'utf8');
    writeFileSync('brieven/bijstand.txt', letter.replace('Middels deze brief', 'Met deze brief'));
    try {
      const third = JSON.parse((await helder('check', 'brieven', 'sjablonen/beschikking.docx', '--format', 'json', '--cache-location', location)).stdout);
      expect(third.files[0].findings.some((finding: {actual: string}) => finding.actual === 'Middels')).toBe(false);
      expect(third.files[1].findings[0].message).toBe('UIT DE CACHE');
      // Another report from the same cache is made from the stored outcome.
      const csv = await helder('check', 'brieven', 'sjablonen/beschikking.docx', '--format', 'csv', '--cache-location', location);
      expect(csv.stdout).toContain('UIT DE CACHE');
      // Other settings: nothing from the cache.
      writeFileSync('streng.json', JSON.stringify({thresholds: {sentenceWords: 12}}));
      const other = await helder('check', 'brieven', 'sjablonen/beschikking.docx', '--format', 'json', '--cache-location', location, '--config', 'streng.json');
      expect(other.stdout).not.toContain('UIT DE CACHE');
    } finally {
      writeFileSync('brieven/bijstand.txt', letter);
    }
    expect(readdirSync(cacheDir)).toEqual(['cache.json']);
    expect(JSON.parse(first.stdout.replace(/"date": "[^"]+"/, '"date": ""')).files.length).toBe(2);
    rmSync(cacheDir, {recursive: true, force: true});
  });

  it('ignores a cache file of the old format or a broken one: every file is checked and the file is written anew', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'helder-cache-old-'));
    const location = join(cacheDir, 'cache.json');
    const withoutDate = (text: string) => text.replace(/"date": "[^"]+"/, '');
    const fresh = withoutDate((await helder('check', 'brieven', '--format', 'json')).stdout);
    const hash = (await hashFile('brieven/bijstand.txt'))!;
    // Format 1: one json document with the outcomes, as Helder 0.1 wrote it before the json entries were kept.
    writeFileSync(location, JSON.stringify({format: 1, key: 'oud', entries: {'brieven/bijstand.txt': {hash, outcome: {path: 'brieven/bijstand.txt', result: {findings: [{message: 'UIT DE CACHE'}]}}}}}));
    const old = await helder('check', 'brieven', '--format', 'json', '--cache-location', location);
    expect(withoutDate(old.stdout)).toBe(fresh);
    const written = readCacheFile(location)!;
    expect([...written.entries.keys()]).toEqual(['brieven/bijstand.txt']);
    // A cut-off file: the entry that points past its end is not used, the letter is checked again.
    writeFileSync(location, readFileSync(location).subarray(0, readFileSync(location).length - 10));
    expect(readCacheFile(location)!.entries.size).toBe(0);
    const broken = await helder('check', 'brieven', '--format', 'json', '--cache-location', location);
    expect(withoutDate(broken.stdout)).toBe(fresh);
    expect(readCacheFile(location)!.entries.size).toBe(1);
    // A csv run keeps no json entry; a json run from that cache makes it once and keeps it.
    rmSync(location);
    await helder('check', 'brieven', '--format', 'csv', '--cache-location', location);
    expect(readCacheFile(location)!.entries.get('brieven/bijstand.txt')!.json).toBeUndefined();
    expect(withoutDate((await helder('check', 'brieven', '--format', 'json', '--cache-location', location)).stdout)).toBe(fresh);
    expect(readCacheFile(location)!.entries.get('brieven/bijstand.txt')!.json!.toString('utf8')).toContain('"path": "brieven/bijstand.txt"');
    expect(withoutDate((await helder('check', 'brieven', '--format', 'json', '--cache-location', location)).stdout)).toBe(fresh);
    rmSync(cacheDir, {recursive: true, force: true});
  });
});
