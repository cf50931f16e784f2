import type {DocumentFinding, HelderDocument, SourceSegment} from '@helder/core';
import type {PartEdits, PointEdit, ReplaceEdit, TextNode} from './word-rewrite.js';
import {commentParagraphs} from './texts.js';

export interface PlannedComment {
  id: number;
  paragraphs: string[];
}

export interface Plan {
  edits: PartEdits;
  comments: PlannedComment[];
  /** Findings in a header, footer or note: their comment sits at the start of the letter and names the place. */
  elsewhere: number;
  changes: number;
}

interface Anchor {
  start: {node: number; offset: number};
  end: {node: number; offset: number};
}

const oneWord = /^\p{L}+$/u;

/**
 * A one-word replacement is suggested as a tracked change only when it is clear-cut: a curated rule with one
 * alternative, one word for one word, all in one piece of text outside any placeholder or earlier change.
 */
function safeReplacement(finding: DocumentFinding): string | undefined {
  const [alternative] = finding.expected;
  if (finding.entryId === undefined || finding.expected.length !== 1 || !alternative) return undefined;
  return oneWord.test(finding.actual) && oneWord.test(alternative) ? alternative : undefined;
}

const nodeNumber = (segment: SourceSegment, part: string): number | undefined => {
  const hash = segment.node.lastIndexOf('#t');
  if (hash === -1 || segment.node.slice(0, hash) !== part) return undefined;
  return Number(segment.node.slice(hash + 2));
};

/** Where the finding starts and ends in the w:t elements of the main part, or nothing when it lies elsewhere. */
function anchorOf(document: HelderDocument, finding: DocumentFinding, part: string, nodes: Map<number, TextNode>): Anchor | undefined {
  const block = document.blocks[finding.location.block];
  const {start, end} = finding.location;
  const overlapping = (block?.source?.segments ?? []).filter((segment) => segment.end > start && segment.start < end);
  const first = overlapping[0];
  const last = overlapping.at(-1);
  if (!block || !first || !last) return undefined;
  const at = (segment: SourceSegment, offset: number) => {
    const node = nodeNumber(segment, part);
    const text = node === undefined ? undefined : nodes.get(node)?.text;
    // The reader's text and the XML must agree exactly; if not, the comment goes to the start rather than the wrong words.
    if (node === undefined || text?.slice(segment.offset, segment.offset + segment.end - segment.start) !== block.text.slice(segment.start, segment.end)) return undefined;
    return {node, offset: segment.offset + offset};
  };
  const from = at(first, Math.max(0, start - first.start));
  const to = at(last, Math.min(end, last.end) - last.start);
  return from && to ? {start: from, end: to} : undefined;
}

/** The first piece of text in the main part: comments about other parts are anchored there. */
function firstAnchor(document: HelderDocument, part: string, nodes: Map<number, TextNode>): Anchor | undefined {
  for (const block of document.blocks) {
    const segment = block.source?.segments[0];
    const node = segment && nodeNumber(segment, part);
    if (segment && node !== undefined && nodes.has(node)) return {start: {node, offset: segment.offset}, end: {node, offset: segment.offset + segment.end - segment.start}};
  }
  return undefined;
}

export function planComments(
  document: HelderDocument,
  findings: DocumentFinding[],
  part: string,
  nodes: Map<number, TextNode>,
  options: {firstId: number; suggestChanges: boolean},
): Plan {
  let nextId = options.firstId;
  const points: PointEdit[] = [];
  const replaces: ReplaceEdit[] = [];
  const comments: PlannedComment[] = [];
  const general = firstAnchor(document, part, nodes);
  let elsewhere = 0;
  for (const finding of findings) {
    const own = anchorOf(document, finding, part, nodes);
    const anchor = own ?? general;
    if (!anchor) continue;
    const id = nextId++;
    let changed = false;
    const replacement = own && options.suggestChanges ? safeReplacement(finding) : undefined;
    const block = document.blocks[finding.location.block]!;
    const inPlaceholder = block.placeholders.some((placeholder) => placeholder.start < finding.location.end && placeholder.end > finding.location.start);
    if (own && replacement && own.start.node === own.end.node && !nodes.get(own.start.node)?.inChange && !inPlaceholder) {
      const {node} = own.start;
      const clash = replaces.some((other) => other.node === node && other.start < own.end.offset && other.end > own.start.offset);
      if (!clash) {
        replaces.push({node, start: own.start.offset, end: own.end.offset, replacement, deleteId: nextId++, insertId: nextId++});
        changed = true;
      }
    }
    if (!own) elsewhere++;
    points.push({...anchor.start, rank: 1, xml: `<w:commentRangeStart w:id="${id}"/>`});
    points.push({...anchor.end, rank: 0, xml: `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`});
    comments.push({id, paragraphs: commentParagraphs(finding, {changed, elsewhere: !own})});
  }
  // A comment mark may not fall inside a word that is replaced: it moves to the edge of the change.
  for (const point of points) {
    const inside = replaces.find((replace) => replace.node === point.node && replace.start < point.offset && point.offset < replace.end);
    if (inside) point.offset = point.rank === 1 ? inside.start : inside.end;
  }
  return {edits: {points, replaces}, comments, elsewhere, changes: replaces.length};
}
