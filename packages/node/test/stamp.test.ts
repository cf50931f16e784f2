/**
 * The Node loader's stamps (DataLoader.stamp): files that ship with Helder get one that changes when the file is
 * written, even with the same size and the old modification time put back; a rule file of the user's own gets none
 * (the core hashes its text).
 */
import {cpSync, mkdtempSync, rmSync, utimesSync, writeFileSync, statSync, readFileSync, mkdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {coreDataDir, createNodeLoader, defaultRulesDir, fileStamp} from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'helder-stamp-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe('stamps of the Node loader', () => {
  it('change when a data file is written, also with the same size and the old mtime', async () => {
    const data = join(dir, 'data');
    cpSync(coreDataDir(), data, {recursive: true});
    const loader = createNodeLoader({dataDir: data});
    const file = join(data, 'afkortingen.yaml');
    // A whole second as modification time, as an unpacked package often has: it can be put back exactly.
    utimesSync(file, 1_000_000_000, 1_000_000_000);
    const before = await loader.stamp!('data/afkortingen.yaml');
    expect(before).toContain(file);
    expect(await loader.stamp!('data/afkortingen.yaml')).toBe(before);
    const text = readFileSync(file, 'utf8');
    // One letter changed (same size), then the modification time set back as it was.
    const changed = text.replace('short: m.b.t.', 'short: m.b.x.');
    expect(changed).not.toBe(text);
    writeFileSync(file, changed);
    utimesSync(file, 1_000_000_000, 1_000_000_000);
    expect(statSync(file).size).toBe(Buffer.byteLength(text));
    expect(statSync(file).mtimeMs).toBe(1_000_000_000_000);
    const after = await loader.stamp!('data/afkortingen.yaml');
    expect(after).toEqual(expect.any(String));
    expect(after).not.toBe(before);
  });

  it('are given for Helder\'s own rules, the dictionary and the data, not for extra rule folders', async () => {
    const extra = join(dir, 'eigen-regels');
    mkdirSync(extra);
    writeFileSync(join(extra, 'woorden.yaml'), 'theme: Eigen woorden\ncheck: moeilijk-woord\nrules: []\n');
    const loader = createNodeLoader({extraRuleDirs: [extra]});
    const names = await loader.listRuleFiles();
    expect(names).toContain('rules/extra-1/woorden.yaml');
    expect(await loader.stamp!('rules/extra-1/woorden.yaml')).toBeUndefined();
    const own = names.find((name) => !name.startsWith('rules/extra-'))!;
    expect(await loader.stamp!(own)).toContain(defaultRulesDir());
    expect(await loader.stamp!('dictionary/nl.dic')).toMatch(/index\.dic:/);
    expect(await loader.stamp!('data/lint-ii/lexicon.txt.gz')).toMatch(/lexicon\.txt\.gz:/);
    // Another folder in place of Helder's rules is the user's: no stamps there either.
    const replaced = createNodeLoader({ruleDirs: [extra]});
    expect(await replaced.listRuleFiles()).toEqual(['rules/woorden.yaml']);
    expect(await replaced.stamp!('rules/woorden.yaml')).toBeUndefined();
  });

  it('is undefined for a file that is missing or no regular file', async () => {
    expect(await fileStamp(join(dir, 'bestaat-niet.yaml'))).toBeUndefined();
    expect(await fileStamp(dir)).toBeUndefined();
    expect(await createNodeLoader({dataDir: join(dir, 'leeg')}).stamp!('data/afkortingen.yaml')).toBeUndefined();
  });
});
