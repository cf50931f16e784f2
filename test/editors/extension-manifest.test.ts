/** The VS Code extension's manifest stays in step with the core and with vscode-languageclient. */
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {checkIds} from '@helder/core';
import {describe, expect, it} from 'vitest';
import {repoRoot} from './lsp-client.mjs';

const manifest = JSON.parse(readFileSync(join(repoRoot, 'extension', 'package.json'), 'utf8'));

describe('extension/package.json', () => {
  it('offers a setting for every check of the core', () => {
    const rules = manifest.contributes.configuration.properties['helder.rules'];
    expect(Object.keys(rules.properties).sort()).toEqual([...checkIds].sort());
  });

  it('has the two commands with their Dutch titles', () => {
    expect(manifest.contributes.commands).toEqual([
      {command: 'helder.checkDocument', title: 'Helder: controleer dit document'},
      {command: 'helder.checkFolder', title: 'Helder: controleer alle brieven in deze map'},
    ]);
  });

  it('asks for a VS Code that vscode-languageclient supports', () => {
    const client = JSON.parse(readFileSync(join(repoRoot, 'extension', 'node_modules', 'vscode-languageclient', 'package.json'), 'utf8'));
    const minor = (range: string) => Number(/\^?1\.(\d+)/.exec(range)?.[1]);
    expect(minor(manifest.engines.vscode)).toBeGreaterThanOrEqual(minor(client.engines.vscode));
  });

  it('type-checks against the protocol types of @helder/language-server (built dist)', () => {
    // The extension re-declares no protocol shapes: a renamed command or field in protocol.ts fails here.
    const tsc = createRequire(join(repoRoot, 'extension', 'package.json')).resolve('typescript/bin/tsc');
    let errors = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', join(repoRoot, 'extension', 'tsconfig.json')], {stdio: 'pipe'});
    } catch (error) {
      errors = String((error as {stdout?: Buffer}).stdout ?? error) || String(error);
    }
    expect(errors).toBe('');
  }, 60_000);
});
