/** Ctrl-C during a batch with --cache: the cache of the files done is saved whole, and no temporary file stays. */
import {describe, expect, it} from 'vitest';
import {spawn} from 'node:child_process';
import {once} from 'node:events';
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {readCacheFile} from '../src/cache.js';

const bin = fileURLToPath(new URL('../bin/helder.mjs', import.meta.url));
const letter = readFileSync(fileURLToPath(new URL('../../../examples/brief-bijzondere-bijstand.txt', import.meta.url)), 'utf8');

/** Run the CLI and press Ctrl-C once `marker` is on standard output. */
async function interruptAfter(args: string[], cwd: string, marker: string) {
  const child = spawn(process.execPath, [bin, ...args], {cwd});
  const output = {stdout: '', stderr: ''};
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output.stderr += chunk));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output.stdout += chunk;
    if (output.stdout.includes(marker) && child.exitCode === null && !child.killed) child.kill('SIGINT');
  });
  const [code] = (await once(child, 'close')) as [number | null];
  return {code, ...output};
}

describe('helder check --cache and Ctrl-C', () => {
  it('saves the results of the files done, atomically, and the csv ends with whole rows', {timeout: 120_000}, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'helder-cache-interrupt-'));
    mkdirSync(join(dir, 'brieven'));
    for (let number = 1; number <= 300; number++) writeFileSync(join(dir, 'brieven', `brief-${String(number).padStart(3, '0')}.txt`), letter.replace('2026-004512', `2026-${number}`));
    const {code, stdout, stderr} = await interruptAfter(['check', 'brieven', '--format', 'csv', '--jobs', '1', '--cache-location', 'cache.json'], dir, 'brief-002.txt');
    expect(code).toBe(130);
    expect(stderr).toMatch(/gestopt met Ctrl-C\. (\d+) van de 300 bestanden/);
    const done = Number(/gestopt met Ctrl-C\. (\d+) van/.exec(stderr)![1]);
    expect(done).toBeLessThan(300);
    const files = new Set(stdout.split('\r\n').slice(1).filter(Boolean).map((row) => row.split(';')[0]));
    expect(files.size).toBe(done);
    expect(stdout.endsWith('\r\n')).toBe(true);
    // The cache holds exactly the files that were done, and nothing else is left in the folder.
    expect(readCacheFile(join(dir, 'cache.json'))!.entries.size).toBe(done);
    expect(readdirSync(dir).sort()).toEqual(['brieven', 'cache.json']);
    rmSync(dir, {recursive: true, force: true});
  });
});
