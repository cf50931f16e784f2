/**
 * One progress line on stderr, for a person at a terminal: files done of total, findings so far and the time left.
 * Hand-written (a few lines) so that nothing is drawn when stderr is piped, in CI or with --quiet.
 */
export interface Progress {
  update(done: number, findings: number): void;
  /** Wipe the line before other output; the next update draws it again. */
  clear(): void;
}

const none: Progress = {update: () => undefined, clear: () => undefined};

export function progressEnabled(options: {isTTY: boolean; quiet: boolean; env: NodeJS.ProcessEnv}): boolean {
  return options.isTTY && !options.quiet && !options.env.CI && options.env.TERM !== 'dumb';
}

export function createProgress(write: (text: string) => void, total: number, enabled: boolean, now: () => number = Date.now): Progress {
  if (!enabled || total < 2) return none;
  const started = now();
  let shown = false;
  let lastDraw = 0;
  return {
    update(done, findings) {
      const time = now();
      // At most ten redraws a second: a terminal that scrolls fast is slower than the check.
      if (done < total && time - lastDraw < 100) return;
      lastDraw = time;
      write(`\r\u001B[K${progressLine(done, total, findings, time - started)}`);
      shown = true;
    },
    clear() {
      if (shown) write('\r\u001B[K');
      shown = false;
    },
  };
}

export function progressLine(done: number, total: number, findings: number, elapsedMs: number): string {
  const width = 20;
  const filled = Math.round((done / total) * width);
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
  const left = done === 0 ? '' : `, nog ${duration(((total - done) * elapsedMs) / done)}`;
  return `${bar} ${done} van ${total} bestanden, ${findings} ${findings === 1 ? 'advies' : 'adviezen'}${left}`;
}

function duration(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
}
