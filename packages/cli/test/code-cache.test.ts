/**
 * V8's code cache for the CLI bundle (src/code-cache.ts): `helder check` keeps the code V8 compiled in the cache
 * folder and a later start takes it. These tests prove that the output is the same with and without it, that an
 * entry that is damaged, cut off or made for another bundle is never used (the bundle is compiled as usual and the
 * entry made again), and that only `check` writes one.
 */
import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {afterAll, describe, expect, it} from 'vitest';
import {codeCacheKey, packCodeCache, unpackCodeCache} from '../src/code-cache.js';

const bin = fileURLToPath(new URL('../bin/helder.mjs', import.meta.url));
const codeCache = fileURLToPath(new URL('../dist/code-cache.js', import.meta.url));
const letter = fileURLToPath(new URL('../../../examples/brief-bijzondere-bijstand.txt', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'helder-code-cache-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

/** A cache folder with the parsed rules, lists, lexicon and spelling snapshot of one run, shared by the tests. */
const warm = join(dir, 'warm');
const helder = (cache: string, ...args: string[]) => spawnSync(process.execPath, [bin, ...args], {cwd: dir, encoding: 'utf8', env: {...process.env, HELDER_CACHE_DIR: cache}});
const codeEntries = (cache: string) => readdirSync(cache).filter((name) => name.startsWith('code-'));
// The date of the run is the only part of the json report that changes between runs.
const report = (cache: string) => {
  const run = helder(cache, 'check', letter, '--format', 'json');
  expect(run.stderr).toBe('');
  expect(run.status).toBe(1);
  return run.stdout.replace(/"date": "[^"]*"/, '"date": ""');
};

describe('the code cache of the CLI bundle', () => {
  let reference: string;

  it('is written by the first check, taken by the next, and the report stays the same', () => {
    reference = report(warm);
    const [entry] = codeEntries(warm);
    expect(entry).toMatch(/^code-[0-9a-f]{8}-v\d+\.\d+\.\d+-\w+\.bin$/);
    const written = statSync(join(warm, entry!));
    expect(written.size).toBeGreaterThan(100_000);
    // The findings are real: the letter's "beschikking" and spelling was checked.
    expect(JSON.parse(reference).files[0].findings.map((finding: {actual: string}) => finding.actual)).toContain('Beschikking');
    expect(JSON.parse(reference).files[0].findings.some((finding: {ruleId: string}) => finding.ruleId === 'spelling' && finding.length === 0)).toBe(false);

    expect(report(warm)).toBe(reference);
    // Taken, so not made again.
    expect(codeEntries(warm)).toEqual([entry]);
    expect(statSync(join(warm, entry!)).mtimeMs).toBe(written.mtimeMs);
  });

  for (const [damage, spoil] of [
    ['a byte changed in the middle of the data', (bytes: Buffer) => ((bytes[bytes.length >> 1]! ^= 0x5a), bytes)],
    ['cut off', (bytes: Buffer) => bytes.subarray(0, bytes.length - 4000)],
    ['empty', () => Buffer.alloc(0)],
    // V8 itself would take data made for another bundle of the same length: the stamp in the header must match.
    ['made for another bundle, with a valid checksum', (bytes: Buffer) => Buffer.from(packCodeCache(`${stampIn(bytes)}-older`, unpackCodeCache(bytes, stampIn(bytes))!))],
  ] as const) {
    it(`is not used when it is ${damage}: same report, entry made again`, () => {
      const cache = join(dir, damage.replace(/\W+/g, '-'));
      cpSync(warm, cache, {recursive: true});
      const [entry] = codeEntries(cache);
      const good = readFileSync(join(cache, entry!));
      const spoilt = spoil(Buffer.from(good));
      writeFileSync(join(cache, entry!), spoilt);
      expect(report(cache)).toBe(reference);
      expectMadeAgain(join(cache, entry!), spoilt, stampIn(good));
    });
  }

  it('is written only by check, not by --version', () => {
    const cache = join(dir, 'version');
    cpSync(warm, cache, {recursive: true});
    for (const name of codeEntries(cache)) rmSync(join(cache, name));
    const run = helder(cache, '--version');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(codeEntries(cache)).toEqual([]);
  });
});

/** The entry at `path` is no longer `before` but a whole entry for the bundle's stamp. */
function expectMadeAgain(path: string, before: Buffer, stamp: string): void {
  const after = readFileSync(path);
  expect(after.equals(before)).toBe(false);
  expect(unpackCodeCache(after, stamp)?.length).toBeGreaterThan(100_000);
}

/** The stamp in an entry's header (the line after the magic). */
const stampIn = (entry: Buffer): string => entry.toString('latin1').split('\n')[1]!;

describe('code cache entries', () => {
  const stamp = '/opt/helder/dist/helder.cjs:2049:1234:1415061:1764770000000000000:1764770000000000000';
  const data = Buffer.from(Array.from({length: 5000}, (_, index) => (index * 7) & 0xff));

  it('give back the data for the same stamp only', () => {
    const entry = Buffer.from(packCodeCache(stamp, data));
    expect(unpackCodeCache(entry, stamp)?.equals(data)).toBe(true);
    expect(unpackCodeCache(entry, stamp.replace(':1234:', ':1235:'))).toBeUndefined();
    expect(unpackCodeCache(entry, `${stamp}0`)).toBeUndefined();
  });

  it('refuse a damaged or cut-off entry', () => {
    const entry = Buffer.from(packCodeCache(stamp, data));
    const flipped = Buffer.from(entry);
    flipped[flipped.length - 10]! ^= 1;
    expect(unpackCodeCache(flipped, stamp)).toBeUndefined();
    expect(unpackCodeCache(entry.subarray(0, entry.length - 1), stamp)).toBeUndefined();
    expect(unpackCodeCache(entry.subarray(0, 30), stamp)).toBeUndefined();
    expect(unpackCodeCache(Buffer.alloc(0), stamp)).toBeUndefined();
  });

  it('have a key per bundle stamp, Node version and processor', () => {
    expect(codeCacheKey(stamp)).toBe(codeCacheKey(stamp));
    expect(codeCacheKey(stamp)).not.toBe(codeCacheKey(stamp.replace(':1234:', ':1235:')));
    expect(codeCacheKey(stamp)).toContain(`-${process.version}-${process.arch}.bin`);
  });
});

describe('runBundle', () => {
  it('gives the bundle require, __filename and an import() that resolves beside it', () => {
    const bundle = join(dir, 'bundle.cjs');
    writeFileSync(bundle, 'const {join} = require("node:path");\n__helderImport("./beside.mjs").then((m) => console.log(m.word, join(__dirname) === __dirname, __filename.endsWith("bundle.cjs")));\n');
    writeFileSync(join(dir, 'beside.mjs'), 'export const word = "gemeente";\n');
    const script = `import {runBundle} from ${JSON.stringify(pathToFileURL(codeCache).href)}; const started = runBundle(${JSON.stringify(bundle)}); started.written.then(() => console.error(started.fromCache));`;
    const cache = join(dir, 'tiny');
    const run = () => spawnSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8', env: {...process.env, HELDER_CACHE_DIR: cache}});
    const first = run();
    expect(first.stdout).toBe('gemeente true true\n');
    expect(first.stderr).toBe('false\n');
    const second = run();
    expect(second.stdout).toBe('gemeente true true\n');
    expect(second.stderr).toBe('true\n');
  });
});
