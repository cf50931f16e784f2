#!/usr/bin/env node
/**
 * Build the compact LiNT-II lexicon that Helder ships: packages/core/data/lint-ii/lexicon.txt.gz.
 *
 *   node packages/core/scripts/build-lint-data.mjs [source folder] [output file]
 *
 * Source: the LiNT-II data (EUPL-1.2), by default ../shared/data/lint-ii: subtlex_wordfreq.tsv (Zipf values),
 * subtlex_wordfreq_skiplist.tsv and nouns_sem_types_*.tsv (newest file wins). The format is described in
 * packages/core/data/lint-ii/README.md; the reader is packages/core/src/readability/lexicon.ts.
 *
 * What is left out, and why: entries that can never be one Helder word token (multi-word entries joined with
 * "_", entries with digits, spaces or other symbols: numbers are never scored), so only lowercase letters
 * (a-z and Latin-1 letters), apostrophe and hyphen remain. Nothing else is rounded or dropped: the frequency
 * is stored as the exact SUBTLEX count, from which the Zipf value is computed again.
 */
import {readFileSync, readdirSync, writeFileSync, mkdirSync} from 'node:fs';
import {gzipSync, constants} from 'node:zlib';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const source = resolve(process.argv[2] ?? join(here, '../../../../shared/data/lint-ii'));
const output = resolve(process.argv[3] ?? join(here, '../data/lint-ii/lexicon.txt.gz'));

/** log10(1e9 / corpus size): the Zipf value of a count of 1, which LiNT-II also gives to unknown words. */
const zipfOffset = 1.359228547196266;
const defaultCount = 2; // the most common count; left out of the line
const tokenShape = /^[a-zà-öø-ÿ][a-zà-öø-ÿ'-]*$/;

function readTsv(name) {
  const text = readFileSync(join(source, name), 'utf8');
  const [header, ...lines] = text.split(/\r?\n/).filter((line) => line.length > 0);
  const columns = header.split('\t');
  return lines.map((line, index) => {
    const cells = line.split('\t');
    if (cells.length !== columns.length) throw new Error(`${name}:${index + 2}: expected ${columns.length} columns, found ${cells.length}.`);
    return Object.fromEntries(columns.map((column, at) => [column, cells[at]]));
  });
}

const counts = new Map();
for (const row of readTsv('subtlex_wordfreq.tsv')) {
  const zipf = Number(row.word_count);
  const count = Math.round(10 ** (zipf - zipfOffset));
  if (!(count >= 1) || Math.abs(Math.log10(count) + zipfOffset - zipf) > 1e-6) {
    throw new Error(`subtlex_wordfreq.tsv: "${row.word}" has Zipf ${row.word_count}, which is not a whole count. The format needs whole counts.`);
  }
  counts.set(row.word, count);
}
const skip = new Set(readTsv('subtlex_wordfreq_skiplist.tsv').map((row) => row.word));
const nounFile = readdirSync(source).filter((name) => /^nouns_sem_types_\d+\.tsv$/.test(name)).sort().at(-1);
if (!nounFile) throw new Error(`${source}: no nouns_sem_types_<date>.tsv file.`);
const nouns = new Map();
const classCode = {concrete: 'C', abstract: 'A', undefined: 'U'};
for (const row of readTsv(nounFile)) {
  const code = classCode[row.super_sem_type];
  if (!code) throw new Error(`${nounFile}: "${row.word}" has an unknown super_sem_type "${row.super_sem_type}".`);
  nouns.set(row.word, {code, head: row.is_compound === 'true' && row.head ? row.head : undefined});
}

const base36 = (value) => value.toString(36);
const words = [...new Set([...counts.keys(), ...nouns.keys(), ...skip])].filter((word) => tokenShape.test(word));
// Sort by UTF-8 bytes: the reader compares bytes in its binary search.
const encoder = new TextEncoder();
const keyed = words.map((word) => ({word, bytes: encoder.encode(word)}));
keyed.sort((a, b) => Buffer.compare(Buffer.from(a.bytes), Buffer.from(b.bytes)));

const blockSize = 16; // every 16th word is written in full, so a lookup decodes at most one block
const header = [
  '#helder-lint-lexicon 2',
  `#zipf-offset ${zipfOffset}`,
  `#default-count ${defaultCount}`,
  `#entries ${keyed.length}`,
  `#block-size ${blockSize}`,
  `#source LiNT-II data (EUPL-1.2): subtlex_wordfreq.tsv, subtlex_wordfreq_skiplist.tsv, ${nounFile}`,
];
const lines = [];
const fieldLines = [];
const blockLengths = [];
let previous = new Uint8Array(0);
let stats = {nouns: 0, compounds: 0, skip: 0};
for (const [index, {word, bytes}] of keyed.entries()) {
  // Shared prefix in bytes, never splitting a UTF-8 sequence, at most 35 (one base-36 digit); 0 at a block start.
  if (index % blockSize === 0) blockLengths.push(0);
  let shared = 0;
  while (index % blockSize !== 0 && shared < 35 && shared < bytes.length && shared < previous.length && bytes[shared] === previous[shared]) shared++;
  while (shared > 0 && shared < bytes.length && (bytes[shared] & 0xc0) === 0x80) shared--;
  let fields = '';
  const count = counts.get(word);
  if (count === undefined) fields += '-';
  else if (count !== defaultCount) fields += base36(count);
  const noun = nouns.get(word);
  if (noun) {
    stats.nouns++;
    fields += noun.code;
    if (noun.head) {
      stats.compounds++;
      const headCount = counts.get(noun.head);
      fields += headCount === undefined ? '?' : base36(headCount);
    }
  }
  if (skip.has(word)) {
    stats.skip++;
    fields += '!';
  }
  const suffix = new TextDecoder().decode(bytes.subarray(shared));
  const line = base36(shared) + suffix;
  lines.push(line);
  fieldLines.push(fields);
  // Block lengths count the lines as the reader joins them: `word\tfields`.
  blockLengths[blockLengths.length - 1] += Buffer.byteLength(line, 'utf8') + (fields ? fields.length + 1 : 0) + 1;
  previous = bytes;
}
header.push(`#block-lengths ${blockLengths.map(base36).join(',')}`);
// Version 2: the word parts of all entries, then the fields of all entries (alike data together compresses better).
const text = [...header, ...lines, ...fieldLines].join('\n') + '\n';
const packed = gzipSync(Buffer.from(text, 'utf8'), {level: constants.Z_BEST_COMPRESSION});
mkdirSync(dirname(output), {recursive: true});
writeFileSync(output, packed);
console.log(
  `${output}: ${keyed.length} entries (${stats.nouns} nouns, ${stats.compounds} compounds, ${stats.skip} skip), ` +
    `${(text.length / 1e6).toFixed(2)} MB text, ${(packed.length / 1e6).toFixed(2)} MB gzip.`,
);
