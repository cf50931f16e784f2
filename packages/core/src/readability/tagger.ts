import type {Token} from '../model.js';
import type {Lexicon} from './lexicon.js';
import {Morphology, stemOf} from './morphology.js';
import {WordClass, functionClasses, type WordClasses} from './word-classes.js';
import {resolveVerbs, subjectPronouns} from './finite-verbs.js';
import type {Segment, SegmentKind, Tag, TaggedSentence, TaggedWord, WordInfo} from './tags.js';

export type {Segment, SegmentKind, Tag, TaggedSentence, TaggedWord, WordInfo} from './tags.js';

const boundaryPunctuation = /[,;:()[\]–—"“”«»-]/;
const pluralSubjects = new Set(['wij', 'we', 'zij', 'ze', 'jullie', 'er', 'te']);
const pronominalAdverb =
  /^(?:er|daar|hier|waar)(?:aan|achter|bij|binnen|boven|buiten|door|in|langs|mee|na|naar|naast|om|omheen|onder|op|over|tegen|toe|tussen|uit|van|vandaan|voor|zonder|af|heen|over)$/;
const indefinitePronouns = new Set(['iets', 'niets', 'alles', 'iemand', 'niemand', 'degene', 'datgene', 'hetgeen', 'veel', 'weinig']);
const hebben = 'hebben';
const zijn = 'zijn';

/**
 * A rule-based part-of-speech proxy for the LiNT-II features. It needs no trained model: closed word lists say
 * which words are function words, the SUBTLEX-NL list and Dutch spelling rules say which words can be verb forms,
 * and a few rules on the word order decide between readings (see docs/readability.md, "Word classes").
 */
export class Tagger {
  readonly morphology: Morphology;
  private readonly infos = new Map<string, WordInfo>();
  private readonly adjectives = new Map<string, boolean>();

  constructor(
    readonly lexicon: Lexicon,
    readonly classes: WordClasses,
  ) {
    this.morphology = new Morphology(lexicon, classes);
  }

  info(lower: string): WordInfo {
    let info = this.infos.get(lower);
    if (info) return info;
    let key = lower;
    let flags = this.classes.flags.get(key) ?? 0;
    let entry = this.lexicon.get(key);
    if (!flags && /[áéíóúàèìòù]/.test(key)) {
      // Accents for emphasis (ík, dát, vóór): use the plain word when it is a function word or more common.
      // A doubled accented vowel is emphasis too: zóó is zo.
      const plain = key.replace(/([áéíóú])\1/g, '$1').normalize('NFD').replace(/[\u0300\u0301]/g, '').normalize('NFC');
      const plainEntry = this.lexicon.get(plain);
      if (this.classes.flags.has(plain) || (!flags && (plainEntry?.zipf ?? 0) > (entry?.zipf ?? 0))) {
        key = plain;
        flags = this.classes.flags.get(plain) ?? 0;
        entry = plainEntry;
      }
    }
    const pronominal = pronominalAdverb.test(key);
    if (pronominal) flags |= key.startsWith('waar') ? WordClass.adverb | WordClass.wh : WordClass.adverb; // waarmee starts a clause
    const numeral = !flags && this.classes.numeralWord.test(key);
    // Function words are no verbs, except the auxiliaries and copulas (and "zijn", which is also a determiner).
    const functionOnly = (flags & functionClasses & ~(WordClass.auxiliary | WordClass.copula)) !== 0 && !(flags & (WordClass.auxiliary | WordClass.copula));
    const verb = functionOnly || numeral ? null : this.morphology.analyse(key);
    info = {key, flags, entry, verb, numeral};
    if (this.infos.size > 50_000) this.infos.clear();
    this.infos.set(lower, info);
    return info;
  }

  tag(tokens: Token[]): TaggedSentence {
    const infos = tokens.map((token) => this.info(token.lower));
    const words: TaggedWord[] = tokens.map((token, index) => ({
      token,
      key: infos[index]!.key,
      tag: this.baseTag(token, index, infos[index]!, tokens),
      finite: false,
      nonfinite: false,
      participle: false,
      content: false,
      frequency: undefined,
      nounClass: undefined,
      segment: 0,
      boundary: index > 0 && token.punctBefore !== '' && boundaryPunctuation.test(token.punctBefore),
    }));
    this.resolveFunctionWords(words, infos);
    const segments = this.segment(words, infos);
    for (const segment of segments) resolveVerbs(words, infos, segment);
    // With the verbs known, a clause after a verb is subordinate (wij weten dat u komt), after a noun relative.
    for (const segment of segments) if (segment.kind === 'relative' || segment.kind === 'sub') segment.kind = this.clauseKind(words, infos, segment.start);
    this.resolveContent(words, infos, segments);
    return {words, segments};
  }

  /** Tag from the word alone; "CONTENT" words are settled later. */
  private baseTag(token: Token, index: number, info: WordInfo, tokens: Token[]): Tag {
    if (token.kind === 'number') return 'NUM';
    // Not scored: placeholders, e-mail addresses, links, cut-off compound parts (aan- en afvoer), abbreviations (i.v.m.).
    if (token.kind !== 'word' || token.text.endsWith('-') || token.text.startsWith('-') || /\.\p{L}*\.?$/u.test(token.text)) return 'X';
    const {flags} = info;
    if (flags & functionClasses) {
      if (flags & (WordClass.auxiliary | WordClass.copula)) return 'AUX';
      if (flags & WordClass.coordinator) return 'CCONJ';
      if (flags & WordClass.determiner) return 'DET';
      if (flags & WordClass.pronoun) return 'PRON';
      if (flags & WordClass.subordinator) return 'SCONJ';
      if (flags & WordClass.wh) return 'ADV';
      if (flags & WordClass.preposition) return 'ADP';
      if (flags & WordClass.numeral) return 'NUM';
      if (flags & WordClass.interjection) return 'INTJ';
      return 'ADV';
    }
    if (info.numeral) return 'NUM';
    const text = token.text;
    const capital = text[0] !== text[0]!.toLowerCase();
    const acronym = /^\p{Lu}{2,}/u.test(text) || /\p{Ll}\p{Lu}/u.test(text);
    const afterBreak = index === 0 || /[:"“‘(]/.test(tokens[index]!.punctBefore);
    if (acronym || (capital && (!afterBreak || (!info.entry && !info.verb)))) return 'PROPN';
    return 'NOUN'; // a content word; NOUN, ADJ or VERB is decided in resolveContent
  }

  /** Determiner or pronoun, subordinator or not, "te" before an infinitive: decided by the neighbours. */
  private resolveFunctionWords(words: TaggedWord[], infos: WordInfo[]): void {
    const nominal = (index: number) => {
      const word = words[index];
      if (!word) return false;
      if (word.tag === 'NUM' || word.tag === 'X' || word.tag === 'PROPN') return true;
      const verb = infos[index]!.verb;
      // "kunt u ons bellen": an infinitive at the end of the clause is no noun after "ons".
      const next = words[index + 1];
      const clauseEnd = !next || next.boundary || next.tag === 'CCONJ' || next.tag === 'SCONJ';
      if (verb?.infinitive && clauseEnd) return false;
      if (verb?.participle && !infos[index]!.entry?.nounClass && !verb.infinitive) return false; // ik heb haar vermoord
      // "Dat kost veel": at the start, a finite form right after it, not followed by another verb, is the verb.
      const opening = index === 1 || words[index - 1]!.boundary;
      if (verb?.finite && !verb.participle && !(next && infos[index + 1]!.verb?.finite) && (opening || !infos[index]!.entry?.nounClass)) return false;
      return word.tag === 'NOUN';
    };
    const finiteLater = (from: number) => {
      for (let index = from; index < words.length && !words[index]!.boundary; index++) {
        const verb = infos[index]!.verb;
        if (verb && (verb.finite || verb.weakFinite) && !verb.participle) return true;
      }
      return false;
    };
    const laterFinite = (from: number) => {
      for (let index = from; index < words.length && !words[index]!.boundary; index++) {
        if (infos[index]!.verb?.finite || infos[index]!.verb?.infinitive || infos[index]!.verb?.stem) return true;
      }
      return false;
    };
    for (const [index, word] of words.entries()) {
      const {key, flags} = infos[index]!;
      const previous = words[index - 1];
      const afterComma = word.boundary;
      if (key === zijn) {
        // Possessive "zijn huur", "zijn hoge kosten"; a verb after a subject: "de kosten zijn hoog".
        const next = infos[index + 1];
        const nounNext = nominal(index + 1) && (next?.entry?.nounClass !== undefined || next?.key.endsWith('e') || !next?.entry);
        const afterSubject = previous !== undefined && (this.nounLike(words, infos, index - 1) || previous.tag === 'PROPN' || previous.tag === 'PRON' || pluralSubjects.has(previous.key));
        if (nounNext && !afterSubject) word.tag = 'DET';
      }
      else if (flags & WordClass.determiner && flags & (WordClass.pronoun | WordClass.wh | WordClass.subordinator)) {
        if (nominal(index + 1)) word.tag = 'DET';
        else {
          // "dat u komt", "de brief die u kreeg": a clause follows (a verb later, not right after); "hoe u dat doet": a pronoun.
          const next = infos[index + 1];
          const clause = index > 0 && next !== undefined && !(next.verb?.finite && !next.verb.participle) && finiteLater(index + 2);
          const afterNounOrVerb = afterComma || previous?.tag === 'NOUN' || previous?.tag === 'PROPN' || key === 'dat';
          word.tag = flags & (WordClass.wh | WordClass.subordinator) && clause && afterNounOrVerb ? 'SCONJ' : 'PRON';
        }
      } else if (flags & WordClass.determiner && flags & WordClass.pronoun) word.tag = nominal(index + 1) ? 'DET' : 'PRON';
      else if (key === 'al') word.tag = words[index + 1]?.tag === 'DET' ? 'DET' : 'ADV'; // al het geld; u krijgt al hulp
      else if (flags & WordClass.wh && !(flags & WordClass.subordinator)) {
        // A question or relative word starts a clause inside the sentence when a verb follows ("wat u wilt"; not "wat lastig").
        const clause = index > 0 && !(flags & WordClass.pronoun && previous?.tag === 'ADP') && finiteLater(index + 1);
        word.tag = clause ? 'SCONJ' : flags & WordClass.pronoun ? 'PRON' : 'ADV';
      }
      else if (key === 'of') {
        // "vragen of u ...": after a verb and before a subject; else a coordinator (bellen of mailen, te lunchen of te dineren).
        const next = words[index + 1];
        const subject = next !== undefined && (next.tag === 'PRON' || next.tag === 'DET' || next.tag === 'PROPN' || (next.tag === 'NOUN' && !infos[index + 1]!.verb));
        let verbBefore = false;
        for (let at = index - 1; at >= 0 && !verbBefore; at--) {
          verbBefore = !!infos[at]!.verb && (words[at]!.tag === 'NOUN' || words[at]!.tag === 'AUX');
          if (boundaryPunctuation.test(words[at]!.token.punctBefore)) break;
        }
        word.tag = verbBefore && subject && finiteLater(index + 2) ? 'SCONJ' : 'CCONJ';
      }
      else if (key === 'als' || key === 'sinds' || key === 'nu' || key === 'toen' || key === 'zoals') {
        const next = words[index + 1];
        const clause = next !== undefined && (subjectPronouns.has(next.key) || next.tag === 'DET' || next.tag === 'NOUN' || next.tag === 'PROPN') && !infos[index + 1]!.verb?.finite && laterFinite(index + 2);
        word.tag = clause ? 'SCONJ' : key === 'als' || key === 'sinds' ? 'ADP' : 'ADV';
      } else if (key === 'om') {
        let end = index + 1;
        while (end < words.length && !words[end]!.boundary && !(words[end]!.key === 'te' && infos[end + 1]?.verb?.infinitive)) end++;
        word.tag = words[end]?.key === 'te' && !words[end]!.boundary ? 'SCONJ' : 'ADP';
      } else if (key === 'te' && infos[index + 1]?.verb?.infinitive) word.tag = 'PART';
      // "wij delen u mee welk besluit wij hebben genomen": a question determiner inside the sentence opens a clause.
      if (word.tag === 'DET' && flags & WordClass.wh && index > 0 && !afterComma && laterFinite(index + 2)) word.opensClause = true;
    }
  }

  /** Split at punctuation, subordinators and coordinated clauses (en/of/maar + a verb or a subject). */
  private segment(words: TaggedWord[], infos: WordInfo[]): Segment[] {
    const segments: Segment[] = [];
    let current: Segment = {kind: 'main', start: 0, end: 0};
    const start = (index: number, kind: SegmentKind) => {
      if (index > current.start) {
        current.end = index;
        segments.push(current);
      }
      current = {kind, start: index, end: index};
    };
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!;
      if (word.tag === 'SCONJ' || word.opensClause) start(index, this.clauseKind(words, infos, index));
      else if (word.tag === 'CCONJ' && index > 0 && this.startsClause(words, infos, index + 1)) start(index, 'coordinated');
      else if (word.boundary) start(index, 'main');
    }
    current.end = words.length;
    if (current.end > current.start || segments.length === 0) segments.push(current);
    for (const [index, segment] of segments.entries()) for (let at = segment.start; at < segment.end; at++) words[at]!.segment = index;
    return segments;
  }

  /** A relative clause follows a noun or pronoun (de brief die u kreeg, alles wat u nodig hebt); else subordinate. */
  private clauseKind(words: TaggedWord[], infos: WordInfo[], index: number): SegmentKind {
    const word = words[index]!;
    const flags = this.classes.flags.get(word.key) ?? 0;
    if (word.key === 'om') return 'sub';
    const relativeWord = word.key === 'die' || word.key === 'dat' || !(flags & WordClass.subordinator);
    const previous = words[index - 1];
    // After a noun (de brief die u kreeg) or an indefinite pronoun (alles wat u nodig hebt); else subordinate (hoe u dat doet).
    const afterNoun =
      previous !== undefined && ((this.nounLike(words, infos, index - 1) && !previous.finite && !previous.nonfinite) || previous.tag === 'PROPN' || indefinitePronouns.has(previous.key));
    return relativeWord && afterNoun ? 'relative' : 'sub';
  }

  /** A content word that reads as a noun here: no finite or participle reading (de brief, de kosten; not besloten). */
  private nounLike(words: TaggedWord[], infos: WordInfo[], index: number): boolean {
    const word = words[index];
    if (!word || word.tag !== 'NOUN') return false;
    const {verb, entry} = infos[index]!;
    if (entry && !entry.nounClass) return false; // in the word list but not a noun: an adjective (onmogelijk)
    return !(verb && (verb.finite || verb.participle || (verb.infinitive && !entry?.nounClass)));
  }

  private startsClause(words: TaggedWord[], infos: WordInfo[], index: number): boolean {
    const next = words[index];
    if (!next) return false;
    if (subjectPronouns.has(next.key) && next.tag === 'PRON') return true;
    const verb = infos[index]!.verb;
    if (verb && (verb.finite || verb.weakFinite) && !verb.participle && next.tag !== 'DET') return true;
    // "Vul het formulier in en stuur het terug": a second imperative.
    if (verb?.stem && infos[0]!.verb?.stem && words[index + 1] && words[index + 1]!.tag !== 'NOUN') return true;
    // "en de gemeente betaalt": a finite form within the next words.
    for (let at = index; at < Math.min(words.length, index + 4); at++) {
      if (at > index && words[at]!.boundary) break;
      if (words[at]!.tag === 'CCONJ') break;
      const reading = infos[at]!.verb;
      if (reading?.finite && !reading.participle && !reading.stem && words[at - 1]?.tag !== 'DET') return at > index;
    }
    return false;
  }

  /** Settle content words: lexical verb, auxiliary, noun or adjective; then F and P values. */
  private resolveContent(words: TaggedWord[], infos: WordInfo[], segments: Segment[]): void {
    for (const segment of segments) {
      let participle = false;
      let phrases = 0; // noun phrases and pronouns: a subject and a predicate make two
      let adjective = false;
      for (let index = segment.start; index < segment.end; index++) {
        const word = words[index]!;
        if (word.participle) participle = true;
        if (word.tag === 'ADJ' || (word.tag === 'NOUN' && !infos[index]!.entry?.nounClass && infos[index]!.entry && !word.finite && !word.nonfinite)) adjective = true;
        // A noun phrase starts at a determiner, number or noun that does not follow another part of a noun phrase.
        const nominal = ['NOUN', 'PROPN', 'DET', 'NUM'].includes(word.tag) && !word.finite && !word.nonfinite;
        const previous = words[index - 1];
        const previousNominal = index > segment.start && ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(previous!.tag) && !previous!.finite && !previous!.nonfinite;
        if (word.tag === 'PRON' || (nominal && !previousNominal)) phrases++;
      }
      for (let index = segment.start; index < segment.end; index++) {
        const word = words[index]!;
        if (word.tag !== 'AUX') continue;
        const lemma = infos[index]!.verb?.lemma;
        // "hebben" without a participle is a lexical verb (u heeft recht); so is "zijn" without a participle and
        // without a predicate (daar is ze, er is een probleem), as in the reference tagger; else it is a copula.
        const lexical = (lemma === hebben && !participle) || (lemma === zijn && !participle && !adjective && phrases < 2);
        if (lexical) word.tag = 'VERB';
        if (!word.finite && infos[index]!.verb) word.nonfinite = true;
      }
    }
    for (const [index, word] of words.entries()) {
      const info = infos[index]!;
      if (word.tag === 'NOUN' && (word.finite || word.nonfinite)) word.tag = 'VERB';
      else if (word.tag === 'NOUN' && info.entry) {
        // A word in the noun list can still be an adjective: "de oude stad" (before a noun, with an -e and a base
        // form "oud"), or "goed ontvangen" (bare, and its inflected form "goede" is common).
        const next = words[index + 1];
        const previous = words[index - 1];
        const beforeNoun = next !== undefined && next.tag === 'NOUN' && !next.finite && !next.nonfinite && next.segment === word.segment && !next.token.punctBefore;
        const bare = !previous || !['DET', 'ADP', 'NUM', 'ADJ'].includes(previous.tag);
        info.inflectedAdjective ??= info.key.endsWith('e') && ((base) => base !== undefined && base.nounClass === undefined)(this.lexicon.get(stemOf(info.key + 'n')));
        const inflected = info.inflectedAdjective;
        if (!info.entry.nounClass || (beforeNoun && inflected) || (bare && !beforeNoun && this.adjectiveLike(info.key))) word.tag = 'ADJ';
      }
      word.content = word.tag === 'NOUN' || word.tag === 'PROPN' || word.tag === 'VERB' || word.tag === 'ADJ' || (word.tag === 'ADV' && (info.flags & WordClass.mannerAdverb) !== 0);
      if ((word.tag === 'NOUN' || word.tag === 'PROPN') && info.entry?.nounClass) word.nounClass = info.entry.nounClass;
      if (word.content && word.tag !== 'PROPN') {
        info.frequencies ??= {};
        let value = info.frequencies[word.tag];
        if (value === undefined) value = info.frequencies[word.tag] = this.frequency(word, info) ?? null;
        word.frequency = value ?? undefined;
      }
    }
  }

  /** Whether the word's inflected form (goed -> goede, dik -> dikke, groot -> grote) is about as common as the word. */
  private adjectiveLike(key: string): boolean {
    let known = this.adjectives.get(key);
    if (known !== undefined) return known;
    const zipf = this.lexicon.get(key)?.zipf ?? 0;
    let inflected = key + 'e';
    if (/([aeou])\1[^aeiouy]$/.test(key)) inflected = key.replace(/([aeou])\1([^aeiouy])$/, '$1$2e');
    else if (/[^aeiouy][aeiou][bdfgklmnprst]$/.test(key) && !/[aeiou]{2}/.test(key.slice(-3))) inflected = key + key.at(-1) + 'e';
    inflected = inflected.replace(/fe$/, 've').replace(/([aeiou]{2})se$/, '$1ze');
    known = (this.lexicon.get(inflected)?.zipf ?? 0) >= zipf - 1;
    this.adjectives.set(key, known);
    return known;
  }

  /** LiNT-II's F rules: a compound noun takes its head's frequency, an unknown word 1.359, skiplist words none. */
  private frequency(word: TaggedWord, info: WordInfo): number | undefined {
    const entry = info.entry;
    if (entry?.skip) return undefined;
    // The skiplist holds lemmas: also check the verb's infinitive, the adjective without -e, the noun's singular.
    let lemma: string | undefined;
    if (word.tag === 'VERB') lemma = info.verb?.lemma;
    else if (word.tag === 'ADJ' && info.key.endsWith('e')) lemma = stemOf(info.key + 'n');
    else if (word.tag === 'NOUN' && info.key.endsWith('en')) lemma = stemOf(info.key);
    else if (word.tag === 'NOUN' && /[^s]s$/.test(info.key)) lemma = info.key.slice(0, -1);
    if (lemma && lemma !== info.key && this.lexicon.get(lemma)?.skip) return undefined;
    if (word.tag === 'NOUN' && entry?.headZipf !== undefined) return entry.headZipf;
    return entry?.zipf ?? this.lexicon.unknownZipf;
  }
}
