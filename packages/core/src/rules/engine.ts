import type {Sentence, Token} from '../model.js';
import {splitForm, type RuleEntry} from './schema.js';
import {normalizeWord} from '../letter/words.js';

/**
 * All curated forms compiled into one word trie. Matching walks the trie from every word of a sentence, so the
 * cost depends on the text and the depth of the longest form, not on the number of rules: 5,000 rules cost
 * about what 50 do. There are no regular expressions, so no rule can make matching slow.
 */
interface TrieNode {
  /** Made with the first child: most nodes end a form and have none (fewer objects to build on every start). */
  next?: Map<string, TrieNode>;
  /** Continue after a gap of 0 to maxGap words. */
  gap?: TrieNode;
  terminal?: {entry: RuleEntry; form: string; words: number; key: string};
}

export interface RuleMatch {
  entry: RuleEntry;
  form: string;
  /** The form in lower case with single spaces ("vindt ... plaats"): how rule contexts name it. */
  formKey: string;
  start: number; // offset of the first matched word
  end: number; // offset after the last matched word
  words: Token[]; // the matched words (gap words not included)
}

export const maxGap = 4;

const newNode = (): TrieNode => ({});

export interface RuleEngine {
  entries: RuleEntry[];
  size: number;
  match(sentence: Sentence): RuleMatch[];
  byId: Map<string, RuleEntry>;
}

export function compileRules(entries: RuleEntry[]): RuleEngine {
  const root = newNode();
  const exceptionRoot = newNode();
  const byId = new Map<string, RuleEntry>();
  for (const entry of entries) {
    byId.set(entry.id, entry);
    for (const form of entry.forms) insert(root, form, entry);
    for (const exception of entry.exceptions) insert(exceptionRoot, exception, entry);
  }
  const hasExceptions = exceptionRoot.next !== undefined;
  // How many words an exception may start before the hit it is about (a gap counts as maxGap words).
  let longestException = 0;
  for (const entry of entries) for (const exception of entry.exceptions) longestException = Math.max(longestException, splitForm(exception).reduce((sum, word) => sum + (word === '...' ? maxGap : 1), 0));
  // Both curated checks (moeilijk-woord, afschrikwoord) ask for the same sentence: match it once.
  const memo = new WeakMap<Sentence, RuleMatch[]>();
  return {
    entries,
    size: entries.length,
    byId,
    match(sentence) {
      let found = memo.get(sentence);
      if (!found) {
        found = matchSentence(sentence);
        memo.set(sentence, found);
      }
      return found;
    },
  };

  function matchSentence(sentence: Sentence): RuleMatch[] {
      const found = scan(root, sentence.words);
      if (!hasExceptions || found.length === 0) return found;
      // Few rules have exceptions: the exception forms are tried only from the words near a hit of such a rule.
      const near = found.filter((hit) => hit.entry.exceptions.length > 0);
      if (near.length === 0) return found;
      const exceptions = scanNear(exceptionRoot, sentence.words, near, longestException);
      if (exceptions.length === 0) return found;
      // An exception drops a hit it covers; with `exceptionScope: overlap` also a hit it covers only in part
      // ("in plaats van" against the gap form "vindt ... plaats").
      const drops = (exception: RuleMatch, hit: RuleMatch) =>
        hit.entry.exceptionScope === 'overlap' ? exception.start < hit.end && exception.end > hit.start : exception.start <= hit.start && exception.end >= hit.end;
      return found.filter((hit) => !exceptions.some((exception) => exception.entry === hit.entry && drops(exception, hit)));
  }
}

function insert(root: TrieNode, form: string, entry: RuleEntry): void {
  let node = root;
  let count = 0;
  // Most forms are one word: then splitForm's regular expression is not needed.
  for (const word of form === '' || /\s/.test(form) ? splitForm(form) : [form.toLowerCase()]) {
    if (word === '...') {
      node.gap ??= newNode();
      node = node.gap;
      continue;
    }
    const key = normalizeWord(word);
    node.next ??= new Map();
    let child = node.next.get(key);
    if (!child) {
      child = newNode();
      node.next.set(key, child);
    }
    node = child;
    count++;
  }
  // The first rule that claims a form keeps it; `helder rules lint` reports the duplicate.
  node.terminal ??= {entry, form, words: count, key: splitForm(form).join(' ')};
}

// The key of a word belongs to the text model (Token.lower); kept importable from here for the checks that use it.
export {normalizeWord};

/** Longest match from every start; matches do not overlap. With `all`, overlapping matches are kept too. */
function scan(root: TrieNode, words: Token[], all = false, from = 0, to = words.length): RuleMatch[] {
  const matches: RuleMatch[] = [];
  const search: Search = {terminal: undefined, path: [], last: -1};
  const path: number[] = [];
  let index = from;
  while (index < to) {
    const word = words[index]!;
    const first = word.kind === 'word' ? root.next?.get(word.lower) : undefined;
    if (!first) {
      index++;
      continue;
    }
    search.terminal = undefined;
    search.last = -1;
    path.length = 0;
    path.push(index);
    walk(first, words, index + 1, path, 0, search);
    const terminal = search.terminal as Search['terminal']; // set by walk
    if (terminal) {
      const matched = search.path.map((at) => words[at]!);
      matches.push({entry: terminal.entry, form: terminal.form, formKey: terminal.key, start: matched[0]!.start, end: matched.at(-1)!.end, words: matched});
      index = all ? index + 1 : search.last + 1;
    } else index++;
  }
  return matches;
}

/** All matches (overlapping too) that start at most `reach` words before a hit or inside it. */
function scanNear(root: TrieNode, words: Token[], hits: RuleMatch[], reach: number): RuleMatch[] {
  const found: RuleMatch[] = [];
  let done = 0; // starts before this were tried already
  for (const hit of hits) {
    const from = Math.max(done, hit.words[0]!.index - reach);
    const to = hit.words.at(-1)!.index + 1;
    if (to > from) found.push(...scan(root, words, true, from, to));
    done = Math.max(done, to);
  }
  return found;
}

/** The best match so far from one start: the first form (in trie order) that ends furthest. */
interface Search {
  terminal: NonNullable<TrieNode['terminal']> | undefined;
  path: number[];
  last: number;
}

/**
 * Walks the trie from `node` over the words from `at`, depth first; `path` holds the matched word indexes. A form
 * that ends further than the best so far replaces it. No objects are made on the way: this runs for every common
 * word of every sentence.
 */
function walk(node: TrieNode, words: Token[], at: number, path: number[], depth: number, search: Search): void {
  if (node.terminal) {
    const last = path[path.length - 1]!;
    if (last > search.last) {
      search.terminal = node.terminal;
      search.last = last;
      search.path = path.slice();
    }
  }
  if (depth > 24) return;
  const word = words[at];
  // A phrase continues only over white space: punctuation between two words ends it.
  if (word && word.kind === 'word' && word.punctBefore === '' && node.next) {
    const child = node.next.get(word.lower);
    if (child) {
      path.push(at);
      walk(child, words, at + 1, path, depth + 1, search);
      path.pop();
    }
  }
  if (node.gap) {
    for (let skip = 0; skip <= maxGap && at + skip <= words.length; skip++) {
      const next = words[at + skip];
      if (!next) break;
      // A gap stays inside one clause: a comma, colon, bracket or dash before any word in it ends the gap, else
      // "Het gesprek vindt u in de bijlage, plaats en tijd ..." would read as the verb "vindt ... plaats".
      if (next.punctBefore !== '') break;
      if (next.kind !== 'word') continue; // a name or placeholder may sit inside the gap
      const child = node.gap.next?.get(next.lower);
      if (!child) continue;
      path.push(at + skip);
      walk(child, words, at + skip + 1, path, depth + 1, search);
      path.pop();
    }
  }
}
