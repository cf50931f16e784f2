import {readFileSync} from 'node:fs';

/**
 * The NL Design System CSS for the reports: the Utrecht components the reports use and the example theme's tokens,
 * pruned at build time (scripts/build-styles.mjs) to what the reports read, so a report stays small.
 */
export function reportStyles(): string {
  return readFileSync(new URL('./report-styles.css', import.meta.url), 'utf8');
}
