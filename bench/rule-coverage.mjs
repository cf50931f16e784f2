// Rule coverage against human simplifications.
//
// Reads the Amsterdam complex/simple sentence pairs, finds the words that editors removed or replaced
// (lowercased word tokens in Complex but not in Simple, minus stopwords and numbers), and measures how many
// of those removals a curated rule in rules/*.yaml would have flagged. Writes docs/rule-coverage.md.
//
// Usage: node bench/rule-coverage.mjs [path/to/pairs.csv]
// The only dependency is `yaml`, borrowed from packages/core so this script needs no install of its own.

import { createRequire } from 'node:module';
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(new URL('../packages/core/package.json', import.meta.url));
const YAML = require('yaml');

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const defaultCorpus = resolve(repoRoot, '../shared/corpus/pairs/amsterdam-dev.csv');
const TOP_N = 60;

// Function words only. Officialese connectives (indien, echter, reeds, tevens ...) must NOT be here:
// they are exactly what the rules are about.
const STOPWORDS = new Set(
  `de het een en of maar want dus van in op aan met voor bij naar uit over door om tot tegen zonder onder
  als dan dat die dit deze wat wie waar hoe wanneer waarom welke welk er hier daar niet geen wel ook nog al
  is zijn was waren ben bent wordt worden werd werden word heeft hebben had hadden hebt heb kan kunnen kunt kon
  konden zal zullen zult zou zouden moet moeten moest mag mogen wil willen wilt gaat gaan ga ging doet doen doe
  te zo u uw ik je jij jou jouw we wij ons onze hij zij ze zich hun hen haar hem men mijn zijn elk elke ieder
  iedere alle alles veel meer meest ander andere anderen zelf even toe af mee na heel erg`.split(/\s+/).filter(Boolean),
);

// Numbers written as words count as numbers: editors replace "zes" by "6", which is not a simplification.
const NUMBER_WORDS = new Set(
  `nul één een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien
  zeventien achttien negentien twintig dertig veertig vijftig honderd duizend miljoen eerste tweede derde vierde`.split(/\s+/),
);

// ---------------------------------------------------------------------------------------------------------
// Tokenising and matching. Mirrors the engine contract in docs/dev/rule-format.md: whole words, case-insensitive,
// `...` is a gap of 0 to 4 words within one sentence, punctuation between words breaks a phrase.

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
const SENTENCE_END = /[.!?]+(?=\s|$)|\n+/g;

export function normaliseWord(word) {
  return word.toLowerCase().replace(/’/g, "'");
}

/** Split text into sentences of word tokens. `punctBefore` is true when non-space characters separate
 * this word from the previous one (a comma, a bracket ...), which breaks a phrase. */
export function tokenise(text) {
  const sentences = [];
  let start = 0;
  const bounds = [];
  for (const m of text.matchAll(SENTENCE_END)) bounds.push(m.index + m[0].length);
  bounds.push(text.length);
  for (const end of bounds) {
    const chunk = text.slice(start, end);
    const words = [];
    let last = 0;
    for (const m of chunk.matchAll(WORD)) {
      const between = chunk.slice(last, m.index);
      words.push({ w: normaliseWord(m[0]), raw: m[0], punctBefore: words.length > 0 && /\S/.test(between) });
      last = m.index + m[0].length;
    }
    if (words.length) sentences.push(words);
    start = end;
  }
  return sentences;
}

/** Compile a form like "stelt ... in de gelegenheid" into items: words and the GAP marker. */
export function compileForm(form) {
  return form
    .trim()
    .split(/\s+/)
    // The engine keeps the period of an abbreviation ('etc.'); this tokeniser drops it, so forms drop it too.
    .map((part) => (part === '...' || part === '…' ? null : normaliseWord(part).replace(/\.$/, '')));
}

/** All matches of a compiled form in one sentence, as [startIndex, endIndex, wordIndexes] (inclusive; the
 * word indexes are the words the form names, without the words inside a gap).
 * strict: a gap may not cross punctuation either (the safest reading of the contract). */
export function matchForm(items, words, { strict = true } = {}) {
  // Returns the indexes of the matched words after word `last`, or null.
  const continueFrom = (itemIndex, last) => {
    if (itemIndex === items.length) return [];
    let gap = false;
    if (items[itemIndex] === null) {
      gap = true;
      itemIndex++;
    }
    for (let skip = 0; skip <= (gap ? 4 : 0); skip++) {
      const k = last + 1 + skip;
      if (k >= words.length) break;
      if (words[k].punctBefore && (!gap || strict)) break;
      if (words[k].w === items[itemIndex]) {
        const rest = continueFrom(itemIndex + 1, k);
        if (rest) return [k, ...rest];
      }
    }
    return null;
  };
  const found = [];
  if (!items.length || items[0] === null) return found; // a form never starts with a gap
  for (let i = 0; i < words.length; i++) {
    if (words[i].w !== items[0]) continue;
    const rest = continueFrom(1, i);
    if (rest) {
      const idx = [i, ...rest];
      found.push([i, idx[idx.length - 1], idx]);
    }
  }
  return found;
}

/** Load every rule file. Returns { files: [{file, data}], rules: [{...rule, check, file, compiled, exc}] }. */
export function loadRules(dir = join(repoRoot, 'rules')) {
  const files = [];
  const rules = [];
  if (!existsSync(dir)) return { files, rules };
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml') || n.endsWith('.yml')).sort()) {
    const data = YAML.parse(readFileSync(join(dir, name), 'utf8'));
    files.push({ file: name, data });
    for (const rule of data?.rules ?? []) {
      rules.push({
        ...rule,
        check: data.check,
        file: name,
        compiled: (rule.forms ?? []).map((f) => ({ form: f, items: compileForm(String(f)) })),
        exc: (rule.exceptions ?? []).map((f) => compileForm(String(f))),
      });
    }
  }
  return { files, rules };
}

/** Matches of one rule in a text: [{sentence, start, end, words, form}], exceptions applied. */
export function findRuleMatches(rule, sentences, options) {
  const out = [];
  sentences.forEach((words, s) => {
    const excSpans = rule.exc.flatMap((items) => matchForm(items, words, options));
    for (const { form, items } of rule.compiled) {
      for (const [start, end, idx] of matchForm(items, words, options)) {
        // Like the engine: an exception drops a hit only when it covers the whole hit.
        const excepted = excSpans.some(([a, b]) => a <= start && b >= end);
        if (!excepted) out.push({ sentence: s, start, end, words: idx, form });
      }
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// CSV

export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

// ---------------------------------------------------------------------------------------------------------

const isCounted = (w) => !STOPWORDS.has(w) && !NUMBER_WORDS.has(w) && !/\p{N}/u.test(w) && w.length > 1;

function analyse(corpusPath) {
  const [header, ...rows] = parseCsv(readFileSync(corpusPath, 'utf8'));
  const col = (name) => header.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase());
  const [ci, si] = [col('Complex'), col('Simple')];
  if (ci < 0 || si < 0) throw new Error(`${corpusPath}: expected the columns Complex and Simple, found ${header.join(', ')}`);

  const { rules } = loadRules();
  const removedCount = new Map(); // word -> removed occurrences
  const complexCount = new Map(); // word -> occurrences in Complex
  const coveredBy = new Map(); // word -> Set(rule id) for removed occurrences matched by a rule
  const ruleStats = new Map(); // rule id -> {inComplex, removed}
  let removedTotal = 0;
  let removedCovered = 0;
  let pairsWithRuleWord = 0;
  let pairsWithRuleWordRemoved = 0;

  for (const r of rows) {
    const complex = r[ci] ?? '';
    const simple = r[si] ?? '';
    const cSent = tokenise(complex);
    const sSent = tokenise(simple);
    const simpleWords = new Set(sSent.flat().map((t) => t.w));
    const covered = new Set(); // "s:i" positions in complex covered by a removed rule match
    let anyRule = false;
    let anyRemoved = false;

    for (const rule of rules) {
      const inComplex = findRuleMatches(rule, cSent);
      if (!inComplex.length) continue;
      anyRule = true;
      const inSimple = new Set(findRuleMatches(rule, sSent).map((m) => m.form));
      const stat = ruleStats.get(rule.id) ?? { inComplex: 0, removed: 0 };
      stat.inComplex += inComplex.length;
      for (const m of inComplex) {
        if (inSimple.has(m.form)) continue; // the editors kept it
        stat.removed++;
        anyRemoved = true;
        for (const i of m.words) covered.add(`${m.sentence}:${i}`);
        for (const i of m.words) {
          const w = cSent[m.sentence][i].w;
          if (!coveredBy.has(w)) coveredBy.set(w, new Set());
          coveredBy.get(w).add(rule.id);
        }
      }
      ruleStats.set(rule.id, stat);
    }
    if (anyRule) pairsWithRuleWord++;
    if (anyRemoved) pairsWithRuleWordRemoved++;

    cSent.forEach((words, s) =>
      words.forEach((t, i) => {
        if (!isCounted(t.w)) return;
        complexCount.set(t.w, (complexCount.get(t.w) ?? 0) + 1);
        if (simpleWords.has(t.w)) return;
        removedCount.set(t.w, (removedCount.get(t.w) ?? 0) + 1);
        removedTotal++;
        if (covered.has(`${s}:${i}`)) removedCovered++;
      }),
    );
  }
  return {
    pairs: rows.length,
    rules,
    removedCount,
    complexCount,
    coveredBy,
    ruleStats,
    removedTotal,
    removedCovered,
    pairsWithRuleWord,
    pairsWithRuleWordRemoved,
  };
}

function formRuleIndex(rules) {
  const index = new Map(); // single word -> rule id (any rule with a form containing that word as a non-gap word)
  for (const rule of rules)
    for (const { items } of rule.compiled)
      if (items.length === 1) index.set(items[0], rule.id);
  return index;
}

const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '0.0');

function report(result, corpusPath) {
  const { rules, removedCount, complexCount, coveredBy, ruleStats } = result;
  const singleForm = formRuleIndex(rules);
  const byCheck = {};
  for (const r of rules) byCheck[r.check] = (byCheck[r.check] ?? 0) + 1;

  const top = [...removedCount.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, TOP_N);
  const frequentlyRemoved = [...removedCount.entries()]
    .filter(([w, n]) => n >= 3 && n / complexCount.get(w) >= 0.75)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const ruleRow = (w) => {
    const ids = coveredBy.get(w);
    if (ids) return [...ids].join(', ');
    if (singleForm.has(w)) return `(${singleForm.get(w)}, kept by editors)`;
    return '';
  };
  const topRules = [...ruleStats.entries()].sort((a, b) => b[1].removed - a[1].removed || b[1].inComplex - a[1].inComplex);

  const lines = [];
  lines.push('# Rule coverage against human simplifications');
  lines.push('');
  lines.push('Generated by `node bench/rule-coverage.mjs`. Do not edit by hand: run the script again after changing `rules/`.');
  lines.push('');
  lines.push('## Method');
  lines.push('');
  lines.push(`- Corpus: \`${relative(repoRoot, corpusPath)}\`, ${result.pairs} pairs of a complex sentence from an Amsterdam municipal text and the version editors rewrote in plain language (EUPL-1.2).`);
  lines.push('- Words are lowercased word tokens (letters and digits, with inner hyphens and apostrophes). A word is **removed** when it occurs in Complex but not anywhere in Simple. Stopwords (articles, pronouns, auxiliaries, common prepositions), tokens with digits and numbers written as words (editors write *zes* as *6*) are ignored; officialese connectives such as *indien*, *echter* and *reeds* are deliberately not stopwords.');
  lines.push('- Every occurrence counts: a word removed twice from one sentence counts twice.');
  lines.push('- Rules are matched with the contract of `docs/dev/rule-format.md` (whole words, case-insensitive, `...` gap of 0 to 4 words, punctuation breaks a phrase, an exception drops a hit it covers). A rule match counts as **removed by the editors** when that form matches in Complex and not in Simple. A removed word occurrence is **covered** when it lies inside such a match.');
  lines.push('- Limits: the corpus is one city\'s web texts, not letters about benefits; editors also cut whole clauses, so many removed words are ordinary content words. Coverage is a lower bound on usefulness, not a recall score: a rule can be right where the editors kept the word.');
  lines.push('');
  lines.push('## Numbers');
  lines.push('');
  lines.push(`| measure | value |`);
  lines.push(`| --- | --- |`);
  lines.push(`| rules loaded | ${rules.length} (${Object.entries(byCheck).map(([c, n]) => `${c}: ${n}`).join(', ') || 'none'}) |`);
  lines.push(`| pairs | ${result.pairs} |`);
  lines.push(`| removed-word occurrences | ${result.removedTotal} |`);
  lines.push(`| removed-word occurrences matched by a rule | ${result.removedCovered} (${pct(result.removedCovered, result.removedTotal)}%) |`);
  lines.push(`| pairs containing any rule word (in Complex) | ${result.pairsWithRuleWord} (${pct(result.pairsWithRuleWord, result.pairs)}% of pairs) |`);
  lines.push(`| pairs where editors removed at least one rule word | ${result.pairsWithRuleWordRemoved} (${pct(result.pairsWithRuleWordRemoved, result.pairsWithRuleWord)}% of pairs with a rule word) |`);
  lines.push('');
  lines.push(`## Top ${TOP_N} removed words`);
  lines.push('');
  lines.push('| # | word | removed | in Complex | removal rate | covered by rule |');
  lines.push('| --- | --- | --- | --- | --- | --- |');
  top.forEach(([w, n], i) => lines.push(`| ${i + 1} | ${w} | ${n} | ${complexCount.get(w)} | ${pct(n, complexCount.get(w))}% | ${ruleRow(w)} |`));
  lines.push('');
  lines.push('## Words editors almost always remove');
  lines.push('');
  lines.push('Removed at least 3 times and in at least 75% of their occurrences: the best candidates for new rules.');
  lines.push('');
  lines.push('| word | removed | in Complex | covered by rule |');
  lines.push('| --- | --- | --- | --- |');
  for (const [w, n] of frequentlyRemoved) lines.push(`| ${w} | ${n} | ${complexCount.get(w)} | ${ruleRow(w)} |`);
  lines.push('');
  lines.push('## Rules that fire on the corpus');
  lines.push('');
  if (!topRules.length) lines.push('No rule matched any complex sentence.');
  else {
    lines.push('| rule | check | matches in Complex | removed by editors |');
    lines.push('| --- | --- | --- | --- |');
    const checkOf = new Map(rules.map((r) => [r.id, r.check]));
    for (const [id, s] of topRules) lines.push(`| ${id} | ${checkOf.get(id)} | ${s.inComplex} | ${s.removed} |`);
  }
  lines.push('');
  return lines.join('\n');
}

function main() {
  const corpusPath = resolve(process.argv[2] ?? defaultCorpus);
  if (!existsSync(corpusPath)) {
    console.error(`rule-coverage: corpus not found at ${corpusPath}. Pass the path of a pairs CSV as the first argument.`);
    process.exit(1);
  }
  const result = analyse(corpusPath);
  const md = report(result, corpusPath);
  const out = join(repoRoot, 'docs', 'rule-coverage.md');
  writeFileSync(out, md + '\n');
  console.log(`rules: ${result.rules.length}, pairs: ${result.pairs}`);
  console.log(`removed-word occurrences: ${result.removedTotal}, matched by a rule: ${result.removedCovered} (${pct(result.removedCovered, result.removedTotal)}%)`);
  console.log(`pairs with a rule word: ${result.pairsWithRuleWord}, of which editors removed one: ${result.pairsWithRuleWordRemoved}`);
  console.log(`wrote ${relative(process.cwd(), out)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
