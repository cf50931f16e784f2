import type {DocumentPlaceholder} from '@helder/core';

/**
 * Fields whose shown result is ordinary text of the letter: a link text, a table of contents. Every other field
 * (MERGEFIELD, IF, DOCVARIABLE, DATE, PAGE, ...) shows data that the template fills in: a placeholder.
 */
const textFields = new Set(['HYPERLINK', 'TOC', 'INDEX', 'TOA', 'XE', 'TC', 'SEQ', 'PAGEREF', 'NOTEREF', 'BIBLIOGRAPHY', 'CITATION', 'EQ', 'SYMBOL']);

const mergeFields = new Set(['MERGEFIELD', 'DOCVARIABLE', 'DOCPROPERTY', 'FILLIN', 'ASK', 'REF', 'MERGEREC', 'MERGESEQ', 'ADDRESSBLOCK', 'GREETINGLINE']);

export function fieldType(instruction: string): string {
  return (/^\s*([A-Za-z]+)/.exec(instruction)?.[1] ?? '').toUpperCase();
}

export function classifyField(instruction: string): DocumentPlaceholder['kind'] | 'text' {
  const type = fieldType(instruction);
  if (type === '' || textFields.has(type)) return 'text';
  return mergeFields.has(type) ? 'merge-field' : 'field';
}

/** "MERGEFIELD  Voornaam \* MERGEFORMAT" -> "Voornaam"; "IF ..." -> "IF". */
export function fieldPlaceholderName(instruction: string): string {
  const type = fieldType(instruction);
  if (!mergeFields.has(type)) return type;
  const argument = /^\s*[A-Za-z]+\s+(?:"([^"]*)"|([^\s\\]+))/.exec(instruction);
  return argument?.[1] ?? argument?.[2] ?? type;
}
