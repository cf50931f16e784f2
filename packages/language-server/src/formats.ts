import {fileURLToPath} from 'node:url';
import {editorLanguageKinds, extensionOf, textFileKinds, type CommentStyle, type TextKind} from '@helder/node';

export type {CommentStyle} from '@helder/node';
export type DocumentKind = TextKind;

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
  const extension = extensionOf(path);
  // A .j2 template of an HTML mail, for example "brief.html.j2", is jinja text by its extension.
  if (Object.hasOwn(textFileKinds, extension)) return textFileKinds[extension];
  if (languageId && Object.hasOwn(editorLanguageKinds, languageId)) return editorLanguageKinds[languageId];
  return undefined;
}

/** File extensions the folder check reads. */
export const letterExtensions = Object.keys(textFileKinds);

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
