// Bundle the CLI into one file, dist/helder.cjs, which bin/helder.mjs runs (through src/code-cache.ts, with V8's
// code cache). A cold `helder check` of one letter spent about a third of its CPU time on finding, reading and
// linking some 250 ES and CommonJS modules (docs/benchmarks.md, "Cold start of one letter against textlint"); one
// file takes a fraction of that. The bundle is CommonJS because only a script (vm.Script) takes V8's cached code
// in Node 20. dist/bin.js (tsc's output) stays: the worker threads and the tests use the modules as they are.
import {build} from 'esbuild';
import {copyFileSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist');
const outfile = join(dist, 'helder.cjs');

const result = await build({
  entryPoints: [join(dist, 'bin.js')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Loaded only when asked for: the Studio (a server), the document readers (a batch with Word files) and the
  // worker pool (a batch). They stay modules of their own, found from dist/ as before (ES modules: import()).
  external: ['@helder/studio', '@helder/documents', 'piscina'],
  // The modules' import.meta, as it was for an ES module in dist/.
  define: {'import.meta.url': '__helderImportMetaUrl', 'import.meta.resolve': '__helderImportMetaResolve'},
  banner: {
    js: "const __helderImportMetaUrl = require('node:url').pathToFileURL(__filename).href; const __helderImportMetaResolve = (specifier) => require('node:url').pathToFileURL(require.resolve(specifier)).href;",
  },
  plugins: [hunspellOutside()],
  legalComments: 'inline',
  logLevel: 'warning',
  metafile: true,
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
      build.onResolve({filter: /hunspell-module\.cjs$/}, ({path, resolveDir, namespace}) => {
        if (namespace === 'hunspell-outside') return {path, external: true};
        const target = relative(dist, join(resolveDir, path)).split('\\').join('/');
        return {path: target.startsWith('.') ? target : `./${target}`, namespace: 'hunspell-outside'};
      });
      // The core's import() of the file becomes a require() of it (a CommonJS file: Node's ES module loader costs more).
      build.onLoad({filter: /.*/, namespace: 'hunspell-outside'}, ({path}) => ({contents: `module.exports = require(${JSON.stringify(path)});`, loader: 'js', resolveDir: dist}));
    },
  };
}

// A vm.Script has no import() of its own (not without --experimental-vm-modules): code-cache.ts passes one in as
// __helderImport. Every dynamic import esbuild left in the bundle is one of the external modules above.
const dynamicImports = Object.values(result.metafile.outputs)[0].imports.filter((item) => item.kind === 'dynamic-import' && item.external);
const code = readFileSync(outfile, 'utf8');
let replaced = 0;
const rewritten = code.replace(/^#!.*\n/, '\n').replace(/\bimport\((?=")/g, () => (replaced++, '__helderImport('));
if (replaced !== dynamicImports.length) throw new Error(`bundle.mjs: ${replaced} import( calls rewritten, but esbuild reports ${dynamicImports.length} dynamic imports.`);
writeFileSync(outfile, rewritten);
// The ES module bundle of earlier builds.
rmSync(join(dist, 'helder.mjs'), {force: true});

// @helder/reports reads its style sheet beside its own module (new URL('./report-styles.css', import.meta.url)):
// in the bundle that is dist/.
const reportsRequire = createRequire(join(here, '..', 'package.json'));
copyFileSync(join(dirname(reportsRequire.resolve('@helder/reports')), 'report-styles.css'), join(dist, 'report-styles.css'));
