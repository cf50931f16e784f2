/**
 * The CLI, the language server and the VS Code extension check the same kinds of files: all three read the one
 * table in @helder/node (formats.ts). Needs the built packages (pnpm -s build).
 */
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ExecuteCommandRequest} from 'vscode-languageserver-protocol/node';
import {documentFileFormats, editorLanguageKinds, textFileKinds} from '@helder/node';
import {expandInputs} from '../../packages/cli/src/inputs.js';
import {TestClient, fixtureRules, repoRoot} from './lsp-client.mjs';

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

describe('the language server and the CLI read the same rules', () => {
  let workspace: string;
  let client: TestClient;

  beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'helder-regelmappen-'));
    mkdirSync(join(workspace, 'eigen-regels'));
    writeFileSync(join(workspace, 'helder.config.json'), '{\n  "ruleDirs": ["eigen-regels"]\n}\n');
    writeFileSync(
      join(workspace, 'eigen-regels', 'gemeente.yaml'),
      [
        'theme: Woorden van onze gemeente',
        'check: moeilijk-woord',
        'rules:',
        '  - id: leges',
        '    forms: [leges]',
        '    alternatives: [kosten]',
        "    reason: Leges is een woord van de gemeente. Schrijf 'kosten'.",
        '    explanation: Veel mensen kennen het woord leges niet. Kosten zegt hetzelfde.',
        '    examples:',
        '      hit: ["U betaalt leges voor uw paspoort."]',
        '      miss: ["U betaalt kosten voor uw paspoort."]',
        '    status: aangenomen',
        '    provenance:',
        '      role: ervaringsdeskundige',
        '      date: 2026-10-14',
        '      decision: Het panel vond dit woord onbekend.',
        '',
      ].join('\n'),
    );
    client = new TestClient({rulesDir: fixtureRules, workspaceFolder: workspace});
    await client.initialize();
  });

  afterAll(async () => {
    await client?.close();
    rmSync(workspace, {recursive: true, force: true});
  });

  it('takes the rule folders of "ruleDirs" in helder.config.json, besides its own rules', async () => {
    const uri = pathToFileURL(join(workspace, 'brief.txt')).href;
    await client.open(uri, 'Beste meneer,\n\nU betaalt leges voor uw paspoort. Stuur het formulier onverwijld terug.\n');
    const diagnostics = await client.until(() => {
      const found = client.diagnostics.get(uri)?.diagnostics;
      return found?.some((item) => item.message.startsWith('Leges')) ? found : undefined;
    }, 'a finding from the rule folder of the config file');
    expect(diagnostics.filter((item) => item.code === 'moeilijk-woord').map((item) => item.message.split(' ')[0])).toEqual(['Leges', 'Onverwijld']);
  });
});
