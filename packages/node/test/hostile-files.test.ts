/**
 * Files a hostile or careless user can hand to Helder: FIFOs, devices, broken links, folders with a letter's name,
 * huge files, UTF-16 and byte-order marks. None may hang or fill the memory; each gets a Dutch reason. The
 * time-outs only catch a hang (a FIFO read blocks forever), they do not measure speed.
 */
import {execFileSync} from 'node:child_process';
import {Readable} from 'node:stream';
import {mkdirSync, mkdtempSync, openSync, closeSync, ftruncateSync, readdirSync, symlinkSync, utimesSync, writeFileSync, existsSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {loadResources} from '@helder/core';
import {createNodeLoader, defaultRulesDir, fileCache, loadConfigFile, maxFileBytes, readCappedStream, readLetterFile, UnreadableFileError} from '../src/index.js';

let dir: string;
const letter = 'Beste mevrouw Jansen,\n\nMiddels deze brief laten wij u weten dat uw aanvraag is goedgekeurd.\n';

async function reasonFor(path: string): Promise<string> {
  try {
    await readLetterFile(path);
  } catch (error) {
    expect(error).toBeInstanceOf(UnreadableFileError);
    expect((error as Error).message.startsWith(`${path}: `)).toBe(true);
    return (error as UnreadableFileError).reason;
  }
  throw new Error(`${path} was read`);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'helder-hostile-'));
  execFileSync('mkfifo', [join(dir, 'pijp.txt')]);
  symlinkSync(join(dir, 'bestaat-niet.txt'), join(dir, 'kapot.txt'));
  symlinkSync(join(dir, 'kring-b.txt'), join(dir, 'kring-a.txt'));
  symlinkSync(join(dir, 'kring-a.txt'), join(dir, 'kring-b.txt'));
  mkdirSync(join(dir, 'map.txt'));
  // A sparse file: 30 MB by its size, no disk space used. Reading it whole would cost 30 MB for nothing.
  const big = openSync(join(dir, 'groot.txt'), 'w');
  ftruncateSync(big, 30 * 1024 * 1024);
  closeSync(big);
});

describe('reading a letter', () => {
  it('refuses a FIFO without opening it (opening would wait forever)', {timeout: 10_000}, async () => {
    expect(await reasonFor(join(dir, 'pijp.txt'))).toContain('pijp tussen programma');
  });

  it('refuses /dev/zero and /dev/urandom as devices, without reading them', {timeout: 10_000}, async () => {
    expect(await reasonFor('/dev/zero')).toContain('apparaat, geen gewoon bestand');
    expect(await reasonFor('/dev/urandom')).toContain('apparaat, geen gewoon bestand');
  });

  it('names a broken link, a link loop and a folder', async () => {
    expect(await reasonFor(join(dir, 'kapot.txt'))).toBe('de snelkoppeling wijst naar een bestand dat er niet is');
    expect(await reasonFor(join(dir, 'kring-a.txt'))).toBe('de snelkoppeling wijst in een kring naar zichzelf');
    expect(await reasonFor(join(dir, 'map.txt'))).toBe('dit is een map, geen bestand');
    expect(await reasonFor(join(dir, 'nergens.txt'))).toBe('bestand niet gevonden');
  });

  it('refuses a file over 20 MB by its size', async () => {
    expect(await reasonFor(join(dir, 'groot.txt'))).toBe('het bestand is te groot (30 MB, de grens is 20 MB)');
  });

  it('reads UTF-16 with a byte-order mark (little and big endian) as text, with the same offsets', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(letter, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    writeFileSync(join(dir, 'utf16le.txt'), le);
    writeFileSync(join(dir, 'utf16be.txt'), be);
    for (const name of ['utf16le.txt', 'utf16be.txt']) {
      const read = await readLetterFile(join(dir, name));
      expect(read.text).toBe(letter);
      expect(read.notices).toEqual([]);
    }
  });

  it('still refuses binary data full of nul bytes', async () => {
    writeFileSync(join(dir, 'binair.txt'), Buffer.alloc(4000, 0));
    expect(await reasonFor(join(dir, 'binair.txt'))).toContain('nul-tekens');
  });
});

describe('reading standard input', () => {
  it('stops after the limit and does not read the rest of an endless stream', {timeout: 20_000}, async () => {
    let produced = 0;
    const endless = new Readable({
      read() {
        produced += 1024 * 1024;
        this.push(Buffer.alloc(1024 * 1024, 0x61));
      },
    });
    await expect(readCappedStream(endless, maxFileBytes, '-')).rejects.toThrow(/de invoer via stdin is te groot \((meer dan )?2\d MB, de grens is 20 MB\)/);
    // The stream is stopped right after the limit, not drained: at most a few chunks beyond 20 MB.
    expect(produced).toBeLessThan(maxFileBytes + 4 * 1024 * 1024);
  });

  it('reads normal input whole', async () => {
    expect((await readCappedStream(Readable.from([Buffer.from(letter)]), maxFileBytes, '-')).toString()).toBe(letter);
  });
});

describe('config files', () => {
  it('accepts a UTF-8 byte-order mark (Windows editors write one)', async () => {
    writeFileSync(join(dir, 'bom.json'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"failOn": "error"}')]));
    const loaded = await loadConfigFile(join(dir, 'bom.json'));
    expect(loaded.errors).toEqual([]);
    expect(loaded.config.failOn).toBe('error');
  });

  it('refuses a FIFO as config with a reason instead of waiting', {timeout: 10_000}, async () => {
    execFileSync('mkfifo', [join(dir, 'pijp.json')]);
    const loaded = await loadConfigFile(join(dir, 'pijp.json'));
    expect(loaded.errors).toHaveLength(1);
    expect(loaded.errors[0]!.message).toContain('pijp tussen programma');
  });
});

describe('rule folders with broken entries', () => {
  it('names each unreadable rule file and folder, and still uses the good rules', {timeout: 30_000}, async () => {
    const rules = join(dir, 'regels');
    mkdirSync(rules);
    writeFileSync(
      join(rules, 'eigen.yaml'),
      'theme: Eigen\ncheck: moeilijk-woord\nrules:\n  - id: aanvangen\n    forms: [aanvangen]\n    alternatives: [beginnen]\n    reason: Schrijf beginnen.\n    explanation: Een gewoon woord is beter.\n    examples: {hit: ["Wij aanvangen morgen."], miss: ["Wij beginnen morgen."]}\n    status: aangenomen\n    provenance: {role: ontwikkelteam, date: 2026-11-23, decision: Test.}\n',
    );
    symlinkSync(join(rules, 'weg.yaml'), join(rules, 'kapot.yaml'));
    mkdirSync(join(rules, 'map.yaml'));
    execFileSync('mkfifo', [join(rules, 'pijp.yaml')]);
    const loader = createNodeLoader({noCache: true, extraRuleDirs: [rules, join(dir, 'bestaat-niet')]});
    const resources = await loadResources(loader);
    const problems = resources.ruleErrors.map((error) => `${error.file}: ${error.message}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        'rules/extra-1/kapot.yaml: Helder kan dit regelbestand niet lezen: de snelkoppeling wijst naar een bestand dat er niet is',
        'rules/extra-1/map.yaml: Helder kan dit regelbestand niet lezen: dit is een map, geen bestand',
        expect.stringMatching(/^rules\/extra-1\/pijp\.yaml: Helder kan dit regelbestand niet lezen: dit is een pijp/),
        'rules/extra-2/: Helder kan de map met regels niet lezen: de map bestaat niet. Kijk of de naam van de map goed is. Die staat bij "ruleDirs" in het bestand met instellingen, of bij --rules-dir.',
      ]),
    );
    const ids = new Set(resources.entries.map((entry) => entry.id));
    expect(ids.has('aanvangen')).toBe(true);
    // Helder's own curated rules are all still there.
    const own = await loadResources(createNodeLoader({noCache: true, ruleDirs: [defaultRulesDir()]}));
    for (const entry of own.entries) expect(ids.has(entry.id)).toBe(true);
  });
});

describe('the rule cache', () => {
  it('removes a temporary file left by a cut-off write, and leaves no temporary file of its own', async () => {
    const cache = join(dir, 'cache');
    mkdirSync(cache);
    const stale = join(cache, 'rules-0000-1.json.123.tmp');
    const fresh = join(cache, 'rules-0000-2.json.456.tmp');
    writeFileSync(stale, '{"entries": [');
    writeFileSync(fresh, '{"entries": [');
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    utimesSync(stale, hourAgo, hourAgo);
    const before = process.env.HELDER_CACHE_DIR;
    process.env.HELDER_CACHE_DIR = cache;
    try {
      await fileCache().writeCache('rules-abcd-10.json', '{"entries": [], "errors": []}');
    } finally {
      if (before === undefined) delete process.env.HELDER_CACHE_DIR;
      else process.env.HELDER_CACHE_DIR = before;
    }
    expect(existsSync(stale)).toBe(false);
    // A temporary file of a write that may still be running is left alone.
    expect(existsSync(fresh)).toBe(true);
    expect(readdirSync(cache).sort()).toEqual(['rules-0000-2.json.456.tmp', 'rules-abcd-10.json']);
  });

  it('keeps binary cache entries byte for byte, and of the large spelling and lexicon snapshots only the newest', async () => {
    const cache = join(dir, 'cache-binary');
    mkdirSync(cache);
    writeFileSync(join(cache, 'rules-abcd-10.json'), '{"entries": [], "errors": []}');
    const before = process.env.HELDER_CACHE_DIR;
    process.env.HELDER_CACHE_DIR = cache;
    const bytes = (seed: number) => Uint8Array.from({length: 70_000}, (_, index) => (index * seed) % 251);
    try {
      const files = fileCache();
      await files.writeCacheBinary('spelling-1-aaaa.bin', bytes(7));
      await files.writeCacheBinary('spelling-1-bbbb.bin', bytes(13));
      expect(await files.readCacheBinary('spelling-1-bbbb.bin')).toEqual(bytes(13));
      expect(await files.readCacheBinary('spelling-1-aaaa.bin')).toBeUndefined();
      // The readability lexicon is a kind of its own: a new one does not throw out the spelling snapshot.
      await files.writeCacheBinary('lexicon-1-cccc.bin', bytes(17));
      await files.writeCacheBinary('lexicon-1-dddd.bin', bytes(19));
      expect(await files.readCacheBinary('lexicon-1-dddd.bin')).toEqual(bytes(19));
      expect(await files.readCacheBinary('lexicon-1-cccc.bin')).toBeUndefined();
    } finally {
      if (before === undefined) delete process.env.HELDER_CACHE_DIR;
      else process.env.HELDER_CACHE_DIR = before;
    }
    expect(readdirSync(cache).sort()).toEqual(['lexicon-1-dddd.bin', 'rules-abcd-10.json', 'spelling-1-bbbb.bin']);
  });
});
