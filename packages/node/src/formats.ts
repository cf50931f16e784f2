/**
 * The one table of the files and editor languages Helder checks. The CLI's folder walk, @helder/documents, the
 * language server and the VS Code extension's document selector all read it, so they cannot disagree. Pure data
 * with no Node imports: the extension bundles it through "@helder/node/formats".
 */
import type {TextFormat} from '@helder/core';

/** How a directive comment (helder-disable...) is written in a kind of file. */
export type CommentStyle = 'plain' | 'html' | 'markdown' | 'handlebars' | 'jinja';

/** A file or editor buffer that is read as text: how the core parses it and how a comment is written in it. */
export interface TextKind {
  format: TextFormat;
  comment: CommentStyle;
}

/** The reader of @helder/documents for a file: Word, LibreOffice, HTML, e-mail, or an old .doc (to say how to convert it). */
export type DocumentFormat = 'word' | 'opendocument' | 'html' | 'email' | 'markdown' | 'text' | 'old-word';

/** Text files and templates, by extension. Editors check all of them; the CLI reads .html and .htm as documents. */
export const textFileKinds: Readonly<Record<string, TextKind>> = {
  '.txt': {format: 'text', comment: 'plain'},
  '.text': {format: 'text', comment: 'plain'},
  '.md': {format: 'markdown', comment: 'markdown'},
  '.markdown': {format: 'markdown', comment: 'markdown'},
  '.html': {format: 'html', comment: 'html'},
  '.htm': {format: 'html', comment: 'html'},
  '.hbs': {format: 'html', comment: 'handlebars'},
  '.handlebars': {format: 'html', comment: 'handlebars'},
  '.mustache': {format: 'html', comment: 'handlebars'},
  '.j2': {format: 'text', comment: 'jinja'},
  '.jinja': {format: 'text', comment: 'jinja'},
  '.jinja2': {format: 'text', comment: 'jinja'},
};

/** Files that @helder/documents reads from their bytes (they are not plain text, or hold more than the text). */
export const documentFileFormats: Readonly<Record<string, DocumentFormat>> = {
  '.docx': 'word',
  '.dotx': 'word',
  '.docm': 'word',
  '.dotm': 'word',
  '.odt': 'opendocument',
  '.ott': 'opendocument',
  '.html': 'html',
  '.htm': 'html',
  '.eml': 'email',
  '.doc': 'old-word',
  '.dot': 'old-word',
};

/**
 * Editor language ids, for a buffer whose name says nothing (an untitled letter). Names differ per editor:
 * VS Code says "plaintext" and "django-html", Vim and Neovim say "text" and "htmldjango".
 */
export const editorLanguageKinds: Readonly<Record<string, TextKind>> = {
  plaintext: {format: 'text', comment: 'plain'},
  text: {format: 'text', comment: 'plain'},
  markdown: {format: 'markdown', comment: 'markdown'},
  html: {format: 'html', comment: 'html'},
  handlebars: {format: 'html', comment: 'handlebars'},
  mustache: {format: 'html', comment: 'handlebars'},
  jinja: {format: 'text', comment: 'jinja'},
  'jinja-html': {format: 'html', comment: 'jinja'},
  'django-html': {format: 'html', comment: 'jinja'},
  htmldjango: {format: 'html', comment: 'jinja'},
};

/** The lower-case extension of a file name or path, with its dot ("" when there is none); no node:path needed. */
export function extensionOf(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** Whether a folder walk picks up this file: a text file, a template or a document. */
export function isCheckedFile(path: string): boolean {
  const extension = extensionOf(path);
  return Object.hasOwn(textFileKinds, extension) || Object.hasOwn(documentFileFormats, extension);
}

/** The reader of @helder/documents for a file name, or undefined when Helder does not read this kind of file. */
export function documentFormatOf(path: string): DocumentFormat | undefined {
  const extension = extensionOf(path);
  if (Object.hasOwn(documentFileFormats, extension)) return documentFileFormats[extension];
  const kind = Object.hasOwn(textFileKinds, extension) ? textFileKinds[extension] : undefined;
  if (!kind) return undefined;
  return kind.format === 'markdown' ? 'markdown' : 'text';
}

/** The glob a file watcher or an editor's document selector uses for the text files, e.g. "**\/*.{txt,md}". */
export function textFileGlob(): string {
  return `**/*.{${Object.keys(textFileKinds).map((extension) => extension.slice(1)).join(',')}}`;
}
