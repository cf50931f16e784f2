import type {Analysis} from './analysis.js';

export interface SchedulerHooks {
  /** The version of the open document, or undefined when it is not open (any more). */
  versionOf(uri: string): number | undefined;
  /** Check the document as it is now. */
  run(uri: string): Promise<Analysis | undefined>;
  /** A fresh result: send it to the client. */
  publish(analysis: Analysis): void;
  onError(uri: string, error: unknown): void;
}

interface DocumentState {
  timer: NodeJS.Timeout | undefined;
  running: Promise<void> | undefined;
  /** The document changed while a check ran: check again when it is done. */
  dirty: boolean;
  lastChangeAt: number;
  lastDuration: number;
  latest: Analysis | undefined;
}

export interface SchedulerStats {
  checks: number;
  published: number;
  /** Checks whose document changed while they ran: their result was thrown away. */
  stale: number;
}

/** Changes closer together than this are one burst of typing. */
const burstWindowMs = 300;
/** The longest wait after a keystroke, for very large documents. */
const maxDelayMs = 400;

/**
 * When to check which document. One check per document at a time; a result for an old version is thrown away
 * (the check is stale) and the newest text is checked next. The debounce adapts to the cost of a check: the first
 * change after a pause is checked at once, changes in a burst wait as long as the last check took. So a letter
 * that checks in 10 ms gets advice within about 20 ms, and a huge document does not keep the CPU busy while typing.
 */
export class CheckScheduler {
  private states = new Map<string, DocumentState>();
  readonly stats: SchedulerStats = {checks: 0, published: 0, stale: 0};

  constructor(private readonly hooks: SchedulerHooks) {}

  /** The document was opened or changed. */
  changed(uri: string): void {
    const state = this.stateOf(uri);
    const now = performance.now();
    const burst = now - state.lastChangeAt < burstWindowMs;
    state.lastChangeAt = now;
    if (state.running) {
      state.dirty = true;
      return;
    }
    this.schedule(uri, state, burst ? Math.min(maxDelayMs, state.lastDuration) : 0);
  }

  /** Check again although the text did not change (settings, config file or rules changed). */
  invalidate(uri: string): void {
    const state = this.stateOf(uri);
    state.latest = undefined;
    if (state.running) state.dirty = true;
    else this.schedule(uri, state, 0);
  }

  closed(uri: string): void {
    const state = this.states.get(uri);
    if (state?.timer) clearTimeout(state.timer);
    this.states.delete(uri);
  }

  /** The last published result, also when the document changed since. */
  latest(uri: string): Analysis | undefined {
    return this.states.get(uri)?.latest;
  }

  /** A result for the current version, checking now (without debounce) when needed. */
  async fresh(uri: string): Promise<Analysis | undefined> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const version = this.hooks.versionOf(uri);
      if (version === undefined) return undefined;
      const state = this.stateOf(uri);
      if (state.latest?.version === version) return state.latest;
      if (state.running) {
        await state.running;
        continue;
      }
      if (state.timer) clearTimeout(state.timer);
      state.timer = undefined;
      this.start(uri, state);
      await state.running;
    }
    return this.states.get(uri)?.latest;
  }

  private stateOf(uri: string): DocumentState {
    let state = this.states.get(uri);
    if (!state) {
      state = {timer: undefined, running: undefined, dirty: false, lastChangeAt: -Infinity, lastDuration: 0, latest: undefined};
      this.states.set(uri, state);
    }
    return state;
  }

  private schedule(uri: string, state: DocumentState, delay: number): void {
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      this.start(uri, state);
    }, delay);
  }

  private start(uri: string, state: DocumentState): void {
    const version = this.hooks.versionOf(uri);
    if (version === undefined || this.states.get(uri) !== state) return;
    if (state.latest?.version === version) return;
    this.stats.checks++;
    state.running = (async () => {
      try {
        const analysis = await this.hooks.run(uri);
        if (!analysis) return;
        state.lastDuration = analysis.duration;
        if (this.hooks.versionOf(uri) !== analysis.version || this.states.get(uri) !== state) {
          this.stats.stale++;
          return;
        }
        state.latest = analysis;
        this.stats.published++;
        this.hooks.publish(analysis);
      } catch (error) {
        this.hooks.onError(uri, error);
      }
    })().finally(() => {
      state.running = undefined;
      if (state.dirty && this.states.get(uri) === state) {
        state.dirty = false;
        this.schedule(uri, state, Math.min(maxDelayMs, state.lastDuration));
      }
    });
  }
}
