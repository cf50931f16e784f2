import {stat} from 'node:fs/promises';
import {availableParallelism} from 'node:os';
import type {Piscina} from 'piscina';
import {createSharedAnswerSet} from '@helder/node';
import {checkText, createChecker, createTaskChecker, optionsFor, type CheckSettings, type WorkerTask} from './check-file.js';
import type {FileOutcome} from '@helder/reports';

export interface FileChecker {
  check(path: string): Promise<FileOutcome>;
  /** Check text read elsewhere (standard input); `path` is how the report names it. */
  checkText(path: string, text: string, notices: string[]): Promise<FileOutcome>;
  close(): Promise<void>;
  /** How many files may be under way at once: results wait in memory only within this window. */
  window: number;
}

/**
 * Each worker loads the rules and word lists and warms up its own compiled code: about 2 s of CPU time
 * (bench/batch.mjs), as much as checking some 200 letters. So by default a worker per 200 files, at most one per core.
 */
export const filesPerWorker = 200;

/** The number of workers: --jobs as given (never more than there are files), else as above. */
export function jobsFor(requested: number | undefined, files: number, cores = availableParallelism()): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, files));
  return Math.max(1, Math.min(cores, Math.floor(files / filesPerWorker)));
}

/**
 * Above this size a file is checked in a worker thread even with --jobs 1. A check is synchronous work of about
 * 3 s per MB; in the main thread it would hold off Ctrl-C until it is done, and the user would wait for nothing.
 * With the check in a worker the main thread stops at once and still writes the results of the files that are done.
 */
export const inThreadLimit = 512 * 1024;

/**
 * `jobs` 1 checks in this process (no start-up cost for one letter), a large file or text in one worker thread.
 * More checks in this thread too, next to `jobs - 1` worker threads (createSharedChecker).
 */
export function createFileChecker(settings: CheckSettings, jobs: number): FileChecker {
  if (jobs <= 1) {
    const options = optionsFor(settings);
    const check = createChecker(settings, options);
    let worker: FileChecker | undefined;
    const large = () => (worker ??= createPool(settings, 1));
    return {
      check: async (path) => ((await sizeOf(path)) > inThreadLimit ? large().check(path) : check(path)),
      checkText: (path, text, notices) => (text.length > inThreadLimit ? large().checkText(path, text, notices) : checkText(path, text, notices, options)),
      close: async () => worker?.close(),
      window: 1,
    };
  }
  return createSharedChecker(settings, jobs);
}

/**
 * `jobs` checkers: this thread and `jobs - 1` worker threads, which take the files from one queue as each gets free.
 * Every thread that checks is an isolate that loads the rules and compiles the hot code again, and with a pool of
 * `jobs` threads this one would mostly wait: on two cores, this thread and one worker check 1,000 letters in about
 * 10.0 s against 11.0 s for two workers (docs/benchmarks.md, "This thread as one of the checkers"). A check here
 * holds this thread for one letter (about 15 ms), so progress and Ctrl-C still react at once; a large file always
 * goes to a worker thread (inThreadLimit).
 */
function createSharedChecker(settings: CheckSettings, jobs: number): FileChecker {
  // All threads share the spelling answers: letters of one organisation share most of their words.
  const shared: CheckSettings = {...settings, sharedAnswers: createSharedAnswerSet()};
  const checkHere = createTaskChecker(shared);
  // Each worker thread gets a second task before it is done with the first: while this thread checks a letter it
  // cannot hand out work, and a worker must not sit idle until it can.
  const perWorker = 2;
  const workers = createPool(shared, jobs - 1, perWorker);
  const queue: {task: WorkerTask; size: number; done: (outcome: FileOutcome) => void}[] = [];
  let busyHere = false;
  let inWorkers = 0;
  let closed = false;
  const finish = (done: (outcome: FileOutcome) => void, outcome: FileOutcome): void => {
    done(outcome);
    pump();
  };
  const runHere = ({task, done}: (typeof queue)[number]): void => {
    busyHere = true;
    // After the current call stack, so that the workers get their tasks first.
    setImmediate(() => {
      void checkHere(task).catch((error: Error) => failed(task, error)).then((outcome) => {
        busyHere = false;
        finish(done, outcome);
      });
    });
  };
  const runInWorker = ({task, done}: (typeof queue)[number]): void => {
    inWorkers++;
    void workers.run(task).then((outcome) => {
      inWorkers--;
      finish(done, outcome);
    });
  };
  const pump = (): void => {
    if (closed) return;
    const small = queue.findIndex(({size}) => size <= inThreadLimit);
    if (!busyHere && small !== -1) runHere(queue.splice(small, 1)[0]!);
    while (queue.length > 0 && inWorkers < (jobs - 1) * perWorker) runInWorker(queue.shift()!);
  };
  const enqueue = (task: WorkerTask, size: number): Promise<FileOutcome> =>
    new Promise((done) => {
      queue.push({task, size, done});
      pump();
    });
  return {
    check: async (path) => enqueue(path, await sizeOf(path)),
    checkText: (path, text, notices) => enqueue({path, text, notices}, text.length),
    close: async () => {
      closed = true;
      await workers.close();
    },
    window: jobs * 4,
  };
}

/** The size of a file; 0 when it cannot be read, so the reader in this thread gives the reason. */
const sizeOf = (path: string): Promise<number> => stat(path).then((stats) => stats.size, () => 0);

/** A worker pool as a FileChecker, and its `run` for a task. */
function createPool(settings: CheckSettings, jobs: number, perWorker = 1): FileChecker & {run(task: WorkerTask): Promise<FileOutcome>} {
  // Piscina is loaded only when a pool is needed: one plain letter never pays for it (about 20 ms).
  let started: Promise<Piscina> | undefined;
  const pool = (): Promise<Piscina> =>
    (started ??= import('piscina').then(
      ({Piscina}) =>
        new Piscina({
          filename: new URL('./worker.js', import.meta.url).href,
          workerData: settings,
          minThreads: jobs,
          maxThreads: jobs,
          concurrentTasksPerWorker: perWorker,
          // Idle workers must not keep the process alive once the report is written.
          idleTimeout: 1000,
        }),
    ));
  const run = async (task: WorkerTask): Promise<FileOutcome> => {
    try {
      return (await (await pool()).run(task)) as FileOutcome;
    } catch (error) {
      // A worker that dies (out of memory on one file) costs that file only; Piscina starts a new one.
      return failed(task, error as Error);
    }
  };
  return {
    run,
    check: (path) => run(path),
    checkText: (path, text, notices) => run({path, text, notices}),
    close: async () => (started ? (await started).destroy() : undefined),
    window: jobs * 4,
  };
}

const failed = (task: WorkerTask, error: Error): FileOutcome => ({
  path: typeof task === 'string' ? task : task.path,
  error: `Helder kon dit bestand niet controleren: ${error.message}`,
});

/**
 * Check files with a window of tasks under way and hand the results over in input order. `report` is awaited
 * before the window moves on, so a slow reader of the report (a pipe) also slows the checking: memory stays bounded.
 */
export async function checkInOrder<T>(
  items: T[],
  start: (item: T) => Promise<FileOutcome>,
  report: (outcome: FileOutcome) => Promise<void>,
  window: number,
  stopped: () => boolean,
): Promise<void> {
  const pending: Promise<FileOutcome>[] = [];
  let next = 0;
  const fill = () => {
    while (next < items.length && pending.length < window && !stopped()) pending.push(start(items[next++]!));
  };
  fill();
  while (pending.length > 0 && !stopped()) {
    const outcome = await pending.shift()!;
    fill();
    await report(outcome);
  }
}
