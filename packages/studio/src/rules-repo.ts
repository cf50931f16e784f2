import {readFile, readdir, writeFile} from 'node:fs/promises';
import {execFile} from 'node:child_process';
import {join} from 'node:path';
import {promisify} from 'node:util';
import {isMap, isSeq, parseDocument, YAMLMap, YAMLSeq, type Document} from 'yaml';
import {collectRules, compileRules, testRules, type RuleEntry, type RuleFileError} from '@helder/core';

const run = promisify(execFile);

/** What a proposal says a rule should be: the fields a curator fills in. */
export interface RuleContent {
  forms: string[];
  alternatives: string[];
  reason: string;
  explanation: string;
  hit: string[];
  miss: string[];
}

export interface RuleFileInfo {
  file: string; // file name inside the rules folder
  theme: string;
  check: string;
}

/** The rules folder on disk: read fresh on every call, so an edit made elsewhere shows at once. */
export class RulesRepo {
  constructor(readonly dir: string) {}

  async files(): Promise<string[]> {
    return (await readdir(this.dir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  }

  async load(): Promise<{entries: RuleEntry[]; errors: RuleFileError[]; files: RuleFileInfo[]}> {
    const names = await this.files();
    const texts = await Promise.all(names.map((name) => readFile(join(this.dir, name), 'utf8')));
    const {entries, errors} = collectRules(names.map((name, index) => ({name, text: texts[index]!})));
    const files = names.map((file, index) => {
      const document = parseDocument(texts[index]!);
      return {file, theme: String(document.get('theme') ?? file), check: String(document.get('check') ?? '')};
    });
    return {entries, errors, files};
  }

  /**
   * Write a decided change into its YAML file with the Document API, so comments, order and the flow style of the
   * other rules stay as they were. Then every rule example is tested; a failure puts the old file back.
   */
  async apply(change: AppliedChange): Promise<{ok: true; commit?: string} | {ok: false; problems: string[]}> {
    const path = join(this.dir, change.file);
    const before = await readFile(path, 'utf8');
    const document = parseDocument(before);
    const problem = editDocument(document, change);
    if (problem) return {ok: false, problems: [problem]};
    await writeFile(path, document.toString({lineWidth: 0}));
    const problems = await this.test();
    if (problems.length > 0) {
      await writeFile(path, before);
      return {ok: false, problems};
    }
    const commit = await this.commit(change.file, change.commitMessage).catch((error: Error) => {
      throw new Error(`De regel is bewaard in ${change.file}, maar Git kon hem niet vastleggen: ${error.message}`);
    });
    return commit ? {ok: true, commit} : {ok: true};
  }

  /** The same tests as `helder rules test`: the schema, forms claimed twice, and every hit and miss example. */
  async test(): Promise<string[]> {
    const {entries, errors} = await this.load();
    const live = entries.filter((entry) => entry.status !== 'vervallen');
    const failures = testRules(live, compileRules(live));
    return [
      ...errors.map((error) => `${error.file}:${error.line}: ${error.field}: ${error.message}`),
      ...failures.map((failure) => `${failure.entry.id}: ${failure.kind === 'hit' ? 'deze voorbeeldzin moet het woord vinden' : 'deze voorbeeldzin mag het woord niet vinden'}: "${failure.example}"`),
    ];
  }

  /** Commit the one file when the rules folder is inside a Git work tree; otherwise do nothing. */
  async commit(file: string, message: string): Promise<string | undefined> {
    const inside = await run('git', ['-C', this.dir, 'rev-parse', '--is-inside-work-tree']).then((result) => result.stdout.trim() === 'true', () => false);
    if (!inside) return undefined;
    const identity = await run('git', ['-C', this.dir, 'config', 'user.name']).then((result) => result.stdout.trim() !== '', () => false);
    const who = identity ? [] : ['-c', 'user.name=Helder Rules Studio', '-c', 'user.email=studio@helder.invalid'];
    await run('git', ['-C', this.dir, 'add', '--', file]);
    await run('git', ['-C', this.dir, ...who, 'commit', '-q', '-m', message, '--', file]);
    return (await run('git', ['-C', this.dir, 'rev-parse', 'HEAD'])).stdout.trim();
  }
}

export interface AppliedChange {
  file: string;
  ruleId: string;
  /** Set the rule's content (a new rule is added at the end of the file). */
  content?: RuleContent;
  status: 'aangenomen' | 'vervallen';
  provenance: {role: string; date: string; decision: string};
  commitMessage: string;
}

function flowSeq(document: Document, values: string[]): YAMLSeq {
  const node = document.createNode(values) as YAMLSeq;
  node.flow = true;
  return node;
}

function editDocument(document: Document, change: AppliedChange): string | undefined {
  const rules = document.get('rules', true);
  if (!isSeq(rules)) return `In ${change.file} staat geen lijst "rules".`;
  let item = rules.items.find((node) => isMap(node) && String(node.get('id')) === change.ruleId) as YAMLMap | undefined;
  if (!item) {
    if (!change.content) return `De regel "${change.ruleId}" staat niet in ${change.file}.`;
    item = new YAMLMap();
    item.set('id', change.ruleId);
    item.spaceBefore = rules.items.length > 0;
    rules.items.push(item);
  }
  if (change.content) {
    const {forms, alternatives, reason, explanation, hit, miss} = change.content;
    item.set('forms', flowSeq(document, forms));
    item.set('alternatives', flowSeq(document, alternatives));
    item.set('reason', reason);
    item.set('explanation', explanation);
    const examples = new YAMLMap();
    examples.set('hit', flowSeq(document, hit));
    examples.set('miss', flowSeq(document, miss));
    item.set('examples', examples);
  }
  item.set('status', change.status);
  const provenance = document.createNode(change.provenance) as YAMLMap;
  provenance.flow = true;
  item.set('provenance', provenance);
  return undefined;
}
