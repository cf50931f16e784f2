import {pathToFileURL} from 'node:url';
import {loadResources, type Resources, type RuleEntry, type RuleFileError} from '@helder/core';
import {createNodeLoader, type NodeLoader} from '@helder/node';
import type {DataPaths} from './paths.js';

export interface RuleFileProblem extends RuleFileError {
  /** The rule file on disk. */
  path: string;
}

export interface RulesOutcome {
  /** True when the new rules are in use; false when Helder kept the rules from before. */
  accepted: boolean;
  /** Problems in the newly read rule files (also when they were not accepted). */
  problems: RuleFileProblem[];
  /** A failure to read the rules at all (missing folder, missing data). */
  failure?: string;
}

/**
 * Helder's rules for the server: read once, read again when a rule file changes. A new set is only used when it
 * has no problems that the set in use did not have already, so a half-edited rule file never takes rules away
 * while a curator types; the problems are still reported.
 */
export class RuleManager {
  private current: Resources | undefined;
  private currentProblemKeys = new Set<string>();
  private entriesById = new Map<string, RuleEntry>();
  private loading: Promise<RulesOutcome> | undefined;
  ruleDirs: string[];

  constructor(
    private readonly paths: DataPaths,
    extraRuleDirs: string[] = [],
    private readonly ownRuleDir: string = paths.ruleDir,
  ) {
    this.ruleDirs = [ownRuleDir, ...extraRuleDirs];
  }

  setExtraRuleDirs(extra: string[]): boolean {
    const next = [this.ownRuleDir, ...extra];
    if (next.join('\n') === this.ruleDirs.join('\n')) return false;
    this.ruleDirs = next;
    return true;
  }

  get resources(): Resources | undefined {
    return this.current;
  }

  entry(id: string | undefined): RuleEntry | undefined {
    return id ? this.entriesById.get(id) : undefined;
  }

  /** Read the rules (again). Reads run one after the other, never at the same time. */
  reload(): Promise<RulesOutcome> {
    const run = (this.loading ?? Promise.resolve()).then(
      () => this.read(),
      () => this.read(),
    );
    this.loading = run;
    void run.finally(() => {
      if (this.loading === run) this.loading = undefined;
    });
    return run;
  }

  /** Resolves when a running read is done. */
  async ready(): Promise<Resources | undefined> {
    while (this.loading) await this.loading.catch(() => undefined);
    return this.current;
  }

  private async read(): Promise<RulesOutcome> {
    const loader = loaderFor(this.paths, this.ruleDirs);
    let resources: Resources;
    try {
      // A new loader: loadResources caches per loader, so this reads the files again.
      resources = await loadResources(loader);
    } catch (error) {
      const failure = (error as Error).message;
      if (!this.current) {
        // Without any rules the other checks (long sentences, passive voice ...) still help: start with those.
        try {
          this.use(await loadResources(loaderFor(this.paths, [])), new Set());
        } catch {
          // Not even core's data: nothing to check with; the failure is reported.
        }
      }
      return {accepted: false, problems: [], failure};
    }
    const problems = resources.ruleErrors.map((problem) => ({...problem, path: loader.pathOf(problem.file) ?? problem.file}));
    const keys = new Set(problems.map(problemKey));
    const worse = [...keys].some((key) => !this.currentProblemKeys.has(key));
    if (this.current && worse) return {accepted: false, problems};
    if (this.current) {
      // The spelling dictionary and readability tables do not depend on the rules: keep them, load them once.
      for (const [key, value] of this.current.lazy) if (!resources.lazy.has(key)) resources.lazy.set(key, value);
    }
    this.use(resources, keys);
    return {accepted: true, problems};
  }

  private use(resources: Resources, problemKeys: Set<string>): void {
    this.current = resources;
    this.currentProblemKeys = problemKeys;
    this.entriesById = new Map(resources.entries.map((entry) => [entry.id, entry]));
  }
}

function problemKey(problem: RuleFileProblem): string {
  // Without the line: lines move while a curator edits; the same problem must not count as new.
  return `${problem.path}\u0000${problem.field}\u0000${problem.message.replace(/:\d+\b/g, '')}`;
}

/** @helder/node's loader with every folder given: a bundle cannot find core's data through package resolution. */
function loaderFor(paths: DataPaths, ruleDirs: string[]): NodeLoader {
  return createNodeLoader({ruleDirs, dataDir: paths.dataDir, dictionaryDir: paths.dictionaryDir});
}

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}
