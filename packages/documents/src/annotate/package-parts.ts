import {attributesOf, escapeAttribute, escapeText, tokenize} from './xml-scan.js';
import type {PlannedComment} from './plan.js';
import type {ChangeAuthor} from './word-rewrite.js';
import {resolvePath} from '../docx.js';

const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const commentsType = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const commentsContentType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';

export function commentsXml(comments: PlannedComment[], author: ChangeAuthor): string {
  const initials = author.author.slice(0, 1);
  return comments
    .map((comment) => {
      const paragraphs = comment.paragraphs.map((text, index) => `<w:p>${index === 0 ? '<w:r><w:annotationRef/></w:r>' : ''}<w:r><w:t xml:space="preserve">${escapeText(text)}</w:t></w:r></w:p>`);
      return `<w:comment w:id="${comment.id}" w:author="${escapeAttribute(author.author)}" w:date="${author.date}" w:initials="${escapeAttribute(initials)}">${paragraphs.join('')}</w:comment>`;
    })
    .join('');
}

/** The comments part with Helder's comments added after any the owner already had. */
export function withComments(existing: string | undefined, added: string): string {
  if (existing === undefined) return `${declaration}<w:comments xmlns:w="${wordNamespace}">${added}</w:comments>`;
  const close = existing.lastIndexOf('</w:comments>');
  if (close !== -1) return existing.slice(0, close) + added + existing.slice(close);
  // An empty part written as <w:comments …/>.
  const empty = existing.lastIndexOf('/>');
  return `${existing.slice(0, empty)}>${added}</w:comments>${existing.slice(empty + 2)}`;
}

/** `[Content_Types].xml` with an override for the comments part, when it has none. */
export function withCommentsContentType(types: string, partPath: string): string {
  const partName = `/${partPath}`;
  const present = tokenize(types).some((token) => token.name === 'Override' && token.kind !== 'close' && attributesOf(types.slice(token.start, token.end)).PartName === partName);
  if (present) return types;
  const close = types.lastIndexOf('</Types>');
  return `${types.slice(0, close)}<Override PartName="${escapeAttribute(partName)}" ContentType="${commentsContentType}"/>${types.slice(close)}`;
}

/**
 * The relationships of the main part with one to a comments part. An existing comments part is kept (Helder adds
 * to it); else `comments.xml` next to the main part gets a new relationship.
 */
export function commentsRelationship(rels: string | undefined, mainPart: string): {rels: string; partPath: string; added: boolean} {
  const folder = mainPart.slice(0, mainPart.lastIndexOf('/') + 1);
  const source = rels ?? `${declaration}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const ids = new Set<string>();
  for (const token of tokenize(source)) {
    if (token.name !== 'Relationship' || token.kind === 'close') continue;
    const attributes = attributesOf(source.slice(token.start, token.end));
    if (attributes.Id) ids.add(attributes.Id);
    if (attributes.Type === commentsType && attributes.Target && attributes.TargetMode !== 'External') {
      return {rels: source, partPath: resolvePath(folder, attributes.Target), added: false};
    }
  }
  let id = 'rIdHelderComments';
  for (let number = 2; ids.has(id); number++) id = `rIdHelderComments${number}`;
  const close = source.lastIndexOf('</Relationships>');
  const relationship = `<Relationship Id="${id}" Type="${commentsType}" Target="comments.xml"/>`;
  const updated = close === -1 ? source.replace(/\/>\s*$/, `>${relationship}</Relationships>`) : source.slice(0, close) + relationship + source.slice(close);
  return {rels: updated, partPath: `${folder}comments.xml`, added: true};
}
