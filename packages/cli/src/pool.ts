import {availableParallelism} from 'node:os';
import {Piscina} from 'piscina';
import {createChecker, type CheckSettings} from './check-file.js';
import type {FileOutcome} from './format-text.js';

export interface FileChecker {
  check(path: string): Promise<FileOutcome>;
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
 * `jobs` 1 checks in this process (no start-up cost for one letter); more starts a pool of worker threads that
 * each load the rules once.
 */
export function createFileChecker(settings: CheckSettings, jobs: number): FileChecker {
  if (jobs <= 1) {
    const check = createChecker(settings);
    return {check, close: async () => undefined, window: 1};
  }
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    workerData: settings,
    minThreads: jobs,
    maxThreads: jobs,
    // Idle workers must not keep the process alive once the report is written.
    idleTimeout: 1000,
  });
  return {
    check: async (path) => {
      try {
        return (await pool.run(path)) as FileOutcome;
      } catch (error) {
        // A worker that dies (out of memory on one file) costs that file only; Piscina starts a new one.
        return {path, error: `Helder kon dit bestand niet controleren: ${(error as Error).message}`};
      }
    },
    close: () => pool.destroy(),
    window: jobs * 4,
  };
}

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
