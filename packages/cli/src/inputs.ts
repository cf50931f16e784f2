import {stat} from 'node:fs/promises';
import {glob, isDynamicPattern} from 'tinyglobby';
import {textExtensions} from '@helder/node';

export interface InputItem {
  path: string; // '-' for standard input
  /** Set when the input named nothing that can be read. */
  error?: string;
}

const extensionGlob = `**/*.{${Object.keys(textExtensions).map((extension) => extension.slice(1)).join(',')}}`;

/** Expand files, folders and glob patterns to a sorted list; an input that finds nothing is kept as an error. */
export async function expandInputs(inputs: string[]): Promise<InputItem[]> {
  const items: InputItem[] = [];
  const seen = new Set<string>();
  const add = (item: InputItem) => {
    if (seen.has(item.path)) return;
    seen.add(item.path);
    items.push(item);
  };
  for (const input of inputs) {
    if (input === '-') {
      add({path: '-'});
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch {
      info = undefined;
    }
    if (info?.isDirectory()) {
      const found = await glob(extensionGlob, {cwd: input, absolute: false, ignore: ['**/node_modules/**', '**/.git/**']});
      if (found.length === 0) add({path: input, error: 'in deze map staan geen tekstbestanden (.txt, .md, .html)'});
      for (const file of found.sort()) add({path: joinPath(input, file)});
    } else if (info) {
      add({path: input});
    } else if (isDynamicPattern(input)) {
      const found = await glob(input, {ignore: ['**/node_modules/**']});
      if (found.length === 0) add({path: input, error: 'geen bestanden gevonden bij dit patroon'});
      for (const file of found.sort()) add({path: file});
    } else {
      add({path: input, error: 'bestand niet gevonden'});
    }
  }
  return items;
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith('/') ? dir + file : `${dir}/${file}`;
}
