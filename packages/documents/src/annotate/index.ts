import type {DocumentFinding, HelderDocument} from '@helder/core';
import {openZip} from '../zip.js';
import {writeZip} from './zip-write.js';
import {authorOf, utf8, type AnnotateOptions, type AnnotatedCopy} from './copy.js';
import {mainDocumentPath} from '../docx.js';
import {maxWordId, tokenize} from './xml-scan.js';
import {rewritePart, scanTextNodes} from './word-rewrite.js';
import {planComments, type CommentMarks} from './plan.js';
import {commentsRelationship, commentsXml, withComments, withCommentsContentType} from './package-parts.js';

export type {AnnotateOptions, AnnotatedCopy} from './copy.js';
export {annotateReasons} from './texts.js';
export {annotateOpenDocument} from './odf.js';

/** Word: a range start and end in the main part, and the reference run that shows the comment. */
const wordMarks: CommentMarks = {
  nodeMarker: '#t',
  mark: ({id}, rank) => (rank === 1 ? `<w:commentRangeStart w:id="${id}"/>` : `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`),
};

/**
 * A copy of a Word file with a comment at each finding and, when asked, the safe replacements as tracked changes.
 * `document` and `findings` come from `readDocument` and `checkDocument` on the same bytes: their source segments
 * lead back to the w:t elements. Parts that do not change are copied with the same bytes; the input is not touched.
 */
export async function annotateWord(bytes: Uint8Array, fileName: string, document: HelderDocument, findings: DocumentFinding[], options: AnnotateOptions = {}): Promise<AnnotatedCopy> {
  const zip = await openZip(bytes, fileName);
  try {
    const author = authorOf(options);
    const mainPart = await mainDocumentPath(zip, fileName);
    const relsPath = `${mainPart.slice(0, mainPart.lastIndexOf('/') + 1)}_rels/${mainPart.slice(mainPart.lastIndexOf('/') + 1)}.rels`;
    const mainXml = utf8(zip.readBytes(mainPart));
    const tokens = tokenize(mainXml);
    const nodes = scanTextNodes(mainXml, tokens);
    const relationship = commentsRelationship(zip.has(relsPath) ? utf8(zip.readBytes(relsPath)) : undefined, mainPart);
    const existingComments = zip.has(relationship.partPath) ? utf8(zip.readBytes(relationship.partPath)) : undefined;
    const firstId = Math.max(maxWordId(mainXml), existingComments === undefined ? -1 : maxWordId(existingComments)) + 1;
    const plan = planComments(document, findings, mainPart, nodes, {firstId, suggestChanges: options.suggestChanges ?? false, marks: wordMarks});
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
