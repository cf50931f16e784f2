import {parseDocument, LineCounter, isMap, isSeq, isScalar, type Node as YamlNode} from 'yaml';
import type {DataLoader} from './loader.js';
import type {RuleFileError} from './rules/schema.js';

/**
 * The word lists that steer the checks' behaviour (which words are participles, which "-ing" words are plain
 * nouns, which phrases are vague deadlines). They are data, like the rules, so a reviewer reads and tests them
 * without reading code. Each entry has an example sentence where the entry changes what the check reports.
 */
export const wordListSpecs = {
  'sterke-deelwoorden': {check: 'lijdende-vorm', description: 'Voltooide deelwoorden op -en, zoals "ontvangen".'},
  'actief-met-zijn': {check: 'lijdende-vorm', description: 'Deelwoorden die met "zijn" geen lijdende vorm zijn: "uw pas is verlopen".'},
  'bijvoeglijke-deelwoorden': {check: 'lijdende-vorm', description: 'Deelwoorden die als bijvoeglijk woord werken: "u bent verplicht".'},
  'geen-deelwoord': {check: 'lijdende-vorm', description: 'Woorden die op een deelwoord lijken maar het niet zijn: "bestand".'},
  'tegenwoordige-tijd-met-ge': {check: 'lijdende-vorm', description: 'Werkwoorden in de tegenwoordige tijd die met ge- beginnen: "geldt".'},
  meldingsdeelwoorden: {check: 'lijdende-vorm', description: 'Deelwoorden van een automatisch bericht over iets nieuws: "er is een document toegevoegd".'},
  'eigen-doeners': {check: 'lijdende-vorm', description: 'Wie na "door" de schrijver zelf is: "door ons", "door de gemeente".'},
  'gewone-ing-woorden': {check: 'naamwoordstijl', description: 'Woorden op -ing die een gewoon zelfstandig naamwoord zijn: "de woning van".'},
  'werkwoorden-zonder-doener': {check: 'naamwoordstijl', description: 'Werkwoorden waarbij niemand iets doet: "het verstrijken van de termijn".'},
  'vage-termijnen': {check: 'vage-termijn', description: 'Woorden en woordgroepen voor een termijn zonder datum: "zo snel mogelijk".'},
  doelwoorden: {check: 'vage-termijn', description: 'Woorden voor een doel: "om zo snel mogelijk ... op te lossen" is geen termijn.'},
  spoedwoorden: {check: 'vage-termijn', description: 'Woorden voor gevaar of spoed: dan is "zo snel mogelijk" eerlijk.'},
  'bekende-woorden': {check: 'zeldzaam-woord', description: 'Woorden die bijna iedereen kent, al komen ze weinig voor in ondertitels (SUBTLEX-NL): "smartphone".'},
  ontkenningen: {check: 'dubbele-ontkenning', description: 'Woorden die iets ontkennen: "niet", "geen".'},
  // The two lists of the letter's frame: a line that starts with one of these words is a salutation or a closing,
  // not prose. The formele-aanhef check reads those lines (and advises against the closings marked formal).
  aanheffen: {check: 'formele-aanhef', description: 'Woorden waarmee een aanhef begint: "Beste", "Geachte".'},
  slotgroeten: {check: 'formele-aanhef', description: 'De groet onder een brief: "Met vriendelijke groet". Met formal: true als de groet stijf is.', fields: ['formal']},
} as const satisfies Record<string, {check: string; description: string; fields?: readonly string[]}>;

export type WordListName = keyof typeof wordListSpecs;
export const wordListNames = Object.keys(wordListSpecs) as WordListName[];

export interface WordListEntry {
  /** Lowercase word or phrase (words separated by one space). */
  word: string;
  example: string;
  /** Only in slotgroeten: a stiff closing that formele-aanhef advises against. */
  formal?: boolean;
  file: string;
  line: number;
}

export interface WordList {
  name: WordListName;
  check: string;
  entries: WordListEntry[];
  words: ReadonlySet<string>;
}

export type WordLists = Record<WordListName, WordList>;

export const wordListFile = (name: WordListName): string => `data/woordenlijsten/${name}.yaml`;

export async function readWordLists(loader: DataLoader, errors: RuleFileError[]): Promise<WordLists> {
  const lists = await Promise.all(
    wordListNames.map(async (name) => {
      const file = wordListFile(name);
      try {
        return parseWordList(await loader.readText(file), name, errors);
      } catch (error) {
        errors.push({file, line: 1, column: 1, field: '(file)', message: `Dit bestand kan niet gelezen worden: ${(error as Error).message}`});
        return wordList(name, []);
      }
    }),
  );
  return Object.fromEntries(lists.map((list) => [list.name, list])) as WordLists;
}

export function wordList(name: WordListName, entries: WordListEntry[]): WordList {
  return {name, check: wordListSpecs[name].check, entries, words: new Set(entries.map((entry) => entry.word))};
}


/** Parse one word list. Never throws: a broken entry becomes an error with file and line and is left out. */
export function parseWordList(text: string, name: WordListName, errors: RuleFileError[]): WordList {
  const file = wordListFile(name);
  const spec: {check: string; fields?: readonly string[]} = wordListSpecs[name];
  const allowedKeys = new Set(['word', 'example', ...(spec.fields ?? [])]);
  const lineCounter = new LineCounter();
  const at = (node: YamlNode | null | undefined) => {
    const {line, col} = lineCounter.linePos(node?.range?.[0] ?? 0);
    return {line, column: col};
  };
  const fail = (node: YamlNode | null | undefined, field: string, message: string) => errors.push({file, ...at(node), field, message});
  const entries: WordListEntry[] = [];
  const document = parseDocument(text, {lineCounter, uniqueKeys: true, prettyErrors: false});
  for (const error of document.errors) {
    const {line, col} = lineCounter.linePos(error.pos[0]);
    errors.push({file, line, column: col, field: '(yaml)', message: `Fout in de opmaak (YAML): ${error.message.split('\n')[0]}`});
  }
  if (document.errors.length > 0) return wordList(name, entries);
  const root = document.contents;
  if (!isMap(root)) {
    fail(root as YamlNode | null, '(file)', 'Een woordenlijst begint met "check:" en "entries:".');
    return wordList(name, entries);
  }
  const check: unknown = root.toJSON().check;
  if (check !== spec.check) fail(root, 'check', `Deze lijst hoort bij de controle "${spec.check}". Schrijf: check: ${spec.check}`);
  const items = root.get('entries', true);
  if (!isSeq(items)) {
    fail(root, 'entries', 'Zet de woorden onder "entries:", als een lijst.');
    return wordList(name, entries);
  }
  const seen = new Map<string, number>();
  for (const [index, item] of items.items.entries()) {
    const field = `entries[${index}]`;
    const node = item as YamlNode;
    if (!isMap(item)) {
      fail(node, field, 'Elk woord staat zo in de lijst: {word: ..., example: ...}');
      continue;
    }
    const unknown = item.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : '?')).filter((key) => !allowedKeys.has(key));
    if (unknown.length > 0) fail(node, field, `Onbekend veld "${unknown[0]}". Gebruik alleen ${[...allowedKeys].map((key) => `"${key}"`).join(', ').replace(/, ([^,]*)$/, ' en $1')}.`);
    const {word, example, formal} = item.toJSON() as {word?: unknown; example?: unknown; formal?: unknown};
    if (formal !== undefined && typeof formal !== 'boolean') {
      fail(node, `${field}.formal`, 'Schrijf bij "formal" true of false.');
      continue;
    }
    if (typeof word !== 'string' || word.trim() === '') {
      fail(node, `${field}.word`, 'Hier ontbreekt het woord ("word").');
      continue;
    }
    if (word !== word.toLowerCase() || word !== word.trim() || /\s{2,}/.test(word)) {
      fail(node, `${field}.word`, `Schrijf "${word}" met kleine letters en met één spatie tussen de woorden.`);
      continue;
    }
    if (typeof example !== 'string' || example.trim() === '') {
      fail(node, `${field}.example`, `Geef bij "${word}" een voorbeeldzin ("example") waarin dit woord iets uitmaakt.`);
      continue;
    }
    const {line} = at(node);
    const twin = seen.get(word);
    if (twin !== undefined) {
      fail(node, `${field}.word`, `"${word}" staat al in deze lijst, op regel ${twin}. Haal er één weg.`);
      continue;
    }
    seen.set(word, line);
    entries.push({word, example, ...(formal === undefined ? {} : {formal}), file, line});
  }
  return wordList(name, entries);
}
