/**
 * The opt-in route of "dit advies helpt niet": the real language server sends the record to a running Studio, which
 * keeps the rule and the words only. Without the setting nothing is sent; a wrong key is told to the clerk.
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {FastifyInstance} from 'fastify';
import {DidChangeConfigurationNotification, ExecuteCommandRequest} from 'vscode-languageserver-protocol/node';
import {createStudio} from '../src/app.js';
import {FeedbackInbox} from '../src/panel.js';
import type {Database} from '../src/db/database.js';
import {freshDatabase, tempRulesRepo, testHash} from './helpers.js';
import {TestClient} from '../../../test/editors/lsp-client.mjs';

const key = 'sleutel-voor-de-editors-van-de-gemeente';
const letter = 'Beste mevrouw Jansen,\n\nMiddels deze brief laten wij u weten dat uw aanvraag is goedgekeurd.\n\nMet vriendelijke groet,\n\nAns de Boer\n';

describe('feedback from the editor to the Studio (opt-in)', {timeout: 60_000}, () => {
  let app: FastifyInstance;
  let db: Database;
  let url: string;
  let cleanup: () => Promise<void>;
  let rulesCleanup: () => void;
  let workspace: string;
  let letterUri: string;
  let client: TestClient;

  beforeAll(async () => {
    const fresh = await freshDatabase('embedded');
    db = fresh.db;
    cleanup = fresh.cleanup;
    const rules = tempRulesRepo();
    rulesCleanup = rules.cleanup;
    app = await createStudio({db, rulesDir: rules.rulesDir, auth: {hashParameters: testHash}, feedbackToken: key});
    url = await app.listen({host: '127.0.0.1', port: 0});
    workspace = mkdtempSync(join(tmpdir(), 'helder-feedback-studio-'));
    writeFileSync(join(workspace, 'brief.txt'), letter);
    letterUri = pathToFileURL(join(workspace, 'brief.txt')).href;
    client = new TestClient({workspaceFolder: workspace});
    await client.initialize();
    await client.open(letterUri, letter);
  }, 120_000);

  afterAll(async () => {
    await client?.close();
    await app?.close();
    await cleanup?.();
    rulesCleanup?.();
    if (workspace) rmSync(workspace, {recursive: true, force: true});
  });

  const feedback = () =>
    client.connection.sendRequest(ExecuteCommandRequest.type, {
      command: 'helder.server.feedback',
      arguments: [{uri: letterUri, ruleId: 'moeilijk-woord', entryId: 'middels', words: 'Middels', sentenceStart: true}],
    }) as Promise<{sent?: boolean}>;
  const useSettings = async (settings: Record<string, unknown>) => {
    client.settings = settings;
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, {settings: {}});
  };

  it('sends nothing while the setting is empty, and keeps the record in the file', async () => {
    const result = await feedback();
    expect(result.sent).toBeUndefined();
    expect(await new FeedbackInbox(db).summary()).toEqual([]);
    expect(readFileSync(join(workspace, 'helder-feedback.jsonl'), 'utf8')).toContain('"entryId":"middels"');
  });

  it('sends the rule and the words to the Studio when the address and the key are set', async () => {
    await useSettings({feedbackStudioUrl: url, feedbackStudioToken: key});
    const result = await feedback();
    expect(result.sent).toBe(true);
    expect(client.messages.at(-1)?.message).toContain('naar het panel gestuurd');
    const inbox = await new FeedbackInbox(db).summary();
    expect(inbox).toEqual([{rule: 'middels', total: 1, months: [{month: new Date().toISOString().slice(0, 7), count: 1}], words: ['Middels']}]);
    const rows = await db.query<Record<string, unknown>>('select * from feedback');
    expect(JSON.stringify(rows)).not.toContain('aanvraag');
  });

  it('tells the clerk when the Studio refuses the key, and still keeps the record in the file', async () => {
    await useSettings({feedbackStudioUrl: url, feedbackStudioToken: 'verkeerde-sleutel'});
    const result = await feedback();
    expect(result.sent).toBe(false);
    expect(client.messages.at(-1)?.message).toContain('het panel zegt nee (code 401)');
    expect(readFileSync(join(workspace, 'helder-feedback.jsonl'), 'utf8').trim().split('\n')).toHaveLength(3);
    expect((await new FeedbackInbox(db).summary())[0]!.total).toBe(1);
  });
});
