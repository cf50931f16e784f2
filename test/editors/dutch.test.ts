/**
 * The Dutch of the editor surfaces passes Helder: every message of the language server, the VS Code client's
 * messages, command titles and setting descriptions, and the extension's README. As in test/self: quoted words are
 * mentioned, not used, and tips (info) are allowed; warnings and errors are not.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {check} from '@helder/node';
import type {Finding} from '@helder/core';
import {describe, expect, it} from 'vitest';
import {nl as serverTexts} from '../../packages/language-server/src/messages.js';
import {nl as clientTexts} from '../../extension/src/messages.js';
import {repoRoot} from './lsp-client.mjs';

function unquote(text: string): string {
  return text.replace(/"[^"\n]*"|“[^”\n]*”|'[^'\n]*'|`[^`\n]*`/g, (quoted) => quoted.replace(/[^\n]/g, ' '));
}

async function problems(text: string, format: 'text' | 'markdown' = 'text'): Promise<string[]> {
  const report = await check(unquote(text), {format});
  return report.findings.filter((finding: Finding) => finding.severity !== 'info').map((finding) => `${finding.ruleId}: "${finding.actual}" (${finding.message})`);
}

/** Every text of a messages object, with realistic values for the parameters. */
function textsOf(messages: Record<string, unknown>): Array<[string, string]> {
  const samples: Record<string, unknown[]> = {
    number: [1, 3],
    string: ['"middels"'],
  };
  const texts: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(messages)) {
    if (typeof value === 'string') texts.push([name, value]);
    else if (typeof value === 'function') {
      // Numbers where the name asks for a count, quoted words otherwise: the quotes keep them out of the check.
      const numeric = /advice|letters|Level|Advice|Suppressed|Unreadable|folderDone|ProgressStep|TooLarge/.test(name) && !/ProblemLevel/.test(name);
      const args = Array.from({length: value.length}, (_, index) => (numeric ? samples.number![index % 2] : `"waarde ${index}"`));
      for (const count of numeric ? [1, 3] : [undefined]) {
        const values = count === undefined ? args : args.map(() => count);
        texts.push([`${name}(${values.join(', ')})`, String((value as (...input: unknown[]) => unknown)(...values))]);
      }
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, text] of Object.entries(value)) texts.push([`${name}.${key}`, String(text)]);
    }
  }
  return texts;
}

const commandLine = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/^\s*--[\w-]+(?: [A-Z]+)?\s{2,}/, '').replace(/helder-language-server[^\s:]*/g, 'x').replace(/\S+\/\S+/g, 'x')) // names and paths are not prose
    .filter((line) => line.trim() !== '' && !line.startsWith('Gebruik:'));

describe('the Dutch of the language server and the VS Code extension', () => {
  const server = textsOf(serverTexts).filter(([name]) => !name.startsWith('usage'));
  it.each(server)('server: %s', async (_name, text) => {
    expect(await problems(text)).toEqual([]);
  });

  it('server: the help of helder-language-server, line by line', async () => {
    for (const line of commandLine(serverTexts.usage('0.1.0'))) expect(await problems(line), line).toEqual([]);
  });

  it.each(textsOf(clientTexts))('VS Code client: %s', async (_name, text) => {
    expect(await problems(text)).toEqual([]);
  });

  it('VS Code: command titles and setting descriptions', async () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'extension', 'package.json'), 'utf8'));
    const texts: string[] = [manifest.description];
    for (const command of manifest.contributes.commands) texts.push(`${command.title.replace(/^Helder: /, '')}.`);
    const collect = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'description' || key === 'markdownDescription') && typeof value === 'string') texts.push(value);
        else if (key === 'enumDescriptions' && Array.isArray(value)) texts.push(...value.map((item) => `${item}.`));
        else collect(value);
      }
    };
    collect(manifest.contributes.configuration);
    expect(texts.length).toBeGreaterThan(10);
    const failures: string[] = [];
    for (const text of texts) for (const problem of await problems(text, 'markdown')) failures.push(`${text}\n    ${problem}`);
    expect(failures).toEqual([]);
  });

  it('VS Code: the README of the extension', async () => {
    expect(await problems(readFileSync(join(repoRoot, 'extension', 'README.md'), 'utf8'), 'markdown')).toEqual([]);
  });
});
