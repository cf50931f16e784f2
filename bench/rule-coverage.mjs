// Rule coverage against human simplifications.
//
// Reads the Amsterdam complex/simple sentence pairs, finds the words that editors removed or replaced (word tokens
// in Complex but not in Simple, minus stopwords and numbers), and measures how many of those removals a curated rule
// would have flagged. Text, rules and matching are the core's own: buildModel (the text model the checks read),
// parseRuleFile, isActiveStatus and compileRules from @helder/core's dist, so this measures what the checker does.
//
// The pairs are split by document into a tuning part and a held-out part (see splitPart). Word lists that suggest
// new rules are printed for the tuning part only; the held-out part gets totals only, so it stays unseen.
// Writes docs/rule-coverage.md.
//
// Usage: pnpm -s build && node bench/rule-coverage.mjs [path/to/pairs.csv]

import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const defaultCorpus = resolve(repoRoot, '../shared/corpus/pairs/amsterdam-dev.csv');
const TOP_N = 60;
/** The held-out part takes whole documents in hash order while it stays within this share of the pairs. */
export const HELD_OUT_SHARE = 0.3;

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
// The split

/** FNV-1a, 32 bit: a fixed hash, so the split is the same on every machine and in every Node version. */
export function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Document id -> 'tuning' | 'held-out'. Whole documents go to one part, because the sentences of one text share
 * their words: splitting inside a document would leak them. Documents are ordered by the hash of their id and
 * taken into the held-out part while it stays within HELD_OUT_SHARE of the pairs (a document that would push it past
 * that share is skipped); the rest is the tuning part.
 */
export function splitPart(pairsPerDocument) {
  const total = [...pairsPerDocument.values()].reduce((a, b) => a + b, 0);
  const order = [...pairsPerDocument.keys()].sort((a, b) => fnv1a(`amsterdam-dev:${a}`) - fnv1a(`amsterdam-dev:${b}`) || a.localeCompare(b));
  const part = new Map();
  let heldOut = 0;
  for (const id of order) {
    // A large document that would push the held-out part past its share goes to tuning, so the share stays near 30%.
    const take = heldOut + pairsPerDocument.get(id) <= HELD_OUT_SHARE * total;
    part.set(id, take ? 'held-out' : 'tuning');
    if (take) heldOut += pairsPerDocument.get(id);
  }
  return part;
}

/** The pairs of the CSV with their part. Without a document id column every pair is its own document. */
export function readPairs(corpusPath) {
  const [header, ...rows] = parseCsv(readFileSync(corpusPath, 'utf8'));
  const col = (name) => header.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase());
  const [ci, si, di] = [col('Complex'), col('Simple'), col('Document ID')];
  if (ci < 0 || si < 0) throw new Error(`${corpusPath}: expected the columns Complex and Simple, found ${header.join(', ')}`);
  const pairs = rows.map((r) => ({ complex: r[ci] ?? '', simple: r[si] ?? '', doc: di >= 0 ? r[di].trim() : `pair:${r[ci]}` }));
  const perDocument = new Map();
  for (const p of pairs) perDocument.set(p.doc, (perDocument.get(p.doc) ?? 0) + 1);
  const part = splitPart(perDocument);
  for (const p of pairs) p.part = part.get(p.doc);
  return { pairs, part, byDocumentColumn: di >= 0 };
}

// ---------------------------------------------------------------------------------------------------------
// The core

const corePath = join(repoRoot, 'packages/core/dist/index.js');

export async function loadCore() {
  if (!existsSync(corePath)) throw new Error(`rule-coverage: ${relative(process.cwd(), corePath)} is missing. Run \`pnpm -s build\` first.`);
  return import(pathToFileURL(corePath).href);
}

/** The rules the checker uses: every file in rules/, parsed and filtered by the core. */
export function loadActiveRules(core, dir = join(repoRoot, 'rules')) {
  const all = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml') || n.endsWith('.yml')).sort()) {
    const { entries, errors } = core.parseRuleFile(readFileSync(join(dir, name), 'utf8'), `rules/${name}`);
    if (errors.length) throw new Error(`rules/${name}: ${errors.map((e) => `${e.line}:${e.field} ${e.message}`).join('; ')}`);
    all.push(...entries);
  }
  const active = all.filter((entry) => core.isActiveStatus(entry.status));
  return { all, active, engine: core.compileRules(active) };
}

// ---------------------------------------------------------------------------------------------------------

const isCounted = (w) => !STOPWORDS.has(w) && !NUMBER_WORDS.has(w) && !/\p{N}/u.test(w) && w.length > 1;
// The model keeps the period of an abbreviation ('etc.'); a removed word is counted without it.
const wordKey = (token) => token.lower.replace(/\.$/, '');

function emptyStats() {
  return {
    pairs: 0,
    documents: new Set(),
    removedCount: new Map(), // word -> removed occurrences
    complexCount: new Map(), // word -> occurrences in Complex
    coveredBy: new Map(), // word -> Set(rule id) for removed occurrences matched by a rule
    ruleStats: new Map(), // rule id -> {inComplex, removed}
    removedTotal: 0,
    removedCovered: 0,
    pairsWithRuleWord: 0,
    pairsWithRuleWordRemoved: 0,
  };
}

function addPair(stats, pair, core, engine, lists) {
  stats.pairs++;
  stats.documents.add(pair.doc);
  const cSent = core.buildModel(pair.complex, lists).sentences;
  const sSent = core.buildModel(pair.simple, lists).sentences;
  const simpleWords = new Set(sSent.flatMap((s) => s.words.filter((t) => t.kind === 'word').map(wordKey)));
  const inSimple = new Set(sSent.flatMap((s) => engine.match(s).map((m) => `${m.entry.id}\u0000${m.form}`)));
  const covered = new Set(); // tokens of Complex inside a rule match the editors removed
  let anyRule = false;
  let anyRemoved = false;
  for (const sentence of cSent) {
    for (const m of engine.match(sentence)) {
      anyRule = true;
      const stat = stats.ruleStats.get(m.entry.id) ?? { inComplex: 0, removed: 0, check: m.entry.check };
      stats.ruleStats.set(m.entry.id, stat);
      stat.inComplex++;
      if (inSimple.has(`${m.entry.id}\u0000${m.form}`)) continue; // the editors kept it
      stat.removed++;
      anyRemoved = true;
      for (const t of m.words) {
        covered.add(t);
        const w = wordKey(t);
        if (!simpleWords.has(w)) {
          if (!stats.coveredBy.has(w)) stats.coveredBy.set(w, new Set());
          stats.coveredBy.get(w).add(m.entry.id);
        }
      }
    }
  }
  if (anyRule) stats.pairsWithRuleWord++;
  if (anyRemoved) stats.pairsWithRuleWordRemoved++;
  for (const sentence of cSent) {
    for (const t of sentence.words) {
      if (t.kind !== 'word') continue;
      const w = wordKey(t);
      if (!isCounted(w)) continue;
      stats.complexCount.set(w, (stats.complexCount.get(w) ?? 0) + 1);
      if (simpleWords.has(w)) continue;
      stats.removedCount.set(w, (stats.removedCount.get(w) ?? 0) + 1);
      stats.removedTotal++;
      if (covered.has(t)) stats.removedCovered++;
    }
  }
}

export async function analyse(corpusPath) {
  const core = await loadCore();
  const rules = loadActiveRules(core);
  // Abbreviations, salutations and closings from data, as check() reads them.
  const data = (name) => readFileSync(join(repoRoot, 'packages/core/data', name), 'utf8');
  const lists = core.textListsFromTexts({ abbreviations: data('afkortingen.yaml'), salutations: data('woordenlijsten/aanheffen.yaml'), closings: data('woordenlijsten/slotgroeten.yaml') });
  const { pairs, byDocumentColumn } = readPairs(corpusPath);
  const parts = { tuning: emptyStats(), 'held-out': emptyStats(), all: emptyStats() };
  for (const pair of pairs) {
    addPair(parts[pair.part], pair, core, rules.engine, lists);
    addPair(parts.all, pair, core, rules.engine, lists);
  }
  return { rules, parts, byDocumentColumn };
}

/** Single-word forms -> rule id, to show that a rule exists for a word the editors kept. */
function formRuleIndex(entries) {
  const index = new Map();
  for (const entry of entries) for (const form of entry.forms) if (!/\s/.test(form.trim())) index.set(form.trim().toLowerCase().replace(/\.$/, ''), entry.id);
  return index;
}

const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '0.0');

function numbersTable(parts) {
  const cols = ['tuning', 'held-out', 'all'];
  const row = (label, f) => `| ${label} | ${cols.map((c) => f(parts[c])).join(' | ')} |`;
  return [
    `| measure | ${cols.join(' | ')} |`,
    `| --- | ${cols.map(() => '---').join(' | ')} |`,
    row('documents', (s) => s.documents.size),
    row('pairs', (s) => s.pairs),
    row('removed-word occurrences', (s) => s.removedTotal),
    row('removed-word occurrences matched by a rule', (s) => `${s.removedCovered} (**${pct(s.removedCovered, s.removedTotal)}%**)`),
    row('pairs containing any rule word (in Complex)', (s) => `${s.pairsWithRuleWord} (${pct(s.pairsWithRuleWord, s.pairs)}%)`),
    row('pairs where editors removed at least one rule word', (s) => `${s.pairsWithRuleWordRemoved} (${pct(s.pairsWithRuleWordRemoved, s.pairsWithRuleWord)}% of pairs with a rule word)`),
  ];
}

function report({ rules, parts, byDocumentColumn }, corpusPath) {
  const tuning = parts.tuning;
  const { removedCount, complexCount, coveredBy, ruleStats } = tuning;
  const singleForm = formRuleIndex(rules.active);
  const byCheck = {};
  for (const r of rules.active) byCheck[r.check] = (byCheck[r.check] ?? 0) + 1;
  const byStatus = {};
  for (const r of rules.all) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
  const docsOf = (s) => [...s.documents].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b)).join(', ');

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
  const topRules = [...ruleStats.entries()].sort((a, b) => b[1].removed - a[1].removed || b[1].inComplex - a[1].inComplex || a[0].localeCompare(b[0]));
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';

  const lines = [];
  lines.push('# Rule coverage against human simplifications');
  lines.push('');
  lines.push('Generated by `node bench/rule-coverage.mjs` (after `pnpm -s build`). Do not edit by hand: run the script again after changing `rules/` or the core.');
  lines.push('');
  lines.push(`Run on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpu} (${cpus().length} cores).`);
  lines.push('');
  lines.push('## Method');
  lines.push('');
  lines.push(`- Corpus: \`${relative(repoRoot, corpusPath)}\`, pairs of a complex sentence from an Amsterdam municipal text and the version editors rewrote in plain language (EUPL-1.2).`);
  lines.push('- Text, rules and matching are the checker\'s own, from `@helder/core` (dist): `buildModel` splits sentences and words as the checks see them, `parseRuleFile` reads `rules/*.yaml`, `isActiveStatus` keeps the rules the checker uses, and `compileRules` matches them (whole words, case-insensitive, `...` gap of 0 to 4 words that never crosses punctuation, longest match wins, an exception drops a hit it covers).');
  lines.push(`- Rules: ${rules.active.length} used by the checker (${Object.entries(byCheck).map(([c, n]) => `${c}: ${n}`).join(', ')}) of ${rules.all.length} in the files (${Object.entries(byStatus).map(([c, n]) => `${c}: ${n}`).join(', ')}).`);
  lines.push('- A word is a word token of the model (not a number, amount, name placeholder), lowercased, without the period of an abbreviation. A word is **removed** when it occurs in Complex but not anywhere in Simple. Stopwords (articles, pronouns, auxiliaries, common prepositions), tokens with digits and numbers written as words (editors write *zes* as *6*) are ignored; officialese connectives such as *indien*, *echter* and *reeds* are deliberately not stopwords. Every occurrence counts.');
  lines.push('- A rule match counts as **removed by the editors** when the same rule matches the same form in Complex and not in Simple. A removed word occurrence is **covered** when it is one of the words of such a match.');
  lines.push('- Limits: the corpus is one city\'s web texts, not letters about benefits; editors also cut whole clauses, so many removed words are ordinary content words. Coverage is a lower bound on usefulness, not a recall score: a rule can be right where the editors kept the word.');
  lines.push('');
  lines.push('## The split: tune on one part, report on the other');
  lines.push('');
  lines.push(byDocumentColumn
    ? `- Whole documents (column \`Document ID\`) go to one part, because the sentences of one text share their words. The documents are ordered by the FNV-1a hash of \`amsterdam-dev:<id>\` and taken into the **held-out** part while it stays within ${HELD_OUT_SHARE * 100}% of the pairs (a document that would push it past that share is skipped); the others form the **tuning** part. The split depends only on the ids, so it is the same on every run and machine.`
    : `- The file has no \`Document ID\` column, so every pair is its own document; pairs are ordered by the FNV-1a hash of their complex sentence and taken into the **held-out** part while it stays within ${HELD_OUT_SHARE * 100}% of the pairs.`);
  lines.push(`- Tuning documents: ${docsOf(parts.tuning)}.`);
  lines.push(`- Held-out documents: ${docsOf(parts['held-out'])}.`);
  lines.push('- **Work on the rules (issue 12) tunes on the tuning part only**: the word lists below come from it alone. The held-out part is reported as totals only; do not read its sentences to choose rules, or its number stops meaning anything.');
  lines.push('- Honest caveat: the rules in `rules/` today were written with the whole dev file in view, before this split existed, so today\'s held-out number is not yet a clean test. It becomes one for every rule added from now on; sentences the team has never seen (issue 12: 8.8% with the old method) remain the real test.');
  lines.push('');
  lines.push('## Numbers');
  lines.push('');
  lines.push(...numbersTable(parts));
  lines.push('');
  const perDoc = (s) => (s.pairs / Math.max(1, s.documents.size)).toFixed(0);
  lines.push(`The held-out part has ${parts['held-out'].documents.size} documents of ${perDoc(parts['held-out'])} pairs on average, the tuning part ${parts.tuning.documents.size} of ${perDoc(parts.tuning)}, so the parts differ in topic too: part of the gap between them is the documents, not only rules fitted to the sentences they came from.`);
  lines.push('');
  lines.push('Before 2026-12-02 this script had its own tokenizer and matcher, loaded all 397 rules (also the 9 with status `voorstel`, which the checker does not use) and let a gap cross punctuation. On the same split it gave 25.6% (tuning), 12.6% (held-out) and 22.2% (all) of removed-word occurrences; the numbers above are what the checker itself does.');
  lines.push('');
  lines.push(`## Top ${TOP_N} removed words (tuning part)`);
  lines.push('');
  lines.push('| # | word | removed | in Complex | removal rate | covered by rule |');
  lines.push('| --- | --- | --- | --- | --- | --- |');
  top.forEach(([w, n], i) => lines.push(`| ${i + 1} | ${w} | ${n} | ${complexCount.get(w)} | ${pct(n, complexCount.get(w))}% | ${ruleRow(w)} |`));
  lines.push('');
  lines.push('## Words editors almost always remove (tuning part)');
  lines.push('');
  lines.push('Removed at least 3 times and in at least 75% of their occurrences: the best candidates for new rules.');
  lines.push('');
  lines.push('| word | removed | in Complex | covered by rule |');
  lines.push('| --- | --- | --- | --- |');
  for (const [w, n] of frequentlyRemoved) lines.push(`| ${w} | ${n} | ${complexCount.get(w)} | ${ruleRow(w)} |`);
  lines.push('');
  lines.push('## Rules that fire on the tuning part');
  lines.push('');
  if (!topRules.length) lines.push('No rule matched any complex sentence.');
  else {
    lines.push('| rule | check | matches in Complex | removed by editors |');
    lines.push('| --- | --- | --- | --- |');
    for (const [id, s] of topRules) lines.push(`| ${id} | ${s.check} | ${s.inComplex} | ${s.removed} |`);
  }
  lines.push('');
  return lines.join('\n');
}

async function main() {
  const corpusPath = resolve(process.argv[2] ?? defaultCorpus);
  if (!existsSync(corpusPath)) {
    console.error(`rule-coverage: corpus not found at ${corpusPath}. Pass the path of a pairs CSV as the first argument.`);
    process.exit(1);
  }
  const result = await analyse(corpusPath);
  const out = join(repoRoot, 'docs', 'rule-coverage.md');
  writeFileSync(out, report(result, corpusPath) + '\n');
  console.log(`rules used: ${result.rules.active.length} of ${result.rules.all.length}`);
  for (const [name, s] of Object.entries(result.parts))
    console.log(`${name}: ${s.documents.size} documents, ${s.pairs} pairs, removed-word occurrences ${s.removedTotal}, matched by a rule ${s.removedCovered} (${pct(s.removedCovered, s.removedTotal)}%), pairs with a rule word ${s.pairsWithRuleWord}, with one removed ${s.pairsWithRuleWordRemoved}`);
  console.log(`wrote ${relative(process.cwd(), out)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
