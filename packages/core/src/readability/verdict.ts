import {highestLevelFor, readersWhoFindItHard, lintCoefficients} from './formulas.js';
import {sentenceFeatures, type LintResult, type SentenceMeasures} from './measure.js';
import type {TargetLevel} from './formulas.js';
import type {LintFeature, RareWord, SentenceReadability, Verdict, VerdictReason} from './result.js';

interface Context {
  details: SentenceReadability[];
  rareWords: RareWord[];
  measured: SentenceMeasures[];
  sentenceWordLimit: number;
}

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
  concreteNouns: 'Veel woorden gaan over dingen die niet te zien of te pakken zijn.',
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
  const reasons: VerdictReason[] = [
    {kind: 'level', text: `Niveau ${lint.level} van 4. Ongeveer ${readersWhoFindItHard[lint.level]} van de 100 volwassenen vinden zo'n tekst moeilijk.`},
    {kind: 'target', text: `Voor ${target} moet de tekst niveau ${highest} of lager hebben.`},
  ];
  if (!reached) {
    for (const driver of drivers.slice(0, 3)) reasons.push({kind: driver.feature, text: explain(driver.feature, context)});
    const long = context.details.filter((item) => item.words > context.sentenceWordLimit).map((item) => item.number);
    if (long.length > 0) reasons.push({kind: 'longSentences', text: `${listOf(long.map((number) => `zin ${number}`), true)} ${long.length === 1 ? 'is' : 'zijn'} langer dan ${context.sentenceWordLimit} woorden. Maak er kortere zinnen van.`});
  }
  const main = drivers[0];
  const summary = reached ? `${label}.` : `${label}. ${main ? shortReason[main.feature] : 'De tekst is net te moeilijk.'}`;
  return {target, reached, label, summary, reasons, drivers};
}

function explain(feature: LintFeature, context: Context): string {
  switch (feature) {
    case 'wordFrequency': {
      const words = context.rareWords.slice(0, 5).map((item) => `"${item.word}"`);
      return words.length > 0
        ? `Deze woorden komen weinig voor: ${listOf(words)}. Kies een woord dat meer mensen kennen, of leg het uit.`
        : shortReason.wordFrequency;
    }
    case 'dependencyLength': {
      const worst = maxBy(context.details, (item) => item.longestDependency?.wordsBetween ?? 0);
      const pair = worst?.longestDependency;
      if (!worst || !pair || pair.wordsBetween < 5) return shortReason.dependencyLength;
      const [first, second] = pair.first ? [pair.dependent, pair.head] : [pair.head, pair.dependent];
      return `In zin ${worst.number} staan "${first}" en "${second}" ver uit elkaar: er staan ${pair.wordsBetween} woorden tussen. De lezer moet het eerste woord lang onthouden. Zet ze dichter bij elkaar, of maak twee zinnen.`;
    }
    case 'contentWordsPerClause': {
      const worst = maxBy(context.measured.map((measures, position) => ({position, value: sentenceFeatures(measures).contentWordsPerClause})), (item) => item.value);
      return worst ? `Zin ${worst.position + 1} zegt veel in één keer. Maak er twee zinnen van.` : shortReason.contentWordsPerClause;
    }
    case 'concreteNouns':
      return 'Veel woorden gaan over dingen die niet te zien of te pakken zijn. Geef een voorbeeld dat de lezer kent.';
  }
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
