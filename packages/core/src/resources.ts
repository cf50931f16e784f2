import {parseDocument, LineCounter, isMap, isSeq, type Node as YamlNode} from 'yaml';
import {stampsOf, type DataLoader} from './loader.js';
import {parseRuleFile, splitForm, isActiveStatus, textConditionNames, type RuleEntry, type RuleFileError} from './rules/schema.js';
import {compileRules, type RuleEngine} from './rules/engine.js';
import {parseWordList, readWordLists, wordList, wordListFile, wordListNames, type WordListEntry, type WordListName, type WordLists} from './word-lists.js';
import {compileTextLists, type TextLists} from './letter/text-lists.js';
import {hashTexts} from './hash.js';

/** One item of data/afkortingen.yaml: loaded here, used by the afkorting and spelling checks. */
export interface Abbreviation {
  short: string;
  long: string;
  /** Plain advice shown after "Schrijf": e.g. "over" for m.b.t. */
  plain?: string;
  /** Widely known (BSN, DigiD): not reported. */
  known?: boolean;
  /** false: the afkorting check leaves it alone; it is listed so the sentence goes on after it ("dhr. Jansen"). */
  flag?: boolean;
  /** A sentence where this entry changes what Helder reports or how it reads the sentences (a test runs it). */
  example: string;
  line: number;
}

/** Everything the checks read from data, loaded once per loader. */
export interface Resources {
  loader: DataLoader;
  engine: RuleEngine;
  /** All valid entries, also those with status voorstel or vervallen (for `helder rules`). */
  entries: RuleEntry[];
  ruleErrors: RuleFileError[];
  abbreviations: Map<string, Abbreviation>;
  /** The word lists of data/woordenlijsten/ that steer the checks (participles, vague deadlines, ...). */
  wordLists: WordLists;
  /** Abbreviations, salutations and closings compiled for reading a text: pass them to buildModel(). */
  textLists: TextLists;
  /** Lazily loaded parts (spelling dictionary, readability data) keep their promise here. */
  lazy: Map<string, Promise<unknown>>;
}

export interface ResourceOptions {
  /** Also run rules with status "voorstel": for the curation panel trying proposals. */
  includeProposals?: boolean;
}

const cache = new WeakMap<DataLoader, Map<string, Promise<Resources>>>();

export function loadResources(loader: DataLoader, options: ResourceOptions = {}): Promise<Resources> {
  let perLoader = cache.get(loader);
  if (!perLoader) {
    perLoader = new Map();
    cache.set(loader, perLoader);
  }
  const key = options.includeProposals ? 'proposals' : 'accepted';
  let promise = perLoader.get(key);
  if (!promise) {
    promise = readResources(loader, options);
    perLoader.set(key, promise);
    promise.catch(() => perLoader!.delete(key));
  }
  return promise;
}

async function readResources(loader: DataLoader, options: ResourceOptions): Promise<Resources> {
  const {entries, errors} = await readRuleSet(loader);
  const active = entries.filter((entry) => isActiveStatus(entry.status, options.includeProposals));
  const {abbreviations, wordLists} = await readLists(loader, errors);
  return {loader, engine: compileRules(active), entries, ruleErrors: errors, abbreviations, wordLists, textLists: textListsOf(abbreviations, wordLists), lazy: new Map()};
}

interface Lists {
  abbreviations: Map<string, Abbreviation>;
  wordLists: WordLists;
}

/** The lists as the cache keeps them: plain data, the errors of parsing them included. */
interface CachedLists {
  abbreviations: Abbreviation[];
  wordLists: Record<WordListName, WordListEntry[]>;
  errors: RuleFileError[];
}

// Raise when the parsed form of the abbreviation list or a word list changes.
const listCacheVersion = 1;

/**
 * The abbreviation list and the word lists: parsed from their YAML, or from the loader's cache when none of
 * their texts changed (parsing them costs more than the rest of the start-up data: about 100 ms).
 */
async function readLists(loader: DataLoader, errors: RuleFileError[]): Promise<Lists> {
  const names = [abbreviationFile, ...wordListNames.map(wordListFile)];
  // With stamps (files that ship with Helder) the texts are read only when the cache misses.
  const stamps = loader.readCache ? await stampsOf(loader, names) : undefined;
  const stampKey = stamps && `lists-s${hashTexts(listCacheVersion, names, stamps)}-${lengthOf(stamps)}.json`;
  const fromCache = stampKey ? await readCachedLists(loader, stampKey, errors) : undefined;
  if (fromCache) return fromCache;
  const texts = loader.readCache ? await Promise.all(names.map((name) => loader.readText(name).catch(() => undefined))) : [];
  // Without a cache, or when a file cannot be read (reported by the parsing below), the files are parsed.
  if (!loader.readCache || texts.some((text) => text === undefined)) {
    return {abbreviations: readAbbreviations(await loader.readText(abbreviationFile), errors), wordLists: await readWordLists(loader, errors)};
  }
  const read = texts as string[];
  const key = stampKey ?? `lists-${hashTexts(listCacheVersion, names, read)}-${lengthOf(read)}.json`;
  const cached = stampKey ? undefined : await readCachedLists(loader, key, errors);
  if (cached) return cached;
  const listErrors: RuleFileError[] = [];
  const abbreviations = readAbbreviations(read[0]!, listErrors);
  const wordLists = Object.fromEntries(wordListNames.map((name, index) => [name, parseWordList(read[index + 1]!, name, listErrors)])) as WordLists;
  errors.push(...listErrors);
  const value: CachedLists = {
    abbreviations: [...abbreviations.values()],
    wordLists: Object.fromEntries(wordListNames.map((name) => [name, wordLists[name].entries])) as CachedLists['wordLists'],
    errors: listErrors,
  };
  if (loader.writeCache) await loader.writeCache(key, JSON.stringify(value)).catch(() => undefined);
  return {abbreviations, wordLists};
}

const lengthOf = (parts: string[]): number => parts.reduce((sum, part) => sum + part.length, 0);

/** The lists from the loader's cache; undefined when the entry is missing or broken (then they are parsed). */
async function readCachedLists(loader: DataLoader, key: string, errors: RuleFileError[]): Promise<Lists | undefined> {
  try {
    const cached = await loader.readCache!(key);
    if (!cached) return undefined;
    const value = JSON.parse(cached) as CachedLists;
    const lists = {
      abbreviations: new Map(value.abbreviations.map((item) => [item.short.toLowerCase(), item])),
      wordLists: Object.fromEntries(wordListNames.map((name) => [name, wordList(name, value.wordLists[name])])) as WordLists,
    };
    errors.push(...value.errors);
    return lists;
  } catch {
    return undefined;
  }
}

/**
 * The reading lists from the texts of data/afkortingen.yaml, data/woordenlijsten/aanheffen.yaml and slotgroeten.yaml:
 * for scripts that read the files themselves. check() gets them through loadResources().
 */
export function textListsFromTexts(texts: {abbreviations: string; salutations: string; closings: string}, errors: RuleFileError[] = []): TextLists {
  const abbreviations = readAbbreviations(texts.abbreviations, errors);
  return compileTextLists(
    abbreviations.keys(),
    parseWordList(texts.salutations, 'aanheffen', errors).entries.map((entry) => entry.word),
    parseWordList(texts.closings, 'slotgroeten', errors).entries.map((entry) => ({phrase: entry.word, formal: entry.formal === true})),
  );
}

/** The reading lists through a loader, without the rules: for `helder rules test` and the Studio, which test rules. */
export async function readTextLists(loader: DataLoader, errors: RuleFileError[] = []): Promise<TextLists> {
  const [abbreviations, salutations, closings] = await Promise.all([abbreviationFile, wordListFile('aanheffen'), wordListFile('slotgroeten')].map((name) => loader.readText(name)));
  return textListsFromTexts({abbreviations: abbreviations!, salutations: salutations!, closings: closings!}, errors);
}

/** The lists that steer reading a text, from the abbreviation list and the salutation and closing word lists. */
export function textListsOf(abbreviations: Map<string, Abbreviation>, wordLists: WordLists): TextLists {
  return compileTextLists(
    abbreviations.keys(),
    wordLists.aanheffen.entries.map((entry) => entry.word),
    wordLists.slotgroeten.entries.map((entry) => ({phrase: entry.word, formal: entry.formal === true})),
  );
}

/** The parsed rules with their errors: the prebuilt set a bundle ships, or the rule files read and parsed. */
async function readRuleSet(loader: DataLoader): Promise<RuleSet> {
  const prebuilt = await loader.readRuleSet?.();
  if (prebuilt !== undefined) return parseRuleSet(prebuilt);
  const listed = await loader.listRuleFiles();
  if (!loader.readCache) {
    const read = await readRuleTexts(loader, listed);
    const parsed = collectRules(read.names.map((name, index) => ({name, text: read.texts[index]!})));
    return {entries: parsed.entries, errors: [...read.errors, ...parsed.errors]};
  }
  // A rule file that ships with Helder is known by its stamp; one of the user's own (an organisation's folder) is
  // read and known by its text. The first are read only when the cache misses.
  const stamps = await Promise.all(listed.map((name) => (loader.stamp ? loader.stamp(name).catch(() => undefined) : undefined)));
  const texts = new Map<string, string | Error>();
  await readRulesInto(loader, listed.filter((_, index) => stamps[index] === undefined), texts);
  const parts = listed.map((name, index) => {
    const text = texts.get(name);
    return stamps[index] !== undefined ? `s${stamps[index]}` : typeof text === 'string' ? `t${text}` : 'x';
  });
  // The names the rule format accepts are part of the key: a Helder that knows a new `text` condition must not read
  // an entry an older one wrote, with that condition as an error and the rule left out.
  const key = `rules-${hashTexts(ruleCacheVersion, [...listed, ...textConditionNames], parts)}-${lengthOf(parts)}.json`;
  const cached = await readCachedRules(loader, key);
  if (!cached) await readRulesInto(loader, listed.filter((_, index) => stamps[index] !== undefined), texts);
  const readErrors = listed.filter((name) => texts.get(name) instanceof Error).map((name) => readError(name, texts.get(name) as Error));
  if (cached) return {entries: cached.entries, errors: [...readErrors, ...cached.errors]};
  const result = collectRules(listed.filter((name) => typeof texts.get(name) === 'string').map((name) => ({name, text: texts.get(name) as string})));
  if (loader.writeCache) await loader.writeCache(key, JSON.stringify(packRuleSet(result))).catch(() => undefined);
  return {entries: result.entries, errors: [...readErrors, ...result.errors]};
}

/** Read these rule files into `texts` (an Error for a file that cannot be read), all at once. */
async function readRulesInto(loader: DataLoader, names: string[], texts: Map<string, string | Error>): Promise<void> {
  const read = await Promise.all(names.map((name) => loader.readText(name).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))));
  names.forEach((name, index) => texts.set(name, read[index]!));
}

const readError = (name: string, error: Error): RuleFileError => ({file: name, line: 1, column: 1, field: '(file)', message: error.message});

async function readCachedRules(loader: DataLoader, key: string): Promise<RuleSet | undefined> {
  try {
    const cached = await loader.readCache!(key);
    return cached ? unpackRuleSet(JSON.parse(cached) as CachedRuleSet) : undefined;
  } catch {
    // A broken cache entry is parsed again.
    return undefined;
  }
}

/**
 * The rule set as the cache keeps it: the values that many rules share (their file, theme, check and provenance)
 * once in `shared`, and in each rule their index there. A third less JSON to parse on every start, and a few
 * thousand objects fewer for the garbage collector. Rules with the same provenance share one object.
 */
interface CachedRuleSet {
  shared: unknown[];
  entries: Array<Record<string, unknown>>;
  errors: RuleFileError[];
}

const sharedFields = ['check', 'theme', 'file', 'provenance'] as const;

function packRuleSet(set: RuleSet): CachedRuleSet {
  const shared: unknown[] = [];
  const indexOf = new Map<string, number>();
  const entries = set.entries.map((entry) => {
    const packed: Record<string, unknown> = {...entry};
    for (const field of sharedFields) {
      const text = JSON.stringify(entry[field]);
      let index = indexOf.get(text);
      if (index === undefined) {
        index = shared.push(entry[field]) - 1;
        indexOf.set(text, index);
      }
      packed[field] = index;
    }
    return packed;
  });
  return {shared, entries, errors: set.errors};
}

function unpackRuleSet(value: CachedRuleSet): RuleSet {
  for (const entry of value.entries) {
    for (const field of sharedFields) {
      const index = entry[field];
      if (typeof index !== 'number' || index >= value.shared.length) throw new Error('Helder: a broken rule cache entry.');
      entry[field] = value.shared[index];
    }
  }
  return {entries: value.entries as unknown as RuleEntry[], errors: value.errors};
}

export interface RuleSet {
  entries: RuleEntry[];
  errors: RuleFileError[];
}

/** The rule set as a bundle ships it (see DataLoader.readRuleSet). */
export async function serializeRuleSet(loader: DataLoader): Promise<string> {
  return JSON.stringify(await readRuleSet(loader));
}

function parseRuleSet(text: string): RuleSet {
  try {
    const value = JSON.parse(text) as Partial<RuleSet>;
    if (Array.isArray(value.entries) && Array.isArray(value.errors)) return {entries: value.entries, errors: value.errors};
  } catch {
    // reported below
  }
  return {entries: [], errors: [{file: 'rules.json', line: 1, column: 1, field: '(file)', message: 'Helder kan de regels van deze versie niet lezen. Maak de invoegtoepassing opnieuw.'}]};
}

/**
 * The texts of all rule files. A file that cannot be read (a broken link, a folder named x.yaml) is reported as an
 * error on that file and left out, so the other rules still work.
 */
export async function readRuleTexts(loader: DataLoader, listed?: string[]): Promise<{names: string[]; texts: string[]; errors: RuleFileError[]}> {
  listed ??= await loader.listRuleFiles();
  const read = new Map<string, string | Error>();
  await readRulesInto(loader, listed, read);
  const names = listed.filter((name) => typeof read.get(name) === 'string');
  return {names, texts: names.map((name) => read.get(name) as string), errors: listed.filter((name) => read.get(name) instanceof Error).map((name) => readError(name, read.get(name) as Error))};
}

const abbreviationFile = 'data/afkortingen.yaml';

const abbreviationKeys = new Set(['short', 'long', 'plain', 'known', 'flag', 'example']);

/** The abbreviation list: a broken item is reported like a rule-file error (file, line, field) and left out, never a crash. */
export function readAbbreviations(text: string, errors: RuleFileError[]): Map<string, Abbreviation> {
  const abbreviations = new Map<string, Abbreviation>();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {lineCounter, uniqueKeys: true, prettyErrors: false});
  const fail = (node: YamlNode | null | undefined, field: string, message: string) => {
    const {line, col} = lineCounter.linePos(node?.range?.[0] ?? 0);
    errors.push({file: abbreviationFile, line, column: col, field, message});
  };
  for (const error of document.errors) {
    const {line, col} = lineCounter.linePos(error.pos[0]);
    errors.push({file: abbreviationFile, line, column: col, field: '(yaml)', message: `Fout in de opmaak (YAML): ${error.message.split('\n')[0]}`});
  }
  if (document.errors.length > 0) return abbreviations;
  const root = document.contents;
  if (!isSeq(root)) {
    fail(root as YamlNode | null, '(file)', 'De lijst met afkortingen moet een lijst zijn: elke regel begint met "- {short: ...}".');
    return abbreviations;
  }
  for (const [index, item] of root.items.entries()) {
    const node = item as YamlNode;
    const field = `[${index}]`;
    const entry = (isMap(item) ? item.toJSON() : undefined) as Record<string, unknown> | undefined;
    if (!entry || typeof entry.short !== 'string' || typeof entry.long !== 'string' || entry.short === '' || entry.long === '') {
      fail(node, field, 'Elke afkorting heeft een "short" en een "long" nodig.');
      continue;
    }
    const unknown = Object.keys(entry).find((key) => !abbreviationKeys.has(key));
    if (unknown) fail(node, field, `Onbekend veld "${unknown}" bij "${entry.short}". Gebruik alleen ${[...abbreviationKeys].map((key) => `"${key}"`).join(', ')}.`);
    if (typeof entry.example !== 'string' || !entry.example.toLowerCase().includes(entry.short.toLowerCase())) {
      fail(node, `${field}.example`, `Geef bij "${entry.short}" een voorbeeldzin ("example") met de afkorting erin.`);
      continue;
    }
    const flags = ['known', 'flag'].filter((key) => entry[key] !== undefined && typeof entry[key] !== 'boolean');
    if (flags.length > 0) {
      fail(node, `${field}.${flags[0]}`, `Schrijf bij "${flags[0]}" true of false.`);
      continue;
    }
    const key = entry.short.toLowerCase();
    const twin = abbreviations.get(key);
    if (twin) {
      fail(node, field, `"${entry.short}" staat al in deze lijst, op regel ${twin.line}. Haal er één weg.`);
      continue;
    }
    const {line} = lineCounter.linePos(node.range?.[0] ?? 0);
    abbreviations.set(key, {...(entry as unknown as Abbreviation), line});
  }
  return abbreviations;
}

// Raise when the parsed form of a rule changes, so old cache entries are not read.
const ruleCacheVersion = 3;

/**
 * Parse rule files and check what only shows across files: duplicate ids and a form claimed by two rules.
 * The first file (in name order) keeps a duplicate; the later one gets the error and is left out.
 */
export function collectRules(files: Array<{name: string; text: string}>): {entries: RuleEntry[]; errors: RuleFileError[]} {
  const entries: RuleEntry[] = [];
  const errors: RuleFileError[] = [];
  const ids = new Map<string, RuleEntry>();
  const forms = new Map<string, RuleEntry>();
  for (const {name, text} of files) {
    const parsed = parseRuleFile(text, name);
    errors.push(...parsed.errors);
    for (const entry of parsed.entries) {
      const twin = ids.get(entry.id);
      if (twin) {
        errors.push({file: entry.file, line: entry.line, column: 1, field: 'id', ruleId: entry.id, message: `De id "${entry.id}" staat al in ${twin.file}:${twin.line}. Elke regel heeft een eigen id nodig.`});
        continue;
      }
      if (entry.status !== 'vervallen') {
        const claimed = entry.forms.map((form) => splitForm(form).join(' ')).find((form) => forms.has(form) && forms.get(form) !== entry);
        if (claimed) {
          const owner = forms.get(claimed)!;
          errors.push({file: entry.file, line: entry.line, column: 1, field: 'forms', ruleId: entry.id, message: `De vorm "${claimed}" staat al in regel "${owner.id}" (${owner.file}:${owner.line}). Een vorm mag maar in één regel staan.`});
          continue;
        }
        for (const form of entry.forms) forms.set(splitForm(form).join(' '), entry);
      }
      ids.set(entry.id, entry);
      entries.push(entry);
    }
  }
  return {entries, errors};
}
