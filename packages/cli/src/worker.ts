import {workerData} from 'node:worker_threads';
import {createChecker, type CheckSettings} from './check-file.js';
import type {FileOutcome} from './format-text.js';

// One checker per worker thread: the rules and word lists are loaded once and reused for every file it gets.
const checkFile = createChecker(workerData as CheckSettings);

export default function run(path: string): Promise<FileOutcome> {
  return checkFile(path);
}
