/**
 * The CLI, the language server and the VS Code extension check the same kinds of files: all three read the one
 * table in @helder/node (formats.ts). Needs the built packages (pnpm -s build).
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ExecuteCommandRequest} from 'vscode-languageserver-protocol/node';
import {documentFileFormats, editorLanguageKinds, textFileKinds} from '@helder/node';
import {expandInputs} from '../../packages/cli/src/inputs.js';
import {TestClient, fixtureRules, repoRoot} from './lsp-client.js';

const manifest = JSON.parse(readFileSync(join(repoRoot, 'extension', 'package.json'), 'utf8'));
const letter = 'Beste mevrouw,\n\nStuur het formulier onverwijld terug.\n';

describe('one table of file kinds', () => {
  let folder: string;
  let client: TestClient;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'helder-soorten-'));
    for (const extension of Object.keys(textFileKinds)) writeFileSync(join(folder, `brief${extension}`), letter);
    writeFileSync(join(folder, 'code.ts'), 'const onverwijld = 1;\n');
    client = new TestClient({rulesDir: fixtureRules});
    await client.initialize();
  });

  afterAll(async () => {
    await client?.close();
    rmSync(folder, {recursive: true, force: true});
  });

  it('starts the VS Code extension for every editor language of the table', () => {
    const languages = manifest.activationEvents.filter((event: string) => event.startsWith('onLanguage:')).map((event: string) => event.slice('onLanguage:'.length));
    expect(languages.sort()).toEqual(Object.keys(editorLanguageKinds).sort());
    // Both spellings of a Django template: VS Code's and Vim's.
    expect(languages).toEqual(expect.arrayContaining(['django-html', 'htmldjango', 'handlebars']));
  });

  it('lets the CLI pick up every text file and document of the table in a folder', async () => {
    for (const extension of ['.docx', '.odt', '.eml']) writeFileSync(join(folder, `document${extension}`), 'x');
    try {
      const found = (await expandInputs([folder])).map((item) => item.path.slice(folder.length + 1));
      const expected = [...Object.keys(textFileKinds).map((extension) => `brief${extension}`), 'document.docx', 'document.eml', 'document.odt'];
      expect(found.sort()).toEqual(expected.sort());
      expect(Object.keys(documentFileFormats)).toEqual(expect.arrayContaining(['.docx', '.odt', '.eml', '.html']));
    } finally {
      for (const extension of ['.docx', '.odt', '.eml']) rmSync(join(folder, `document${extension}`));
    }
  });

  it('lets the language server check every text file of the table in a folder, .handlebars too', async () => {
    const result = (await client.connection.sendRequest(ExecuteCommandRequest.type, {
      command: 'helder.server.checkFolder',
      arguments: [{uri: pathToFileURL(folder).href}],
    })) as {files: number; findings: number};
    expect(result.files).toBe(Object.keys(textFileKinds).length);
    const handlebars = await client.diagnosticsFor(pathToFileURL(join(folder, 'brief.handlebars')).href);
    expect(handlebars.map((item) => item.code)).toContain('moeilijk-woord');
  });

  it('checks an untitled buffer in each editor language of the table', async () => {
    for (const language of Object.keys(editorLanguageKinds)) {
      const uri = `untitled:Brief-${language}`;
      await client.open(uri, letter, language);
      const diagnostics = await client.diagnosticsFor(uri, 1);
      expect(diagnostics.map((item) => item.code), language).toContain('moeilijk-woord');
    }
  });
});
