import {readFile, readdir, writeFile} from 'node:fs/promises';
import {execFile} from 'node:child_process';
import {join} from 'node:path';
import {promisify} from 'node:util';
import {isMap, isSeq, parseDocument, type YAMLMap} from 'yaml';
import {collectRules, compileRules, readTextLists, testRules, type RuleEntry, type RuleFileError, type TextLists} from '@helder/core';
import {createNodeLoader} from '@helder/node';

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

  #lists: Promise<TextLists> | undefined;
  /** Abbreviations, salutations and closings from the installed core: rule examples are read as a letter is. */
  textLists(): Promise<TextLists> {
    return (this.#lists ??= readTextLists(createNodeLoader({noCache: true})));
  }

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

  /** Write a decided change into its YAML file (see editRuleFile), then test every rule; a failure puts the old file back. */
  async apply(change: AppliedChange): Promise<{ok: true; commit?: string} | {ok: false; problems: string[]}> {
    const path = join(this.dir, change.file);
    const before = await readFile(path, 'utf8');
    const edited = editRuleFile(before, change);
    if ('problem' in edited) return {ok: false, problems: [edited.problem]};
    await writeFile(path, edited.text);
    const problems = await this.test();
    if (problems.length > 0) {
      await writeFile(path, before);
      return {ok: false, problems};
    }
    try {
      const commit = await this.commit(change.file, change.commitMessage);
      return commit ? {ok: true, commit} : {ok: true};
    } catch (error) {
      // File and Git must tell the same story: without the commit the old file comes back and the proposal stays open.
      await writeFile(path, before);
      await run('git', ['-C', this.dir, 'reset', '-q', '--', change.file]).catch(() => undefined);
      const reason = String((error as {stderr?: string}).stderr ?? (error as Error).message).trim().split('\n')[0];
      return {ok: false, problems: [`Git kon de regel niet vastleggen (${reason}). Het oude bestand staat er weer. Vraag de beheerder om naar Git te kijken.`]};
    }
  }

  /** The same tests as `helder rules test`: the schema, forms claimed twice, and every hit and miss example. */
  async test(): Promise<string[]> {
    const {entries, errors} = await this.load();
    const live = entries.filter((entry) => entry.status !== 'vervallen');
    const failures = testRules(live, compileRules(live), await this.textLists());
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

/** A scalar as the rule files write it: plain for a simple word, double-quoted (JSON is valid YAML) otherwise. */
function scalar(value: string, plainAllowed = true): string {
  const plain = plainAllowed && /^[\p{L}0-9][\p{L}0-9' .\-]*$/u.test(value) && !/\s$/.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value) && !/^[0-9.\-]+$/.test(value);
  return plain ? value : JSON.stringify(value);
}

const flowList = (values: string[]) => `[${values.map((value) => scalar(value)).join(', ')}]`;

/** A folded block (>-) wrapped at spaces, so it reads like the hand-written files and parses back to the same text. */
function folded(text: string, indent: string, width = 110): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return `>-\n${lines.map((item) => `${indent}${item}`).join('\n')}`;
}

function ruleText(id: string, content: RuleContent, status: string, provenance: AppliedChange['provenance'], indent: string): string {
  const inner = `${indent}  `;
  return [
    `${indent}- id: ${id}`,
    `${inner}forms: ${flowList(content.forms)}`,
    `${inner}alternatives: ${flowList(content.alternatives)}`,
    `${inner}reason: ${JSON.stringify(content.reason)}`,
    `${inner}explanation: ${folded(content.explanation, `${inner}  `)}`,
    `${inner}examples:`,
    `${inner}  hit: [${content.hit.map((value) => JSON.stringify(value)).join(', ')}]`,
    `${inner}  miss: [${content.miss.map((value) => JSON.stringify(value)).join(', ')}]`,
    `${inner}status: ${status}`,
    `${inner}provenance: ${provenanceText(provenance)}`,
  ].join('\n');
}

const provenanceText = (provenance: AppliedChange['provenance']) => `{role: ${provenance.role}, date: ${JSON.stringify(provenance.date)}, decision: ${JSON.stringify(provenance.decision)}}`;

/**
 * Change the rule file as a person would: the Document API finds the rule and the exact places of its values,
 * and only those characters are replaced. Every other byte of the file (comments, order, wrapping) stays.
 */
export function editRuleFile(text: string, change: AppliedChange): {text: string} | {problem: string} {
  const document = parseDocument(text, {keepSourceTokens: true});
  if (document.errors.length > 0) return {problem: `${change.file} is geen geldige YAML: ${document.errors[0]!.message}`};
  const rules = document.get('rules', true);
  if (!isSeq(rules)) return {problem: `In ${change.file} staat geen lijst "rules".`};
  const item = rules.items.find((node) => isMap(node) && String(node.get('id')) === change.ruleId) as YAMLMap | undefined;
  if (!item) {
    if (!change.content) return {problem: `De regel "${change.ruleId}" staat niet in ${change.file}.`};
    const first = (rules.items[0] as {range?: [number, number, number]} | undefined)?.range?.[0];
    const lineStart = first === undefined ? -1 : text.lastIndexOf('\n', first - 1) + 1;
    // The "- " of a sequence item sits two columns left of its first key.
    const indent = first === undefined ? '  ' : ' '.repeat(Math.max(0, first - lineStart - 2));
    const body = text.replace(/\s*$/, '');
    return {text: `${body}\n\n${ruleText(change.ruleId, change.content, change.status, change.provenance, indent)}\n`};
  }
  const edits: Array<{start: number; end: number; text: string}> = [];
  const replaceValue = (map: YAMLMap, key: string, value: string) => {
    const node = map.get(key, true) as {range?: [number, number, number]} | undefined;
    if (!node?.range) return false;
    let end = node.range[1];
    while (end > node.range[0] && /\s/.test(text[end - 1]!)) end--;
    edits.push({start: node.range[0], end, text: value});
    return true;
  };
  const column = (offset: number) => offset - (text.lastIndexOf('\n', offset - 1) + 1);
  const keyIndent = ' '.repeat(column(item.range![0]));
  if (change.content) {
    const {forms, alternatives, reason, explanation, hit, miss} = change.content;
    replaceValue(item, 'forms', flowList(forms));
    replaceValue(item, 'alternatives', flowList(alternatives));
    replaceValue(item, 'reason', JSON.stringify(reason));
    replaceValue(item, 'explanation', folded(explanation, `${keyIndent}  `));
    const examples = item.get('examples', true);
    if (!isMap(examples)) return {problem: `De regel "${change.ruleId}" heeft geen voorbeelden.`};
    replaceValue(examples, 'hit', `[${hit.map((value) => JSON.stringify(value)).join(', ')}]`);
    replaceValue(examples, 'miss', `[${miss.map((value) => JSON.stringify(value)).join(', ')}]`);
  }
  if (!replaceValue(item, 'status', change.status) || !replaceValue(item, 'provenance', provenanceText(change.provenance))) return {problem: `De regel "${change.ruleId}" mist status of provenance.`};
  let out = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return {text: out};
}
