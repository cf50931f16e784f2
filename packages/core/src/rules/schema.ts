import {parseDocument, LineCounter, isAlias, isMap, isPair, isSeq, isScalar, type Document, type Node as YamlNode, type YAMLMap} from 'yaml';
import type {Provenance, Severity} from '../types.js';

export const ruleChecks = ['moeilijk-woord', 'afschrikwoord'] as const;
export type RuleCheck = (typeof ruleChecks)[number];
/**
 * `startset`: a seed rule of the development team that the panel has not decided on yet. The checker uses it
 * as it uses `aangenomen`, so the advice stays the same while the panel works through the start set.
 */
export const ruleStatuses = ['voorstel', 'startset', 'aangenomen', 'vervallen'] as const;
export type RuleStatus = (typeof ruleStatuses)[number];

/** The statuses whose rules the checker uses by default. */
export const activeRuleStatuses: readonly RuleStatus[] = ['startset', 'aangenomen'];

/** Whether the checker uses a rule: seed and accepted rules always, proposals only when asked for. */
export function isActiveStatus(status: RuleStatus, includeProposals = false): boolean {
  return activeRuleStatuses.includes(status) || (includeProposals && status === 'voorstel');
}
export const provenanceRoles = ['ervaringsdeskundige', 'inwoner', 'communicatieadviseur', 'consulent', 'taaladviseur', 'ontwikkelteam'] as const;

/** One curated rule, as written by the panel. */
export interface RuleEntry {
  id: string;
  check: RuleCheck;
  theme: string;
  file: string;
  line: number;
  forms: string[];
  alternatives: string[];
  reason: string;
  explanation: string;
  examples: {hit: string[]; miss: string[]};
  status: RuleStatus;
  provenance: Provenance;
  exceptions: string[];
  /** `overlap`: an exception drops a hit it touches, also one it covers only in part; `cover` (default): only hits inside it. */
  exceptionScope?: ExceptionScope;
  /** Better words that depend on the sentence: the first context that fits replaces `alternatives`. */
  contexts?: RuleContext[];
  severity?: Severity;
  /**
   * A term the text may be about (bestemmingsplan, zienswijze): advise at its first use in a text only (the advice
   * says how often it comes back), and not at all when the text explains it there or in the next two sentences
   * (explainedInText). From the rule or its file.
   */
  once?: boolean;
  /**
   * The rule is about a name (a law, a court): it also advises where its words are written with a capital in
   * mid-sentence. Without it such a match is taken to be part of a name ("het Stedenbouwkundig Programma van
   * Eisen", "de Nota Parkeernormen") that the writer cannot change, and gets no advice.
   */
  names?: boolean;
}

/**
 * Uses of a word a context can name: a term or definition (`begrip`), a sentence about other people
 * (`over-anderen`), a sentence about reading, writing and language skills (`over-taal`), a group that the text is
 * about, for people who work for it (`over-groep`), a sentence about a technical step of e-mail, a website or an
 * app (`techniek`), a decision on a request (`verzoek`), or a report of a problem in the street (`melding`).
 */
export const textConditionNames = ['begrip', 'over-anderen', 'over-taal', 'over-groep', 'techniek', 'verzoek', 'melding'] as const;
export type TextCondition = (typeof textConditionNames)[number];

export const exceptionScopes = ['cover', 'overlap'] as const;
export type ExceptionScope = (typeof exceptionScopes)[number];

/**
 * A context of a rule: when the match is one of `forms` and/or the word right before it is one of `after` (or
 * `before`: the word right after it) and/or the word is used as one of `text` says, the rule offers `alternatives`
 * (best first) instead of its own, or gives no advice at all with `skip: true`. At least one condition is required.
 */
export interface RuleContext {
  forms?: string[];
  after?: string[];
  before?: string[];
  /** The use of the word in its sentence; one of them must hold (rules/contexts.ts says how each is recognised). */
  text?: TextCondition[];
  alternatives: string[];
  skip?: boolean;
}

/** A problem in a rule file, with the place a curator can find it. */
export interface RuleFileError {
  file: string;
  line: number;
  column: number;
  field: string; // e.g. "rules[3].forms"
  ruleId?: string;
  message: string;
}

export interface ParsedRuleFile {
  file: string;
  entries: RuleEntry[];
  errors: RuleFileError[];
}

const idPattern = /^[a-z0-9][a-z0-9\-]{0,62}$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const maxFormWords = 12;
const maxAliases = 1000;
/**
 * The yaml parser needs about 1 s and 80 MB per million characters (a 10 MB file: 10 s and 800 MB, measured on
 * this machine). The largest curated file has 40,000 characters; a million is room for about 2,500 rules.
 */
const maxRuleFileLength = 1_000_000;

/**
 * Put the marked node in the place of each alias. Shared, not copied, and each node is walked once (at its anchor),
 * so a nest of aliases of aliases costs neither memory nor time. Not yaml's own Alias.resolve(): that searches the
 * whole document for the anchor, and after a few replacements the shared nodes make that search exponential.
 * Returns the number of aliases.
 */
function resolveAliases(document: Document): number {
  let count = 0;
  const anchors = new Map<string, unknown>();
  // Each entry is a place that holds a node. Depth first, left to right: the document order, so an alias finds
  // the last anchor written before it.
  const stack: Array<{get(): unknown; set(node: unknown): void}> = [{get: () => document.contents, set: () => undefined}];
  while (stack.length > 0) {
    const place = stack.pop()!;
    const node = place.get();
    if (isAlias(node)) {
      count++;
      const target = anchors.get(node.source);
      if (target) place.set(target);
      continue;
    }
    const anchor = (node as {anchor?: string} | null)?.anchor;
    if (anchor) anchors.set(anchor, node);
    const places: typeof stack = [];
    if (isSeq(node)) {
      node.items.forEach((_item, index) => places.push({get: () => node.items[index], set: (value) => (node.items[index] = value)}));
    } else if (isMap(node)) {
      for (const pair of node.items) if (isPair(pair)) places.push({get: () => pair.value, set: (value) => (pair.value = value)});
    }
    for (let index = places.length - 1; index >= 0; index--) stack.push(places[index]!);
  }
  return count;
}

/** Parse and validate one rule file. Never throws: every problem becomes an error with file, line and field. */
export function parseRuleFile(text: string, file: string): ParsedRuleFile {
  const lineCounter = new LineCounter();
  const errors: RuleFileError[] = [];
  const entries: RuleEntry[] = [];
  if (text.length > maxRuleFileLength) {
    const size = (text.length / 1_000_000).toFixed(1);
    errors.push({file, line: 1, column: 1, field: '(file)', message: `Dit regelbestand is te groot (${size} miljoen tekens). Een regelbestand mag hoogstens 1 miljoen tekens hebben. Verdeel de regels over meer bestanden.`});
    return {file, entries, errors};
  }
  const at = (node: YamlNode | null | undefined, fallback = 0) => {
    const offset = node?.range?.[0] ?? fallback;
    const {line, col} = lineCounter.linePos(offset);
    return {line, column: col};
  };
  const fail = (node: YamlNode | null | undefined, field: string, message: string, ruleId?: string) => {
    errors.push({file, ...at(node), field, message, ...(ruleId ? {ruleId} : {})});
  };

  const document = parseDocument(text, {lineCounter, uniqueKeys: true, prettyErrors: false});
  for (const error of document.errors) {
    const {line, col} = lineCounter.linePos(error.pos[0]);
    errors.push({file, line, column: col, field: '(yaml)', message: `Fout in de opmaak (YAML): ${error.message.split('\n')[0]}`});
  }
  if (document.errors.length > 0) return {file, entries, errors};
  // "*naam" (an alias) repeats what "&naam" marks, e.g. shared examples: read it as the marked part itself.
  if (resolveAliases(document) > maxAliases) {
    fail(document.contents, '(yaml)', `Fout in de opmaak (YAML): meer dan ${maxAliases} verwijzingen (*naam). Schrijf de regels uit.`);
    return {file, entries, errors};
  }
  const root = document.contents;
  if (!isMap(root)) {
    fail(root, '(file)', 'Een regelbestand heeft de velden theme, check en rules.');
    return {file, entries, errors};
  }
  const theme = stringField(root, 'theme', '', fail);
  const checkNode = root.get('check', true) as YamlNode | undefined;
  const check = stringField(root, 'check', '', fail) as RuleCheck;
  if (check && !ruleChecks.includes(check)) fail(checkNode, 'check', `Onbekende controle "${check}". Kies uit: ${ruleChecks.join(', ')}.`);
  const fileOnce = booleanField(root, 'once', 'once', fail);
  const rulesNode = root.get('rules', true) as YamlNode | undefined;
  if (!isSeq(rulesNode)) {
    fail(rulesNode ?? root, 'rules', 'Het veld "rules" moet een lijst met regels zijn.');
    return {file, entries, errors};
  }
  for (const [index, item] of rulesNode.items.entries()) {
    const field = (name: string) => `rules[${index}]${name ? `.${name}` : ''}`;
    if (!isMap(item)) {
      fail(item as YamlNode, field(''), 'Elke regel heeft de velden id, forms, alternatives, reason en de andere velden.');
      continue;
    }
    const before = errors.length;
    const ruleFail = (node: YamlNode | null | undefined, name: string, message: string) => fail(node, field(name), message, idValue);
    const idNode = item.get('id', true) as YamlNode | undefined;
    const idValue = isScalar(idNode) ? String(idNode.value) : undefined;
    const id = stringField(item, 'id', field('id'), fail);
    if (id && !idPattern.test(id)) ruleFail(idNode, 'id', `In de id "${id}" mogen alleen kleine letters, cijfers en "-" staan.`);
    const forms = stringList(item, 'forms', field('forms'), fail, true);
    for (const [formIndex, form] of forms.entries()) {
      const problem = formProblem(form);
      if (problem) ruleFail((item.get('forms', true) as {items?: YamlNode[]})?.items?.[formIndex], `forms[${formIndex}]`, problem);
    }
    const alternatives = stringList(item, 'alternatives', field('alternatives'), fail, false);
    const reason = stringField(item, 'reason', field('reason'), fail);
    // A reason between quote marks shows them in every message: "\"'Dwangbevel' is ...\"".
    if (/^\s*["“][^"“”]*["”]\s*$/.test(reason)) ruleFail(item.get('reason', true) as YamlNode, 'reason', 'De reden staat tussen aanhalingstekens. Haal ze weg: de reden komt zo in het advies.');
    const explanation = stringField(item, 'explanation', field('explanation'), fail);
    const examplesNode = item.get('examples', true) as YamlNode | undefined;
    let hit: string[] = [];
    let miss: string[] = [];
    if (!isMap(examplesNode)) ruleFail(examplesNode ?? item, 'examples', 'Het veld "examples" heeft een lijst "hit" en een lijst "miss" nodig.');
    else {
      hit = stringList(examplesNode, 'hit', field('examples.hit'), fail, true);
      miss = stringList(examplesNode, 'miss', field('examples.miss'), fail, true);
    }
    const statusNode = item.get('status', true) as YamlNode | undefined;
    const status = stringField(item, 'status', field('status'), fail) as RuleStatus;
    if (status && !ruleStatuses.includes(status)) ruleFail(statusNode, 'status', `Onbekende status "${status}". Kies uit: ${ruleStatuses.join(', ')}.`);
    const provenanceNode = item.get('provenance', true) as YamlNode | undefined;
    let provenance: Provenance = {role: '', date: '', decision: ''};
    if (!isMap(provenanceNode)) ruleFail(provenanceNode ?? item, 'provenance', 'Het veld "provenance" heeft role, date en decision nodig.');
    else {
      provenance = {
        role: stringField(provenanceNode, 'role', field('provenance.role'), fail),
        date: stringField(provenanceNode, 'date', field('provenance.date'), fail),
        decision: stringField(provenanceNode, 'decision', field('provenance.decision'), fail),
      };
      if (provenance.role && !(provenanceRoles as readonly string[]).includes(provenance.role))
        ruleFail(provenanceNode.get('role', true) as YamlNode, 'provenance.role', `Onbekende rol "${provenance.role}". Kies uit: ${provenanceRoles.join(', ')}.`);
      if (provenance.date && !datePattern.test(provenance.date))
        ruleFail(provenanceNode.get('date', true) as YamlNode, 'provenance.date', `Schrijf de datum "${provenance.date}" als JJJJ-MM-DD, bijvoorbeeld 2026-11-23.`);
    }
    const exceptions = item.has('exceptions') ? stringList(item, 'exceptions', field('exceptions'), fail, false) : [];
    let exceptionScope: ExceptionScope | undefined;
    if (item.has('exceptionScope')) {
      const value = stringField(item, 'exceptionScope', field('exceptionScope'), fail);
      if ((exceptionScopes as readonly string[]).includes(value)) exceptionScope = value as ExceptionScope;
      else ruleFail(item.get('exceptionScope', true) as YamlNode, 'exceptionScope', `Onbekende waarde "${value}". Kies cover (de uitzondering moet het hele woord bevatten) of overlap (een deel is genoeg).`);
    }
    const contexts = item.has('contexts') ? readContexts(item.get('contexts', true) as YamlNode, field('contexts'), (node, name, message) => fail(node, name, message, idValue)) : undefined;
    const ownForms = new Set(forms.map((form) => splitForm(form).join(' ')));
    for (const [index, context] of (contexts ?? []).entries()) {
      const stranger = context.forms?.find((form) => !ownForms.has(form));
      const place = ((item.get('contexts', true) as {items?: YAMLMap[]}).items?.[index]?.get('forms', true) as YamlNode | undefined) ?? (item.get('contexts', true) as YamlNode);
      if (stranger) ruleFail(place, `contexts[${index}].forms`, `De vorm "${stranger}" staat niet in forms van deze regel.`);
    }
    let severity: Severity | undefined;
    if (item.has('severity')) {
      const value = stringField(item, 'severity', field('severity'), fail);
      if (value === 'error' || value === 'warning' || value === 'info') severity = value;
      else ruleFail(item.get('severity', true) as YamlNode, 'severity', `Onbekend niveau "${value}". Kies error, warning of info.`);
    }
    const ruleBoolean = (key: string) => booleanField(item, key, field(key), (node, name, message) => fail(node, name, message, idValue));
    const once = ruleBoolean('once') ?? fileOnce;
    const names = ruleBoolean('names');
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!knownFields.has(key)) ruleFail(pair.key as YamlNode, key, `Onbekend veld "${key}". Deze velden kent Helder: ${[...knownFields].join(', ')}.`);
    }
    if (errors.length > before) continue;
    entries.push({
      id,
      check,
      theme,
      file,
      line: at(item).line,
      forms,
      alternatives,
      reason,
      explanation,
      examples: {hit, miss},
      status,
      provenance,
      exceptions,
      ...(exceptionScope ? {exceptionScope} : {}),
      ...(contexts ? {contexts} : {}),
      ...(severity ? {severity} : {}),
      ...(once ? {once} : {}),
      ...(names ? {names} : {}),
    });
  }
  return {file, entries, errors};
}

const knownFields = new Set(['id', 'forms', 'alternatives', 'reason', 'explanation', 'examples', 'status', 'provenance', 'exceptions', 'exceptionScope', 'contexts', 'severity', 'once', 'names']);
const contextFields = new Set(['forms', 'after', 'before', 'text', 'alternatives', 'skip']);

/** The `contexts` of a rule; a broken context is an error with its place, the rule is then left out. */
function readContexts(node: YamlNode, field: string, fail: Fail): RuleContext[] {
  if (!isSeq(node)) {
    fail(node, field, 'Het veld "contexts" moet een lijst zijn. Elk onderdeel heeft forms, after, before of text, en alternatives of skip.');
    return [];
  }
  const contexts: RuleContext[] = [];
  for (const [index, item] of node.items.entries()) {
    const name = `${field}[${index}]`;
    if (!isMap(item)) {
      fail(item as YamlNode, name, 'Elk onderdeel van "contexts" heeft forms, after, before of text, en alternatives of skip.');
      continue;
    }
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!contextFields.has(key)) fail(pair.key as YamlNode, `${name}.${key}`, `Onbekend veld "${key}". Kies uit: ${[...contextFields].join(', ')}.`);
    }
    const list = (key: string) => (item.has(key) ? stringList(item, key, `${name}.${key}`, fail, key !== 'alternatives') : undefined);
    const forms = list('forms');
    const after = list('after');
    const before = list('before');
    const text = list('text');
    const strangeUse = text?.find((use) => !(textConditionNames as readonly string[]).includes(use));
    if (strangeUse !== undefined) fail(item.get('text', true) as YamlNode, `${name}.text`, `Onbekend gebruik "${strangeUse}" in text. Kies uit: ${textConditionNames.join(', ')}.`);
    const skipNode = item.get('skip', true) as YamlNode | undefined;
    const skip = isScalar(skipNode) && skipNode.value === true;
    if (skipNode !== undefined && !(isScalar(skipNode) && typeof skipNode.value === 'boolean')) fail(skipNode, `${name}.skip`, 'Schrijf skip: true of laat het veld weg.');
    const alternatives = list('alternatives') ?? [];
    if (!forms && !after && !before && !text) fail(item, name, 'Een context heeft forms, after, before of text nodig: anders geldt hij altijd.');
    if (!skip && !item.has('alternatives')) fail(item, name, 'Een context heeft alternatives (de betere woorden in deze zin) of skip: true.');
    contexts.push({
      ...(forms ? {forms: forms.map((form) => splitForm(form).join(' '))} : {}),
      ...(after ? {after: after.map((word) => word.toLowerCase())} : {}),
      ...(before ? {before: before.map((word) => word.toLowerCase())} : {}),
      ...(text ? {text: text as TextCondition[]} : {}),
      alternatives,
      ...(skip ? {skip} : {}),
    });
  }
  return contexts;
}

type Fail = (node: YamlNode | null | undefined, field: string, message: string) => void;

/** An optional yes/no field: undefined when absent, an error when it is not true or false. */
function booleanField(map: YAMLMap, key: string, field: string, fail: Fail): boolean | undefined {
  if (!map.has(key)) return undefined;
  const node = map.get(key, true) as YamlNode | undefined;
  if (isScalar(node) && typeof node.value === 'boolean') return node.value;
  fail(node, field, `Schrijf ${key}: true of ${key}: false, of laat het veld weg.`);
  return undefined;
}

function stringField(map: YAMLMap, key: string, field: string, fail: Fail): string {
  const node = map.get(key, true) as YamlNode | undefined;
  const name = field || key;
  if (node === undefined) {
    fail(map, name, `Het veld "${key}" ontbreekt.`);
    return '';
  }
  if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') {
    fail(node, name, `Het veld "${key}" moet een tekst zijn en mag niet leeg zijn.`);
    return '';
  }
  return node.value.trim();
}

function stringList(map: YAMLMap, key: string, field: string, fail: Fail, nonEmpty: boolean): string[] {
  const node = map.get(key, true) as YamlNode | undefined;
  if (node === undefined) {
    fail(map, field, `Het veld "${key}" ontbreekt.`);
    return [];
  }
  if (!isSeq(node)) {
    fail(node, field, `Het veld "${key}" moet een lijst zijn.`);
    return [];
  }
  const values: string[] = [];
  for (const [index, item] of node.items.entries()) {
    if (!isScalar(item) || (typeof item.value !== 'string' && typeof item.value !== 'number') || String(item.value).trim() === '') {
      fail(item as YamlNode, `${field}[${index}]`, `Elk onderdeel van "${key}" moet een tekst zijn en mag niet leeg zijn.`);
      continue;
    }
    values.push(String(item.value).trim());
  }
  if (nonEmpty && values.length === 0) fail(node, field, `In de lijst "${key}" moet minstens één onderdeel staan.`);
  return values;
}

/** Why a form cannot be matched, or undefined when it is fine. */
export function formProblem(form: string): string | undefined {
  const words = splitForm(form);
  if (words.length === 0) return 'Een vorm heeft minstens één woord nodig.';
  if (words.length > maxFormWords) return `Een vorm mag hoogstens ${maxFormWords} woorden hebben.`;
  if (words[0] === '...' || words.at(-1) === '...') return 'Een vorm mag niet beginnen of eindigen met "...".';
  for (let index = 1; index < words.length; index++) {
    if (words[index] === '...' && words[index - 1] === '...') return 'Een vorm mag geen twee keer "..." achter elkaar hebben.';
  }
  if (/[*+?()[\]{}\\|^$]/.test(form)) return 'Een vorm bestaat alleen uit woorden. Tekens als * + ? ( ) mogen niet. Gebruik "..." voor woorden ertussen.';
  return undefined;
}

export function splitForm(form: string): string[] {
  return form
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '');
}
