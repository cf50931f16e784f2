// Rule quality (issue 12): how well the word advice of Helder matches what plain-language editors did, and how
// often it speaks up in letters. Runs the checker itself (check() of @helder/node, dist) on both sides of the
// Amsterdam dev pairs and on ../shared/corpus/letters, with the tuning/held-out split of bench/rule-coverage.mjs.
// Writes docs/rule-quality.md and appends the numbers to bench/results/rule-quality-history.json (the trend).
//
// Usage: pnpm -s build && node bench/rule-quality.mjs [--quick]   (--quick: no threshold sweep, no history entry)
//        node bench/rule-quality.mjs --judged-only   (only the usefulness section, from bench/review/judged.tsv)

import {readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync, mkdtempSync} from 'node:fs';
import {cpus, loadavg, tmpdir} from 'node:os';
import {execSync} from 'node:child_process';
import {join, resolve, relative} from 'node:path';
import {pathToFileURL} from 'node:url';
import {readPairs} from './rule-coverage.mjs';
import {judgedUsefulness} from './judged.mjs';

const repoRoot = resolve(import.meta.dirname, '..');
const pairsPath = resolve(repoRoot, '../shared/corpus/pairs/amsterdam-dev.csv');
const lettersDir = resolve(repoRoot, '../shared/corpus/letters');
const judgedPath = join(repoRoot, 'bench/review/judged.tsv');
const historyPath = join(repoRoot, 'bench/results/rule-quality-history.json');
const quick = process.argv.includes('--quick');

/** The checks that advise on a word: their findings are "word findings". */
export const vocabularyChecks = ['moeilijk-woord', 'afschrikwoord', 'zeldzaam-woord'];
const sweepCounts = [3, 4, 5, 6, 7, 10, 20];

/** The targets of issue 12 for unseen data (the held-out part stands in for it). */
const targets = {hardFlagged: 70, hardFirstFits: 45, removedCovered: 18, simpleWithFinding: 5};

const nodeDist = join(repoRoot, 'packages/node/dist/index.js');
if (!existsSync(nodeDist)) {
  console.error(`rule-quality: ${relative(process.cwd(), nodeDist)} is missing. Run \`pnpm -s build\` first.`);
  process.exit(1);
}
const {check, createNodeLoader} = await import(pathToFileURL(nodeDist).href);
const {defaultThresholds} = await import(pathToFileURL(join(repoRoot, 'packages/core/dist/index.js')).href);
const defaultRareWordCount = defaultThresholds.rareWordCount;
const loader = createNodeLoader();

const pct = (a, b) => (b ? (100 * a) / b : 0);
const fmt = (value) => `${value.toFixed(1)}%`;
const wordsOf = (model) => model.sentences.flatMap((sentence) => sentence.words.filter((token) => token.kind === 'word'));
const keyOf = (token) => token.lower.replace(/\.$/, '');
const STOP = new Set(
  `de het een en of maar want dus van in op aan met voor bij naar uit over door om tot tegen zonder onder als dan dat die dit deze wat wie waar hoe
  wanneer waarom welke welk er hier daar niet geen wel ook nog al is zijn was waren ben bent wordt worden werd werden word heeft hebben had hadden
  hebt heb kan kunnen kunt kon konden zal zullen zult zou zouden moet moeten moest mag mogen wil willen wilt gaat gaan ga ging doet doen doe te zo
  u uw ik je jij jou jouw we wij ons onze hij zij ze zich hun hen haar hem men mijn elk elke ieder iedere alle alles veel meer meest ander andere
  anderen zelf even toe af mee na heel erg`.split(/\s+/).filter(Boolean),
);
const counted = (word) => !STOP.has(word) && !/\p{N}/u.test(word) && word.length > 1;

/** The corpus letters without their first line: "# repo=... | licence=..." is provenance in English, not the letter. */
function readLetters() {
  return readdirSync(lettersDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({name, text: readFileSync(join(lettersDir, name), 'utf8').replace(/^# repo=[^\n]*\n/, '')}));
}

/** A setup is a configuration and the loader to check with (the loader decides which rule files there are). */
async function run(text, {config, loader: useLoader = loader}) {
  return check(text, {loader: useLoader, config});
}

/**
 * One side of every pair of a document, checked as one text (each pair a paragraph), as a letter is checked: a
 * tip given once per text (zeldzaam-woord) then counts once per document. Returns per pair its findings and words.
 */
async function sides(texts, setup) {
  let joined = '';
  const ranges = [];
  for (const text of texts) {
    if (joined !== '') joined += '\n\n';
    const start = joined.length;
    joined += text.replace(/\s*\n\s*/g, ' ');
    ranges.push([start, joined.length]);
  }
  const result = await run(joined, setup);
  const tokens = wordsOf(result.model);
  // Sentences as the core splits them; a sentence without a word (a lone number or mark) is no sentence to judge.
  const sentences = result.model.sentences.filter((sentence) => sentence.words.some((token) => token.kind === 'word'));
  return ranges.map(([start, end]) => {
    const own = tokens.filter((token) => token.start >= start && token.end <= end);
    const findings = result.findings.filter((finding) => finding.offset >= start && finding.offset < end);
    return {
      findings,
      sentences: sentences.filter((sentence) => sentence.start >= start && sentence.start < end),
      tokens: own,
      words: new Set(own.map(keyOf)),
      sequence: ` ${own.map(keyOf).join(' ')} `,
    };
  });
}

const findingKey = (finding) => `${finding.ruleId}\u0000${finding.entryId ?? ''}\u0000${finding.actual.toLowerCase()}`;

function emptyPart() {
  return {
    pairs: 0, complexWords: 0, simpleWords: 0,
    removed: 0, removedCovered: 0, removedCoveredRare: 0,
    vocabFindings: 0, vocabKept: 0, rareKept: 0, withSuggestion: 0, firstInSimple: 0,
    simplePairs: 0, simpleWithFinding: 0, simpleWithRare: 0, simpleSentences: 0, simpleSentencesWithFinding: 0, simpleSentencesWithRare: 0,
    hardTotal: 0, hardFlagged: 0, hardFirstFits: 0,
    perCheckComplex: new Map(), perCheckSimple: new Map(),
    perRuleComplex: new Map(), perRuleSimple: new Map(), perRuleSimpleExample: new Map(),
  };
}

const bump = (map, key, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

/**
 * Measure one configuration on the pairs. Hard words (a proxy: the corpus has no annotation) are the words the
 * editors removed consistently within the part: at least twice in Complex and removed in at least 75% of them.
 */
async function measurePairs(pairs, setup) {
  const parts = {tuning: emptyPart(), 'held-out': emptyPart()};
  const rows = [];
  const documents = new Map();
  for (const pair of pairs) documents.set(pair.doc, [...(documents.get(pair.doc) ?? []), pair]);
  for (const group of documents.values()) {
    const complex = await sides(group.map((pair) => pair.complex), setup);
    const simple = await sides(group.map((pair) => pair.simple), setup);
    group.forEach((pair, index) => rows.push({pair, complex: complex[index], simple: simple[index]}));
  }
  // The hard-word proxy per part, from the editors' work alone.
  const occurrences = {tuning: new Map(), 'held-out': new Map()};
  for (const {pair, complex, simple} of rows) {
    for (const token of complex.tokens) {
      const word = keyOf(token);
      if (!counted(word)) continue;
      const stat = occurrences[pair.part].get(word) ?? {all: 0, removed: 0};
      stat.all++;
      if (!simple.words.has(word)) stat.removed++;
      occurrences[pair.part].set(word, stat);
    }
  }
  const hard = Object.fromEntries(Object.entries(occurrences).map(([part, map]) => [part, new Set([...map].filter(([, s]) => s.all >= 2 && s.removed / s.all >= 0.75).map(([w]) => w))]));
  for (const {pair, complex, simple} of rows) {
    const stats = parts[pair.part];
    stats.pairs++;
    stats.complexWords += complex.tokens.length;
    stats.simpleWords += simple.tokens.length;
    const simpleKeys = new Set(simple.findings.map(findingKey));
    const vocab = complex.findings.filter((finding) => vocabularyChecks.includes(finding.ruleId));
    for (const finding of complex.findings) {
      bump(stats.perCheckComplex, finding.ruleId);
      if (finding.entryId) bump(stats.perRuleComplex, `${finding.ruleId}/${finding.entryId}`);
    }
    const inFinding = (token, finding) => token.start >= finding.offset && token.end <= finding.offset + finding.length;
    for (const finding of vocab) {
      stats.vocabFindings++;
      const inside = complex.tokens.filter((token) => inFinding(token, finding));
      if (inside.length > 0 && inside.every((token) => simple.words.has(keyOf(token)))) {
        stats.vocabKept++;
        if (finding.ruleId === 'zeldzaam-woord') stats.rareKept++;
      }
      if (process.env.RULE_QUALITY_DUMP && pair.part === 'tuning' && finding.expected.length > 1) {
        const fits = finding.expected.findIndex((option) => simple.sequence.includes(` ${option.toLowerCase()} `));
        if (fits > 0) console.log(`order\t${finding.entryId}\t${finding.actual}\t${finding.expected.join('|')}\t${fits}`);
      }
      if (finding.expected.length > 0) {
        stats.withSuggestion++;
        if (simple.sequence.includes(` ${finding.expected[0].toLowerCase()} `)) stats.firstInSimple++;
      }
    }
    for (const token of complex.tokens) {
      const word = keyOf(token);
      if (!counted(word)) continue;
      const finding = vocab.find((item) => inFinding(token, item));
      if (hard[pair.part].has(word) && !simple.words.has(word)) {
        stats.hardTotal++;
        if (process.env.RULE_QUALITY_DUMP && pair.part === 'tuning' && !finding) console.log(`miss\t${word}\t${token.text}`);
        if (finding) {
          stats.hardFlagged++;
          if (finding.expected.length > 0 && simple.sequence.includes(` ${finding.expected[0].toLowerCase()} `)) stats.hardFirstFits++;
        }
      }
      if (simple.words.has(word)) continue;
      stats.removed++;
      // Covered: a word finding spans it and the editors removed that finding (it is not in Simple).
      if (finding && !simpleKeys.has(findingKey(finding))) {
        stats.removedCovered++;
        if (finding.ruleId === 'zeldzaam-woord') stats.removedCoveredRare++;
      }
    }
    stats.simplePairs++;
    const simpleVocab = simple.findings.filter((finding) => vocabularyChecks.includes(finding.ruleId));
    if (simpleVocab.length > 0) stats.simpleWithFinding++;
    if (simpleVocab.some((finding) => finding.ruleId === 'zeldzaam-woord')) stats.simpleWithRare++;
    // Per sentence (the target speaks of plain sentences): a sentence of Simple with a word finding in it.
    for (const sentence of simple.sentences) {
      stats.simpleSentences++;
      const inSentence = simpleVocab.filter((finding) => finding.offset >= sentence.start && finding.offset < sentence.end);
      if (inSentence.length > 0) stats.simpleSentencesWithFinding++;
      if (inSentence.some((finding) => finding.ruleId === 'zeldzaam-woord')) stats.simpleSentencesWithRare++;
    }
    if (process.env.RULE_QUALITY_DUMP && pair.part === 'tuning') {
      for (const finding of vocab.filter((item) => item.ruleId === 'zeldzaam-woord')) console.log(`complex\t${finding.actual}\t${simple.words.has(finding.actual.toLowerCase()) ? 'kept' : 'removed'}`);
      for (const finding of simpleVocab.filter((item) => item.ruleId === 'zeldzaam-woord')) console.log(`simple\t${finding.actual}`);
      for (const finding of simpleVocab) console.log(`plain\t${finding.ruleId}/${finding.entryId ?? ''}\t${finding.actual}\t${finding.expected.slice(0, 2).join('|')}\t${pair.simple.replace(/\s+/g, ' ')}`);
    }
    for (const finding of simple.findings) {
      bump(stats.perCheckSimple, finding.ruleId);
      if (finding.entryId || finding.ruleId === 'zeldzaam-woord') {
        const rule = `${finding.ruleId}/${finding.entryId ?? finding.actual.toLowerCase()}`;
        bump(stats.perRuleSimple, rule);
        if (!stats.perRuleSimpleExample.has(rule)) stats.perRuleSimpleExample.set(rule, pair.simple);
      }
    }
  }
  return parts;
}

async function measureLetters(letters, setup) {
  const perCheck = new Map();
  const perRule = new Map();
  let words = 0;
  for (const letter of letters) {
    const result = await run(letter.text, setup);
    words += result.stats.words;
    for (const finding of result.findings) {
      bump(perCheck, finding.ruleId);
      if (finding.entryId) bump(perRule, `${finding.ruleId}/${finding.entryId}`);
      else if (finding.ruleId === 'zeldzaam-woord') bump(perRule, `zeldzaam-woord/${finding.actual.toLowerCase()}`);
    }
  }
  return {words, perCheck, perRule};
}

function summary(part) {
  return {
    removedCovered: pct(part.removedCovered, part.removed),
    vocabKept: pct(part.vocabKept, part.vocabFindings),
    firstInSimple: pct(part.firstInSimple, part.withSuggestion),
    hardFlagged: pct(part.hardFlagged, part.hardTotal),
    hardFirstFits: pct(part.hardFirstFits, part.hardTotal),
    simpleWithFinding: pct(part.simpleWithFinding, part.simplePairs),
    simpleSentencesWithFinding: pct(part.simpleSentencesWithFinding, part.simpleSentences),
  };
}

function readJudged() {
  const judged = judgedUsefulness(judgedPath);
  return judged?.error ? {error: `${relative(repoRoot, judgedPath)} ${judged.error}`} : judged;
}

const today = new Date().toISOString().slice(0, 10);
const commit = (() => {
  try {
    const head = execSync('git rev-parse --short HEAD', {cwd: repoRoot}).toString().trim();
    // Uncommitted changes to the code or the rules make the numbers those of no commit: mark them.
    const dirty = execSync('git status --porcelain -- packages rules', {cwd: repoRoot}).toString().trim() !== '';
    return dirty ? `${head}+changes` : head;
  } catch {
    return 'unknown';
  }
})();

/** A loader that finds no rule files: the checks run without any curated rule. */
function noRulesLoader() {
  return createNodeLoader({ruleDirs: [mkdtempSync(join(tmpdir(), 'helder-no-rules-'))]});
}

async function main() {
  const started = performance.now();
  const {pairs} = readPairs(pairsPath);
  const letters = readLetters();
  // "alone": no curated rule files at all, so zeldzaam-woord is the only word check. The curated rules were mined
  // from the tuning part; without them the tuning part shows how the rare-word check does on words no rule names,
  // which is what unseen text is full of.
  const setups = {without: {config: {rules: {'zeldzaam-woord': 'off'}}}, with: {config: {}}, alone: {config: {}, loader: noRulesLoader()}};
  const pairResults = {};
  const letterResults = {};
  for (const [name, setup] of Object.entries(setups)) {
    if (process.env.RULE_QUALITY_DUMP) console.log(`setup\t${name}`);
    pairResults[name] = await measurePairs(pairs, setup);
    letterResults[name] = await measureLetters(letters, setup);
  }
  const sweep = [];
  if (!quick) {
    const tuningPairs = pairs.filter((pair) => pair.part === 'tuning');
    for (const count of sweepCounts) {
      const config = {thresholds: {rareWordCount: count}};
      const tuning = (await measurePairs(tuningPairs, {config})).tuning;
      const alone = (await measurePairs(tuningPairs, {config, loader: setups.alone.loader})).tuning;
      const letterStats = await measureLetters(letters, {config});
      sweep.push({count, tuning, alone, letters: letterStats});
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const lines = report({pairs, letters, pairResults, letterResults, sweep, seconds});
  writeFileSync(join(repoRoot, 'docs/rule-quality.md'), lines.join('\n') + '\n');
  const now = pairResults.with;
  console.log(`tuning: ${JSON.stringify(summary(now.tuning))}`);
  console.log(`held-out: ${JSON.stringify(summary(now['held-out']))}`);
  console.log(`zeldzaam-woord alone, tuning: ${JSON.stringify(summary(pairResults.alone.tuning))}`);
  console.log(`wrote docs/rule-quality.md in ${seconds.toFixed(0)} s`);
}

function history(entry) {
  let entries = [];
  if (existsSync(historyPath)) entries = JSON.parse(readFileSync(historyPath, 'utf8'));
  if (!quick) {
    entries = entries.filter((item) => !(item.date === entry.date && item.commit === entry.commit));
    entries.push(entry);
    mkdirSync(join(repoRoot, 'bench/results'), {recursive: true});
    writeFileSync(historyPath, JSON.stringify(entries, null, 2) + '\n');
  }
  return entries;
}

function report({pairs, letters, pairResults, letterResults, sweep, seconds}) {
  const now = pairResults.with;
  const before = pairResults.without;
  const s = {tuning: summary(now.tuning), 'held-out': summary(now['held-out'])};
  const b = {tuning: summary(before.tuning), 'held-out': summary(before['held-out'])};
  const letterWords = letterResults.with.words;
  const per100 = (n) => ((100 * n) / Math.max(1, letterWords)).toFixed(2);
  const entries = history({
    date: today,
    commit,
    tuning: s.tuning,
    heldOut: s['held-out'],
    lettersPer100: Object.fromEntries([...letterResults.with.perCheck].map(([id, n]) => [id, Number(per100(n))])),
  });
  const [load1, load5] = loadavg();
  const L = [];
  L.push('# Rule quality: word advice against human simplifications');
  L.push('');
  L.push('Generated by `node bench/rule-quality.mjs` (after `pnpm -s build`). Do not edit by hand.');
  L.push('');
  L.push(`Run on ${today} at commit ${commit}, Node ${process.version}, ${cpus()[0]?.model.trim() ?? 'unknown CPU'} (${cpus().length} cores), load average ${load1.toFixed(2)} / ${load5.toFixed(2)}, ${seconds.toFixed(0)} s.`);
  L.push('');
  L.push('## Method');
  L.push('');
  L.push(`- Corpus: \`../shared/corpus/pairs/amsterdam-dev.csv\` (${pairs.length} pairs of a complex sentence and the editors' plain version) and the ${letters.length} letters of \`../shared/corpus/letters\` (their first line, \`# repo=...\`, is provenance and is left out).`);
  L.push('- Everything is measured with `check()` of `@helder/node`, with the default settings: the findings a user sees. Each side of a document is checked as one text, one pair per paragraph, as a letter is checked (so a tip that Helder gives once per text counts once per document).');
  L.push('- The split is the one of `bench/rule-coverage.mjs` (whole documents, FNV-1a order, at most 30% held out). **Tune on the tuning part only**; the held-out part stands in for unseen data and is reported as totals.');
  L.push(`- **Word findings** are those of the vocabulary checks: ${vocabularyChecks.map((id) => `\`${id}\``).join(', ')}.`);
  L.push('- **Replaced words covered**: the method of `docs/rule-coverage.md` (word tokens of Complex that are not in Simple, minus stopwords and numbers), covered when a word finding spans the token and the same finding (check, rule, words) is not in Simple.');
  L.push('- **Word findings on kept words** (false-alarm proxy): a word finding in Complex whose words all occur in Simple. The editors kept the word; the advice may still be right, so this is an upper bound on false alarms.');
  L.push('- **First suggestion in Simple**: of the word findings with a suggestion, the share whose first suggestion occurs as a phrase in the Simple sentence.');
  L.push('- **Hard words** (proxy: the corpus has no annotation of hard words): words that the editors removed consistently in that part of the corpus, at least twice in Complex and removed in at least 75% of them. *Flagged*: a word finding spans the occurrence. *First suggestion fits*: its first suggestion occurs in Simple (share of all hard-word occurrences).');
  L.push('- **Plain sentences with a word finding**: two measures, both shown. *Per side*: the share of Simple sides (the editors\' plain version of one complex sentence, our stand-in for plain B1 text; a side often has several sentences) with at least one word finding. *Per sentence*: the share of the sentences of Simple, as the core splits them (`model.sentences`, those with a word), with at least one word finding starting in them. The target speaks of sentences; the per-side share is the stricter one.');
  L.push('');
  L.push('## Targets and numbers');
  L.push('');
  L.push('Targets of issue 12 for unseen data; the held-out column is the one to judge. "Before" is the same run with `zeldzaam-woord` off.');
  L.push('');
  L.push('| measure | target | tuning before | tuning | held-out before | held-out | met (held-out) |');
  L.push('| --- | --- | --- | --- | --- | --- | --- |');
  const row = (label, key, target, atMost = false) => {
    const met = atMost ? s['held-out'][key] <= target : s['held-out'][key] >= target;
    L.push(`| ${label} | ${target === undefined ? '' : `${atMost ? '≤' : '≥'} ${target}%`} | ${fmt(b.tuning[key])} | **${fmt(s.tuning[key])}** | ${fmt(b['held-out'][key])} | **${fmt(s['held-out'][key])}** | ${target === undefined ? '' : met ? 'yes' : 'no'} |`);
  };
  row('hard words flagged', 'hardFlagged', targets.hardFlagged);
  row('hard words with a first suggestion that fits', 'hardFirstFits', targets.hardFirstFits);
  row('replaced words covered', 'removedCovered', targets.removedCovered);
  row('plain sentences with a word finding (per sentence)', 'simpleSentencesWithFinding', targets.simpleWithFinding, true);
  row('plain sides with a word finding (per Simple side)', 'simpleWithFinding', targets.simpleWithFinding, true);
  row('word findings on kept words (false-alarm proxy)', 'vocabKept');
  row('first suggestion in Simple', 'firstInSimple');
  L.push('');
  const alone = {tuning: summary(pairResults.alone.tuning), 'held-out': summary(pairResults.alone['held-out'])};
  L.push(`Without any curated rule (zeldzaam-woord alone, the words no rule names): hard words flagged ${fmt(alone.tuning.hardFlagged)} on the tuning part and ${fmt(alone['held-out'].hardFlagged)} held out; plain sentences with a tip ${fmt(alone.tuning.simpleSentencesWithFinding)} and ${fmt(alone['held-out'].simpleSentencesWithFinding)}.`);
  L.push('');
  L.push('| counts | tuning | held-out |');
  L.push('| --- | --- | --- |');
  for (const [label, key] of [['pairs', 'pairs'], ['sentences in Simple', 'simpleSentences'], ['... with a word finding', 'simpleSentencesWithFinding'], ['words in Complex', 'complexWords'], ['replaced words', 'removed'], ['replaced words covered', 'removedCovered'], ['... of them by zeldzaam-woord', 'removedCoveredRare'], ['hard-word occurrences', 'hardTotal'], ['word findings in Complex', 'vocabFindings'], ['... with a suggestion', 'withSuggestion']]) {
    L.push(`| ${label} | ${now.tuning[key]} | ${now['held-out'][key]} |`);
  }
  L.push('');
  L.push('## Findings per 100 words in the letters');
  L.push('');
  L.push(`${letters.length} letters, ${letterWords} words.`);
  L.push('');
  L.push('| check | findings | per 100 words |');
  L.push('| --- | --- | --- |');
  for (const [id, n] of [...letterResults.with.perCheck].sort((x, y) => y[1] - x[1])) L.push(`| ${id} | ${n} | ${per100(n)} |`);
  L.push('');
  L.push('## Trend');
  L.push('');
  L.push('One row per run of this script without `--quick` (bench/results/rule-quality-history.json), held-out part.');
  L.push('');
  L.push('Plain sentences per sentence were first measured on 2026-12-02 (\u2013 in older rows).');
  L.push('');
  L.push('| date | commit | hard flagged | first fits | covered | plain sides with finding | plain sentences with finding | kept-word share | zeldzaam-woord per 100 words (letters) |');
  L.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const e of entries) {
    const h = e.heldOut;
    L.push(`| ${e.date} | ${e.commit} | ${fmt(h.hardFlagged)} | ${fmt(h.hardFirstFits)} | ${fmt(h.removedCovered)} | ${fmt(h.simpleWithFinding)} | ${h.simpleSentencesWithFinding === undefined ? '\u2013' : fmt(h.simpleSentencesWithFinding)} | ${fmt(h.vocabKept)} | ${e.lettersPer100['zeldzaam-woord'] ?? 0} |`);
  }
  L.push('');
  if (sweep.length > 0) {
    L.push('## Choosing the threshold of zeldzaam-woord (tuning part only)');
    L.push('');
    L.push('`thresholds.rareWordCount`: a word, or the least known part of a compound, seen fewer times than this in SUBTLEX-NL is rare.');
    L.push('');
    // Each step up must pay for itself: the curated rules already use more than the whole plain-text budget, so a
    // higher threshold is taken only while every step covers at least as many more replaced words as it adds plain
    // sentences with a tip (tuning part, default setup). Until 2026-12-03 the rule was "the highest threshold within
    // half the budget (2.5%)"; it picked 6, where two more covered words cost twelve plain sentences with a tip.
    let chosen = sweep[0]?.count;
    for (let at = 1; at < sweep.length; at++) {
      const [lower, higher] = [sweep[at - 1].tuning, sweep[at].tuning];
      const gain = higher.removedCoveredRare - lower.removedCoveredRare;
      const cost = higher.simpleSentencesWithRare - lower.simpleSentencesWithRare;
      if (gain < cost || gain === 0) break;
      chosen = sweep[at].count;
    }
    L.push(`Rule for the default: raise the threshold step by step (tuning part, default setup) while each step covers at least as many more replaced words as it adds plain sentences (the Simple side, per sentence) with a zeldzaam-woord tip, and covers at least one more. The curated rules already use more than the whole plain-text budget of ${targets.simpleWithFinding}%, so a step must pay for itself. On this run that is **${chosen ?? 'none'}**; the default in \`packages/core/src/config.ts\` is **${defaultRareWordCount}**${chosen === defaultRareWordCount ? ' (agrees with docs/rules/zeldzaam-woord.md)' : ' (differs: update the default and docs/rules/zeldzaam-woord.md)'}. The "on kept words" share hardly moves with the threshold (50-70%): in these policy texts the editors keep most rare words, often because the text is about them (coöperatie, genderidentiteit). Without curated rules ("alone") most steps cost three or more plain sentences with a tip per hard-word occurrence they add: SUBTLEX-NL (subtitles) counts many plain policy words (fietsenstalling, huurwoningen, terminologie) as rarely as hard ones, so the frequency alone cannot tell them apart.`);
    L.push('');
    L.push('The last two columns run the same threshold **without any curated rule** ("alone"): the curated rules were mined from the tuning part, so with them the tuning part hides what the check does for words no rule names. Alone, the check shows how many hard words it would catch in text the rules do not know, and at what cost in plain sentences.');
    L.push('');
    L.push('| rareWordCount | zeldzaam-woord findings in Complex | on kept words | plain sentences with a zeldzaam-woord tip | plain sides with a tip | replaced words it covers | per 100 words (letters) | alone: hard words flagged | alone: plain sentences with a tip |');
    L.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const {count, tuning, alone, letters: l} of sweep) {
      const rare = tuning.perCheckComplex.get('zeldzaam-woord') ?? 0;
      const simpleRare = tuning.perCheckSimple.get('zeldzaam-woord') ?? 0;
      L.push(`| ${count} | ${rare} | ${fmt(pct(tuning.rareKept ?? 0, rare))} | ${fmt(pct(tuning.simpleSentencesWithRare, tuning.simpleSentences))} | ${fmt(pct(tuning.simpleWithRare, tuning.simplePairs))} (${simpleRare} tips) | ${tuning.removedCoveredRare} | ${((100 * (l.perCheck.get('zeldzaam-woord') ?? 0)) / Math.max(1, l.words)).toFixed(2)} | ${fmt(pct(alone.hardFlagged, alone.hardTotal))} (${alone.hardFlagged} of ${alone.hardTotal}) | ${fmt(pct(alone.simpleSentencesWithRare, alone.simpleSentences))} |`);
    }
    L.push('');
  }
  L.push('## Rules that fire on plain text');
  L.push('');
  L.push('Every rule (and every zeldzaam-woord word) that fires on the Simple side, text the editors considered plain. Review each: a context (`contexts` with `skip`, see docs/dev/rule-format.md), an exception or a narrower form, or keep it because the editors kept a word readers still stumble on. Example sentences come from the tuning part only; the held-out part gives counts.');
  L.push('');
  L.push('Reviewed and changed on 2026-12-02 (issue 12): `dienen-te` (only with *te*: "u dient een bezwaar in" and "dient om" are no longer flagged), `verzoeken` (the noun *verzoek*, *uw verzoeken*: no advice; verb forms get the form that agrees), `plaatsvinden` (*een plaats*, *in plaats van*: no advice, also against the gap forms, with `exceptionScope: overlap`; the better word agrees: *vindt plaats* → *is*). Later on 2026-12-02: a word the text explains (a definition line, *betekent*, *, dat is een ...*, *Met X bedoelen we*, *Dat heet X*, brackets) gets no word finding there and after it, for every rule and for `zeldzaam-woord`; `vaststellen` gives no advice on a plan or rule that a council adopts (*is vastgesteld door*, *een vastgesteld plan*, *dat het bestuur vaststelde*); `doelgroep` none in a sentence about groups that does not address the reader (`over-anderen`). On 2026-12-03 every rule in this table (tuning part) and every rule with a known word (SUBTLEX-NL Zipf 3.0 or more) was reviewed, with the decision per rule in docs/dev/plain-text-review.md: no advice inside the name of a law (*Wet kwaliteit, klachten en geschillen zorg*); *de verzoeker uit lid 5* is a term; `once` on terms the editors keep as the topic (*ontbinden*, *besluitvorming*, *belanghebbende*, *representatief*, *opwekken*, *omgevingsvergunning*, *maaiveld*, *laaggeletterde*, *doelgroep*), with the number of later uses in the advice; a `once` term explained in the next two sentences gets no advice; `zeldzaam-woord` gives one tip per rare part (*gender...*); forms of known words dropped where the advice did not fit (*mondelinge*, *gezamenlijke*, *doeltreffend*, *hernieuwbaar materiaal*). Later on 2026-12-03 (docs/dev/plain-text-review.md, last section): `communiceren` gives no advice on talking with someone (*met ... communiceert*); `zeldzaam-woord` knows participles and stressed forms of known words (*geformuleerd*, *iederéén*), and its threshold follows a cost rule (below).');
  L.push('');
  L.push('| rule | on Simple (tuning) | on Simple (held-out) | in Complex (both) | in letters | first example (Simple, tuning) |');
  L.push('| --- | --- | --- | --- | --- | --- |');
  const simpleRules = new Map();
  for (const part of Object.values(now)) for (const [rule, n] of part.perRuleSimple) bump(simpleRules, rule, n);
  const complexOf = (rule) => (now.tuning.perRuleComplex.get(rule) ?? 0) + (now['held-out'].perRuleComplex.get(rule) ?? 0);
  for (const [rule, n] of [...simpleRules].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))) {
    const example = (now.tuning.perRuleSimpleExample.get(rule) ?? '').replace(/\|/g, '\\|');
    L.push(`| ${rule} | ${now.tuning.perRuleSimple.get(rule) ?? 0} | ${now['held-out'].perRuleSimple.get(rule) ?? 0} | ${complexOf(rule)} | ${letterResults.with.perRule.get(rule) ?? 0} | ${example.length > 120 ? `${example.slice(0, 117)}...` : example} |`);
  }
  L.push('');
  L.push('## Rules that fire most in the letters');
  L.push('');
  L.push('| rule | in letters | on Simple |');
  L.push('| --- | --- | --- |');
  for (const [rule, n] of [...letterResults.with.perRule].filter(([rule]) => !rule.startsWith('zeldzaam-woord/')).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, 30)) {
    L.push(`| ${rule} | ${n} | ${simpleRules.get(rule) ?? 0} |`);
  }
  L.push('');
  L.push('## Usefulness per check (judged by people)');
  L.push('');
  const judged = readJudged();
  if (!judged) L.push('`bench/review/judged.tsv` does not exist yet (bench/review-findings.mjs writes it; docs/rule-quality-review.md has the details). When it exists, this section shows the share of findings judged *nuttig* per check.');
  else if (judged.error) L.push(judged.error);
  else {
    L.push(...usefulnessTable(judged));
  }
  return L;
}

/**
 * The usefulness table: per check its latest round next to all rounds summed, and every round apart. A round is one
 * state of the code (and one sample); the sum mixes code before and after fixes, so the latest round is the one
 * that says how the check does today.
 */
function usefulnessTable(judged) {
  const share = ({useful, total}) => `${useful}/${total} (${fmt(pct(useful, total))})`;
  const L = [];
  L.push('From `bench/review/judged.tsv` (see docs/rule-quality-review.md for the method and the reason of each "niet nuttig").');
  L.push(`Rounds, oldest first: ${judged.rounds.map((round) => `\`${round}\``).join(', ')}. "Latest round" is the newest round that judged the check: it shows the code of that round; "all rounds" sums old and new code.`);
  L.push('');
  L.push(`| check | latest round | nuttig in latest round | all rounds: nuttig | ${judged.rounds.map((round) => `\`${round}\``).join(' | ')} |`);
  L.push(`| --- | --- | ---: | ---: |${judged.rounds.map(() => ' ---: |').join('')}`);
  const all = {useful: 0, total: 0};
  const perRound = new Map(judged.rounds.map((round) => [round, {useful: 0, total: 0}]));
  for (const [id, stat] of [...judged.perCheck].sort((x, y) => x[0].localeCompare(y[0]))) {
    all.useful += stat.useful;
    all.total += stat.total;
    for (const [round, count] of stat.rounds) {
      perRound.get(round).useful += count.useful;
      perRound.get(round).total += count.total;
    }
    const cells = judged.rounds.map((round) => (stat.rounds.has(round) ? share(stat.rounds.get(round)) : '–'));
    L.push(`| ${id} | \`${stat.latest}\` | **${share(stat.rounds.get(stat.latest))}** | ${share(stat)} | ${cells.join(' | ')} |`);
  }
  L.push(`| **all checks** | | | ${share(all)} | ${judged.rounds.map((round) => share(perRound.get(round))).join(' | ')} |`);
  L.push(...blindRoundsTable());
  return L;
}

/**
 * The rounds on texts written blind by helpers (bench/inputs/brieven-rNN/, every finding judged before the fixes of
 * that round: bench/review/brieven-rNN.tsv). Each round ran on the code after the fixes of the one before, so the
 * newest column is the best estimate of today's code on text it was not tuned to.
 */
function blindRoundsTable() {
  const reviewDir = join(repoRoot, 'bench/review');
  const rounds = readdirSync(reviewDir).filter((name) => /^brieven-r\d+\.tsv$/.test(name)).sort().map((name) => name.slice('brieven-'.length, -4));
  if (rounds.length === 0) return [];
  const stats = new Map(); // check -> round -> {useful, total}
  const totals = new Map(rounds.map((round) => [round, {useful: 0, total: 0}]));
  for (const round of rounds) {
    const [head, ...lines] = readFileSync(join(reviewDir, `brieven-${round}.tsv`), 'utf8').split('\n').filter((line) => line.trim() !== '');
    const names = head.split('\t');
    for (const line of lines) {
      const row = Object.fromEntries(line.split('\t').map((value, index) => [names[index], value]));
      if (row.verdict !== 'nuttig' && row.verdict !== 'niet-nuttig') continue;
      if (!stats.has(row.check)) stats.set(row.check, new Map());
      const perRound = stats.get(row.check);
      if (!perRound.has(round)) perRound.set(round, {useful: 0, total: 0});
      for (const count of [perRound.get(round), totals.get(round)]) {
        count.total++;
        if (row.verdict === 'nuttig') count.useful++;
      }
    }
  }
  const share = (count) => (count ? `${count.useful}/${count.total} (${fmt(pct(count.useful, count.total))})` : '–');
  const L = [''];
  L.push('Rounds on new texts written blind (24 municipal letters, notices and e-mails per round by two helpers who saw neither the rules nor the code; every finding judged before the fixes of that round; details in docs/rule-quality-review.md). Each round ran on the code after the fixes of the round before:');
  L.push('');
  L.push(`| check | ${rounds.map((round) => `\`${round}\``).join(' | ')} |`);
  L.push(`| --- |${rounds.map(() => ' ---: |').join('')}`);
  const order = [...stats.keys()].sort((x, y) => x.localeCompare(y));
  for (const id of order) L.push(`| ${id} | ${rounds.map((round) => share(stats.get(id).get(round))).join(' | ')} |`);
  L.push(`| **all checks** | ${rounds.map((round) => share(totals.get(round))).join(' | ')} |`);
  return L;
}

/** --judged-only: rewrite only the usefulness section of docs/rule-quality.md (no corpus run: a new judged round is seconds). */
function rewriteUsefulnessSection() {
  const path = join(repoRoot, 'docs/rule-quality.md');
  const text = readFileSync(path, 'utf8');
  const heading = '## Usefulness per check (judged by people)';
  const at = text.indexOf(heading);
  if (at < 0) throw new Error(`${relative(repoRoot, path)} has no section "${heading}": run the whole benchmark.`);
  const next = text.indexOf('\n## ', at + heading.length);
  const judged = readJudged();
  const body = !judged || judged.error ? [judged?.error ?? '`bench/review/judged.tsv` does not exist yet.'] : usefulnessTable(judged);
  writeFileSync(path, text.slice(0, at) + [heading, '', ...body].join('\n') + '\n' + (next < 0 ? '' : text.slice(next)));
  console.log(`rewrote the usefulness section of ${relative(repoRoot, path)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  (process.argv.includes('--judged-only') ? Promise.resolve().then(rewriteUsefulnessSection) : main()).catch((error) => {
    console.error(error.stack ?? error.message);
    process.exit(1);
  });
}
