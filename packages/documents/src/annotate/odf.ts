import type {DocumentFinding, HelderDocument} from '@helder/core';
import {openZip} from '../zip.js';
import {DocumentError, reasons} from '../errors.js';
import {attributesOf, decodeText, escapeAttribute, escapeText, tokenize, type XmlToken} from './xml-scan.js';
import {planComments, type CommentMarks, type PlannedComment} from './plan.js';
import type {ChangeAuthor, PartEdits, PointEdit, ReplaceEdit, TextNode} from './word-rewrite.js';
import {authorOf, utf8, type AnnotateOptions, type AnnotatedCopy} from './copy.js';
import {writeZip} from './zip-write.js';

const contentPart = 'content.xml';
const dcNamespace = 'http://purl.org/dc/elements/1.1/';

/** Elements whose own text can take an annotation or a change: the text of a paragraph, a heading, a span or a link. */
const textParents = new Set(['text:p', 'text:h', 'text:span', 'text:a']);

/**
 * Subtrees whose text is no place for a mark: notes (LibreOffice refuses comments there), fields and content
 * controls (their shown text is a placeholder), earlier comments and the store of tracked changes.
 */
const closedElements = new Set(['text:note', 'office:annotation', 'text:tracked-changes', 'loext:content-control', 'text:database-display', 'text:user-field-get', 'text:variable-get', 'text:placeholder', 'text:drop-down', 'text:conditional-text', 'text:hidden-text']);

interface OdfText {
  token: number;
  /** The text:style-name of the span the text sits in, to give a deleted word its look in the store of changes. */
  style?: string;
}

/**
 * The text of content.xml by node number, as the ODT reader numbers it (`content.xml#x12`: the text after the
 * 12th tag, start and end tags counted one each). Only text that may take a mark is kept.
 */
function scanOdfText(xml: string, tokens: XmlToken[]): {nodes: Map<number, TextNode>; texts: Map<number, OdfText>} {
  const nodes = new Map<number, TextNode>();
  const texts = new Map<number, OdfText>();
  const seen = new Set<number>();
  const stack: Array<{name: string; style?: string}> = [];
  const openChanges = new Set<string>();
  let closed = 0;
  let markup = 0;
  for (const [index, token] of tokens.entries()) {
    if (token.kind === 'open' || token.kind === 'empty') {
      markup += token.kind === 'empty' ? 2 : 1;
      const attributes = token.name === 'text:span' || token.name.startsWith('text:change-') ? attributesOf(xml.slice(token.start, token.end)) : {};
      if (token.name === 'text:change-start') openChanges.add(attributes['text:change-id'] ?? '');
      else if (token.name === 'text:change-end') openChanges.delete(attributes['text:change-id'] ?? '');
      if (token.kind === 'open') {
        stack.push({name: token.name, style: attributes['text:style-name'] ?? stack.at(-1)?.style});
        if (closedElements.has(token.name)) closed++;
      }
    } else if (token.kind === 'close') {
      markup++;
      const top = stack.pop();
      if (top && closedElements.has(top.name)) closed--;
    } else if (token.kind === 'text') {
      // Two stretches with one number (a comment between them) cannot be told apart: neither takes a mark.
      if (seen.has(markup)) {
        nodes.delete(markup);
        texts.delete(markup);
        continue;
      }
      seen.add(markup);
      const parent = stack.at(-1);
      if (closed > 0 || !parent || !textParents.has(parent.name)) continue;
      nodes.set(markup, {text: decodeText(xml.slice(token.start, token.end)), inChange: openChanges.size > 0});
      texts.set(markup, {token: index, ...(parent.style ? {style: parent.style} : {})});
    }
  }
  return {nodes, texts};
}

/** ODF dates in the store of changes and in annotations: no time zone, as LibreOffice writes them. */
const odfDate = (author: ChangeAuthor) => author.date.replace(/Z$/, '');

const creatorAndDate = (author: ChangeAuthor) => `<dc:creator>${escapeText(author.author)}</dc:creator><dc:date>${odfDate(author)}</dc:date>`;

function odfMarks(author: ChangeAuthor, prefix: string): CommentMarks {
  const name = (comment: PlannedComment) => `${prefix}${comment.id}`;
  return {
    nodeMarker: '#x',
    mark: (comment, rank) =>
      rank === 1
        ? `<office:annotation office:name="${name(comment)}">${creatorAndDate(author)}${comment.paragraphs.map((text) => `<text:p>${escapeText(text)}</text:p>`).join('')}</office:annotation>`
        : `<office:annotation-end office:name="${name(comment)}"/>`,
  };
}

/** The body with the marks and changes in it, and the changed regions the changes refer to. */
function rewriteContent(xml: string, tokens: XmlToken[], texts: Map<number, OdfText>, edits: PartEdits, author: ChangeAuthor, prefix: string): {xml: string; regions: string[]} {
  const byToken = new Map<number, Array<PointEdit | ReplaceEdit>>();
  for (const edit of [...edits.points, ...edits.replaces]) {
    const token = texts.get(edit.node)!.token;
    byToken.set(token, [...(byToken.get(token) ?? []), edit]);
  }
  const info = `<office:change-info>${creatorAndDate(author)}</office:change-info>`;
  const regions: string[] = [];
  const out: string[] = [];
  let copied = 0;
  const style = new Map([...texts.values()].map((text) => [text.token, text.style]));
  for (const [index, token] of tokens.entries()) {
    const nodeEdits = byToken.get(index);
    if (!nodeEdits) continue;
    out.push(xml.slice(copied, token.start));
    copied = token.end;
    const text = decodeText(xml.slice(token.start, token.end));
    const key = (edit: PointEdit | ReplaceEdit) => ('offset' in edit ? [edit.offset, edit.rank] : [edit.start, 2]);
    const sorted = nodeEdits.sort((a, b) => key(a)[0]! - key(b)[0]! || key(a)[1]! - key(b)[1]!);
    let position = 0;
    for (const edit of sorted) {
      if ('offset' in edit) {
        out.push(escapeText(text.slice(position, edit.offset)), edit.xml);
        position = Math.max(position, edit.offset);
        continue;
      }
      const deleted = escapeText(text.slice(edit.start, edit.end));
      const span = style.get(index);
      const deletion = `${prefix}ct${edit.deleteId}`;
      regions.push(`<text:changed-region xml:id="${deletion}" text:id="${deletion}"><text:deletion>${info}<text:p>${span ? `<text:span text:style-name="${escapeAttribute(span)}">${deleted}</text:span>` : deleted}</text:p></text:deletion></text:changed-region>`);
      out.push(escapeText(text.slice(position, edit.start)), `<text:change text:change-id="${deletion}"/>`);
      if (edit.insert) {
        const insertion = `${prefix}ct${edit.insert.id}`;
        regions.push(`<text:changed-region xml:id="${insertion}" text:id="${insertion}"><text:insertion>${info}</text:insertion></text:changed-region>`);
        out.push(`<text:change-start text:change-id="${insertion}"/>${escapeText(edit.insert.text)}<text:change-end text:change-id="${insertion}"/>`);
      }
      position = edit.end;
    }
    out.push(escapeText(text.slice(position)));
  }
  out.push(xml.slice(copied));
  return {xml: out.join(''), regions};
}

/**
 * The changed regions in the body's store of changes: added to the one the file has, or a new store as the first
 * child of office:text (after office:forms, which comes first in ODF).
 */
function withRegions(xml: string, regions: string[]): string {
  if (regions.length === 0) return xml;
  const added = regions.join('');
  const tokens = tokenize(xml);
  const store = tokens.findIndex((token) => token.name === 'text:tracked-changes' && token.kind !== 'close');
  if (store !== -1) {
    const token = tokens[store]!;
    if (token.kind === 'empty') return `${xml.slice(0, token.start)}${xml.slice(token.start, token.end - 2)}>${added}</text:tracked-changes>${xml.slice(token.end)}`;
    const close = tokens.findIndex((other, index) => index > store && other.kind === 'close' && other.name === 'text:tracked-changes');
    return xml.slice(0, tokens[close]!.start) + added + xml.slice(tokens[close]!.start);
  }
  const body = tokens.findIndex((token) => token.name === 'office:text' && token.kind === 'open');
  let at = tokens[body]!.end;
  const next = tokens.slice(body + 1).find((token) => token.kind !== 'text' || xml.slice(token.start, token.end).trim() !== '');
  if (next?.name === 'office:forms') {
    at = next.kind === 'empty' ? next.end : tokens.find((token) => token.start > next.start && token.kind === 'close' && token.name === 'office:forms')!.end;
  }
  return `${xml.slice(0, at)}<text:tracked-changes text:track-changes="false">${added}</text:tracked-changes>${xml.slice(at)}`;
}

/** The root element declares the dc namespace (LibreOffice always does; a hand-made file may not). */
function withDcNamespace(xml: string): string {
  const root = tokenize(xml).find((token) => token.kind === 'open');
  if (!root || attributesOf(xml.slice(root.start, root.end))['xmlns:dc'] !== undefined) return xml;
  const close = xml.charCodeAt(root.end - 2) === 47 ? root.end - 2 : root.end - 1;
  return `${xml.slice(0, close)} xmlns:dc="${dcNamespace}"${xml.slice(close)}`;
}

/** A prefix for names and ids that the file does not use yet. */
function freshPrefix(xml: string): string {
  let prefix = 'helder-';
  for (let number = 2; xml.includes(`"${prefix}`); number++) prefix = `helder${number}-`;
  return prefix;
}

/**
 * A copy of an OpenDocument text (.odt, .ott) with an annotation (office:annotation) at each finding and, when asked,
 * the safe replacements as tracked changes. As with Word, findings in headers, footers and notes get their
 * annotation at the start of the letter, saying where they are. Only content.xml changes; `mimetype` stays first
 * and stored.
 */
export async function annotateOpenDocument(bytes: Uint8Array, fileName: string, document: HelderDocument, findings: DocumentFinding[], options: AnnotateOptions = {}): Promise<AnnotatedCopy> {
  const zip = await openZip(bytes, fileName);
  try {
    if (!zip.has(contentPart)) throw new DocumentError(fileName, 'no-document', reasons.noDocument());
    const author = authorOf(options);
    const xml = utf8(zip.readBytes(contentPart));
    const tokens = tokenize(xml);
    const {nodes, texts} = scanOdfText(xml, tokens);
    const prefix = freshPrefix(xml);
    const plan = planComments(document, findings, contentPart, nodes, {firstId: 1, suggestChanges: options.suggestChanges ?? false, marks: odfMarks(author, prefix)});
    const changed = new Map<string, Buffer>();
    if (plan.comments.length > 0) {
      const rewritten = rewriteContent(xml, tokens, texts, plan.edits, author, prefix);
      changed.set(contentPart, Buffer.from(withDcNamespace(withRegions(rewritten.xml, rewritten.regions)), 'utf8'));
    }
    return {bytes: await writeZip(zip, changed, new Set(['mimetype'])), comments: plan.comments.length, changes: plan.changes, elsewhere: plan.elsewhere};
  } finally {
    zip.close();
  }
}
