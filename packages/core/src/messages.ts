import type {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import type {RawFinding} from './checks/context.js';
import type {TextModel} from './model.js';
import type {Severity} from './types.js';
import {suppressionLookup, type Suppression} from './letter/suppress.js';

/** Extra fields Helder puts on every vfile message, next to ruleId, source, actual, expected, url and note. */
export interface HelderMessageData {
  entryId?: string;
  severity: Severity;
  start: number;
  end: number;
  provenance?: RawFinding['provenance'];
}

declare module 'vfile' {
  interface DataMap {
    /** Findings left out because a helder-disable comment switches them off: counted, so nothing disappears unseen. */
    helderSuppressed: number;
    /** Notes for the reader of the report, e.g. that the speller could not load. */
    helderNotes: string[];
  }
}

/** What the message stage needs to know about the check that reports. */
export interface MessageSource {
  checkId: string;
  /** The check's severity after configuration (never 'off': an off check does not run). */
  severity: Severity;
  /** The user set the severity: then a finding's own severity does not count. */
  severitySetByUser: boolean;
  /** Base of the documentation links; the page is `${docsBase}${checkId}.md`. */
  docsBase: string;
  model: TextModel;
}

export function helderDataOf(message: VFileMessage): HelderMessageData | undefined {
  return (message as unknown as {helder?: HelderMessageData}).helder;
}

// One lookup per text, built on the first finding: building it per finding would be quadratic in the directives.
const lookups = new WeakMap<Suppression[], ReturnType<typeof suppressionLookup>>();
function lookupFor(suppressions: Suppression[]): ReturnType<typeof suppressionLookup> {
  let lookup = lookups.get(suppressions);
  if (!lookup) lookups.set(suppressions, (lookup = suppressionLookup(suppressions)));
  return lookup;
}

/**
 * The one stage between a check and the vfile: check(), helderPreset and pluginFor all report through it. It keeps
 * the range inside the text, leaves out what a helder-disable comment switches off, settles the severity and adds
 * the documentation link. orderMessages() then puts the messages in text order.
 */
export function emitFinding(file: VFile, finding: RawFinding, source: MessageSource): void {
  const {model} = source;
  const start = Math.max(0, Math.min(finding.start, model.text.length));
  const end = Math.max(start, Math.min(finding.end, model.text.length));
  const startPosition = model.position(start);
  if (model.suppressions.length > 0 && lookupFor(model.suppressions)(startPosition.line, source.checkId, finding.entryId)) {
    file.data.helderSuppressed = (file.data.helderSuppressed ?? 0) + 1;
    return;
  }
  // A finding's own severity (a strong signal) only counts while the user did not set one for the check.
  const severity = source.severitySetByUser ? source.severity : (finding.severity ?? source.severity);
  // VFileMessage extends Error; a stack trace would cost more than the check itself and says nothing here.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const message = file.message(finding.message, {place: {start: startPosition, end: model.position(end)}, ruleId: source.checkId, source: 'helder'});
  Error.stackTraceLimit = stackTraceLimit;
  message.actual = model.text.slice(start, end);
  message.expected = finding.expected ?? [];
  message.url = `${source.docsBase}${source.checkId}.md`;
  if (finding.explanation) message.note = finding.explanation;
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
  const data: HelderMessageData = {severity, start, end, ...(finding.entryId ? {entryId: finding.entryId} : {}), ...(finding.provenance ? {provenance: finding.provenance} : {})};
  (message as unknown as {helder: HelderMessageData}).helder = data;
}

function compareMessages(a: VFileMessage, b: VFileMessage): number {
  const x = helderDataOf(a)!;
  const y = helderDataOf(b)!;
  // Check ids are ASCII: a code-point comparison. localeCompare would load ICU's collation on the first call (about
  // 15 ms of a cold one-letter run, bench/cold-start.mjs).
  return x.start - y.start || x.end - x.start - (y.end - y.start) || (a.ruleId! < b.ruleId! ? -1 : a.ruleId! > b.ruleId! ? 1 : 0);
}

/**
 * Helder's messages in text order (offset, then length, then check id); the sort is stable. Messages of other
 * plugins keep their places. Cheap when the messages are nearly in order, as they are after each check.
 */
export function orderMessages(file: VFile): void {
  dropSuperseded(file);
  const slots: number[] = [];
  const ours: VFileMessage[] = [];
  for (const [index, message] of file.messages.entries()) {
    if (!helderDataOf(message) || !message.ruleId) continue;
    slots.push(index);
    ours.push(message);
  }
  ours.sort(compareMessages);
  for (const [position, index] of slots.entries()) file.messages[index] = ours[position]!;
}

/**
 * Two checks that speak about the same word say one thing: the more precise one stays. "ingedient" is a d/t error
 * (dt-fout), so the spelling check's "not in the dictionary" goes; a long word with a typo ("belastingdeurwaader")
 * needs the typo fixed first, so the long-word tip goes (round r62). Keyed by the check that gives way.
 */
const supersededBy: Readonly<Record<string, readonly string[]>> = {
  spelling: ['dt-fout'],
  // "ca." with a rule of its own (circa -> ongeveer) needs no second finding from the abbreviation check (round r66).
  afkorting: ['moeilijk-woord'],
  // A word many readers do not know (zeldzaam-woord) says more than that it is long.
  'lang-woord': ['spelling', 'dt-fout', 'zeldzaam-woord'],
};

function dropSuperseded(file: VFile): void {
  // Most texts have no message of a check that gives way: one cheap pass, no map.
  let losers = false;
  for (const message of file.messages) if (message.ruleId !== undefined && message.ruleId in supersededBy) losers = true;
  if (!losers) return;
  const winners = new Map<string, Set<string>>();
  const key = (data: HelderMessageData) => `${data.start}:${data.end}`;
  for (const message of file.messages) {
    const data = helderDataOf(message);
    if (!data || !message.ruleId || !winnerChecks.has(message.ruleId)) continue;
    let checks = winners.get(key(data));
    if (!checks) winners.set(key(data), (checks = new Set()));
    checks.add(message.ruleId);
  }
  if (winners.size === 0) return;
  const gone = (message: VFileMessage) => {
    const data = helderDataOf(message);
    const over = message.ruleId ? supersededBy[message.ruleId] : undefined;
    const here = data && over ? winners.get(key(data)) : undefined;
    return here !== undefined && over!.some((winner) => here.has(winner));
  };
  if (!file.messages.some(gone)) return;
  const kept = file.messages.filter((message) => !gone(message));
  file.messages.length = 0;
  file.messages.push(...kept);
}

const winnerChecks = new Set(Object.values(supersededBy).flat());
