import {workerData} from 'node:worker_threads';
import {createTaskChecker, type CheckSettings, type WorkerTask} from './check-file.js';
import type {FileOutcome} from '@helder/reports';

// One checker per worker thread: the rules and word lists are loaded once and reused for every file it gets.
const checkTask = createTaskChecker(workerData as CheckSettings);

export default async function run(task: WorkerTask): Promise<FileOutcome> {
  return checkTask(task);
}
