import {check, type CheckResult} from '../check.js';
import type {HelderOptions} from '../pipeline.js';
import type {PlaceholderRange} from '../letter/placeholders.js';
import type {Finding} from '../types.js';
import {lineOfOffset} from '../letter/suppress.js';
import {placeLabel, type BlockPlace, type HelderDocument} from './model.js';

/** Where a finding sits in a document: the block, offsets inside the block's text, and the place in words. */
export interface DocumentLocation {
  block: number;
  start: number;
  end: number;
  place: BlockPlace;
  label: string;
}

/**
 * A finding of a document. `offset`, `line` and `column` refer to `DocumentCheckResult.text` (the blocks joined);
 * `location` gives the block and the offsets inside it, so `blocks[block].text.slice(start, end) === actual`.
 */
export interface DocumentFinding extends Finding {
  location: DocumentLocation;
  /** The finding with a few words around it, e.g. "…u kunt middels dit formulier bezwaar…". */
  quote: string;
}

export interface DocumentCheckResult extends Omit<CheckResult, 'findings'> {
  findings: DocumentFinding[];
  /** The text that was checked: the blocks joined by a blank line. */
  text: string;
  /** Offset of each block's text in `text`. */
  blockStarts: number[];
}

/** A blank line: the parser starts a new paragraph there, so a sentence never runs from one block into the next. */
const blockSeparator = '\n\n';

export interface JoinedDocument {
  text: string;
  blockStarts: number[];
  placeholders: PlaceholderRange[];
}

export function joinBlocks(document: HelderDocument): JoinedDocument {
  const blockStarts: number[] = [];
  const placeholders: PlaceholderRange[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const [index, block] of document.blocks.entries()) {
    if (index > 0) {
      parts.push(blockSeparator);
      offset += blockSeparator.length;
    }
    blockStarts.push(offset);
    // A line break inside a block ("\r\n" from a reader) must not shift offsets: blocks keep their own text as is.
    parts.push(block.text);
    for (const placeholder of block.placeholders) placeholders.push({start: offset + placeholder.start, end: offset + placeholder.end, logic: placeholder.logic === true});
    offset += block.text.length;
  }
  return {text: parts.join(''), blockStarts, placeholders};
}

/**
 * Check a document as one letter: one readability score and one set of counts over all blocks, while sentences
 * never cross blocks. Placeholders the reader marked are never checked as words.
 */
export async function checkDocument(document: HelderDocument, options: HelderOptions = {}): Promise<DocumentCheckResult> {
  const joined = joinBlocks(document);
  const result = await check(joined.text, {
    ...options,
    format: document.textFormat,
    placeholders: [...(options.placeholders ?? []), ...joined.placeholders],
  });
  const findings = result.findings.map((finding) => locate(finding, document, joined.blockStarts));
  return {...result, findings, text: joined.text, blockStarts: joined.blockStarts};
}

/** The block that holds an offset of the joined text: the last block that starts at or before it. */
export function blockAt(blockStarts: number[], offset: number): number {
  return lineOfOffset(blockStarts, offset) - 1; // the same search as for the line that holds an offset
}

function locate(finding: Finding, document: HelderDocument, blockStarts: number[]): DocumentFinding {
  const index = blockAt(blockStarts, finding.offset);
  const block = document.blocks[index]!;
  const blockStart = blockStarts[index]!;
  const start = Math.min(finding.offset - blockStart, block.text.length);
  // No check reports over a blank line; should one ever do, the finding is cut at the end of its block.
  const end = Math.min(start + finding.length, block.text.length);
  const actual = block.text.slice(start, end);
  const located: DocumentFinding = {
    ...finding,
    location: {block: index, start, end, place: block.place, label: placeLabel(block.place, block.place.part === 'text' ? lineInBlock(block.text, start) : undefined)},
    quote: quoteAround(block.text, start, end),
  };
  if (actual !== finding.actual) {
    located.actual = actual;
    located.length = actual.length;
  }
  return located;
}

function lineInBlock(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

const quoteWords = 5;

/** The finding with at most five words on each side, inside its block, white space made single. */
export function quoteAround(text: string, start: number, end: number): string {
  const beforeText = text.slice(Math.max(0, start - 80), start);
  const afterText = text.slice(end, end + 80);
  const beforeWords = beforeText.split(/(?=\s)/);
  const afterWords = afterText.split(/(?<=\S)(?=\s)/);
  let before = beforeWords.slice(-quoteWords - 1).join('');
  let after = afterWords.slice(0, quoteWords).join('');
  const cutBefore = before.length < start;
  const cutAfter = end + after.length < text.length;
  before = before.replace(/\s+/g, ' ');
  after = after.replace(/\s+/g, ' ');
  if (cutBefore) before = `…${before.trimStart()}`;
  else before = before.trimStart();
  if (cutAfter) after = `${after.trimEnd()}…`;
  else after = after.trimEnd();
  return `${before}${text.slice(start, end).replace(/\s+/g, ' ')}${after}`;
}
