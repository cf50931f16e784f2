import type {Range} from './ranges.js';

/**
 * Inline suppression that writers put in templates:
 *   helder-disable-next-line [ids]   the next line
 *   helder-disable-line [ids]        this line
 *   helder-disable [ids] ... helder-enable [ids]   a passage
 * ids are check ids (moeilijk-woord) or curated rule ids (middels), separated by spaces or commas; none means all.
 * The directive may sit in any comment syntax (<!-- -->, {{! }}, {# #}, /* *\/, //) or alone on a line.
 */
export interface Suppression {
  fromLine: number; // 1-based, inclusive
  toLine: number; // inclusive; Infinity for an open passage
  ids: Set<string> | null; // null: every check
}

export interface DirectiveScan {
  suppressions: Suppression[];
  /** The directive comments themselves: masked so they are not checked as prose. */
  directiveRanges: Range[];
  /** Each id named in a directive, once, with the line of its first use: an unknown id is reported (directive-ids.ts). */
  namedIds: Map<string, number>;
}

const directivePattern = /helder-(disable-next-line|disable-line|disable|enable)\b([^\n]{0,300})/g;
const openers = ['<!--', '{{!--', '{{!', '{#', '/*', '//'];
const closers = ['-->', '--}}', '}}', '#}', '*/'];

/**
 * The ids after a directive's name, up to the end of its comment (the first closer) or the line. `closeAt` is where
 * that closer starts in `rest`, or -1; `idText` is the text of the ids without trailing space.
 */
function readIds(rest: string): {closeAt: number; idText: string; ids: string[]} {
  let closeAt = -1;
  for (const closer of closers) {
    const at = rest.indexOf(closer);
    if (at !== -1 && (closeAt === -1 || at < closeAt)) closeAt = at;
  }
  const idText = (closeAt === -1 ? rest : rest.slice(0, closeAt)).trimEnd();
  const ids = idText.split(/[\s,]+/).filter((id) => /^[a-z0-9][a-z0-9\-/]*$/.test(id));
  return {closeAt, idText, ids};
}

export function scanDirectives(text: string, lineStarts: number[]): DirectiveScan {
  const suppressions: Suppression[] = [];
  const directiveRanges: Range[] = [];
  const open = new Map<string, Suppression>(); // key of ids -> the open passage
  const namedIds = new Map<string, number>();
  const lastOpener = openerTracker(text);
  for (const match of text.matchAll(directivePattern)) {
    const offset = match.index;
    const line = lineOfOffset(lineStarts, offset);
    const lineStart = lineStarts[line - 1]!;
    const lineEnd = line < lineStarts.length ? lineStarts[line]! - 1 : text.length;
    const rest = match[2] ?? '';
    const {closeAt, ids} = readIds(rest);
    const idSet = ids.length > 0 ? new Set(ids) : null;
    const key = ids.sort().join(',');

    const openerAt = lastOpener(lineStart, offset);
    // A directive counts only inside a comment or alone at the start of a line: a sentence that merely
    // mentions "helder-disable" (as the docs do) switches nothing off.
    if (openerAt === -1 && !onlySpaceBetween(text, lineStart, offset)) continue;
    for (const id of ids) if (!namedIds.has(id)) namedIds.set(id, line);
    if (openerAt === -1) {
      directiveRanges.push({start: lineStart, end: lineEnd});
    } else {
      const closerEnd = closeAt === -1 ? lineEnd : offset + match[0].length - rest.length + closeAt;
      let end = closerEnd;
      for (const closer of closers) if (text.startsWith(closer, end)) end += closer.length;
      directiveRanges.push({start: lineStart + openerAt, end: Math.min(end, lineEnd)});
    }

    switch (match[1]) {
      case 'disable-next-line':
        suppressions.push({fromLine: line + 1, toLine: line + 1, ids: idSet});
        break;
      case 'disable-line':
        suppressions.push({fromLine: line, toLine: line, ids: idSet});
        break;
      case 'disable': {
        const passage = {fromLine: line, toLine: Number.POSITIVE_INFINITY, ids: idSet};
        open.set(key, passage);
        suppressions.push(passage);
        break;
      }
      case 'enable': {
        // "helder-enable" without names ends every open passage; with names, the passage with the same names.
        const keys = key === '' ? [...open.keys()] : [key];
        for (const openKey of keys) {
          const passage = open.get(openKey);
          if (passage === undefined) continue;
          open.delete(openKey);
          passage.toLine = line;
        }
        break;
      }
    }
  }
  return {suppressions, directiveRanges, namedIds};
}

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

/** One helder-disable / helder-enable directive, as it stands on a line. */
export interface Directive {
  kind: DirectiveKind;
  /** Check ids or curated rule ids; empty means every check. */
  ids: string[];
  /** Where "helder-" starts in the line. */
  start: number;
  /** Just after the last id (after the directive's name when there are none): where another id can be added. */
  idsEnd: number;
}

/**
 * The directive on one line of text, read by the same rules as the checker reads the whole text: inside a comment or
 * alone at the start of the line, ids up to the comment's end. Undefined when the line has none. Editors use this to
 * add an id to an existing directive instead of guessing its syntax.
 */
export function parseDirective(lineText: string): Directive | undefined {
  for (const match of lineText.matchAll(directivePattern)) {
    const before = lineText.slice(0, match.index);
    if (!openers.some((opener) => before.includes(opener)) && before.trim() !== '') continue;
    const rest = match[2] ?? '';
    const {idText, ids} = readIds(rest);
    const nameEnd = match.index + match[0].length - rest.length;
    return {kind: match[1] as DirectiveKind, ids, start: match.index, idsEnd: nameEnd + idText.length};
  }
  return undefined;
}

/**
 * The offset in its line of the last comment opener that ends before `offset`, or -1. Offsets only grow from call
 * to call, and every opener's next place is remembered, so 80,000 directives on one line are not rescanned each.
 */
function openerTracker(text: string): (lineStart: number, offset: number) => number {
  const last = openers.map(() => -1);
  const next = openers.map((opener) => text.indexOf(opener));
  return (lineStart, offset) => {
    let best = -1;
    openers.forEach((opener, index) => {
      while (next[index]! !== -1 && next[index]! + opener.length <= offset) {
        last[index] = next[index]!;
        next[index] = text.indexOf(opener, next[index]! + 1);
      }
      if (last[index]! >= lineStart && last[index]! - lineStart > best) best = last[index]! - lineStart;
    });
    return best;
  };
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  const visible = /\S/g;
  visible.lastIndex = from;
  const found = visible.exec(text);
  return found === null || found.index >= to;
}

/**
 * Whether a finding on `line` is switched off. The lines of all suppressions are merged per id into sorted,
 * separate ranges first, so each finding costs four binary searches, not a pass over every directive: 20,000
 * directives with 20,000 findings took 39 s that way.
 */
export function suppressionLookup(suppressions: Suppression[]): (line: number, ruleId: string, entryId: string | undefined) => boolean {
  if (suppressions.length === 0) return () => false;
  const byId = new Map<string, Array<[number, number]>>();
  for (const item of suppressions) {
    for (const id of item.ids ?? ['']) {
      let ranges = byId.get(id);
      if (!ranges) byId.set(id, (ranges = []));
      ranges.push([item.fromLine, item.toLine]);
    }
  }
  const merged = new Map<string, Array<[number, number]>>();
  for (const [id, ranges] of byId) merged.set(id, mergeRanges(ranges));
  const covers = (id: string, line: number) => {
    const ranges = merged.get(id);
    if (!ranges) return false;
    let low = 0;
    let high = ranges.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (ranges[middle]![0] <= line) low = middle;
      else high = middle - 1;
    }
    const range = ranges[low]!;
    return range[0] <= line && line <= range[1];
  };
  return (line, ruleId, entryId) =>
    covers('', line) || covers(ruleId, line) || (entryId !== undefined && (covers(entryId, line) || covers(`${ruleId}/${entryId}`, line)));
}

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [from, to] of ranges) {
    const last = merged.at(-1);
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}


/** Where each line starts. LF, CRLF and a lone CR (old Mac files, some exports) each end a line. */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  const lineEnd = /\r\n?|\n/g;
  let found: RegExpExecArray | null;
  while ((found = lineEnd.exec(text))) starts.push(found.index + found[0].length);
  return starts;
}

/** 1-based line of an offset. */
export function lineOfOffset(lineStarts: number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}
