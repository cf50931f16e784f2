import {extname} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {TextFormat} from '@helder/core';
import {textExtensions} from '@helder/node';

/** How a directive comment is written in a kind of file. */
export type CommentStyle = 'plain' | 'html' | 'markdown' | 'handlebars' | 'jinja';

export interface DocumentKind {
  format: TextFormat;
  comment: CommentStyle;
}

const kindsByExtension: Record<string, DocumentKind> = {
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

const kindsByLanguage: Record<string, DocumentKind> = {
  plaintext: {format: 'text', comment: 'plain'},
  text: {format: 'text', comment: 'plain'},
  markdown: {format: 'markdown', comment: 'markdown'},
  html: {format: 'html', comment: 'html'},
  handlebars: {format: 'html', comment: 'handlebars'},
  mustache: {format: 'html', comment: 'handlebars'},
  jinja: {format: 'text', comment: 'jinja'},
  'jinja-html': {format: 'html', comment: 'jinja'},
  htmldjango: {format: 'html', comment: 'jinja'},
};

export function pathOfUri(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The kind of a document, or undefined when Helder does not check it (source code, YAML ...). */
export function documentKind(uri: string, languageId: string | undefined): DocumentKind | undefined {
  const path = pathOfUri(uri) ?? uri;
  const extension = extname(path).toLowerCase();
  const byExtension = kindsByExtension[extension];
  if (byExtension) return byExtension;
  // A .j2 template of an HTML mail, for example "brief.html.j2", is handled above as jinja text.
  if (languageId && kindsByLanguage[languageId]) return kindsByLanguage[languageId];
  if (textExtensions[extension]) return {format: textExtensions[extension]!, comment: 'plain'};
  return undefined;
}

/** File extensions the folder check reads. */
export const letterExtensions = Object.keys(kindsByExtension);

/** Open and close of a directive comment. Plain text has no comments: the directive stands alone on its line. */
export function commentFor(style: CommentStyle, directive: string): string {
  switch (style) {
    case 'html':
    case 'markdown':
      return `<!-- ${directive} -->`;
    case 'handlebars':
      return `{{! ${directive} }}`;
    case 'jinja':
      return `{# ${directive} #}`;
    case 'plain':
      return directive;
  }
}
