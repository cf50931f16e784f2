/** What the core tells about how it checked a text (Markdown read as plain text) reaches the clerk in text and JSON. */
import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

const bin = fileURLToPath(new URL('../bin/helder.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'helder-notes-'));
// A quote nested far deeper than any letter: the core checks it as plain text and says so.
writeFileSync(join(dir, 'diep.md'), `${'> '.repeat(200)}Wij sturen u middels deze brief het besluit over uw aanvraag.\n`);
writeFileSync(join(dir, 'gewoon.md'), '# Uw aanvraag\n\nWij sturen u middels deze brief het besluit over uw aanvraag.\n');
const helder = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], {cwd: dir, encoding: 'utf8'});

describe("the core's notes", () => {
  it('are printed and in the JSON when Markdown is checked as plain text, and the words are still checked', () => {
    const text = helder('check', 'diep.md');
    expect(text.stdout).toMatch(/let op: Deze Markdown is te lang, te diep genest .* als gewone tekst gecontroleerd\./);
    const json = JSON.parse(helder('check', 'diep.md', 'gewoon.md', '--format', 'json').stdout) as {files: Array<{path: string; notices?: string[]; findings: Array<{entryId?: string}>}>};
    const [deep, plain] = json.files;
    expect(deep!.notices).toEqual([expect.stringContaining('als gewone tekst gecontroleerd')]);
    expect(deep!.findings.map((finding) => finding.entryId)).toContain('middels');
    expect(plain!.notices).toBeUndefined();
    expect(plain!.findings.map((finding) => finding.entryId)).toContain('middels');
  });
});
