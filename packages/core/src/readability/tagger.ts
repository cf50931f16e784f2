import type {Token} from '../model.js';
import type {Lexicon, LexiconEntry, NounClass} from './lexicon.js';
import {Morphology, type VerbReading} from './morphology.js';
import {WordClass, functionClasses, type WordClasses} from './word-classes.js';

/**
 * A rule-based part-of-speech proxy for the LiNT-II features. It needs no trained model: closed word lists say
 * which words are function words, the SUBTLEX-NL list and Dutch spelling rules say which words can be verb forms,
 * and a few rules on the word order decide between readings (see docs/readability.md, "Word classes").
 */
export type Tag = 'NOUN' | 'PROPN' | 'VERB' | 'AUX' | 'ADJ' | 'ADV' | 'DET' | 'PRON' | 'ADP' | 'CCONJ' | 'SCONJ' | 'PART' | 'NUM' | 'INTJ' | 'X';

export interface TaggedWord {
  token: Token;
  /** The lookup key: lowercase, emphasis accents removed (één stays, ík becomes ik). */
  key: string;
  tag: Tag;
  finite: boolean;
  /** A verb form that is not finite: infinitive or participle. */
  nonfinite: boolean;
  participle: boolean;
  content: boolean;
  /** Zipf value that counts for F; undefined when the word does not count (function word, name, skiplist). */
  frequency: number | undefined;
  /** Concreteness class that counts for P; only for nouns in the LiNT-II noun list. */
  nounClass: NounClass | undefined;
  /** Index of the clause segment (see Segment). */
  segment: number;
}

export type SegmentKind = 'main' | 'sub' | 'relative' | 'coordinated';

/** A stretch of the sentence between clause boundaries (punctuation, a subordinator, a coordinated clause). */
export interface Segment {
  kind: SegmentKind;
  start: number;
  end: number; // exclusive word index
}

export interface TaggedSentence {
  words: TaggedWord[];
  segments: Segment[];
}

interface WordInfo {
  key: string;
  flags: number;
  entry: LexiconEntry | undefined;
  verb: VerbReading | null;
  numeral: boolean;
}

const boundaryPunctuation = /[,;:()[\]–—"“”«»-]/;
const subjectPronouns = new Set(['ik', 'je', 'jij', 'u', 'hij', 'zij', 'ze', 'wij', 'we', 'jullie', 'men', 'het']);
const pluralSubjects = new Set(['wij', 'we', 'zij', 'ze', 'jullie', 'er', 'te']);
const pronominalAdverb =
  /^(?:er|daar|hier|waar)(?:aan|achter|bij|binnen|boven|buiten|door|in|langs|mee|na|naar|naast|om|omheen|onder|op|over|tegen|toe|tussen|uit|van|vandaan|voor|zonder|af|heen|over)$/;
const hebben = 'hebben';
const zijn = 'zijn';

export class Tagger {
  readonly morphology: Morphology;
  private readonly infos = new Map<string, WordInfo>();

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
    if (!flags && !entry && /[áéíóúàèìòù]/.test(key)) {
      key = key.normalize('NFD').replace(/[\u0300\u0301]/g, '').normalize('NFC');
      flags = this.classes.flags.get(key) ?? 0;
      entry = this.lexicon.get(key);
    }
    const pronominal = pronominalAdverb.test(key);
    if (pronominal) flags |= WordClass.adverb;
    const numeral = !flags && this.classes.numeralWord.test(key);
    const verb = flags & ~(WordClass.auxiliary | WordClass.copula | WordClass.strongPast | WordClass.particle) ? (flags & (WordClass.auxiliary | WordClass.copula) ? this.morphology.analyse(key) : null) : this.morphology.analyse(key);
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
    }));
    this.resolveFunctionWords(words, infos);
    const segments = this.segment(words, infos);
    for (const segment of segments) this.resolveVerbs(words, infos, segment);
    this.resolveContent(words, infos, segments);
    return {words, segments};
  }

  /** Tag from the word alone; "CONTENT" words are settled later. */
  private baseTag(token: Token, index: number, info: WordInfo, tokens: Token[]): Tag {
    if (token.kind === 'number') return 'NUM';
    if (token.kind !== 'word' || token.text.endsWith('-') || token.text.startsWith('-')) return 'X';
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
      return word.tag === 'NOUN' && !(verb && verb.finite && !verb.stem && !infos[index]!.entry?.nounClass);
    };
    const laterFinite = (from: number) => {
      for (let index = from; index < words.length && !boundaryPunctuation.test(words[index]!.token.punctBefore); index++) {
        if (infos[index]!.verb?.finite || infos[index]!.verb?.infinitive || infos[index]!.verb?.stem) return true;
      }
      return false;
    };
    for (const [index, word] of words.entries()) {
      const {key, flags} = infos[index]!;
      const previous = words[index - 1];
      const afterComma = index > 0 && boundaryPunctuation.test(word.token.punctBefore);
      if (key === zijn && nominal(index + 1) && !pluralSubjects.has(previous?.key ?? '')) word.tag = 'DET';
      else if (flags & WordClass.determiner && flags & (WordClass.pronoun | WordClass.wh | WordClass.subordinator)) {
        if (nominal(index + 1)) word.tag = 'DET';
        else if (flags & (WordClass.wh | WordClass.subordinator) && index > 0 && (afterComma || previous?.tag === 'NOUN' || previous?.tag === 'PROPN' || (key === 'dat' && previous !== undefined))) word.tag = 'SCONJ';
        else word.tag = 'PRON';
      } else if (flags & WordClass.determiner && flags & WordClass.pronoun) word.tag = nominal(index + 1) ? 'DET' : 'PRON';
      else if (flags & WordClass.wh && !(flags & WordClass.subordinator)) word.tag = index > 0 && !(flags & WordClass.pronoun && previous?.tag === 'ADP') ? 'SCONJ' : flags & WordClass.pronoun ? 'PRON' : 'ADV';
      else if (key === 'of') word.tag = previous && infos[index - 1]!.verb && (previous.tag === 'NOUN' || previous.tag === 'AUX') && laterFinite(index + 2) ? 'SCONJ' : 'CCONJ';
      else if (key === 'als' || key === 'sinds' || key === 'nu' || key === 'toen' || key === 'zoals') {
        const next = words[index + 1];
        const clause = next !== undefined && (subjectPronouns.has(next.key) || next.tag === 'DET' || next.tag === 'NOUN' || next.tag === 'PROPN') && !infos[index + 1]!.verb?.finite && laterFinite(index + 2);
        word.tag = clause ? 'SCONJ' : key === 'als' || key === 'sinds' ? 'ADP' : 'ADV';
      } else if (key === 'om') {
        let end = index + 1;
        while (end < words.length && !boundaryPunctuation.test(words[end]!.token.punctBefore) && !(words[end]!.key === 'te' && infos[end + 1]?.verb?.infinitive)) end++;
        word.tag = words[end]?.key === 'te' && !boundaryPunctuation.test(words[end]!.token.punctBefore) ? 'SCONJ' : 'ADP';
      } else if (key === 'te' && infos[index + 1]?.verb?.infinitive) word.tag = 'PART';
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
      if (word.tag === 'SCONJ') start(index, word.key === 'die' || word.key === 'dat' ? (words[index - 1]?.tag === 'NOUN' || words[index - 1]?.tag === 'PROPN' || words[index - 1]?.tag === 'PRON' ? 'relative' : 'sub') : this.classes.flags.get(word.key)! & WordClass.subordinator || word.key === 'om' ? 'sub' : 'relative');
      else if (word.tag === 'CCONJ' && index > 0 && this.startsClause(words, infos, index + 1)) start(index, 'coordinated');
      else if (index > 0 && boundaryPunctuation.test(word.token.punctBefore)) start(index, 'main');
    }
    current.end = words.length;
    if (current.end > current.start || segments.length === 0) segments.push(current);
    for (const [index, segment] of segments.entries()) for (let at = segment.start; at < segment.end; at++) words[at]!.segment = index;
    return segments;
  }

  private startsClause(words: TaggedWord[], infos: WordInfo[], index: number): boolean {
    const next = words[index];
    if (!next) return false;
    if (subjectPronouns.has(next.key) && next.tag === 'PRON') return true;
    const verb = infos[index]!.verb;
    if (verb && (verb.finite || verb.weakFinite) && !verb.participle && next.tag !== 'DET') return true;
    // "en de gemeente betaalt": a finite form within the next words.
    for (let at = index; at < Math.min(words.length, index + 4); at++) {
      if (at > index && boundaryPunctuation.test(words[at]!.token.punctBefore)) break;
      if (words[at]!.tag === 'CCONJ') break;
      const reading = infos[at]!.verb;
      if (reading?.finite && !reading.participle && !reading.stem && words[at - 1]?.tag !== 'DET') return at > index;
    }
    return false;
  }

  /** Which verb forms of a segment are finite, which are infinitives or participles. */
  private resolveVerbs(words: TaggedWord[], infos: WordInfo[], segment: Segment): void {
    const inside = (index: number) => index >= segment.start && index < segment.end;
    const insideNounPhrase = (index: number) => {
      const previous = words[index - 1];
      if (!previous || !inside(index - 1)) return false;
      if (previous.tag === 'DET' || previous.tag === 'ADP' || previous.tag === 'NUM') return true;
      return previous.tag === 'NOUN' && /e$/.test(previous.key) && !infos[index - 1]!.verb; // de hoge kosten
    };
    const auxiliary = (lemma: string | undefined) => lemma === hebben || lemma === zijn || lemma === 'worden';
    let hasAuxiliary = false;
    let finiteCount = 0;
    for (let index = segment.start; index < segment.end; index++) {
      const word = words[index]!;
      const verb = infos[index]!.verb;
      if (!verb || (word.tag !== 'NOUN' && word.tag !== 'AUX') || insideNounPhrase(index)) continue;
      if (verb.finite && !verb.participle) {
        word.finite = true;
        finiteCount++;
        if (word.tag === 'AUX' && auxiliary(verb.lemma)) hasAuxiliary = true;
      }
    }
    for (let index = segment.start; index < segment.end; index++) {
      const word = words[index]!;
      const verb = infos[index]!.verb;
      if (!verb || word.finite || (word.tag !== 'NOUN' && word.tag !== 'AUX') || insideNounPhrase(index)) continue;
      if (verb.finite && verb.participle && !hasAuxiliary) {
        word.finite = true;
        finiteCount++;
      }
    }
    if (finiteCount === 0) {
      const chosen = this.weakFinite(words, infos, segment, insideNounPhrase);
      if (chosen >= 0) {
        words[chosen]!.finite = true;
        finiteCount++;
      }
    }
    for (let index = segment.start; index < segment.end; index++) {
      const word = words[index]!;
      const verb = infos[index]!.verb;
      if (!verb || word.finite || (word.tag !== 'NOUN' && word.tag !== 'AUX')) continue;
      const afterTe = words[index - 1]?.tag === 'PART';
      if (afterTe && verb.infinitive) word.nonfinite = true;
      else if (insideNounPhrase(index)) continue;
      else if (verb.participle && !verb.stem) {
        word.nonfinite = true;
        word.participle = true;
      } else if (verb.infinitive && (finiteCount > 0 || segment.kind === 'sub')) word.nonfinite = true;
    }
  }

  /** No clear finite verb: a form that is finite only in context (ik werk, bel ons, wij werken, zat ik). */
  private weakFinite(words: TaggedWord[], infos: WordInfo[], segment: Segment, insideNounPhrase: (index: number) => boolean): number {
    for (let index = segment.start; index < segment.end; index++) {
      const word = words[index]!;
      const verb = infos[index]!.verb;
      if (!verb || (word.tag !== 'NOUN' && word.tag !== 'AUX') || insideNounPhrase(index)) continue;
      const previous = words[index - 1]?.key;
      const next = words[index + 1];
      const besidePronoun = subjectPronouns.has(previous ?? '') || (next !== undefined && subjectPronouns.has(next.key) && next.tag === 'PRON');
      if (verb.weakFinite && besidePronoun) return index;
      if (verb.stem) {
        if (previous === 'ik' || (next && (next.key === 'ik' || next.key === 'je' || next.key === 'jij'))) return index;
        // An imperative opens the sentence or a coordinated clause: "Bel ons", "Vul het formulier in".
        const opening = index === segment.start && (segment.start === 0 || segment.kind === 'coordinated' || words[index - 1]?.tag === 'CCONJ');
        const nextIsFunction = next !== undefined && next.tag !== 'NOUN' && next.tag !== 'PROPN' && !infos[index + 1]!.verb?.finite;
        if (opening && (nextIsFunction || !infos[index]!.entry?.nounClass) && !(next && infos[index + 1]!.verb?.finite)) return index;
      }
      if (verb.infinitive && words[index - 1]?.tag !== 'PART') return index;
    }
    return -1;
  }

  /** Settle content words: lexical verb, auxiliary, noun or adjective; then F and P values. */
  private resolveContent(words: TaggedWord[], infos: WordInfo[], segments: Segment[]): void {
    for (const segment of segments) {
      let participle = false;
      let existential = false;
      for (let index = segment.start; index < segment.end; index++) {
        if (words[index]!.participle) participle = true;
        if (words[index]!.key === 'er') existential = true;
      }
      for (let index = segment.start; index < segment.end; index++) {
        const word = words[index]!;
        if (word.tag !== 'AUX') continue;
        const lemma = infos[index]!.verb?.lemma;
        // "hebben" without a participle is a lexical verb (u heeft recht); "zijn" with "er" means "there is".
        const lexical = (lemma === hebben && !participle) || (lemma === zijn && existential && !participle);
        if (lexical) word.tag = 'VERB';
        if (!word.finite && infos[index]!.verb) word.nonfinite = true;
      }
    }
    for (const [index, word] of words.entries()) {
      const info = infos[index]!;
      if (word.tag === 'NOUN' && (word.finite || word.nonfinite)) word.tag = 'VERB';
      else if (word.tag === 'NOUN') {
        const next = words[index + 1];
        const modifier = next !== undefined && next.tag === 'NOUN' && !next.finite && !next.nonfinite && next.segment === word.segment && !next.token.punctBefore;
        if (info.entry && (!info.entry.nounClass || modifier) && !(next?.tag === 'PROPN')) word.tag = 'ADJ';
      }
      word.content = word.tag === 'NOUN' || word.tag === 'PROPN' || word.tag === 'VERB' || word.tag === 'ADJ' || (word.tag === 'ADV' && (info.flags & WordClass.mannerAdverb) !== 0);
      if ((word.tag === 'NOUN' || word.tag === 'PROPN') && info.entry?.nounClass) word.nounClass = info.entry.nounClass;
      if (word.content && word.tag !== 'PROPN') word.frequency = this.frequency(word, info);
    }
  }

  /** LiNT-II's F rules: a compound noun takes its head's frequency, an unknown word 1.359, skiplist words none. */
  private frequency(word: TaggedWord, info: WordInfo): number | undefined {
    const entry = info.entry;
    if (entry?.skip) return undefined;
    const lemma = info.verb?.lemma;
    if (lemma && lemma !== info.key && word.tag === 'VERB' && this.lexicon.get(lemma)?.skip) return undefined;
    if (word.tag === 'NOUN' && entry?.headZipf !== undefined) return entry.headZipf;
    return entry?.zipf ?? this.lexicon.unknownZipf;
  }
}
