import {appendFile, mkdir, writeFile} from 'node:fs/promises';
import {dirname, isAbsolute, join, resolve} from 'node:path';
import {configFileNames, findConfigFile, maxConfigBytes, readRegularFile, UnreadableFileError} from '@helder/node';
import {nl} from './messages.js';
import type {FeedbackRecord} from '@helder/core';

export {feedbackRecord, maxFeedbackWordLength, maxFeedbackWords} from '@helder/core';

export const feedbackFileName = 'helder-feedback.jsonl';

/** The folder that holds the project's shared Helder files: the config file's folder, else the workspace folder. */
export async function projectFolder(documentDir: string | undefined, workspaceFolders: string[]): Promise<string | undefined> {
  if (documentDir) {
    const config = await findConfigFile(documentDir);
    if (config) return dirname(config);
    const folder = workspaceFolders.filter((item) => documentDir === item || documentDir.startsWith(item.endsWith('/') ? item : `${item}/`)).sort((a, b) => b.length - a.length)[0];
    return folder ?? documentDir;
  }
  return workspaceFolders[0];
}

export function feedbackPath(setting: string | undefined, projectDir: string | undefined, workspaceFolders: string[]): string | undefined {
  if (setting && setting.trim() !== '') {
    if (isAbsolute(setting)) return setting;
    const base = workspaceFolders[0] ?? projectDir;
    return base ? resolve(base, setting) : undefined;
  }
  return projectDir ? join(projectDir, feedbackFileName) : undefined;
}

export async function appendFeedback(path: string, record: object): Promise<void> {
  await mkdir(dirname(path), {recursive: true});
  await appendFile(path, `${JSON.stringify(record)}\n`, 'utf8');
}

export class ConfigWriteError extends Error {}

/**
 * Add a word to "words" in the nearest config file, or create helder.config.json in the project folder. The file is
 * written back as JSON with two spaces; its other fields stay as they are.
 */
export async function addWordToConfig(word: string, documentDir: string | undefined, projectDir: string | undefined): Promise<{path: string; added: boolean}> {
  const found = documentDir ? await findConfigFile(documentDir) : undefined;
  const path = found ?? (projectDir ? join(projectDir, configFileNames[0]!) : undefined);
  if (!path) throw new ConfigWriteError(nl.wordListNoPlace);
  let value: Record<string, unknown> = {};
  if (found) {
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(await readRegularFile(found, maxConfigBytes));
    } catch (error) {
      if (error instanceof UnreadableFileError) throw new ConfigWriteError(nl.wordListNotReadable(found, error.reason));
      throw error;
    }
    try {
      const parsed: unknown = text.trim() === '' ? {} : JSON.parse(text);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
      value = parsed as Record<string, unknown>;
    } catch {
      throw new ConfigWriteError(nl.wordListBadJson(found));
    }
  }
  const words = Array.isArray(value.words) ? (value.words as unknown[]).filter((item): item is string => typeof item === 'string') : [];
  if (words.some((item) => item.toLowerCase() === word.toLowerCase())) return {path, added: false};
  value.words = [...words, word];
  await writeFile(path, `${JSON.stringify(value, null, 2)}\n`, 'utf8');
  return {path, added: true};
}

/** How long the editor waits for the Studio: feedback is a courtesy, it never holds up the clerk. */
const studioTimeoutMs = 5000;

/**
 * Send one feedback record to the Rules Studio (POST /api/meldingen, the Studio's editor key as bearer token). Only
 * the record leaves the computer: rule id, at most a few short words, the day. Resolves to a Dutch reason on failure.
 */
export async function sendFeedbackToStudio(url: string, token: string, record: FeedbackRecord): Promise<string | undefined> {
  let endpoint: URL;
  try {
    endpoint = new URL('api/meldingen', url.endsWith('/') ? url : `${url}/`);
  } catch {
    return nl.studioAddressWrong;
  }
  if (endpoint.protocol !== 'https:' && endpoint.protocol !== 'http:') return nl.studioAddressWrong;
  const {ruleId, entryId, words, date} = record;
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {'content-type': 'application/json', authorization: `Bearer ${token}`},
      body: JSON.stringify([{ruleId, ...(entryId ? {entryId} : {}), words, date}]),
      signal: AbortSignal.timeout(studioTimeoutMs),
    });
    return response.ok ? undefined : nl.studioRefused(response.status);
  } catch {
    return nl.studioUnreachable;
  }
}
