/**
 * The language server driven over stdio as an editor drives it: initialize, didOpen, didChange, codeAction, hover,
 * executeCommand, shutdown, and input that must not take it down. Needs the built packages (pnpm -s build).
 */
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
  CodeActionRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  ExecuteCommandRequest,
  HoverRequest,
  type CodeAction,
  type Diagnostic,
  type MarkupContent,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import {TestClient, fixtureRules, fixtures, positionAt, repoRoot} from './lsp-client.mjs';

const letter = readFileSync(join(fixtures, 'brief-bijstand.txt'), 'utf8');

/** Apply LSP text edits to a text (edits must not overlap). */
function applyEdits(text: string, edits: TextEdit[]): string {
  const offsetOf = (position: {line: number; character: number}) => {
    const lines = text.split('\n');
    return lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character;
  };
  const sorted = [...edits].sort((a, b) => offsetOf(b.range.start) - offsetOf(a.range.start));
  let result = text;
  for (const edit of sorted) result = result.slice(0, offsetOf(edit.range.start)) + edit.newText + result.slice(offsetOf(edit.range.end));
  return result;
}

function editsOf(action: CodeAction): TextEdit[] {
  const change = action.edit?.documentChanges?.[0] as TextDocumentEdit | undefined;
  return (change?.edits ?? []) as TextEdit[];
}

function byCode(diagnostics: Diagnostic[], code: string): Diagnostic[] {
  return diagnostics.filter((item) => item.code === code);
}

describe('helder-language-server over stdio', () => {
  let client: TestClient;
  let workspace: string;
  let letterUri: string;

  beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'helder-lsp-'));
    writeFileSync(join(workspace, 'helder.config.json'), '{\n  "targetLevel": "B1"\n}\n');
    writeFileSync(join(workspace, 'brief-bijstand.txt'), letter);
    letterUri = pathToFileURL(join(workspace, 'brief-bijstand.txt')).href;
    client = new TestClient({rulesDir: fixtureRules, workspaceFolder: workspace});
    await client.initialize();
  });

  afterAll(async () => {
    await client?.close();
    rmSync(workspace, {recursive: true, force: true});
  });

  it('reports findings with the check as code, a documentation link and the suggestion', async () => {
    await client.open(letterUri, letter);
    const diagnostics = await client.diagnosticsFor(letterUri, 1);
    const middels = byCode(diagnostics, 'moeilijk-woord').find((item) => item.message.startsWith('Middels'));
    expect(middels).toBeDefined();
    expect(middels!.range).toEqual({start: {line: 13, character: 0}, end: {line: 13, character: 7}});
    expect(middels!.source).toBe('helder');
    expect(middels!.message).toContain('Voorstel: "Met", "Via" of "Door"');
    expect(middels!.codeDescription?.href).toBe(`${pathToFileURL(join(repoRoot, 'docs', 'rules')).href}/moeilijk-woord.md`);
    expect(byCode(diagnostics, 'afschrikwoord')).toHaveLength(1);
    expect(byCode(diagnostics, 'lange-zin')).toHaveLength(1);
    expect(byCode(diagnostics, 'formele-aanhef').map((item) => item.message)).toEqual([expect.stringContaining('Hoogachtend')]);
  });

  it('sends a summary for a status bar, and answers the summary request', async () => {
    const summary = await client.until(
      () => client.summaries.find((item) => (item as {uri: string}).uri === letterUri) as Record<string, unknown> | undefined,
      'helder/summary',
    );
    expect(summary.label).toMatch(/^Helder: /);
    expect(summary.counts).toMatchObject({'moeilijk-woord': 3, afschrikwoord: 1, 'lange-zin': 1});
    expect(summary.targetLevel).toBe('B1');
    expect(summary.tooltip).toContain('Moeilijk of ambtelijk woord: 3');
    const asked = (await client.connection.sendRequest('helder/summary', {uri: letterUri})) as Record<string, unknown>;
    expect(asked.findings).toBe(summary.findings);
  });

  it('follows incremental changes with exact positions', async () => {
    // Replace "Middels deze brief laten wij u weten" by "Met deze brief laten wij u weten".
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri: letterUri, version: 2},
      contentChanges: [{range: {start: {line: 13, character: 0}, end: {line: 13, character: 7}}, text: 'Met'}],
    });
    const diagnostics = await client.diagnosticsFor(letterUri, 2);
    expect(diagnostics.some((item) => item.message.startsWith('Middels'))).toBe(false);
    const conform = diagnostics.find((item) => item.message.startsWith('Conform'));
    expect(conform?.range.start).toEqual({line: 14, character: 34});
    // A second edit on the same line as an earlier one: insert a word before "onverwijld".
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri: letterUri, version: 3},
      contentChanges: [{range: {start: {line: 15, character: 25}, end: {line: 15, character: 25}}, text: 'graag '}],
    });
    const after = await client.diagnosticsFor(letterUri, 3);
    const late = after.find((item) => item.message.startsWith('Onverwijld'));
    expect(late?.range).toEqual({start: {line: 15, character: 31}, end: {line: 15, character: 41}});
  });

  it('offers the suggestions as quick fixes, best first and preferred, then the other actions', async () => {
    const at = {line: 15, character: 35};
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: {uri: letterUri},
      range: {start: at, end: at},
      context: {diagnostics: []},
    })) as CodeAction[];
    expect(actions.map((action) => action.title)).toEqual([
      'Vervang door "meteen"',
      'Vervang door "direct"',
      'Zet het advies "onverwijld" hier uit',
      'Dit advies helpt hier niet',
    ]);
    expect(actions[0]!.isPreferred).toBe(true);
    expect(actions[1]!.isPreferred).toBeUndefined();
    expect(actions[0]!.kind).toBe('quickfix');
    expect((actions[0]!.edit!.documentChanges![0] as TextDocumentEdit).textDocument).toEqual({uri: letterUri, version: 3});
    expect(editsOf(actions[0]!)).toEqual([{range: {start: {line: 15, character: 31}, end: {line: 15, character: 41}}, newText: 'meteen'}]);
    expect(editsOf(actions[2]!)).toEqual([{range: {start: {line: 15, character: 0}, end: {line: 15, character: 0}}, newText: 'helder-disable-next-line onverwijld\n'}]);
    expect(actions[3]!.command).toMatchObject({command: 'helder.server.feedback', arguments: [{uri: letterUri, ruleId: 'moeilijk-woord', entryId: 'onverwijld', words: 'onverwijld'}]});
  });

  it('switches advice off on one line with the comment the core understands', async () => {
    const at = {line: 15, character: 35};
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {textDocument: {uri: letterUri}, range: {start: at, end: at}, context: {diagnostics: []}})) as CodeAction[];
    const disable = actions.find((action) => action.title.startsWith('Zet het advies'))!;
    const edit = editsOf(disable)[0]!;
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri: letterUri, version: 4},
      contentChanges: [{range: edit.range, text: edit.newText}],
    });
    const diagnostics = await client.diagnosticsFor(letterUri, 4);
    expect(diagnostics.some((item) => item.message.startsWith('Onverwijld'))).toBe(false);
    const summary = (await client.connection.sendRequest('helder/summary', {uri: letterUri})) as {suppressed: number; version: number};
    expect(summary).toMatchObject({suppressed: 1, version: 4});
  });

  it('shows the curators\' explanation, examples and decision on hover', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, {textDocument: {uri: letterUri}, position: {line: 18, character: 33}});
    const text = (hover?.contents as MarkupContent).value;
    expect((hover?.contents as MarkupContent).kind).toBe('markdown');
    expect(text).toContain('Helder: Woord dat mensen afschrikt');
    expect(text).toContain('**Beter:** "besluit"');
    expect(text).toContain('Een beschikking klinkt streng en juridisch.');
    expect(text).toContain('Niet zo: "U krijgt een beschikking van ons."');
    expect(text).toContain('Wel zo: "U krijgt een besluit van ons."');
    expect(text).toContain('**Wie koos dit advies:** een ervaringsdeskundige, op 2026-10-14.');
    const nothing = await client.connection.sendRequest(HoverRequest.type, {textDocument: {uri: letterUri}, position: {line: 1, character: 2}});
    expect(nothing).toBeNull();
  });

  it('uses the comment syntax of Markdown, Handlebars and Jinja templates', async () => {
    const cases = [
      {file: 'uitnodiging.md', language: 'markdown', line: 5, expected: {at: {line: 5, character: 56}, text: ' <!-- helder-disable-line middels -->'}},
      {file: 'herinnering.hbs', language: 'handlebars', line: 1, expected: {at: {line: 1, character: 0}, text: '{{! helder-disable-next-line onverwijld }}\n'}},
      {file: 'herinnering.j2', language: 'jinja', line: 2, expected: {at: {line: 2, character: 0}, text: '{# helder-disable-next-line conform #}\n'}},
    ];
    for (const item of cases) {
      const text = readFileSync(join(fixtures, item.file), 'utf8');
      const uri = pathToFileURL(join(workspace, item.file)).href;
      await client.open(uri, text, item.language);
      const diagnostics = await client.diagnosticsFor(uri, 1);
      const finding = diagnostics.find((diagnostic) => diagnostic.code === 'moeilijk-woord')!;
      expect(finding.range.start.line).toBe(item.line);
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, {textDocument: {uri}, range: finding.range, context: {diagnostics: [finding]}})) as CodeAction[];
      const disable = actions.find((action) => action.title.startsWith('Zet het advies'))!;
      expect(editsOf(disable)).toEqual([{range: {start: item.expected.at, end: item.expected.at}, newText: item.expected.text}]);
      // The core honours the comment: after the edit the advice is gone.
      const changed = applyEdits(text, editsOf(disable));
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version: 2}, contentChanges: [{text: changed}]});
      const after = await client.diagnosticsFor(uri, 2);
      expect(after.filter((diagnostic) => diagnostic.code === 'moeilijk-woord')).toEqual([]);
      await client.connection.sendNotification(DidCloseTextDocumentNotification.type, {textDocument: {uri}});
    }
  });

  it('adds a word to the organisation word list in helder.config.json and checks again', async () => {
    const uri = pathToFileURL(join(workspace, 'verzekering.txt')).href;
    const text = 'Beste meneer Jansen,\n\nUw arbeidsongeschiktheidsverzekering loopt af op 1 juni.\n';
    await client.open(uri, text);
    const diagnostics = await client.diagnosticsFor(uri, 1);
    const long = diagnostics.find((item) => item.code === 'lang-woord')!;
    expect(long).toBeDefined();
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {textDocument: {uri}, range: long.range, context: {diagnostics: [long]}})) as CodeAction[];
    const add = actions.find((action) => action.title === 'Zet "arbeidsongeschiktheidsverzekering" in de woordenlijst van de organisatie')!;
    expect(add.command?.command).toBe('helder.server.addWord');
    const before = client.diagnostics.get(uri)!.receivedAt;
    await client.connection.sendRequest(ExecuteCommandRequest.type, {command: add.command!.command, arguments: add.command!.arguments});
    expect(JSON.parse(readFileSync(join(workspace, 'helder.config.json'), 'utf8'))).toEqual({targetLevel: 'B1', words: ['arbeidsongeschiktheidsverzekering']});
    const after = await client.until(() => {
      const event = client.diagnostics.get(uri);
      return event && event.receivedAt > before ? event.diagnostics : undefined;
    }, 'diagnostics after adding the word');
    expect(after.filter((item) => item.code === 'lang-woord')).toEqual([]);
    expect(client.messages.at(-1)?.message).toContain('staat nu in de woordenlijst');
  });

  it('records "dit advies helpt hier niet" without the text of the letter', async () => {
    await client.connection.sendRequest(ExecuteCommandRequest.type, {
      command: 'helder.server.feedback',
      arguments: [{uri: letterUri, ruleId: 'afschrikwoord', entryId: 'beschikking', words: 'beschikking'}],
    });
    const longSentence = 'Wij hebben uw aanvraag beoordeeld volgens de regels van de Participatiewet en wij hebben besloten dat mevrouw Bakker geld krijgt';
    await client.connection.sendRequest(ExecuteCommandRequest.type, {command: 'helder.server.feedback', arguments: [{uri: letterUri, ruleId: 'lange-zin', words: longSentence}]});
    const lines = readFileSync(join(workspace, 'helder-feedback.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    const today = new Date().toISOString().slice(0, 10);
    expect(lines).toEqual([
      {ruleId: 'afschrikwoord', entryId: 'beschikking', words: 'beschikking', wordCount: 1, date: today},
      {ruleId: 'lange-zin', words: '', wordCount: 20, date: today},
    ]);
  });

  it('checks again when the editor settings or the config file change', async () => {
    client.settings = {rules: {'lange-zin': 'off'}};
    const before = client.diagnostics.get(letterUri)!.receivedAt;
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, {settings: null});
    const withoutLong = await client.until(() => {
      const event = client.diagnostics.get(letterUri);
      return event && event.receivedAt > before ? event.diagnostics : undefined;
    }, 'diagnostics after a settings change');
    expect(byCode(withoutLong, 'lange-zin')).toEqual([]);
    expect(byCode(withoutLong, 'formele-aanhef')).toHaveLength(1);

    // The config file of the project: saved by another program, seen by the server's own file watch.
    writeFileSync(join(workspace, 'helder.config.json'), JSON.stringify({targetLevel: 'B1', rules: {'formele-aanhef': 'off'}}, null, 2));
    const withoutSalutation = await client.until(() => {
      const diagnostics = client.diagnostics.get(letterUri)?.diagnostics;
      return diagnostics && byCode(diagnostics, 'formele-aanhef').length === 0 ? diagnostics : undefined;
    }, 'diagnostics after the config file changed');
    expect(byCode(withoutSalutation, 'lange-zin')).toEqual([]);

    // A mistake in the config file shows on the config file itself; the rest still works.
    writeFileSync(join(workspace, 'helder.config.json'), JSON.stringify({targetLevel: 'C1'}, null, 2));
    const configUri = pathToFileURL(join(workspace, 'helder.config.json')).href;
    const problems = await client.until(() => {
      const diagnostics = client.diagnostics.get(configUri)?.diagnostics;
      return diagnostics && diagnostics.length > 0 ? diagnostics : undefined;
    }, 'a problem on the config file');
    expect(problems[0]?.message).toContain('targetLevel');
    expect(problems[0]?.range.start.line).toBe(1);
    writeFileSync(join(workspace, 'helder.config.json'), '{}\n');
    client.settings = {};
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, {settings: null});
    await client.until(() => client.diagnostics.get(configUri)?.diagnostics.length === 0, 'the config problem to go away');
  });

  it('checks all letters in a folder from disk', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'helder-map-'));
    writeFileSync(join(folder, 'a.txt'), 'Beste mevrouw,\n\nStuur de formulieren onverwijld terug.\n');
    writeFileSync(join(folder, 'b.md'), '# Brief\n\nWij betalen conform de regels.\n');
    writeFileSync(join(folder, 'plaatje.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    const result = (await client.connection.sendRequest(ExecuteCommandRequest.type, {
      command: 'helder.server.checkFolder',
      arguments: [{uri: pathToFileURL(folder).href}],
    })) as {files: number; findings: number; message: string};
    expect(result).toMatchObject({files: 2, findings: 2});
    expect(result.message).toBe('Helder heeft 2 brieven nagekeken en vond 2 adviezen. U ziet ze bij Problemen.');
    const diagnostics = await client.diagnosticsFor(pathToFileURL(join(folder, 'a.txt')).href);
    expect(diagnostics.map((item) => item.code)).toEqual(['moeilijk-woord']);
    rmSync(folder, {recursive: true, force: true});
  });

  it('stays alive on bad input', async () => {
    // A 5 MB document: not checked, one notice, no crash.
    const bigUri = pathToFileURL(join(workspace, 'groot.txt')).href;
    await client.open(bigUri, 'Middels deze brief. '.repeat(262_144));
    const big = await client.diagnosticsFor(bigUri, 1);
    expect(big).toHaveLength(1);
    expect(big[0]!.message).toContain('te groot');

    // Binary content opened as text.
    const binaryUri = pathToFileURL(join(workspace, 'plaatje.txt')).href;
    await client.open(binaryUri, '\u0000\u0001\u0002PNG\u0000\u0000IHDR\u0000\u0000\u0000'.repeat(200));
    const binary = await client.diagnosticsFor(binaryUri, 1);
    expect(binary[0]!.message).toContain('lijkt geen tekst');

    // A message that is not JSON at all.
    const garbage = '{"jsonrpc": "2.0", "id": 99, "method": ';
    client.process.stdin.write(`Content-Length: ${Buffer.byteLength(garbage)}\r\n\r\n${garbage}`);
    // Wrong parameters, unknown documents, unknown methods: errors or empty answers, never a crash.
    await expect(client.connection.sendRequest(HoverRequest.type, {} as never)).rejects.toThrow();
    const unknown = 'file:///bestaat/niet.txt';
    expect(await client.connection.sendRequest(HoverRequest.type, {textDocument: {uri: unknown}, position: {line: 0, character: 0}})).toBeNull();
    expect(await client.connection.sendRequest(CodeActionRequest.type, {textDocument: {uri: unknown}, range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, context: {diagnostics: []}})).toEqual([]);
    expect(await client.connection.sendRequest('helder/summary', {uri: unknown})).toBeNull();
    await expect(client.connection.sendRequest(ExecuteCommandRequest.type, {command: 'helder.server.checkDocument', arguments: [{uri: unknown}]})).rejects.toThrow(/niet open/);
    await expect(client.connection.sendRequest(ExecuteCommandRequest.type, {command: 'helder.server.addWord', arguments: ['geen object']})).rejects.toThrow(/adres/);
    await expect(client.connection.sendRequest('helder/bestaat-niet', {})).rejects.toThrow();
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri: unknown, version: 7}, contentChanges: [{text: 'x'}]});

    // Still working: a normal edit gets normal advice.
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri: letterUri, version: 5},
      contentChanges: [{range: {start: positionAt(letter, 0), end: positionAt(letter, 0)}, text: 'Middels dit briefje.\n'}],
    });
    const diagnostics = await client.diagnosticsFor(letterUri, 5);
    expect(diagnostics.some((item) => item.message.startsWith('Middels'))).toBe(true);
    expect(client.process.exitCode).toBeNull();
  });

  it('shuts down cleanly', async () => {
    expect(await client.close()).toBe(0);
  });
});

describe('a rule file with errors', () => {
  it('is reported on the rule file, and the last good rules stay in use', async () => {
    const rulesDir = mkdtempSync(join(tmpdir(), 'helder-regels-'));
    cpSync(fixtureRules, rulesDir, {recursive: true});
    const client = new TestClient({rulesDir});
    try {
      await client.initialize();
      const uri = 'untitled:Brief-1';
      await client.open(uri, 'Beste mevrouw,\n\nU kunt middels het formulier bezwaar maken.\n');
      const first = await client.diagnosticsFor(uri, 1);
      expect(first.map((item) => item.code)).toContain('moeilijk-woord');

      // A curator saves a half-finished rule: "alternatives" is not a list.
      const ruleFile = join(rulesDir, 'ambtelijke-woorden.yaml');
      const good = readFileSync(ruleFile, 'utf8');
      writeFileSync(ruleFile, good.replace('alternatives: [met, via, door]', 'alternatives: met'));
      const ruleUri = pathToFileURL(ruleFile).href;
      const problems = await client.diagnosticsFor(ruleUri);
      expect(problems[0]).toMatchObject({severity: 1, source: 'helder', range: {start: {line: 6}}});
      expect(problems[0]!.message).toContain('alternatives');
      await client.until(() => client.messages.find((message) => message.message.includes('regels van daarvoor')), 'a window message');
      // The letter keeps its advice from the last good rules.
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version: 2}, contentChanges: [{text: 'Beste mevrouw,\n\nU kunt middels het formulier bezwaar maken. Doe dat onverwijld.\n'}]});
      const kept = await client.diagnosticsFor(uri, 2);
      expect(kept.filter((item) => item.code === 'moeilijk-woord')).toHaveLength(2);

      // Broken YAML does not take the rules away either; a fix clears the problem.
      writeFileSync(ruleFile, 'theme: [kapot');
      await client.until(() => client.diagnostics.get(ruleUri)?.diagnostics[0]?.message.includes('YAML'), 'a YAML problem');
      writeFileSync(ruleFile, good);
      await client.until(() => client.diagnostics.get(ruleUri)?.diagnostics.length === 0, 'the rule problem to go away');
      expect(existsSync(ruleFile)).toBe(true);
      expect(client.process.exitCode).toBeNull();
    } finally {
      await client.close();
      rmSync(rulesDir, {recursive: true, force: true});
    }
  });
});

describe('a client without workspace/configuration (settings pushed instead)', () => {
  it('takes settings from initializationOptions and from didChangeConfiguration', async () => {
    const client = new TestClient({rulesDir: fixtureRules, capabilities: {textDocument: {publishDiagnostics: {versionSupport: true}}}});
    try {
      await client.connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: null,
        capabilities: {textDocument: {publishDiagnostics: {versionSupport: true}}},
        initializationOptions: {settings: {helder: {rules: {'formele-aanhef': 'off'}}}},
      });
      await client.connection.sendNotification('initialized', {});
      const uri = 'untitled:Brief-2';
      await client.open(uri, letter);
      const first = await client.diagnosticsFor(uri, 1);
      expect(byCode(first, 'formele-aanhef')).toEqual([]);
      expect(byCode(first, 'lange-zin')).toHaveLength(1);

      const before = client.diagnostics.get(uri)!.receivedAt;
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, {settings: {helder: {rules: {'lange-zin': 'off'}}}});
      const after = await client.until(() => {
        const event = client.diagnostics.get(uri);
        return event && event.receivedAt > before ? event.diagnostics : undefined;
      }, 'diagnostics after pushed settings');
      expect(byCode(after, 'lange-zin')).toEqual([]);
      expect(byCode(after, 'formele-aanhef')).toHaveLength(1);

      // Source code is not a letter: no advice.
      await client.open('file:///tmp/helder-test/rekenen.ts', 'const middels = 1;\n', 'typescript');
      await client.until(() => client.diagnostics.has(uri), 'settle');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(client.diagnostics.has('file:///tmp/helder-test/rekenen.ts')).toBe(false);
    } finally {
      await client.close();
    }
  });
});
