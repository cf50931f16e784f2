/**
 * End to end with an editor nobody here wrote: Neovim's built-in LSP client (0.7 or newer), headless. The Lua
 * config attaches helder-language-server to a letter, waits for advice, applies the first code action and writes
 * the file; this test reads the file back. Needs the Debian package neovim (CI installs it).
 */
import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdtempSync, readFileSync, rmSync, existsSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {fixtureRules, fixtures, serverBin} from './lsp-client.mjs';

const nvim = spawnSync('nvim', ['--version'], {encoding: 'utf8'});
const hasNeovim = nvim.status === 0;
const inCI = Boolean(process.env.CI);
const install = 'Neovim is missing, so the Neovim test is skipped. Install it with: sudo apt-get install -y neovim (Debian/Ubuntu), brew install neovim (macOS).';

if (!hasNeovim && !inCI) console.warn(install);

describe('Neovim (built-in LSP client)', () => {
  it.skipIf(!hasNeovim && !inCI)(
    'shows Helder\'s advice, applies the first quick fix and writes the letter',
    () => {
      if (!hasNeovim) throw new Error(`${install} In CI this test must run: .ci/run installs neovim.`);
      expect(nvim.stdout).toMatch(/NVIM v0\.(?:[7-9]|\d{2})|NVIM v[1-9]/);
      expect(existsSync(serverBin)).toBe(true);
      const folder = mkdtempSync(join(tmpdir(), 'helder-nvim-'));
      try {
        const letter = join(folder, 'brief-bijstand.txt');
        copyFileSync(join(fixtures, 'brief-bijstand.txt'), letter);
        const original = readFileSync(letter, 'utf8');
        const resultPath = join(folder, 'result.json');
        const run = spawnSync('nvim', ['--headless', '--clean', '-n', letter, '-c', `luafile ${join(import.meta.dirname, 'nvim', 'helder.lua')}`], {
          cwd: folder,
          encoding: 'utf8',
          timeout: 90_000,
          env: {...process.env, HELDER_SERVER: serverBin, HELDER_RULES: fixtureRules, HELDER_RESULT: resultPath},
        });
        const result = existsSync(resultPath) ? JSON.parse(readFileSync(resultPath, 'utf8')) : {};
        expect(result.error, `nvim said: ${run.stderr}${run.stdout}`).toBeUndefined();
        expect(run.status).toBe(0);
        expect(result.steps).toEqual(['attached', 'diagnostics', 'code action applied', 'written']);
        expect(result.finding).toMatchObject({code: 'moeilijk-woord', lnum: 13, col: 0});
        expect(result.actions.slice(0, 4)).toEqual(['Vervang door "Met"', 'Vervang door "Via"', 'Vervang door "Door"', 'Zet het advies "middels" hier uit']);
        expect(result.summary).toMatch(/^Helder: /);
        expect(readFileSync(letter, 'utf8')).toBe(original.replace('Middels deze brief laten wij u weten', 'Met deze brief laten wij u weten'));
      } finally {
        rmSync(folder, {recursive: true, force: true});
      }
    },
    120_000,
  );
});
