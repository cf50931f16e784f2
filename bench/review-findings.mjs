// Review sheet for issue 14: are Helder's findings advice a clerk can trust? Samples findings per check from the
// letters in ../shared/corpus/letters (and, with --pairs, the "Complex" sentences of ../shared/corpus/pairs/*.csv),
// writes them to bench/review/sheet.tsv for a person to judge (verdict: nuttig / niet-nuttig, and a short reason),
// and with --summary turns a judged sheet (bench/review/judged.tsv) into docs/rule-quality-review.md.
//
//   node bench/review-findings.mjs [--n 20] [--pairs-n 20] [--seed 14] [--checks a,b|all] [--pairs] [--round na] [--prefill]
//   node bench/review-findings.mjs --summary
//
// The sample is seeded, so the same code and corpus give the same sheet, and spread over the source documents (one
// finding per document per round), so one long letter does not dominate a check's sample. --prefill copies a verdict from judged.tsv
// when the finding is the same (file, line, check, marked words, message and suggestion): the advice did not change,
// so the judgement still holds. Everything else is left empty to judge by hand.
import {readFileSync, writeFileSync, readdirSync, mkdirSync, existsSync} from 'node:fs';
import {join, basename} from 'node:path';
import {root} from './lib.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : args[at + 1];
};
const reviewDir = join(root, 'bench/review');
const judgedPath = join(reviewDir, 'judged.tsv');
const columns = ['round', 'file', 'line', 'check', 'marked', 'sentence', 'message', 'suggestion', 'verdict', 'reason'];
export const defaultChecks = ['naamwoordstijl', 'lijdende-vorm', 'vage-termijn', 'afschrikwoord', 'formele-aanhef'];

/** A small seeded generator (mulberry32): the same seed gives the same sample on every machine. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit FNV-1a hash of a check id, to seed its own sample. */
function hashOf(text) {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  return hash;
}

const cell = (value) => String(value ?? '').replace(/[\t\r\n]+/g, ' ').trim();

export function readTsv(path) {
  const [head, ...lines] = readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '');
  const names = head.split('\t');
  return lines.map((line) => Object.fromEntries(line.split('\t').map((value, index) => [names[index], value])));
}

function writeTsv(path, rows) {
  writeFileSync(path, [columns.join('\t'), ...rows.map((row) => columns.map((name) => cell(row[name])).join('\t'))].join('\n') + '\n');
}

/** The corpus as {file, text}: a letter's first line (# repo=... provenance) is blanked, so lines keep their numbers. */
function corpus(withPairs) {
  const letters = join(root, '../shared/corpus/letters');
  const documents = readdirSync(letters)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(letters, name), 'utf8');
      return {file: name, text: text.startsWith('# repo=') ? text.replace(/^[^\n]*/, (line) => ' '.repeat(line.length)) : text};
    });
  if (withPairs) {
    const pairs = join(root, '../shared/corpus/pairs');
    for (const name of readdirSync(pairs).filter((item) => item.endsWith('.csv')).sort()) {
      // One sentence per line, so "line" is the row of the CSV's Complex column (row 1 is the header).
      // A Complex sentence with several simplifications is repeated on several rows: it is checked once, and the
      // later copies become empty lines, so each line number stays the CSV row.
      const seen = new Set();
      const rows = parseCsv(readFileSync(join(pairs, name), 'utf8')).slice(1);
      const sentences = rows
        .map((row) => (row[1] ?? '').replace(/\s+/g, ' ').trim())
        .map((sentence) => (seen.has(sentence) ? '' : (seen.add(sentence), sentence)));
      // The source document of each line (the CSV's Document ID), so the sample spreads over the web texts too.
      const sourceOfLine = ['', ...rows.map((row) => `${name}#${row[0]}`)];
      // Each web text is checked on its own, as a writer would check it: checks that look at the whole text ("u"
      // and "je" mixed, a term explained earlier) must not mix texts of different authors. The other texts' rows
      // stay as empty lines, so every line number is still the CSV row.
      for (const id of [...new Set(rows.map((row) => row[0]))]) {
        const own = sentences.map((sentence, index) => (rows[index][0] === id ? sentence : ''));
        documents.push({file: name, text: '\n' + own.join('\n'), sourceOfLine});
      }
    }
  }
  return documents;
}

function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') (field += '"'), index++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(field), (field = '');
    else if (char === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else if (char !== '\r') field += char;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

async function findingsOf(documents, wanted) {
  const {check} = await import('../packages/core/dist/index.js');
  const {createNodeLoader} = await import('../packages/node/dist/index.js');
  const loader = createNodeLoader();
  const found = new Map();
  for (const {file, text, sourceOfLine} of documents) {
    const result = await check(text, {loader});
    for (const finding of result.findings) {
      if (wanted && !wanted.has(finding.ruleId)) continue;
      const sentence = result.model.sentences.find((item) => item.start <= finding.offset && finding.offset < item.end);
      const row = {
        file,
        line: finding.line,
        check: finding.ruleId,
        marked: text.slice(finding.offset, finding.offset + finding.length),
        sentence: sentence ? text.slice(sentence.start, sentence.end) : '',
        message: finding.message,
        suggestion: (finding.expected ?? []).join(' | '),
        source: sourceOfLine?.[finding.line - 1] ?? file,
      };
      if (!found.has(row.check)) found.set(row.check, []);
      found.get(row.check).push(row);
    }
  }
  return found;
}

/**
 * A seeded sample of at most `count` findings, spread over the source documents: the documents are shuffled, each
 * document's findings are shuffled, and findings are taken round by round, one per document per round. So one long
 * letter (or one long web text) with many hits cannot fill the sample on its own.
 */
function sample(rows, count, next) {
  const shuffle = (items) => {
    const pool = [...items];
    for (let index = pool.length - 1; index > 0; index--) {
      const other = Math.floor(next() * (index + 1));
      [pool[index], pool[other]] = [pool[other], pool[index]];
    }
    return pool;
  };
  const byFile = new Map();
  for (const row of rows) byFile.set(row.source, [...(byFile.get(row.source) ?? []), row]);
  const queues = shuffle([...byFile.keys()].sort()).map((file) => shuffle(byFile.get(file)));
  const picked = [];
  for (let round = 0; picked.length < count && queues.some((queue) => queue.length > round); round++) {
    for (const queue of queues) if (round < queue.length && picked.length < count) picked.push(queue[round]);
  }
  return picked.sort((a, b) => (a.file === b.file ? Number(a.line) - Number(b.line) : a.file < b.file ? -1 : 1));
}

const sameFinding = (a, b) => ['file', 'line', 'check', 'marked', 'message', 'suggestion'].every((name) => cell(a[name]) === cell(b[name]));

async function writeSheet() {
  const count = Number(option('n', '20'));
  const seed = Number(option('seed', '14'));
  const checksOption = option('checks', defaultChecks.join(','));
  const wanted = checksOption === 'all' ? undefined : new Set(checksOption.split(','));
  const round = option('round', 'na');
  const found = await findingsOf(corpus(args.includes('--pairs')), wanted);
  const judged = args.includes('--prefill') && existsSync(judgedPath) ? readTsv(judgedPath).filter((row) => row.verdict) : [];
  const rows = [];
  const totals = [];
  // Letters and web-text sentences are sampled apart, so a check with many hits in one long web text does not
  // crowd out the letters the issue is about.
  const pairsCount = Number(option('pairs-n', String(count)));
  for (const id of [...found.keys()].sort()) {
    const letters = found.get(id).filter((row) => !row.file.endsWith('.csv'));
    const web = found.get(id).filter((row) => row.file.endsWith('.csv'));
    // A generator per check, seeded from the seed and the check's id: a change in one check (more or fewer findings)
    // does not reshuffle the samples of the others, so a re-judged round keeps most earlier verdicts.
    const next = random(seed ^ hashOf(id));
    const picked = [...sample(letters, count, next), ...sample(web, pairsCount, next)];
    totals.push(`${id}: ${picked.length} of ${found.get(id).length} (letters ${Math.min(count, letters.length)} of ${letters.length})`);
    for (const row of picked) {
      // The latest verdict of the same finding: a later round judged it with the latest standard.
      const earlier = judged.findLast((item) => sameFinding(item, row));
      rows.push({round, ...row, verdict: earlier?.verdict ?? '', reason: earlier?.reason ?? ''});
    }
  }
  mkdirSync(reviewDir, {recursive: true});
  writeTsv(join(reviewDir, 'sheet.tsv'), rows);
  console.log(`bench/review/sheet.tsv: ${rows.length} findings (seed ${seed}, at most ${count} per check)\n  ${totals.join('\n  ')}`);
}

/** docs/rule-quality-review.md from judged.tsv: per round and check, how many sampled findings were useful. */
function writeSummary() {
  const rows = readTsv(judgedPath).filter((row) => row.verdict === 'nuttig' || row.verdict === 'niet-nuttig');
  const rounds = [...new Set(rows.map((row) => row.round))];
  const lines = [
    '# Usefulness of findings, judged by hand (issue 14)',
    '',
    'Generated by `node bench/review-findings.mjs --summary` from `bench/review/judged.tsv`. Do not edit by hand.',
    '',
    '- Method: `node bench/review-findings.mjs` takes a seeded sample of at most N findings per check from the letters in `../shared/corpus/letters` (and with `--pairs` the Complex sentences of `../shared/corpus/pairs`) and writes `bench/review/sheet.tsv`. A reviewer marks each finding **nuttig** (a communications advisor would keep the advice: the marked words are a real problem and the message or suggestion gives a correct Dutch sentence with the same meaning) or **niet-nuttig**, with a short reason.',
    '- Goal (issue 14): at least 85% of findings useful, no check below 70%, on letters we do not have. The corpus is small, so a per-check number on a few findings is a rough estimate; the sample size is given next to each number.',
    '- A round is one state of the code and one seed: `voor` is the code before the fixes of issue 14 (seed 14), `na` the code after them (seed 14), `na-seed99` the same code on a second seed with more web-text sentences. `na-h1` (afschrikwoord only, seed 14, sample spread over source documents) is the code after the `text: [begrip, over-anderen]` condition; judged by the team (helper h1, who made the change), not blind. Letters and web texts are sampled apart (`--n 15 --pairs-n 8`, and `--pairs-n 15` for seed 99). `h2-seed7` (all five checks, seed 7, `--n 15 --pairs-n 15`, commit 3eece5f) is the code after the second set of issue-14 fixes (actor after "door" in naamwoordstijl, participles known to the frequency list, the exceptions as word lists); judged by helper h2, who made those fixes, not blind, with every finding judged anew (no `--prefill`) and the editors\' Simple version of each web sentence read as evidence. `h2-seed7-na` is the same sample command on commit bd0f41d, after the fixes that round led to (naamwoordstijl: "voordat ... verstrijkt", "begroting"; vage-termijn: a countable term in the next sentence): the findings that did not change keep their `h2-seed7` verdict, the 10 new ones (all naamwoordstijl web sentences, because the sample shifts when a finding goes) were judged by h2. `lead-recheck` (afschrikwoord only) is the `h2-seed7` sample on the code after the conditions for a party after a preposition (\"naar de aanvrager\", \"bij een controle van\"), a plural in brackets, sentences about language skills and groups, and a technical step (`techniek`: \"controle\" of an e-mail address): each of the 19 findings was checked again as its sentence alone; the 6 that still fire keep their `h2-seed7` verdict, the 13 that are gone are left out. No finding is new, so nothing was judged anew; the letters and web texts sampled are the same. For naamwoordstijl and lijdende-vorm `lead-recheck` is the `h2-seed7-na` sample on the code after the actor rules of h7 (who acts in the sentence, notification participles, \"zijn gedaan\"), checked the same way: 5 naamwoordstijl and 3 lijdende-vorm findings are gone, the unchanged ones keep their verdict, and the 3 naamwoordstijl findings whose message changed were judged by the lead (not blind).',
    '- `r31` (all checks, seed 31, `--checks all --n 15 --pairs-n 10 --pairs`, commit d982c69 of main) is a fresh round on a seed not used before, judged by helper h2 **before any code change** (the blind number), with the r31 standard: the advice must be right and a quick fix must give a correct Dutch sentence with the same meaning (a broken fix makes a finding not useful). Then the sheet changed in two ways that are no part of Helder: each web text (Document ID) is checked on its own (before, the whole CSV was one text, so u-en-je compared texts of different authors), and each check draws its sample with its own seed (before, one change in one check reshuffled all samples). `r31-na` is the same command on the code after the fixes that r31 led to (afschrikwoord `over-groep` and quoted terms; quick fixes that fit the slot of the word; u-en-je verb agreement; known abbreviations; frequent long words; rule contexts; a missing full stop in lange-zin): findings that did not change keep their r31 verdict, the new and changed ones were judged by h2, not blind. Because of the two sheet changes the r31-na sample is partly another sample than r31.',
    '- `r47` (all checks, seed 47, `--checks all --n 15 --pairs-n 10 --pairs`, commit 06a2186 of main) is a fresh round on a seed not used before, judged by helper h1 **before any code change** (the blind number), with the r31 standard. Because the letter corpus is small, many r47 letter findings are the same as in r31: they were judged again by h1, not copied. `r47-na` is the same command on the code after the fixes that r47 led to (u-en-je: a run of paragraphs wholly in the other form is a part for another reader; spelling: loan words SUBTLEX-NL knows with no Dutch word near them, and the days za/vr; lang-woord: a fairly common compound of two common words; afkorting: no quick fix before the noun the abbreviation qualifies; lange-zin: sentences glued at a full stop without a space; an adjective quick fix takes the -e ending of the match, a participle before a noun stays a participle, and no verb phrase replaces a noun after an article): findings that did not change keep their r47 verdict (5 that were not in r47 keep the verdict of an earlier round), the 13 new or changed ones were judged by h1, not blind.',
    '- `r47-main` is the same command once more after merging main (with the zeldzaam-woord and rule changes of helper h2) into h1: findings that did not change keep their r47-na or r47 verdict, the 11 new ones (moeilijk-woord and zeldzaam-woord web sentences whose sample shifted) were judged by h1, not blind. `r47-na-h3` are the verdicts of helper h3 on the same command on its own branch (moeilijk-woord, afkorting and lange-zin fixes of round r47, made at the same time as those of h1; judged by h3, who made them, not blind). `r47-merged` is the same command on main after both branches were merged (commit 743212e): findings that did not change keep their latest verdict (since this round `--prefill` takes the latest round that judged the same finding, not the first); the one new finding was judged by the lead, not blind.',
    '- `r61` (all checks, seed 61, `--checks all --n 15 --pairs-n 10 --pairs`, commit d3d75c4 of main) is a fresh round on a seed not used before, on the code **before any change**: the letter corpus is small, so 130 of its 168 findings are findings an earlier round judged already; they keep their latest verdict. The 38 new ones (web sentences: moeilijk-woord, lange-zin, lijdende-vorm, lang-woord, afkorting) were judged by the lead before changing the code (blind for these 38). Next to the sample the lead read all 522 findings on the five municipal documents in `../shared/context` (a council proposal, reports of meetings with residents, a news item: a genre the letters lack) and fixed the causes of the wrong ones (commit 30b6af6); those documents are not part of this table. `r61-na` is the same command on the code after those fixes: findings that did not change keep their verdict, the 5 new or changed ones were judged by the lead, not blind.',
    '- `r61-eind` is the same command at the end of that session, after the fixes that the team\'s own letters led to (five sets, sixteen municipal letters and e-mails the team wrote for the purpose, in bench/inputs/brieven-r61/: a Wmo decision, a benefit review, a waste tax, a parking permit, youth care, WOZ, a report confirmation, debt help, school transport, a Tozo recovery, a notice to neighbours, an appointment, a failed payment, a credit that expires, a tax reminder, a refused special assistance; each set was checked and every finding judged by the lead before the fixes it led to: 97 findings of which 90 useful, 49 of which 44, 29 of which 24, 11 of which 9, 26 of which 24, in all 191 of 212 (90%); they are not in this table) and the new rules: findings that did not change keep their verdict; the 17 new or changed ones (the moeilijk-woord sample moved to other documents when rules changed) were judged by the lead, not blind.',
    '- Limits: one reviewer (a developer judging as a communications advisor would), who also made the fixes, so the `na` rounds are not blind. The letter corpus is small: 15 findings per check nearly exhaust it (naamwoordstijl has 8 letter findings in all), so the letter numbers are close to a census of these 44 templates, not a sample of letters we do not have. The web texts are mostly Amsterdam planning texts and one client-council regulation, which is not a letter to a resident.',
    '',
  ];
  for (const round of rounds) {
    const inRound = rows.filter((row) => row.round === round);
    // Letters (the corpus of municipal letters and e-mail templates) apart from the web-text sentences of the pairs.
    const share = (rows) => {
      if (rows.length === 0) return '–';
      const useful = rows.filter((row) => row.verdict === 'nuttig').length;
      return `${useful}/${rows.length} (${Math.round((100 * useful) / rows.length)}%)`;
    };
    const isLetter = (row) => !row.file.endsWith('.csv');
    lines.push(`## Round "${round}"`, '', '| check | letters | web texts (pairs) | all |', '| --- | ---: | ---: | ---: |');
    const ids = [...new Set(inRound.map((row) => row.check))].sort();
    for (const id of ids) {
      const ofCheck = inRound.filter((row) => row.check === id);
      lines.push(`| ${id} | ${share(ofCheck.filter(isLetter))} | ${share(ofCheck.filter((row) => !isLetter(row)))} | ${share(ofCheck)} |`);
    }
    lines.push(`| **all** | ${share(inRound.filter(isLetter))} | ${share(inRound.filter((row) => !isLetter(row)))} | ${share(inRound)} |`, '');
    const reasons = inRound.filter((row) => row.verdict === 'niet-nuttig' && row.reason);
    if (reasons.length > 0) {
      lines.push('Not useful, and why:', '');
      for (const row of reasons) lines.push(`- ${row.check}, "${row.marked}" (${basename(row.file)}): ${row.reason}`);
      lines.push('');
    }
  }
  lines.push(...blindRounds());
  writeFileSync(join(root, 'docs/rule-quality-review.md'), lines.join('\n'));
  console.log(`docs/rule-quality-review.md: ${rows.length} judged findings in ${rounds.length} round(s)`);
}

/**
 * Rounds on texts written for the purpose by helpers who saw neither the rules nor the code (bench/inputs/brieven-r62/
 * and brieven-r63/): every finding of the code of that moment, judged before the fixes the round led to
 * (bench/review/brieven-rNN.tsv: file, line, check, rule, marked, suggestion, message, verdict, reason).
 */
function blindRounds() {
  const rounds = [
    ['r62', 'commit 0c591a1, before the fixes of commit 60f1d57: 12 decisions (Wmo, bijstand, boete, kwijtschelding, WOZ, dakkapel, leerplicht, jeugdhulp, schuldhulp, dwangbevel, pgb) and 12 notices, e-mails and web texts (works in the street, appointment, reminder, energietoeslag, solar park, waste, school transport, sms, mantelzorg, complaint, home visit, neighbour\'s permit)'],
    ['r63', 'the code after the r62 fixes, before its own: 12 decisions (parking, dwangsom, BRP address check, sanction, loan for a washing machine, scootmobiel, inburgering, tree permit, urgency, burial rights, hearing, wage seizure) and 12 other texts (passport page, report receipt, youth team, street party, FAQ, respite care, BIZ, sms, consultation evening, page in "je", tree felling, e-mail reply)'],
    ['r64', 'the code after the r63 fixes, before its own: 12 decisions (Bbz loan, Wmo re-assessment, kostendelersnorm, advertising tax, terrace permit, disabled parking, Woo request, school transport refused, budgetbeheer, benefit review, youth care ended, dog tax) and 12 other texts (moving page, re-integration invitation, paid parking with tariffs, energy coach, help with money in "je", neighbourhood walk, opening hours, sms, noise complaint, FAQ Wmo contribution, pre-school letter, receipt of an objection)'],
    ['r65', 'the code after the r64 fixes, before its own: 12 decisions (wheelchair and regiotaxi, young person\'s benefit after the search period, fine for dumped waste, OZB reduction, day-care registration, enforcement request refused, second parking permit, income supplement, inburgering exemption, caregiver appreciation refused, energy allowance reclaimed, objection partly upheld) and 12 other texts (discount pass page, green bin days, playground survey, caregivers\' day, side job and benefit in "je", charging points, website maintenance, volunteering, found object, FAQ on housing refugees, debt-buddy reminder, sms permit expiry)'],
    ['r66', 'the code after the r65 fixes, before its own: 12 decisions (day care with transport, benefit refused for savings, deductible refused, terrace tax, neighbourhood barbecue permit, building stop, fine for a disabled parking place, debt help with moratorium, pgb for youth care, urgency for a wheelchair home, special assistance reclaimed, objection on a parking permit) and 12 other texts (form help page, driving licence appointment, road works with detour, inclusion agenda, youth work in "je", tree pruning, siren test, FAQ waste pass, sewage tax reminder, meeting on the environmental vision, complaint about a civil servant, regiotaxi sms)'],
  ];
  const lines = [
    '## Blind rounds on new texts (r62 and after)',
    '',
    'Two helpers who saw neither the rules nor the code wrote 24 realistic municipal texts per round, in the officialese and the modern styles municipalities use, with template fields of several systems and a few real mistakes (their list of mistakes was read only after judging). Every finding Helder gave on them was judged by the lead before any fix of that round; the fixes then followed the causes. The texts are in `bench/inputs/brieven-r62/` and `bench/inputs/brieven-r63/`, every verdict with its reason in `bench/review/brieven-r62.tsv` and `brieven-r63.tsv`. Limits: the texts are written for the test, not sent to residents; one judge, who also made the fixes.',
    '',
  ];
  for (const [round, about] of rounds) {
    const path = join(reviewDir, `brieven-${round}.tsv`);
    if (!existsSync(path)) continue;
    const judged = readTsv(path).filter((row) => row.verdict === 'nuttig' || row.verdict === 'niet-nuttig');
    const useful = (list) => list.filter((row) => row.verdict === 'nuttig').length;
    const share = (list) => `${useful(list)}/${list.length} (${Math.round((100 * useful(list)) / list.length)}%)`;
    lines.push(`### Round "${round}" (${about})`, '', '| check | useful |', '| --- | ---: |');
    const ids = [...new Set(judged.map((row) => row.check))].sort((a, b) => judged.filter((row) => row.check === b).length - judged.filter((row) => row.check === a).length);
    for (const id of ids) lines.push(`| ${id} | ${share(judged.filter((row) => row.check === id))} |`);
    lines.push(`| **all** | ${share(judged)} |`, '', 'Not useful, and why:', '');
    for (const row of judged.filter((item) => item.verdict === 'niet-nuttig')) lines.push(`- ${row.check}, "${row.marked}" (${row.file}): ${row.reason}`);
    lines.push('');
  }
  return lines;
}

if (args.includes('--summary')) writeSummary();
else await writeSheet();
