import type {DocumentFinding, HelderDocument, SourceSegment} from '@helder/core';
import type {PartEdits, PointEdit, ReplaceEdit, TextNode} from './word-rewrite.js';
import {commentParagraphs, type Elsewhere} from './texts.js';

export interface PlannedComment {
  id: number;
  paragraphs: string[];
}

/** How one format marks a comment: the markup at its start (rank 1) and at its end (rank 0). */
export interface CommentMarks {
  /** What comes before the number of a text node in a source segment's node id: '#t' (Word w:t), '#x' (ODF text). */
  nodeMarker: string;
  mark(comment: PlannedComment, rank: 0 | 1): string;
}

export interface Plan {
  edits: PartEdits;
  comments: PlannedComment[];
  /** Findings in a header, footer or note (or words that cannot be pointed at): their comment sits at the start of the letter and names the place. */
  elsewhere: number;
  changes: number;
}

interface Anchor {
  start: {node: number; offset: number};
  end: {node: number; offset: number};
  /** The finding's text piece by piece (one per w:t), when all of it is text of editable w:t elements, without gaps. */
  pieces?: Array<{node: number; start: number; end: number}>;
}

const oneWord = /^\p{L}+$/u;

/** Parts outside the main text: Word ignores comment marks there (MS-OI29500), so their findings are commented at the start. */
const otherParts = new Set(['header', 'footer', 'footnote', 'endnote']);

/**
 * A one-word replacement is suggested as a tracked change only when it is clear-cut: a curated rule with one
 * alternative, one word for one word, all of it text of the document (also when split over runs) outside any
 * placeholder or earlier change.
 */
function safeReplacement(finding: DocumentFinding): string | undefined {
  const [alternative] = finding.expected;
  if (finding.entryId === undefined || finding.expected.length !== 1 || !alternative) return undefined;
  return oneWord.test(finding.actual) && oneWord.test(alternative) ? alternative : undefined;
}

const nodeNumber = (segment: SourceSegment, part: string, marker: string): number | undefined => {
  const hash = segment.node.lastIndexOf(marker);
  if (hash === -1 || segment.node.slice(0, hash) !== part) return undefined;
  return Number(segment.node.slice(hash + marker.length));
};

/** Where the finding starts and ends in the w:t elements of the main part, or nothing when it lies elsewhere. */
function anchorOf(document: HelderDocument, finding: DocumentFinding, part: string, marker: string, nodes: Map<number, TextNode>): Anchor | undefined {
  const block = document.blocks[finding.location.block];
  const {start, end} = finding.location;
  const overlapping = (block?.source?.segments ?? []).filter((segment) => segment.end > start && segment.start < end);
  const first = overlapping[0];
  const last = overlapping.at(-1);
  if (!block || !first || !last) return undefined;
  const at = (segment: SourceSegment, offset: number) => {
    const node = nodeNumber(segment, part, marker);
    const text = node === undefined ? undefined : nodes.get(node)?.text;
    // The reader's text and the XML must agree exactly; if not, the comment goes to the start rather than the wrong words.
    if (node === undefined || text?.slice(segment.offset, segment.offset + segment.end - segment.start) !== block.text.slice(segment.start, segment.end)) return undefined;
    return {node, offset: segment.offset + offset};
  };
  const from = at(first, Math.max(0, start - first.start));
  const to = at(last, Math.min(end, last.end) - last.start);
  if (!from || !to) return undefined;
  // Every character of the finding must come from a w:t, in one run after the other (no tab, break or field between).
  const whole = first.start <= start && last.end >= end && overlapping.every((segment, index) => index === 0 || overlapping[index - 1]!.end === segment.start);
  const pieces = overlapping.map((segment) => {
    const low = at(segment, Math.max(start, segment.start) - segment.start);
    const high = at(segment, Math.min(end, segment.end) - segment.start);
    return low && high ? {node: low.node, start: low.offset, end: high.offset} : undefined;
  });
  return {start: from, end: to, ...(whole && pieces.every(Boolean) ? {pieces: pieces as NonNullable<(typeof pieces)[number]>[]} : {})};
}

/** The first piece of text in the main part: comments about other parts are anchored there. */
function firstAnchor(document: HelderDocument, part: string, marker: string, nodes: Map<number, TextNode>): Anchor | undefined {
  for (const block of document.blocks) {
    const segment = block.source?.segments[0];
    const node = segment && nodeNumber(segment, part, marker);
    if (segment && node !== undefined && nodes.has(node)) return {start: {node, offset: segment.offset}, end: {node, offset: segment.offset + segment.end - segment.start}};
  }
  return undefined;
}

export function planComments(
  document: HelderDocument,
  findings: DocumentFinding[],
  part: string,
  nodes: Map<number, TextNode>,
  options: {firstId: number; suggestChanges: boolean; marks: CommentMarks},
): Plan {
  const marker = options.marks.nodeMarker;
  let nextId = options.firstId;
  const points: PointEdit[] = [];
  const replaces: ReplaceEdit[] = [];
  const comments: PlannedComment[] = [];
  const general = firstAnchor(document, part, marker, nodes);
  let elsewhere = 0;
  for (const finding of findings) {
    const own = anchorOf(document, finding, part, marker, nodes);
    const anchor = own ?? general;
    if (!anchor) continue;
    const id = nextId++;
    let changed = false;
    const replacement = own && options.suggestChanges ? safeReplacement(finding) : undefined;
    const block = document.blocks[finding.location.block]!;
    const inPlaceholder = block.placeholders.some((placeholder) => placeholder.start < finding.location.end && placeholder.end > finding.location.start);
    const pieces = own?.pieces;
    if (pieces && replacement && !inPlaceholder && pieces.every((piece) => !nodes.get(piece.node)?.inChange)) {
      const clash = pieces.some((piece) => replaces.some((other) => other.node === piece.node && other.start < piece.end && other.end > piece.start));
      if (!clash) {
        for (const [index, piece] of pieces.entries()) {
          replaces.push({...piece, deleteId: nextId++, ...(index === pieces.length - 1 ? {insert: {text: replacement, id: nextId++}} : {})});
        }
        changed = true;
      }
    }
    if (!own) elsewhere++;
    const where: Elsewhere | undefined = own ? undefined : otherParts.has(finding.location.place.part) ? 'part' : 'unplaced';
    const comment = {id, paragraphs: commentParagraphs(finding, {changed, elsewhere: where})};
    points.push({...anchor.start, rank: 1, xml: options.marks.mark(comment, 1)});
    points.push({...anchor.end, rank: 0, xml: options.marks.mark(comment, 0)});
    comments.push(comment);
  }
  // A comment mark may not fall inside a word that is replaced: it moves to the edge of the change.
  for (const point of points) {
    const inside = replaces.find((replace) => replace.node === point.node && replace.start < point.offset && point.offset < replace.end);
    if (inside) point.offset = point.rank === 1 ? inside.start : inside.end;
  }
  return {edits: {points, replaces}, comments, elsewhere, changes: replaces.filter((replace) => replace.insert).length};
}
