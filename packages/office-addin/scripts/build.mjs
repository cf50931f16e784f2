// Build the add-in: one folder of static files (pane, core, rules, dictionary, readability data, icons, service
// worker) and the two manifests pointing to the HTTPS base URL.
//   node scripts/build.mjs [--base-url https://intranet.example.nl/helder/] [--out dist]
// The base URL may also come from HELDER_ADDIN_BASE_URL; without one the manifests point to the dev server.
import {build} from 'esbuild';
import {createHash} from 'node:crypto';
import {mkdir, readFile, rm, writeFile} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {deflateSync} from 'node:zlib';
import {check, serializeRuleSet} from '@helder/core';
import {createNodeLoader} from '@helder/node';
import {iconSizes, outlookManifest, wordManifest} from './manifests.mjs';
import {pruneCss} from './prune-css.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const {values} = parseArgs({options: {'base-url': {type: 'string'}, out: {type: 'string'}}});
const base = values['base-url'] ?? process.env.HELDER_ADDIN_BASE_URL ?? 'https://localhost:3000/';
const out = values.out ?? join(root, 'dist');

let baseUrl;
try {
  baseUrl = new URL(base.endsWith('/') ? base : `${base}/`);
} catch {
  throw new Error(`Het adres "${base}" is geen geldig adres. Geef een adres zoals https://intranet.gemeente.nl/helder/.`);
}
if (baseUrl.protocol !== 'https:') throw new Error(`Het adres ${baseUrl.href} moet met https:// beginnen: Office opent een invoegtoepassing alleen via https.`);

await rm(out, {recursive: true, force: true});
await mkdir(out, {recursive: true});
const files = new Map(); // path in the build -> bytes

// The data the core reads: recorded by checking a letter that runs every check, so the list cannot drift from the core.
const nodeLoader = createNodeLoader({noCache: true});
const read = new Set();
const recording = {
  readText: (name) => (read.add(name), nodeLoader.readText(name)),
  readBinary: (name) => (read.add(name), nodeLoader.readBinary(name)),
  listRuleFiles: () => nodeLoader.listRuleFiles(),
};
await check(await readFile(join(root, '../../examples/brief-bijzondere-bijstand.txt'), 'utf8'), {loader: recording});
// The rules ship parsed, as one file: parsing the YAML in the pane would cost hundreds of milliseconds at every
// start, and the YAML files themselves are not needed then.
const ruleSet = await serializeRuleSet(nodeLoader);
if (JSON.parse(ruleSet).errors.length > 0) throw new Error(`De regels hebben fouten: ${ruleSet.slice(0, 500)}. Draai "helder rules lint".`);
files.set('rules.json', ruleSet);
const data = [...read].filter((name) => !name.startsWith('rules/')).sort();
for (const name of data) files.set(name, await nodeLoader.readBinary(name));
files.set('assets.json', JSON.stringify({ruleSet: 'rules.json', data}));

// Hunspell's WebAssembly sits in hunspell-asm as a base64 string: as a file of its own it is 110 KB smaller
// gzipped, and the browser compiles it while it downloads. Emscripten fetches it beside the page.
const wasmFiles = new Map();
const hunspellWasm = {
  name: 'hunspell-wasm-file',
  setup(plugin) {
    plugin.onLoad({filter: /hunspell-asm[\\/]dist[\\/]cjs[\\/]lib[\\/]browser[\\/]hunspell\.js$/}, async (args) => {
      const code = await readFile(args.path, 'utf8');
      const inline = /wasmBinaryFile="data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)"/.exec(code);
      if (!inline) throw new Error(`${args.path}: the inline WebAssembly of hunspell-asm was not found; check the hunspell-asm version.`);
      wasmFiles.set('hunspell.wasm', Buffer.from(inline[1], 'base64'));
      return {contents: code.replace(inline[0], 'wasmBinaryFile="hunspell.wasm"'), loader: 'js'};
    });
  },
};

const bundle = await build({
  entryPoints: {pane: join(root, 'src/main.ts'), 'pane-style': join(root, 'src/pane.css')},
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: 'es2022',
  minify: true,
  write: false,
  outdir: out,
  legalComments: 'external',
  logLevel: 'warning',
  plugins: [hunspellWasm],
});
for (const [name, bytes] of wasmFiles) files.set(name, bytes);
const paneSource = await readFile(join(root, 'src/pane.ts'), 'utf8');
for (const file of bundle.outputFiles) {
  const name = file.path.slice(out.length + 1).replace('pane-style', 'pane');
  files.set(name, name === 'pane.css' ? pruneCss(file.text, paneSource) : file.contents);
}

const officeScript = '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>\n';
// Outside Office the page may only talk to its own server; inside Office, Office.js needs its own host.
const strictCsp = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self' data:">\n`;
const page = await readFile(join(root, 'static/page.html'), 'utf8');
files.set('index.html', page.replace('%CSP%', strictCsp).replace('%OFFICE_SCRIPT%', ''));
files.set('taskpane.html', page.replace('%CSP%', '').replace('%OFFICE_SCRIPT%', officeScript).replace('<body ', '<body data-office="required" '));
for (const size of iconSizes) files.set(`icons/icon-${size}.png`, icon(size));

// The service worker caches exactly the files of this build; its name changes with their content.
const hash = createHash('sha256');
for (const [name, bytes] of [...files].sort(([a], [b]) => a.localeCompare(b))) hash.update(name).update(bytes);
const cacheName = `helder-${hash.digest('hex').slice(0, 12)}`;
const worker = await readFile(join(root, 'static/sw.js'), 'utf8');
files.set('sw.js', worker.replace('%CACHE%', cacheName).replace('%FILES%', JSON.stringify(['./', ...files.keys()])));

files.set('manifest-word.xml', wordManifest(baseUrl.href));
files.set('manifest-outlook.xml', outlookManifest(baseUrl.href));

for (const [name, bytes] of files) {
  await mkdir(dirname(join(out, name)), {recursive: true});
  await writeFile(join(out, name), bytes);
}
console.log(`Helder add-in: ${files.size} files in ${out}, manifests for ${baseUrl.href}`);

/** A square PNG icon: Helder's blue with a white bar, drawn here so no binary sits in the repository. */
function icon(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const bar = x > size * 0.3 && x < size * 0.45 && y > size * 0.2 && y < size * 0.8;
      const cross = y > size * 0.45 && y < size * 0.55 && x > size * 0.3 && x < size * 0.7;
      const right = x > size * 0.55 && x < size * 0.7 && y > size * 0.2 && y < size * 0.8;
      row.push(...(bar || cross || right ? [255, 255, 255] : [21, 66, 115]));
    }
    rows.push(Buffer.from(row));
  }
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}
