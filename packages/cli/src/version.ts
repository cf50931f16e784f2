import {readFileSync} from 'node:fs';

let version: string | undefined;

/** The version of the helder command (packages/cli/package.json). */
export function helderVersion(): string {
  return (version ??= (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}).version);
}
