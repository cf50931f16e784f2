/**
 * The language server on input that used to leave it deaf or without rules: a broken byte stream on stdin, a
 * broken link among the rule files at start-up, and feedback words that could hold a name or a pasted line.
 * Needs the built packages (pnpm -s build).
 */
import {execFileSync} from 'node:child_process';
import {chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, mkdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {describe, expect, it} from 'vitest';
import {CodeActionRequest, DidChangeTextDocumentNotification, ExecuteCommandRequest, type CodeAction} from 'vscode-languageserver-protocol/node';
import {TestClient, fixtureRules, serverBin} from './lsp-client.mjs';

async function exitCodeAfter(client: TestClient, bytes: string): Promise<number | null> {
  await client.initialize();
  client.process.stdin.write(bytes);
  return Promise.race([client.exited, new Promise<'alive'>((resolve) => setTimeout(() => resolve('alive'), 15_000))]) as Promise<number | null>;
}

describe('a framing error on stdin', () => {
  it('a header without Content-Length: the server says so and exits with code 1, so the editor restarts it', {timeout: 60_000}, async () => {
    const client = new TestClient({rulesDir: fixtureRules});
    const code = await exitCodeAfter(client, 'Hallo: wereld\r\n\r\n{"jsonrpc": "2.0", "method": "x"}');
    expect(code).toBe(1);
    expect(client.stderr).toContain('the message stream from the editor is broken (Header must provide a Content-Length property.)');
    expect(client.logs.some((line) => line.includes('message stream from the editor is broken'))).toBe(true);
  });

  it('a Content-Length that is too small also ends the server instead of leaving it deaf', {timeout: 60_000}, async () => {
    const client = new TestClient({rulesDir: fixtureRules});
    const body = JSON.stringify({jsonrpc: '2.0', id: 7, method: 'helder/summary', params: {uri: 'file:///x.txt'}});
    const next = JSON.stringify({jsonrpc: '2.0', id: 8, method: 'helder/summary', params: {uri: 'file:///y.txt'}});
    const code = await exitCodeAfter(client, `Content-Length: 10\r\n\r\n${body}Content-Length: ${next.length}\r\n\r\n${next}`);
    expect(code).toBe(1);
    expect(client.stderr).toContain('the message stream from the editor is broken');
  });
});

describe('a broken rule file at start-up', () => {
  it('is reported on that file; the curated rules stay in use', {timeout: 60_000}, async () => {
    const rulesDir = mkdtempSync(join(tmpdir(), 'helder-regels-'));
    cpSync(fixtureRules, rulesDir, {recursive: true});
    symlinkSync(join(rulesDir, 'verdwenen.yaml'), join(rulesDir, 'kapot.yaml'));
    mkdirSync(join(rulesDir, 'map.yaml'));
    const client = new TestClient({rulesDir});
    try {
      await client.initialize();
      const uri = 'untitled:Brief-1';
      await client.open(uri, 'Beste mevrouw,\n\nU kunt middels het formulier bezwaar maken.\n');
      const diagnostics = await client.diagnosticsFor(uri, 1);
      expect(diagnostics.map((item) => item.code)).toContain('moeilijk-woord');
      const broken = await client.diagnosticsFor(pathToFileURL(join(rulesDir, 'kapot.yaml')).href);
      expect(broken[0]!.message).toContain('Helder kan dit regelbestand niet lezen: de snelkoppeling wijst naar een bestand dat er niet is');
      const folder = await client.diagnosticsFor(pathToFileURL(join(rulesDir, 'map.yaml')).href);
      expect(folder[0]!.message).toContain('dit is een map, geen bestand');
    } finally {
      await client.close();
      rmSync(rulesDir, {recursive: true, force: true});
    }
  });
});

describe('the feedback file', () => {
  it('keeps at most a few short words and never a name', {timeout: 60_000}, async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'helder-lsp-feedback-'));
    writeFileSync(join(workspace, 'helder.config.json'), '{}\n');
    const letterPath = join(workspace, 'brief.txt');
    const text = 'Beste mevrouw Bakker,\n\nMiddels deze brief laten wij u weten dat mevrouw Wijnbergen-Oosterhuisvanderveld uw aanvraag heeft bekeken.\n';
    writeFileSync(letterPath, text);
    const uri = pathToFileURL(letterPath).href;
    const client = new TestClient({rulesDir: fixtureRules, workspaceFolder: workspace});
    try {
      await client.initialize();
      await client.open(uri, text);
      const diagnostics = await client.diagnosticsFor(uri, 1);
      // The action the editor shows carries whether the words begin a sentence: "Middels" does, so it stays.
      const middels = diagnostics.find((item) => item.code === 'moeilijk-woord')!;
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, {textDocument: {uri}, range: middels.range, context: {diagnostics: [middels]}})) as CodeAction[];
      const feedback = actions.find((action) => action.command?.command === 'helder.server.feedback')!;
      expect(feedback.command!.arguments![0]).toMatchObject({words: 'Middels', sentenceStart: true});
      await client.connection.sendRequest(ExecuteCommandRequest.type, {command: 'helder.server.feedback', arguments: feedback.command!.arguments});
      // A surname flagged as a long word, inside a sentence; a pasted line without spaces.
      const send = (words: string) => client.connection.sendRequest(ExecuteCommandRequest.type, {command: 'helder.server.feedback', arguments: [{uri, ruleId: 'lang-woord', words, sentenceStart: false}]});
      await send('Wijnbergen-Oosterhuisvanderveld');
      await send('mevrouw Bakker');
      await send('x'.repeat(5016));
      await send('Bakker');
      const lines = readFileSync(join(workspace, 'helder-feedback.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as {words: string});
      expect(lines.map((line) => line.words)).toEqual(['Middels', '[naam]', 'mevrouw [naam]', '[lang woord]', '[naam]']);
      const file = readFileSync(join(workspace, 'helder-feedback.jsonl'), 'utf8');
      for (const name of ['Bakker', 'Wijnbergen', 'xxxxxxxxxx']) expect(file).not.toContain(name);
    } finally {
      await client.close();
      rmSync(workspace, {recursive: true, force: true});
    }
  });
});

describe('files in the workspace that are not what they seem', () => {
  it('a config file that is a FIFO does not keep the letter waiting', {timeout: 60_000}, async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'helder-lsp-fifo-'));
    execFileSync('mkfifo', [join(workspace, 'helder.config.json')]);
    const uri = pathToFileURL(join(workspace, 'brief.txt')).href;
    const client = new TestClient({rulesDir: fixtureRules, workspaceFolder: workspace});
    try {
      await client.initialize();
      await client.open(uri, 'Beste mevrouw,\n\nU kunt middels het formulier bezwaar maken.\n');
      const diagnostics = await client.diagnosticsFor(uri, 1);
      expect(diagnostics.map((item) => item.code)).toContain('moeilijk-woord');
    } finally {
      await client.close();
      rmSync(workspace, {recursive: true, force: true});
    }
  });

  it('the folder check names a sub folder it may not open', {timeout: 60_000}, async () => {
    const folder = mkdtempSync(join(tmpdir(), 'helder-lsp-map-'));
    chmodSync(folder, 0o755);
    writeFileSync(join(folder, 'a.txt'), 'Beste mevrouw,\n\nStuur de formulieren onverwijld terug.\n');
    mkdirSync(join(folder, 'geheim'));
    writeFileSync(join(folder, 'geheim', 'b.txt'), 'Beste mevrouw,\n\nWij betalen conform de regels.\n');
    chmodSync(join(folder, 'geheim'), 0o000);
    // As root a chmod 000 folder can still be read: then the server runs as the unprivileged user "nobody".
    let serverPath: string | undefined;
    if (process.getuid?.() === 0) {
      serverPath = join(folder, 'als-nobody.mjs');
      writeFileSync(serverPath, `process.setgroups([]);\nprocess.setgid(65534);\nprocess.setuid(65534);\nawait import(${JSON.stringify(pathToFileURL(serverBin).href)});\n`);
    }
    // As another user the server cannot signal this process and would take it for gone after 3 s: no processId.
    const client = new TestClient({rulesDir: fixtureRules, ...(serverPath ? {serverPath, processId: null} : {})});
    try {
      // Should this ever wait, say why: the server's stderr and log, not only a time-out.
      let timer: NodeJS.Timeout | undefined;
      const gone = client.exited.then((code) => {
        throw new Error(`the server stopped (${code}): ${client.stderr}`);
      });
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer in 45 s. stderr: ${client.stderr}\nlog: ${client.logs.join('\n')}`)), 45_000);
      });
      // Only the race reads these; after it they may settle unread.
      gone.catch(() => undefined);
      late.catch(() => undefined);
      await Promise.race([client.initialize(), gone, late]);
      const request = client.connection.sendRequest(ExecuteCommandRequest.type, {command: 'helder.server.checkFolder', arguments: [{uri: pathToFileURL(folder).href}]});
      const result = (await Promise.race([request, gone, late])) as {
        files: number;
        failed: Array<{uri: string; reason: string}>;
        message: string;
      };
      expect(result.files).toBe(1);
      expect(result.failed).toEqual([{uri: pathToFileURL(join(folder, 'geheim')).href, reason: 'Helder heeft geen toegang tot deze map en heeft de bestanden erin dus niet gelezen.'}]);
      expect(result.message).toContain('Helder kon 1 bestand of map niet lezen.');
      clearTimeout(timer);
    } finally {
      await client.close();
      chmodSync(join(folder, 'geheim'), 0o755);
      rmSync(folder, {recursive: true, force: true});
    }
  });
});

describe('the core\'s notes in the editor', () => {
  it('Markdown nested too deep: one note at line 1 with severity Information, the findings still there, gone once fixed', {timeout: 60_000}, async () => {
    const client = new TestClient({rulesDir: fixtureRules});
    try {
      await client.initialize();
      const uri = 'untitled:Brief-diep.md';
      const nested = Array.from({length: 60}, (_, i) => `${'  '.repeat(i)}- punt ${i}`).join('\n');
      const text = `${nested}\n\nU kunt middels het formulier bezwaar maken.\n`;
      await client.open(uri, text, 'markdown');
      const diagnostics = await client.diagnosticsFor(uri, 1);
      const notes = diagnostics.filter((item) => item.code === undefined);
      expect(notes).toEqual([
        {
          range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
          severity: 3,
          source: 'helder',
          message: 'Deze Markdown is te lang, te diep genest of heeft te veel * en _ in één alinea. Helder heeft de tekst daarom als gewone tekst gecontroleerd.',
        },
      ]);
      expect(diagnostics.map((item) => item.code)).toContain('moeilijk-woord');
      // No pop-up: the note is part of this version's diagnostics, not a message on every key stroke.
      expect(client.messages.filter((message) => message.message.includes('Markdown'))).toEqual([]);
      // Replace the deep list by ordinary text: the next version has no note.
      const lines = text.split('\n');
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: {uri, version: 2},
        contentChanges: [{range: {start: {line: 0, character: 0}, end: {line: 59, character: lines[59]!.length}}, text: '- punt'}],
      });
      const after = await client.diagnosticsFor(uri, 2);
      expect(after.filter((item) => item.code === undefined)).toEqual([]);
      expect(after.map((item) => item.code)).toContain('moeilijk-woord');
    } finally {
      await client.close();
    }
  });
});
