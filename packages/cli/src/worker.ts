import {workerData} from 'node:worker_threads';
import {checkText, createChecker, optionsFor, slimOutcome, type CheckSettings} from './check-file.js';
import type {FileOutcome} from '@helder/reports';

/** A file to read and check, or text read elsewhere (standard input). */
export type WorkerTask = string | {path: string; text: string; notices: string[]};

// One checker per worker thread: the rules and word lists are loaded once and reused for every file it gets.
const options = optionsFor(workerData as CheckSettings);
const checkFile = createChecker(workerData as CheckSettings, options);

export default async function run(task: WorkerTask): Promise<FileOutcome> {
  return slimOutcome(await (typeof task === 'string' ? checkFile(task) : checkText(task.path, task.text, task.notices, options)));
}
