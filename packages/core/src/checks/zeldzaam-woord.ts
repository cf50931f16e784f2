import type {CheckContext, CheckDefinition} from './context.js';
import type {Sentence, Token} from '../model.js';
import {earlierFindings, ruleCoveredStarts, explainedInText, mentioned, looksLikeCode, looksLikeName, sentencesIn} from './context.js';
import type {Lexicon} from '../readability/lexicon.js';
import {readabilityData} from '../readability/plugin.js';
import type {RuleEntry} from '../rules/schema.js';
import type {RuleEngine} from '../rules/engine.js';
import type {Resources} from '../resources.js';

/**
 * The long tail: words no rule names that few readers know. A word is rare when SUBTLEX-NL (subtitles, 44 million
 * words) counts it fewer than `thresholds.rareWordCount` times, and it cannot be split into known parts: a
 * compound is judged by its parts, so "bijstandsuitkering" (bijstand + uitkering) is not rare while
 * "woonplaatsbeginsel" is as rare as "beginsel". The threshold was chosen on ../shared/corpus (docs/rule-quality.md).
 *
 * Cost per word: one Map lookup after the first time a word is seen; the first time, at most `maxLookups`
 * lexicon searches for the split (each a binary search without allocation).
 */

/** Parts shorter than this are no parts: "be", "on", "ge" are prefixes, not words of a compound. */
const minModifier = 3;
/** A head of three letters counts only when the noun list has it (pas, wet); most are word ends (-sel, -aar). */
const minHead = 3;
/**
 * The LiNT-II noun list marks many compounds with their head; a noun it lists without one is split only at a head
 * of five letters or more: "aandachts" + "punten", not "behandel" + "aar".
 */
const minHeadOfListedNoun = 5;
/**
 * Word ends that make a new word of a stem: "redzaam" is "red" + -zaam, "aanvaardbaar" "aanvaard" + -baar. Such a
 * word is judged by its stem, and the end is never named as "the hard part" ("zaam" would be nonsense).
 */
const suffixes = new Set(['zaam', 'zame', 'baar', 'bare', 'lijk', 'lijke', 'heid', 'loos', 'loze', 'schap', 'achtig', 'achtige', 'isch', 'ische', 'ing', 'ingen', 'erig', 'erige', 'ier', 'iers', 'ist', 'isten']);
/** A word is split into at most this many parts (woon + plaats + beginsel). */
const maxParts = 3;
/** Lexicon searches one new word may cost. A 30-letter word needs about 60 for two parts. */
const maxLookups = 160;
/** Longer words are left to lang-woord: a split of them would be a guess. */
const maxLength = 40;

export interface Rarity {
  /** The count in SUBTLEX-NL of the word, or of its least known part when the word is a compound. */
  count: number;
  /** The parts when the word was judged as a compound, else undefined. */
  parts?: string[];
  /** The least known part (the word itself when it is not a compound). */
  weakest: string;
}

/** Judges words by their SUBTLEX-NL count; results are kept per word. */
export class RareWords {
  private readonly cache = new Map<string, Rarity | null>();
  private readonly sentences = new Map<string, Array<{index: number; key: string; rarity: Rarity}>>();
  private readonly counts = new Map<string, number>();
  private lookups = 0;

  constructor(
    private readonly lexicon: Lexicon,
    readonly threshold: number,
  ) {}

  /** The SUBTLEX-NL count of a lowercase word (0 when it is not in SUBTLEX). */
  count(word: string): number {
    let count = this.counts.get(word);
    if (count === undefined) {
      this.lookups++;
      const zipf = this.lexicon.get(word)?.zipf;
      count = zipf === undefined ? 0 : Math.round(10 ** (zipf - this.lexicon.zipfOffset));
      if (this.counts.size > 100_000) this.counts.clear();
      this.counts.set(word, count);
    }
    return count;
  }

  /**
   * The words of a sentence that are rare, before the tests that need the letter (names, rules, explanations).
   * Kept per sentence text: an editor checks the same sentences on every key stroke, and one lookup per sentence
   * is cheaper than one per word.
   */
  candidates(sentence: Sentence, masked: string): Array<{word: Token; rarity: Rarity}> {
    const text = masked.slice(sentence.start, sentence.end);
    let found = this.sentences.get(text);
    if (!found || found.some(({index, key}) => sentence.words[index]?.lower !== key)) {
      found = [];
      for (const word of sentence.words) {
        // "o.a." and other words with a period are abbreviations: the afkorting check speaks about them.
        if (word.kind !== 'word' || word.lower.length < 4 || word.lower.endsWith('.')) continue;
        const rarity = this.judge(word.lower);
        if (rarity) found.push({index: word.index, key: word.lower, rarity});
      }
      if (this.sentences.size > 5_000) this.sentences.clear();
      this.sentences.set(text, found);
    }
    return found.map(({index, rarity}) => ({word: sentence.words[index]!, rarity}));
  }

  /** Whether the LiNT-II noun list has the word: then it is a real word, even when SUBTLEX never saw it. */
  isNoun(word: string): boolean {
    return this.lexicon.get(word)?.nounClass !== undefined;
  }

  /** The rarity of a lowercase word, or null when it is known (common, or made of common parts). */
  judge(word: string): Rarity | null {
    let result = this.cache.get(word);
    if (result !== undefined) return result;
    result = this.compute(word);
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(word, result);
    return result;
  }

  /** The count of a word or of its base form, whichever is higher: "verlengt" is known when "verlengen" is. */
  private known(word: string): number {
    let count = this.count(word);
    if (count >= this.threshold) return count;
    for (const form of baseForms(word)) {
      count = Math.max(count, this.count(form));
      if (count >= this.threshold) break;
    }
    return count;
  }

  private compute(word: string): Rarity | null {
    const own = this.known(word);
    if (own >= this.threshold) return null;
    // Accents for stress ("iederéén", "óók", "dít") make no new word; the diaeresis (cliënt, geïnd) is spelling.
    const unstressed = word.normalize('NFD').replace(/[\u0300-\u0302]/g, '').normalize('NFC');
    if (unstressed !== word) return this.judge(unstressed);
    if (word.includes('-')) {
      // e-mailadres, ov-chipkaart: each part on its own; a part of one or two letters is a prefix or an abbreviation.
      const parts = word.split('-').filter((part) => part.length > 2);
      let weakest: Rarity | null = null;
      for (const part of parts) {
        const rarity = this.judge(part);
        if (rarity && (!weakest || rarity.count < weakest.count)) weakest = rarity;
      }
      return weakest && {...weakest, parts};
    }
    if (word.length > maxLength || word.length < minModifier + minHead) return {count: own, weakest: word};
    // The LiNT-II noun list knows which nouns are compounds: a noun it lists without a head is one word, so a split
    // into look-alike parts ("behandel" + "aar") would be wrong.
    const noun = this.lexicon.get(word);
    const listedSimplex = noun?.nounClass !== undefined && noun.headZipf === undefined;
    this.lookups = 0;
    const split = this.split(word, maxParts, listedSimplex ? minHeadOfListedNoun : minHead);
    if (split && split.count >= this.threshold) return null;
    if (split && split.count > own) return split;
    return {count: own, weakest: word};
  }

  /**
   * A split into known parts beats one with a rare part; among rare ones, fewer parts first: a split into more
   * parts finds look-alike words more easily (woonplaatsbegin + sel).
   */
  private better(found: Rarity, best: Rarity): boolean {
    const known = found.count >= this.threshold;
    if (known !== best.count >= this.threshold) return known;
    if (found.parts!.length !== best.parts!.length) return found.parts!.length < best.parts!.length;
    return found.count > best.count;
  }

  /** A modifier that is a known word with a linking s or e after it: "aandachts", "zonne". */
  private linkedToKnown(modifier: string): boolean {
    if (modifier.endsWith('s')) return this.count(modifier.slice(0, -1)) >= this.threshold;
    return linkingE.test(modifier) && this.count(modifier.slice(0, -2)) >= this.threshold;
  }

  /**
   * The split into known parts whose least known part is best known, or undefined. Linking letters belong to the
   * part before them: bijstand-s-uitkering, cliënt-en-raad ("cliënten" is also a word).
   */
  private split(word: string, parts: number, shortestHead = minHead): Rarity | undefined {
    let best: Rarity | undefined;
    for (let at = word.length - minHead; at >= minModifier; at--) {
      if (this.lookups > maxLookups) break;
      const head = word.slice(at);
      // A head shorter than asked for only after a linking s or e of a known word: aandacht-s-punt, zon-ne-park.
      if (head.length < shortestHead && !(head.length > minHead && this.linkedToKnown(word.slice(0, at)))) continue;
      if (head.length === minHead && !this.isNoun(head)) continue;
      // A word end counts as known: the word is as known as its stem ("aanvaard" + "baar"), never "hard" for "baar".
      const headCount = suffixes.has(head) ? Number.MAX_SAFE_INTEGER : this.known(head);
      // A head that is no word at all ends no split; a rare head ("beginsel") may still name the hard part.
      if (headCount === 0) continue;
      const modifier = word.slice(0, at);
      for (const candidate of modifierForms(modifier, (part) => this.count(part))) {
        let found: Rarity | undefined;
        const count = this.known(candidate);
        if (count < this.threshold && parts > 2 && candidate.length >= minModifier + minHead) {
          const inner = this.split(candidate, parts - 1);
          if (inner && inner.count >= this.threshold) {
            found = {count: Math.min(inner.count, headCount), parts: [...inner.parts!, head], weakest: inner.count < headCount ? inner.weakest : head};
          }
        }
        // A rare but real modifier ("verkaveling" in "verkavelingsplan") still names the hard part.
        if (!found && count > 0) found = {count: Math.min(count, headCount), parts: [candidate, head], weakest: count < headCount ? candidate : head};
        if (found && (!best || this.better(found, best))) best = found;
        if (found) break;
      }
      if (best && best.count >= this.threshold) return best;
    }
    return best;
  }
}

/**
 * Likely base forms of an inflected word, without a verb lexicon: SUBTLEX counts each form apart, and a rarer form
 * of a common word is no rare word. Plural and adjective endings, the verb forms with -t, -te, -de and the present
 * participle (-end, -ende).
 */
function baseForms(word: string): string[] {
  const forms: string[] = [];
  const add = (form: string) => {
    if (form.length >= minModifier) forms.push(form);
  };
  if (word.endsWith("'s")) add(word.slice(0, -2)); // regio's
  if (word.endsWith('en')) add(word.slice(0, -2));
  // Comparative and superlative: bewuster, vaakst, geschiktste.
  if (word.endsWith('er')) add(word.slice(0, -2));
  // Someone who does it: mantelzorg-ers, bestuurd-ers (the -er form of a known word is as known).
  if (word.endsWith('ers')) add(word.slice(0, -3));
  if (word.endsWith('st')) add(word.slice(0, -2));
  if (word.endsWith('ste')) add(word.slice(0, -3));
  // A noun made of an adjective: begrijpelijk-heid, mogelijk-heden.
  if (word.endsWith('heid')) add(word.slice(0, -4));
  if (word.endsWith('heden')) add(word.slice(0, -5));
  if (word.endsWith('s')) add(word.slice(0, -1));
  if (word.endsWith('t')) add(`${word.slice(0, -1)}en`);
  if (word.endsWith('te') || word.endsWith('de')) add(`${word.slice(0, -2)}en`);
  // Past plural: organiseer-den -> organiseren (the doubled vowel of the stem is single before -en).
  if (word.endsWith('den') || word.endsWith('ten')) {
    const stem = word.slice(0, -3);
    const [vowel, again, last] = [stem.at(-3), stem.at(-2), stem.at(-1)];
    if (stem.length >= 4 && vowel === again && 'aeou'.includes(vowel!) && !'aeiou'.includes(last!)) add(`${stem.slice(0, -2)}${last}en`);
  }
  if (word.endsWith('e')) add(word.slice(0, -1));
  // A stem with a doubled vowel: organiseer-t, faciliteer, articuleer-de -> organiseren, faciliteren, articuleren.
  const stem = word.replace(/(?:t|de|te|d)$/, '');
  const undoubled = /([aeou])\1([^aeiou])$/.exec(stem);
  if (undoubled) add(`${stem.slice(0, -2)}${undoubled[2]}en`);
  // A participle: ge-formuleer-d, ge-toets-t, opge-steld -> formuleren, toetsen, opstellen.
  const participle = /^(af|aan|bij|door|in|mee|na|om|onder|op|over|terug|toe|uit|vast|voor|weg)?ge(.{3,}?)(?:d|t|en)$/.exec(word);
  if (participle && !word.endsWith('heid')) {
    const [, particle = ''] = participle;
    const root = participle[2]!.replace(/^[ëï]/, (mark) => (mark === 'ë' ? 'e' : 'i')); // ge-ïmplementeerd
    const single = /([aeou])\1([^aeiou])$/.exec(root);
    add(`${particle}${single ? `${root.slice(0, -2)}${single[2]}` : root}en`);
    // A short vowel doubles the consonant before -en: opge-steld -> opstellen, voorge-legd -> voorleggen.
    if (/[^aeiou][aeiou][bdfgklmnprst]$/.test(root)) add(`${particle}${root}${root.at(-1)}en`);
  }
  // Present participle: verkennen-d, verkennen-de ("een verkennend onderzoek" is as known as "verkennen").
  if (word.endsWith('end')) add(word.slice(0, -1));
  if (word.endsWith('ende')) add(word.slice(0, -2));
  return forms;
}

/** A doubled consonant and a linking e at the end of a modifier: "zonne" (zon), "pesse" (no word: checked by count). */
const linkingE = /([bdfgklmnprst])\1e$/;

/** The modifier as written and without a linking s (bijstand-s-uitkering): the better known form first. */
function modifierForms(modifier: string, count: (word: string) => number): string[] {
  // A linking e after a doubled consonant: zon-ne-park, zon-ne-paneel (round r62 called "zonnepark" rare).
  if (modifier.length > minModifier && linkingE.test(modifier)) return [modifier.slice(0, -2), modifier];
  if (!(modifier.length > minModifier && modifier.endsWith('s'))) return [modifier];
  const bare = modifier.slice(0, -1);
  return count(bare) >= count(modifier) ? [bare, modifier] : [modifier, bare];
}

const lazyKey = 'zeldzaam-woord';

/** One judge per loader and threshold: its cache serves every letter checked with that loader. */
function rareWordsFor(resources: Resources, threshold: number): Promise<RareWords> {
  const key = `${lazyKey}:${threshold}`;
  let promise = resources.lazy.get(key) as Promise<RareWords> | undefined;
  if (!promise) {
    promise = readabilityData(resources).then((tagger) => {
      const judge = new RareWords(tagger.lexicon, threshold);
      loaded.set(resources, judge);
      return judge;
    });
    resources.lazy.set(key, promise);
    promise.catch(() => resources.lazy.delete(key));
  }
  return promise;
}

/** The judge once it is loaded, so a warm check runs without waiting for a promise (it runs on every key stroke). */
const loaded = new WeakMap<Resources, RareWords>();

const formIndexes = new WeakMap<RuleEngine, Map<string, RuleEntry>>();

/** Single-word forms of the active rules, to offer their better words for a rare part of a compound. */
function singleWordRules(engine: RuleEngine): Map<string, RuleEntry> {
  let index = formIndexes.get(engine);
  if (!index) {
    index = new Map();
    for (const entry of engine.entries) {
      if (entry.alternatives.length === 0) continue;
      for (const form of entry.forms) if (!/\s/.test(form.trim())) index.set(form.trim().toLowerCase(), entry);
    }
    formIndexes.set(engine, index);
  }
  return index;
}

const quote = (words: string[]) => words.map((word) => `"${word}"`).join(' of ');

export const rareWordCheck: CheckDefinition = {
  id: 'zeldzaam-woord',
  title: 'Weinig bekend woord',
  description: 'Een woord dat weinig voorkomt in gewone taal en dat niet op een lijst van Helder staat.',
  usesOrganisationWords: true,
  defaultSeverity: 'info',
  run(context) {
    const {model, config, resources} = context;
    const sentences = sentencesIn(model, 'words').filter((sentence) => sentence.words.some((word) => word.kind === 'word'));
    if (sentences.length === 0) return;
    const threshold = config.thresholds.rareWordCount;
    const ready = loaded.get(resources);
    if (ready?.threshold === threshold) return reportRareWords(context, sentences, ready);
    return rareWordsFor(resources, threshold).then((rare) => reportRareWords(context, sentences, rare));
  },
};

function reportRareWords({model, config, resources, engine, report, file}: CheckContext, sentences: Sentence[], rare: RareWords): void {
  const accepted = new Set(config.words.map((word) => word.toLowerCase()));
  // Words of the last twenty years that subtitles hardly have, but that nearly every reader knows ("smartphone").
  const common = resources.wordLists['bekende-woorden'].words;
  const rules = singleWordRules(engine);
  const reported = new Set<string>(); // one tip per word: the first use is where it needs explaining
  // A word the spelling check marks is a typo first ("cooerdinerend", "milleu"): that advice is the one to follow.
  const misspelt = new Set(earlierFindings(file, 'spelling').map((finding) => finding.start));
  for (const sentence of sentences) {
    const candidates = rare.candidates(sentence, model.masked);
    if (candidates.length === 0) continue;
    // Words a curated rule already advises on get that rule's advice, not a second tip.
    const covered = ruleCoveredStarts(engine, sentence);
    for (const {word, rarity} of candidates) {
      const key = word.lower;
      // One tip per rare part too: a text about gender that got a tip for "genderidentiteit" needs none for
      // "genders" or "genderneutrale" (the text keeps using the word as its topic).
      // An ending does not make a new word: "genders" after "gender", "onzijdige" after "onzijdig".
      const stem = key.replace(/(?:en|s|e)$/, '');
      if (covered.has(word.start) || misspelt.has(word.start) || reported.has(key) || reported.has(stem) || reported.has(rarity.weakest) || accepted.has(key) || common.has(key)) continue;
      if (looksLikeName(word.text, word.index) || looksLikeCode(word.text) || /\p{Lu}.*\p{Lu}/u.test(word.text)) continue;
      if (resources.abbreviations.has(key)) continue; // abbreviations: the afkorting check
      if (/[^\p{Ll}'’-]/u.test(key)) continue; // digits, symbols, letters of another script
      // Three consonants at the start, other than sch-, str-, spr-, spl-: an abbreviation in lowercase (vmbo).
      if (/^(?!sch|str|spr|spl)[^aeiouyáéíóúëïöü]{3}/.test(key)) continue;
      // A word SUBTLEX and the noun list do not know at all, and that has no known parts, is more often a typo or
      // a name than a word: the spelling check speaks about it. The word as written decides, not a guessed base
      // form: "geregisterd" looks like a form of "registeren", a typo that subtitles have too.
      if (rare.count(key) === 0 && !rarity.parts && !rare.isNoun(key)) continue;
      reported.add(key);
      reported.add(stem);
      reported.add(rarity.weakest);
      // A word right before a colon labels what follows ("Ladder duurzame verstedelijking: Met ...", "uit het
      // collegeakkoord: “...”"): a gentle tip has no place there, explained or not.
      if (model.masked[word.end] === ':' || mentioned(model.masked, word.start, word.end) || explainedInText(model.masked, sentence, [word], word.end, {term: true})) continue;
      const rule = rules.get(rarity.weakest);
      // A word SUBTLEX has as a whole is a word of its own, not a compound the writer made: naming a part of it
      // points at the wrong thing ("smartphone": the hard part is no "phone"; "genderidentiteit": no "gender").
      const part = rarity.parts && rarity.weakest !== key && rare.count(key) === 0 ? ` Het moeilijke deel is "${rarity.weakest}".` : '';
      const better = rule ? ` Voor "${rarity.weakest}" kunt u ook ${quote(rule.alternatives.slice(0, 3))} schrijven.` : '';
      report({
        start: word.start,
        end: word.end,
        message: `Veel lezers kennen het woord "${word.text}" niet. Leg het uit of kies een woord dat meer mensen kennen.${part}${better}`,
        explanation:
          'Dit woord komt weinig voor in gewone taal. Daarom kennen veel lezers het niet. Kies een woord dat iedereen kent. Of leg het woord de eerste keer uit, bijvoorbeeld tussen haakjes. Kennen uw lezers het woord wel, omdat het bij uw organisatie hoort? Zet het dan in de lijst met eigen woorden (words in helder.config.json).',
      });
    }
  }
}
