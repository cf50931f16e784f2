/**
 * The data the tagger produces and its helpers (finite-verbs.ts) read: only types, so the helpers need not import
 * the tagger that calls them.
 */
import type {Token} from '../model.js';
import type {LexiconEntry, NounClass} from './lexicon.js';
import type {VerbReading} from './morphology.js';

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
  /** Clause punctuation (, ; : brackets, dashes, quotes) stands between this word and the one before. */
  boundary: boolean;
  /** A question determiner that starts a subordinate clause (welk besluit wij nemen). */
  opensClause?: boolean;
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

export interface WordInfo {
  key: string;
  flags: number;
  entry: LexiconEntry | undefined;
  verb: VerbReading | null;
  numeral: boolean;
  /** Computed on first use: an inflected adjective whose base has no noun reading (oude -> oud). */
  inflectedAdjective?: boolean;
  /** Computed on first use, per tag: the F value (null: not counted). */
  frequencies?: Partial<Record<Tag, number | null>>;
}
