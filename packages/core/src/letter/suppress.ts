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
}

const directivePattern = /helder-(disable-next-line|disable-line|disable|enable)\b([^\n]{0,300})/g;
const openers = ['<!--', '{{!--', '{{!', '{#', '/*', '//'];
const closers = ['-->', '--}}', '}}', '#}', '*/'];

export function scanDirectives(text: string, lineStarts: number[]): DirectiveScan {
  const suppressions: Suppression[] = [];
  const directiveRanges: Range[] = [];
  const open = new Map<string, number>(); // key of ids -> from line
  for (const match of text.matchAll(directivePattern)) {
    const offset = match.index;
    const line = lineOfOffset(lineStarts, offset);
    const lineStart = lineStarts[line - 1]!;
    const lineEnd = line < lineStarts.length ? lineStarts[line]! - 1 : text.length;
    let rest = match[2] ?? '';
    let closeAt = -1;
    for (const closer of closers) {
      const at = rest.indexOf(closer);
      if (at !== -1 && (closeAt === -1 || at < closeAt)) closeAt = at;
    }
    const idText = closeAt === -1 ? rest : rest.slice(0, closeAt);
    const ids = idText
      .split(/[\s,]+/)
      .map((id) => id.trim())
      .filter((id) => /^[a-z0-9][a-z0-9\-/]*$/.test(id));
    const idSet = ids.length > 0 ? new Set(ids) : null;
    const key = ids.sort().join(',');

    const before = text.slice(lineStart, offset);
    let openerAt = -1;
    for (const opener of openers) {
      const at = before.lastIndexOf(opener);
      if (at > openerAt) openerAt = at;
    }
    // A directive counts only inside a comment or alone at the start of a line: a sentence that merely
    // mentions "helder-disable" (as the docs do) switches nothing off.
    if (openerAt === -1 && text.slice(lineStart, offset).trim() !== '') continue;
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
      case 'disable':
        open.set(key, line);
        suppressions.push({fromLine: line, toLine: Number.POSITIVE_INFINITY, ids: idSet});
        break;
      case 'enable': {
        // "helder-enable" without names ends every open passage; with names, the passage with the same names.
        const keys = key === '' ? [...open.keys()] : [key];
        for (const openKey of keys) {
          const from = open.get(openKey);
          if (from === undefined) continue;
          open.delete(openKey);
          const entry = suppressions.findLast((item) => item.fromLine === from && item.toLine === Number.POSITIVE_INFINITY);
          if (entry) entry.toLine = line;
        }
        break;
      }
    }
  }
  return {suppressions, directiveRanges};
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

const lineDirectivePattern = /helder-(disable-next-line|disable-line|disable|enable)\b([^\n]{0,300})/g;

/**
 * The directive on one line of text, read by the same rules as the checker reads the whole text: inside a comment or
 * alone at the start of the line, ids up to the comment's end. Undefined when the line has none. Editors use this to
 * add an id to an existing directive instead of guessing its syntax.
 */
export function parseDirective(lineText: string): Directive | undefined {
  for (const match of lineText.matchAll(lineDirectivePattern)) {
    const before = lineText.slice(0, match.index);
    if (!openers.some((opener) => before.includes(opener)) && before.trim() !== '') continue;
    const rest = match[2] ?? '';
    const closeAt = Math.min(...closers.map((closer) => rest.indexOf(closer)).filter((at) => at !== -1), rest.length);
    const idText = rest.slice(0, closeAt).trimEnd();
    const ids = idText.split(/[\s,]+/).filter((id) => /^[a-z0-9][a-z0-9\-/]*$/.test(id));
    const nameEnd = match.index + match[0].length - rest.length;
    return {kind: match[1] as DirectiveKind, ids, start: match.index, idsEnd: nameEnd + idText.length};
  }
  return undefined;
}

export function isSuppressed(suppressions: Suppression[], line: number, ruleId: string, entryId: string | undefined): boolean {
  for (const item of suppressions) {
    if (line < item.fromLine || line > item.toLine) continue;
    if (item.ids === null || item.ids.has(ruleId) || (entryId !== undefined && (item.ids.has(entryId) || item.ids.has(`${ruleId}/${entryId}`))))
      return true;
  }
  return false;
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  let at = text.indexOf('\n');
  while (at !== -1) {
    starts.push(at + 1);
    at = text.indexOf('\n', at + 1);
  }
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
