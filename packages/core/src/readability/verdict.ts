import {highestLevelFor, readersWhoFindItHard, lintCoefficients} from './formulas.js';
import {sentenceFeatures, type LintResult, type SentenceMeasures} from './measure.js';
import type {TargetLevel} from './formulas.js';
import {openingWords} from '../letter/words.js';
import type {LintFeature, RareWord, SentenceReadability, Verdict, VerdictReason} from './result.js';

interface Context {
  details: SentenceReadability[];
  rareWords: RareWord[];
  measured: SentenceMeasures[];
  sentenceWordLimit: number;
  /** 1-based line of an offset in the text: a tip names the line, not a sentence number the writer has to count. */
  lineOf: (offset: number) => number;
  text: string;
}

/** Where a sentence is, for a writer: its line and its first words ("regel 3, «Naar aanleiding van uw»"). */
function placeOf(context: Context, start: number, end: number): string {
  return `op regel ${context.lineOf(start)} ("${openingWords(context.text, start, end)}")`;
}

/** Sentences on the same line share their line number: `op regel 17 ("Indien u ..." en "In het ...")`. */
function placesOf(context: Context, items: Array<{start: number; end: number}>): string[] {
  const lines = new Map<number, string[]>();
  for (const item of items) {
    const line = context.lineOf(item.start);
    lines.set(line, [...(lines.get(line) ?? []), `"${openingWords(context.text, item.start, item.end)}"`]);
  }
  return [...lines].map(([line, openings]) => `op regel ${line} (${listOf(openings)})`);
}

/**
 * Below this many words (about three short sentences) a text is too short for a share of readers: one sentence then
 * decides the level, so the level is a rough guess and a percentage would claim more than Helder knows.
 */
export const shortTextWords = 40;

/**
 * The features of an easy letter (LiNT about 24, level 1): common words (F 5.0), short dependencies (D 4), three
 * content words per clause (C 3), half of the nouns concrete (P 0.5). A feature's "points" are how much it raises
 * the score above that letter; the largest ones are named as reasons.
 */
const easyLetter = {wordFrequency: 5.0, dependencyLength: 4, contentWordsPerClause: 3, concreteNouns: 0.5};

const shortReason: Record<LintFeature, string> = {
  wordFrequency: 'Er staan veel woorden in die weinig voorkomen.',
  dependencyLength: 'Woorden die bij elkaar horen, staan vaak ver uit elkaar.',
  contentWordsPerClause: 'Er staat veel informatie in elke zin.',
  concreteNouns: 'Er staan veel abstracte woorden in. Maak ze concreet, met een voorbeeld, een bedrag of een datum.',
};

export function verdictFor(lint: LintResult, target: TargetLevel, context: Context): Verdict {
  const highest = highestLevelFor[target];
  const reached = lint.level <= highest;
  const label = `${target}-doel ${reached ? 'gehaald' : 'niet gehaald'}`;
  const c = lintCoefficients;
  const f = lint.features;
  const drivers = (
    [
      {feature: 'wordFrequency', points: c.wordFrequency * (easyLetter.wordFrequency - f.wordFrequency)},
      {feature: 'dependencyLength', points: -c.dependencyLength * (f.dependencyLength - easyLetter.dependencyLength)},
      {feature: 'contentWordsPerClause', points: -c.contentWordsPerClause * (f.contentWordsPerClause - easyLetter.contentWordsPerClause)},
      {feature: 'concreteNouns', points: c.concreteNouns * (easyLetter.concreteNouns - f.concreteNouns)},
    ] as Verdict['drivers']
  )
    .map((driver) => ({...driver, points: Math.round(driver.points * 10) / 10}))
    .filter((driver) => driver.points >= 2)
    .sort((a, b) => b.points - a.points);
  const words = context.details.reduce((sum, item) => sum + item.words, 0);
  const reasons: VerdictReason[] = [
    words < shortTextWords
      ? {kind: 'level', text: `Niveau ${lint.level} van 4. De tekst heeft maar ${words} woorden: dan is het niveau een ruwe schatting.`}
      : {kind: 'level', text: `Niveau ${lint.level} van 4. Ongeveer ${readersWhoFindItHard[lint.level]} van de 100 volwassenen vinden zo'n tekst moeilijk.`},
    {kind: 'target', text: `Voor ${target} moet de tekst niveau ${highest} of lager hebben.`},
  ];
  // A reason is only given when it can say where and what to change; the others are left out.
  const explained = reached ? [] : drivers.flatMap((driver) => {
    const text = explain(driver.feature, context);
    return text ? [{driver, text}] : [];
  });
  if (!reached) {
    for (const {driver, text} of explained.slice(0, 3)) reasons.push({kind: driver.feature, text});
    const long = context.details.filter((item) => item.words > context.sentenceWordLimit);
    const places = placesOf(context, long.slice(0, 3));
    if (long.length === 1) reasons.push({kind: 'longSentences', text: `De zin ${places[0]} is langer dan ${context.sentenceWordLimit} woorden. Maak er kortere zinnen van.`});
    else if (long.length > 1)
      reasons.push({kind: 'longSentences', text: `${long.length} zinnen zijn langer dan ${context.sentenceWordLimit} woorden${long.length > 3 ? ', zoals de zinnen' : ': de zinnen'} ${listOf(places)}. Maak er kortere zinnen van.`});
  }
  const main = explained[0]?.driver;
  const summary = reached ? `${label}.` : `${label}. ${main ? shortReason[main.feature] : 'De tekst is net te moeilijk.'}`;
  return {target, reached, label, summary, reasons, drivers};
}

function explain(feature: LintFeature, context: Context): string | undefined {
  switch (feature) {
    case 'wordFrequency': {
      const words = context.rareWords.slice(0, 5).map((item) => `"${item.word}"`);
      return words.length > 0 ? `Deze woorden komen weinig voor: ${listOf(words)}. Kies een woord dat meer mensen kennen, of leg het uit.` : undefined;
    }
    case 'dependencyLength': {
      const pair = farthestPair(context.measured);
      if (!pair) return undefined;
      return `In de zin ${placeOf(context, pair.start, pair.end)} staan "${pair.first}" en "${pair.second}" ver uit elkaar: er staan ${pair.wordsBetween} woorden tussen. De lezer moet "${pair.first}" lang onthouden. Zet ze dichter bij elkaar, of maak twee zinnen.`;
    }
    case 'contentWordsPerClause': {
      const worst = maxBy(context.measured, (measures) => sentenceFeatures(measures).contentWordsPerClause);
      return worst ? `De zin ${placeOf(context, worst.sentence.start, worst.sentence.end)} zegt veel in één keer. Maak er twee zinnen van.` : undefined;
    }
    case 'concreteNouns': {
      const abstract = abstractNouns(context.measured);
      if (abstract.length < 2) return undefined;
      return `Woorden als ${listOf(abstract.map((word) => `"${word}"`))} zijn abstract: de lezer kan ze niet zien of pakken. Maak ze concreet, met een voorbeeld, een bedrag of een datum.`;
    }
  }
}

/** Words a reader links to another word far away: not an article, preposition, conjunction, number or placeholder. */
const linkedTags = new Set(['NOUN', 'PROPN', 'VERB', 'AUX', 'ADJ', 'PRON']);

/**
 * The two words farthest apart that a reader has to link, in the sentence where they are farthest apart. Only real
 * words count (not a number such as "11.", not "de"), and two different ones.
 */
function farthestPair(measured: SentenceMeasures[]): {first: string; second: string; wordsBetween: number; start: number; end: number} | undefined {
  let best: {first: string; second: string; wordsBetween: number; start: number; end: number} | undefined;
  for (const measures of measured) {
    const {dependency, tagged} = measures;
    if (dependency.dependent < 0 || dependency.length < 5 || (best && dependency.length <= best.wordsBetween)) continue;
    const dependentWord = tagged.words[dependency.dependent]!;
    const headWord = tagged.words[dependency.head]!;
    const [dependent, head] = [dependentWord.token, headWord.token];
    if (!linkedTags.has(dependentWord.tag) || !linkedTags.has(headWord.tag)) continue;
    if (dependent.kind !== 'word' || head.kind !== 'word' || dependent.lower === head.lower) continue;
    const [first, second] = dependency.dependent < dependency.head ? [dependent.text, head.text] : [head.text, dependent.text];
    best = {first, second, wordsBetween: dependency.length, start: measures.sentence.start, end: measures.sentence.end};
  }
  return best;
}

/** The abstract nouns of the text (LiNT-II's noun list), most frequent first: at most three. */
function abstractNouns(measured: SentenceMeasures[]): string[] {
  const counts = new Map<string, {text: string; count: number}>();
  for (const measures of measured) {
    for (const word of measures.tagged.words) {
      if (word.nounClass !== 'abstract' || word.token.kind !== 'word') continue;
      const known = counts.get(word.key);
      if (known) known.count++;
      else counts.set(word.key, {text: word.token.lower, count: 1});
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count).slice(0, 3).map((item) => item.text);
}

function maxBy<T>(items: T[], value: (item: T) => number): T | undefined {
  let best: T | undefined;
  for (const item of items) if (!best || value(item) > value(best)) best = item;
  return best;
}

function listOf(items: string[], capital = false): string {
  const text = items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
  return capital ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
