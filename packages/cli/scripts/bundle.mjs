// Bundle the CLI into one file, dist/helder.mjs, which bin/helder.mjs runs. A cold `helder check` of one letter
// spent about a third of its CPU time on finding, reading and linking some 250 ES and CommonJS modules
// (docs/benchmarks.md, "Cold start of one letter against textlint"); one file takes a fraction of that.
// dist/bin.js (tsc's output) stays: the worker threads and the tests use the modules as they are.
import {build} from 'esbuild';
import {copyFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist');

await build({
  entryPoints: [join(dist, 'bin.js')],
  outfile: join(dist, 'helder.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Loaded only when asked for: the Studio (a server), the document readers (a batch with Word files) and the
  // worker pool (a batch). They stay modules of their own, found from dist/ as before.
  external: ['@helder/studio', '@helder/documents', 'piscina'],
  // Some dependencies are CommonJS and call require() for Node's own modules.
  banner: {js: "import {createRequire as __helderCreateRequire} from 'node:module'; const require = __helderCreateRequire(import.meta.url);"},
  plugins: [hunspellOutside()],
  legalComments: 'inline',
  logLevel: 'warning',
});

/**
 * Hunspell's runtime stays the file it is in @helder/core (hunspell-module.cjs, which requires hunspell-asm from
 * there). Its code is part of the key of the spelling snapshot in the cache (spelling/hunspell-runtime.ts): as
 * rewritten by a bundler it would give another key, and the bundle and the worker threads (dist/worker.js) would
 * each make their own 16 MB snapshot and throw out the other's. The relative path from dist/ to @helder/core is the
 * same in the workspace (packages/cli, packages/core) and in an install (node_modules/@helder/cli, .../core).
 */
function hunspellOutside() {
  return {
    name: 'hunspell-outside',
    setup(build) {
      build.onResolve({filter: /hunspell-module\.cjs$/}, ({path, resolveDir}) => {
        const target = relative(dist, join(resolveDir, path)).split('\\').join('/');
        return {path: target.startsWith('.') ? target : `./${target}`, external: true};
      });
    },
  };
}

// @helder/reports reads its style sheet beside its own module (new URL('./report-styles.css', import.meta.url)):
// in the bundle that is dist/.
const reportsRequire = createRequire(join(here, '..', 'package.json'));
copyFileSync(join(dirname(reportsRequire.resolve('@helder/reports')), 'report-styles.css'), join(dist, 'report-styles.css'));
