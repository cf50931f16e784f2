import {describe, expect, it} from 'vitest';
import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';
import {datePattern} from '../src/letter/structure.js';
import {textLists} from './helpers.js';
import {placeholderPattern} from '../src/letter/placeholders.js';

// The pure-JavaScript checker: the same answer everywhere, no Java and no native binary needed.
process.env.RECHECK_BACKEND = 'pure';
const {checkSync} = await import('recheck');

const source = fileURLToPath(new URL('../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

interface Found {
  place: string;
  pattern?: {source: string; flags: string};
  constructed?: string;
}

/** Every regular expression literal in the core, and every `new RegExp(...)` (whose text is only known at run time). */
function regexesIn(path: string): Found[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  const place = (node: ts.Node) => `${relative(source, path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText();
      const end = text.lastIndexOf('/');
      found.push({place: place(node), pattern: {source: text.slice(1, end), flags: text.slice(end + 1)}});
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText() === 'RegExp') {
      const declaration = ts.isVariableDeclaration(node.parent) ? node.parent.name.getText() : '(anonymous)';
      found.push({place: place(node), constructed: `${relative(source, path)}#${declaration}`});
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

// A RegExp built at run time cannot be read from the source: each one is listed here with its value, so a new
// one fails this test until it is added and checked too.
const constructed: Record<string, RegExp> = {
  'letter/structure.ts#datePattern': datePattern,
  'letter/placeholders.ts#placeholderPattern': placeholderPattern,
  // Built from the data (data/woordenlijsten/aanheffen.yaml, slotgroeten.yaml), as check() builds them.
  'letter/text-lists.ts#salutation': textLists.salutation,
  'letter/text-lists.ts#closing': textLists.closing,
  'letter/text-lists.ts#formalClosing': textLists.formalClosing,
};

/**
 * Whether a pattern can repeat something without bound (*, +, {n,}). One that cannot tries a number of ways per
 * start position that does not depend on the text, so its time is linear by construction; recheck, which expands
 * {0,2000} into 2,000 states, needs minutes for those and then often gives up ("unknown").
 */
function hasUnboundedRepetition(pattern: string): boolean {
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index];
    if (char === '\\') index++;
    else if (char === '[') {
      // A character class: its * and + are plain characters.
      for (index++; index < pattern.length && pattern[index] !== ']'; index++) if (pattern[index] === '\\') index++;
    } else if (char === '*' || char === '+') return true;
    else if (char === '{' && /^\{\d+,\}/.test(pattern.slice(index))) return true;
  }
  return false;
}

describe('every regular expression in the core is linear (recheck)', () => {
  const all = sourceFiles(source).flatMap(regexesIn);

  it('finds the regular expressions of the core', () => {
    expect(all.filter((item) => item.pattern).length).toBeGreaterThan(100);
    expect(all.some((item) => item.place.startsWith('letter/markup.ts'))).toBe(true);
  });

  it('knows every RegExp that is built at run time', () => {
    expect(all.flatMap((item) => (item.constructed ? [item.constructed] : [])).sort()).toEqual(Object.keys(constructed).sort());
  });

  it('tells bounded patterns from unbounded ones', () => {
    for (const bounded of [String.raw`<\/?[A-Za-z][^<>]{0,2000}>`, String.raw`[*+]\*\+\{2,\}x{2,3}`, '(?:ab|c){1,5}?']) expect(hasUnboundedRepetition(bounded)).toBe(false);
    for (const unbounded of ['a+', '[a]*', String.raw`\\+`, 'x{2,}', '(?:a|b)+?']) expect(hasUnboundedRepetition(unbounded)).toBe(true);
  });

  it('has no regular expression with super-linear backtracking', () => {
    const patterns = [
      ...all.flatMap((item) => (item.pattern ? [{place: item.place, ...item.pattern}] : [])),
      ...Object.entries(constructed).map(([place, pattern]) => ({place, source: pattern.source, flags: pattern.flags})),
    ];
    const unsafe: string[] = [];
    const checked = patterns.filter(({source: text}) => hasUnboundedRepetition(text));
    expect(checked.length).toBeGreaterThan(30);
    for (const {place, source: text, flags} of checked) {
      const result = checkSync(text, flags, {timeout: 30_000});
      if (result.status !== 'safe') unsafe.push(`${place} /${text}/${flags}: ${result.status}${result.status === 'vulnerable' ? ` (${result.complexity.type}, attack ${JSON.stringify(result.attack.pattern)})` : ''}`);
    }
    expect(unsafe).toEqual([]);
  }, 300_000);
});
