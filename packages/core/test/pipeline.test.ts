/**
 * One message stage: suppression, severity, order and documentation link are the same whether the checks run through
 * check(), as the unified preset or one by one with pluginFor.
 */
import {unified} from 'unified';
import retextDutch from 'retext-dutch';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import {checks, helderPreset, pluginFor, type HelderOptions} from '../src/index.js';
import {checkText, testLoader} from './helpers.js';

const letter = [
  'Beste mevrouw De Vries,',
  '',
  '<!-- helder-disable-next-line moeilijk-woord -->',
  'Middels deze brief laten wij u weten dat wij uw aanvraag hebben ontvangen.',
  'U kunt middels het formulier een afspraak maken met het sociaal team.',
  '',
  'Met vriendelijke groet,',
  '',
  'Team Zorg',
].join('\n');

const options: HelderOptions = {loader: testLoader(), config: {rules: {spelling: 'off', afschrikwoord: 'error'}}, docsBaseUrl: 'https://helder.example/regels/'};

const summary = (messages: VFile['messages']) => messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.actual} ${message.url} ${message.fatal}`);

describe('one message stage', () => {
  it('leaves out a finding suppressed by a comment in the unified preset, as check() does', async () => {
    const file = new VFile(letter);
    const processor = unified().use(retextDutch).use(helderPreset, options);
    await processor.run(processor.parse(file), file);
    const preset = file.messages.filter((message) => message.ruleId === 'moeilijk-woord').map((message) => message.line);
    expect(preset).toEqual([5]);
    const direct = await checkText(letter, options);
    expect(direct.findings.filter((finding) => finding.ruleId === 'moeilijk-woord').map((finding) => finding.line)).toEqual([5]);
    expect(direct.suppressed).toBe(1);
    expect(file.data.helderSuppressed).toBe(1);
    // Same messages, same order, same severity (afschrikwoord set to error: fatal) and the same links.
    expect(summary(file.messages)).toEqual(summary(direct.file.messages));
    expect(file.messages.find((message) => message.ruleId === 'afschrikwoord')).toMatchObject({fatal: true, url: 'https://helder.example/regels/afschrikwoord.md'});
  });

  it('leaves out a suppressed finding when one check runs on its own with pluginFor', async () => {
    const difficultWords = checks.find((check) => check.id === 'moeilijk-woord')!;
    const file = new VFile(letter);
    const processor = unified().use(retextDutch).use(pluginFor(difficultWords), options);
    await processor.run(processor.parse(file), file);
    expect(file.messages.map((message) => `${message.line}:${message.column} ${message.actual}`)).toEqual(['5:8 middels']);
    expect(file.data.helderSuppressed).toBe(1);
  });

  it('keeps the messages of several plugins in text order', async () => {
    const byId = (id: string) => checks.find((check) => check.id === id)!;
    const file = new VFile(letter.replace('<!-- helder-disable-next-line moeilijk-woord -->\n', ''));
    // The off-putting word check runs first here, yet its finding is last in the text.
    const processor = unified().use(retextDutch).use(pluginFor(byId('afschrikwoord')), options).use(pluginFor(byId('moeilijk-woord')), options);
    await processor.run(processor.parse(file), file);
    const offsets = file.messages.map((message) => message.place && 'start' in message.place ? message.place.start.offset! : -1);
    expect(file.messages.map((message) => message.ruleId)).toEqual(['moeilijk-woord', 'moeilijk-woord', 'afschrikwoord']);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });
});
