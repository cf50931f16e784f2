// Spelling findings on the real letters in ../shared/corpus/letters: every flagged word, per letter.
// `node bench/spelling-corpus.mjs` lists the findings of the spelling check; `--naive` lists what a bare
// dictionary lookup of every word token would flag (the count before the check's skip rules).
// Needs the built packages: (cd packages/core && npx tsc -p tsconfig.json) and the same for packages/node.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {check, loadResources} from '../packages/core/dist/index.js';
import {spellerFor} from '../packages/core/dist/spelling/hunspell.js';
import {createNodeLoader} from '../packages/node/dist/loader.js';

const dir = process.argv.find((arg) => arg.startsWith('--dir='))?.slice(6) ?? new URL('../../shared/corpus/letters', import.meta.url).pathname;
const naive = process.argv.includes('--naive');
// --pairs: the sentences of ../shared/corpus/pairs/amsterdam-dev.csv (municipal web texts, complex and simple).
const pairs = process.argv.includes('--pairs');
const loader = createNodeLoader();
const resources = await loadResources(loader);
const speller = await spellerFor(resources);
const counts = new Map();
let total = 0;
const inputs = pairs ? pairTexts() : readdirSync(dir).filter((file) => file.endsWith('.txt')).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]);
for (const [name, raw] of inputs) {
  // The first line of a corpus file names its source; it is not part of the letter.
  const text = raw.replace(/^# repo=.*\n/, '');
  const result = await check(text, {resources});
  const words = naive
    ? result.model.sentences.filter((sentence) => sentence.wordChecked).flatMap((sentence) => sentence.words)
        .filter((word) => word.kind === 'word' && !speller.correct(word.text)).map((word) => word.text)
    : result.findings.filter((finding) => finding.ruleId === 'spelling' || finding.ruleId === 'dt-fout').map((finding) => `${finding.ruleId === 'dt-fout' ? 'dt:' : ''}${finding.actual}${finding.expected.length ? ` -> ${finding.expected.join('|')}` : ''}`);
  if (words.length === 0) continue;
  total += words.length;
  console.log(`${name}: ${words.join(', ')}`);
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
}
console.log(`\n${total} flagged words, ${counts.size} different, in ${pairs ? `${inputs.length} texts of amsterdam-dev.csv` : dir}`);

/** Each row's complex and simple text as one small text; a minimal CSV reader (quoted fields, doubled quotes). */
function pairTexts() {
  const csv = readFileSync(new URL('../../shared/corpus/pairs/amsterdam-dev.csv', import.meta.url), 'utf8');
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < csv.length; index++) {
    const char = csv[index];
    if (quoted) {
      if (char === '"' && csv[index + 1] === '"') (field += '"'), index++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(field), (field = '');
    else if (char === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else field += char;
  }
  return rows.slice(1).map((cells, index) => [`row ${index + 2}`, `${cells[1] ?? ''}\n\n${cells[2] ?? ''}`]);
}
