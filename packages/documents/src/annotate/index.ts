import yazl from 'yazl';
import type {DocumentFinding, HelderDocument} from '@helder/core';
import {openZip, type ZipArchive} from '../zip.js';
import {mainDocumentPath} from '../docx.js';
import {maxWordId, tokenize} from './xml-scan.js';
import {rewritePart, scanTextNodes, type ChangeAuthor} from './word-rewrite.js';
import {planComments} from './plan.js';
import {commentsRelationship, commentsXml, withComments, withCommentsContentType} from './package-parts.js';

export {annotateReasons} from './texts.js';

export interface AnnotateOptions {
  /** Safe one-word replacements as tracked changes the owner accepts or rejects. */
  suggestChanges?: boolean;
  /** Who the comments and changes are from; "Helder". */
  author?: string;
  /** When; now. */
  date?: Date;
}

export interface AnnotatedCopy {
  bytes: Buffer;
  comments: number;
  changes: number;
  /** Comments about a header, footer or note: those sit at the start of the letter and name the place. */
  elsewhere: number;
}

const utf8 = (bytes: Buffer) => new TextDecoder('utf-8').decode(bytes);

/**
 * A copy of a Word file with a comment at each finding and, when asked, the safe replacements as tracked changes.
 * `document` and `findings` come from `readDocument` and `checkDocument` on the same bytes: their source segments
 * lead back to the w:t elements. Parts that do not change are copied with the same bytes; the input is not touched.
 */
export async function annotateWord(bytes: Uint8Array, fileName: string, document: HelderDocument, findings: DocumentFinding[], options: AnnotateOptions = {}): Promise<AnnotatedCopy> {
  const zip = await openZip(bytes, fileName);
  try {
    const author: ChangeAuthor = {author: options.author ?? 'Helder', date: (options.date ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z')};
    const mainPart = await mainDocumentPath(zip, fileName);
    const relsPath = `${mainPart.slice(0, mainPart.lastIndexOf('/') + 1)}_rels/${mainPart.slice(mainPart.lastIndexOf('/') + 1)}.rels`;
    const mainXml = utf8(zip.readBytes(mainPart));
    const tokens = tokenize(mainXml);
    const nodes = scanTextNodes(mainXml, tokens);
    const relationship = commentsRelationship(zip.has(relsPath) ? utf8(zip.readBytes(relsPath)) : undefined, mainPart);
    const existingComments = zip.has(relationship.partPath) ? utf8(zip.readBytes(relationship.partPath)) : undefined;
    const firstId = Math.max(maxWordId(mainXml), existingComments === undefined ? -1 : maxWordId(existingComments)) + 1;
    const plan = planComments(document, findings, mainPart, nodes, {firstId, suggestChanges: options.suggestChanges ?? false});
    const changed = new Map<string, Buffer>();
    if (plan.comments.length > 0) {
      changed.set(mainPart, Buffer.from(rewritePart(mainXml, tokens, plan.edits, author), 'utf8'));
      changed.set(relationship.partPath, Buffer.from(withComments(existingComments, commentsXml(plan.comments, author)), 'utf8'));
      if (relationship.added) changed.set(relsPath, Buffer.from(relationship.rels, 'utf8'));
      const typesPath = '[Content_Types].xml';
      if (zip.has(typesPath)) changed.set(typesPath, Buffer.from(withCommentsContentType(utf8(zip.readBytes(typesPath)), relationship.partPath), 'utf8'));
    }
    return {bytes: await writeZip(zip, changed), comments: plan.comments.length, changes: plan.changes, elsewhere: plan.elsewhere};
  } finally {
    zip.close();
  }
}

/** The archive again, in the same order, with the changed parts; new parts go at the end. */
function writeZip(zip: ZipArchive, changed: Map<string, Buffer>): Promise<Buffer> {
  const out = new yazl.ZipFile();
  const mtime = new Date();
  for (const name of zip.names) {
    if (name.endsWith('/')) out.addEmptyDirectory(name, {mtime});
    else out.addBuffer(changed.get(name) ?? zip.readBytes(name), name, {mtime});
  }
  for (const [name, data] of changed) if (!zip.has(name)) out.addBuffer(data, name, {mtime});
  out.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    out.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    out.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    out.outputStream.on('error', reject);
  });
}
