/**
 * The server as the VS Code extension ships it: one bundled file plus copied data, run from a folder outside the
 * repo (no node_modules to fall back on). extension/build.mjs bundles it into a temporary folder.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {HoverRequest, type MarkupContent} from 'vscode-languageserver-protocol/node';
import {TestClient, repoRoot} from './lsp-client.mjs';

describe('the bundled server of the VS Code extension', () => {
  let folder: string;
  let client: TestClient;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'helder-bundle-'));
    execFileSync(process.execPath, [join(repoRoot, 'extension', 'build.mjs'), '--out', join(folder, 'dist')], {stdio: 'inherit'});
  }, 120_000);

  afterAll(async () => {
    await client?.close();
    rmSync(folder, {recursive: true, force: true});
  });

  it('runs on its own, with Helder\'s rules, the dictionary and the rule pages', async () => {
    client = new TestClient({serverPath: join(folder, 'dist', 'server.mjs')});
    await client.initialize();
    const uri = 'untitled:Brief-1';
    await client.open(uri, 'Geachte heer/mevrouw,\n\nWij verzoeken u het formulier onverwijld te retourneren. Wij wachten op uw anwtoord.\n\nHoogachtend,\n\nGemeente Assen\n');
    const diagnostics = await client.diagnosticsFor(uri, 1);
    const codes = new Set(diagnostics.map((item) => item.code));
    expect(codes).toContain('moeilijk-woord');
    expect(codes).toContain('formele-aanhef');
    expect(codes).toContain('spelling');
    const curated = diagnostics.find((item) => item.code === 'moeilijk-woord')!;
    expect(curated.codeDescription?.href).toMatch(/^file:\/\/.*\/dist\/docs\/rules\/moeilijk-woord\.md$/);
    expect(existsSync(new URL(curated.codeDescription!.href))).toBe(true);
    const hover = await client.connection.sendRequest(HoverRequest.type, {textDocument: {uri}, position: curated.range.start});
    expect((hover?.contents as MarkupContent).value).toContain('Wie koos dit advies:');
  }, 60_000);
});
