// Build the CSS the HTML reports inline: the Utrecht components they use and the voorbeeld theme's tokens, pruned
// with the same pruner as the Office add-in (so a report stays some tens of kilobytes, not 600).
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {pruneCss} from '../../office-addin/scripts/prune-css.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const packageDir = (name) => dirname(require.resolve(`${name}/package.json`));
const stripComments = (css) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s*\n\s*/g, '');
const utrecht = stripComments(readFileSync(join(packageDir('@utrecht/component-library-css'), 'dist/index.css'), 'utf8'));
const theme = stripComments(readFileSync(join(packageDir('@nl-design-system-unstable/voorbeeld-design-tokens'), 'dist/theme.css'), 'utf8'));
const source = readdirSync(join(here, '../src'))
  .filter((name) => name.endsWith('.ts'))
  .map((name) => readFileSync(join(here, '../src', name), 'utf8'))
  .join('\n');
const css = pruneCss(`${utrecht}\n${theme}`, source);
writeFileSync(join(here, '../dist/report-styles.css'), css);
console.log(`report styles: ${(css.length / 1024).toFixed(1)} kB`);
