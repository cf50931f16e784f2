// Runs every benchmark one after the other (they share the machine, so never in parallel) and lets each write
// its own section of docs/benchmarks.md. `pnpm bench` runs this after `pnpm install` has built the packages.
import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const benchmarks = ['core.mjs', 'readability.mjs', 'spelling-engines.mjs', 'spelling-check.mjs', 'lsp.mjs', 'documents.mjs', 'office-addin.mjs', 'adversarial.mjs'];
let failed = 0;
for (const name of benchmarks) {
  console.log(`\n# ${name}`);
  const run = spawnSync(process.execPath, [`${here}${name}`, ...process.argv.slice(2)], {stdio: 'inherit'});
  if (run.status !== 0) {
    failed++;
    console.error(`${name} failed with exit code ${run.status}`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
