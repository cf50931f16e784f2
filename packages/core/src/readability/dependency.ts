import type {TaggedSentence, TaggedWord, SegmentKind} from './tagger.js';

/**
 * The proxy for LiNT-II's D: the longest distance (words in between, punctuation not counted) between a word and
 * its syntactic head. JavaScript has no Dutch dependency parser, so Helder builds a shallow skeleton that follows
 * the conventions of the Universal Dependencies treebank the reference parser was trained on (Alpino UD):
 *
 * 1. Phrases: a noun phrase is a run of determiners, numbers, adjectives and nouns; its last noun or adjective is
 *    the head. A preposition attaches to the head of the noun phrase after it.
 * 2. Clauses come from the tagger's segments. The head of a clause is its last lexical non-finite verb (u moet het
 *    formulier invullen), else its lexical finite verb, else the predicate of a copula (het is een prachtige plek),
 *    else the finite verb.
 * 3. Every phrase head, adverb, particle, auxiliary and subordinator of a clause attaches to the clause head, except
 *    a phrase with "van", which attaches to the noun before it (de kosten van de verhuizing).
 * 4. A later conjunct attaches to where the first conjunct attaches (LiNT-II's correction for coordination); a
 *    subordinate clause attaches to the head of the clause it belongs to, a relative clause to the noun before it,
 *    a coordinated clause to the first clause, and a subject shared by coordinated clauses to each of them.
 */
export interface DependencyResult {
  /** The maximum dependency length; 0 for one-word sentences. */
  length: number;
  /** Word indices of the longest dependency (dependent, head), or -1. */
  dependent: number;
  head: number;
}

interface Chunk {
  head: number;
  words: number[];
  kind: 'noun' | 'prep' | 'verb' | 'other' | 'coordinator';
  preposition?: string;
}

interface Clause {
  kind: SegmentKind | 'fragment';
  words: number[];
  chunks: Chunk[];
  head: number;
  firstSegmentStart: number;
}

const nominalTags = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'X']);

export function maxDependencyLength(sentence: TaggedSentence): DependencyResult {
  const {words} = sentence;
  const result: DependencyResult = {length: 0, dependent: -1, head: -1};
  if (words.length < 2) return result;
  const attach = (dependent: number, head: number) => {
    if (dependent === head || dependent < 0 || head < 0) return;
    const length = Math.abs(dependent - head) - 1;
    if (length > result.length || result.dependent < 0) Object.assign(result, {length, dependent, head});
  };
  const clauses = buildClauses(sentence);
  for (const clause of clauses) {
    clause.chunks = chunk(words, clause.words);
    clause.head = clauseHead(words, clause);
  }
  const firstMain = clauses.find((clause) => clause.kind === 'main' || clause.kind === 'fragment');
  for (const [index, clause] of clauses.entries()) {
    attachInside(words, clause, attach);
    // How the clause hangs in the sentence.
    if (clause.kind === 'sub') {
      const governor = [...clauses.slice(0, index)].reverse().find((other) => other.kind !== 'sub' && other.kind !== 'relative') ?? clauses.slice(index + 1).find((other) => other.kind === 'main' || other.kind === 'coordinated');
      if (governor) attach(clause.head, governor.head);
    } else if (clause.kind === 'relative') {
      const start = clause.firstSegmentStart;
      let antecedent = start - 1;
      while (antecedent >= 0 && !['NOUN', 'PROPN', 'PRON'].includes(words[antecedent]!.tag)) antecedent--;
      if (antecedent >= 0) attach(clause.head, antecedent);
    } else if (clause.kind === 'coordinated' && firstMain && firstMain !== clause) {
      attach(clause.head, firstMain.head);
      // LiNT-II: a subject shared by coordinated verbs (wij betalen de huur en sturen ...) depends on each of them.
      const subject = subjectOf(words, firstMain);
      const conjoined = words[clause.firstSegmentStart]!.tag === 'CCONJ';
      if (subject >= 0 && conjoined && !hasOwnSubject(words, clause)) attach(subject, clause.head);
    }
  }
  return result;
}

/** Group segments into clauses: a main clause interrupted by a subordinate one continues after it. */
function buildClauses(sentence: TaggedSentence): Clause[] {
  const {words, segments} = sentence;
  const clauses: Clause[] = [];
  let pending: number[] = []; // words of a main-clause part without a verb, waiting for its verb
  let lastMain: Clause | undefined;
  const hasVerb = (from: number, to: number) => {
    for (let index = from; index < to; index++) if (words[index]!.finite || words[index]!.nonfinite) return true;
    return false;
  };
  for (const segment of segments) {
    const indices = range(segment.start, segment.end);
    const verb = hasVerb(segment.start, segment.end);
    if (segment.kind === 'main' && !verb) {
      // Before any clause: wait for the main clause's verb ("De kosten, die u maakt, betalen wij terug"). Later: the
      // main clause it continues when that is near, else the clause just before it (a trailing phrase).
      const last = clauses.at(-1);
      if (!last) pending.push(...indices);
      else if (lastMain && clauses.indexOf(lastMain) >= clauses.length - 2) lastMain.words.push(...indices);
      else last.words.push(...indices);
      continue;
    }
    if (segment.kind === 'coordinated' && !verb && clauses.length > 0) {
      clauses.at(-1)!.words.push(...indices);
      continue;
    }
    const kind: SegmentKind = segment.kind === 'main' && lastMain && pending.length === 0 ? 'coordinated' : segment.kind;
    const clause: Clause = {kind, words: [...(kind === 'main' ? pending : []), ...indices], chunks: [], head: -1, firstSegmentStart: segment.start};
    if (kind === 'main') pending = [];
    clauses.push(clause);
    if (kind === 'main' || kind === 'coordinated') lastMain ??= clause;
  }
  if (pending.length > 0) {
    if (lastMain) lastMain.words.push(...pending);
    else clauses.unshift({kind: 'fragment', words: pending, chunks: [], head: -1, firstSegmentStart: pending[0]!});
  }
  for (const clause of clauses) clause.words.sort((a, b) => a - b);
  return clauses;
}

/** Phrases inside one clause; a phrase never spans a gap in the clause (an interrupting clause). */
function chunk(words: TaggedWord[], indices: number[]): Chunk[] {
  const chunks: Chunk[] = [];
  let position = 0;
  while (position < indices.length) {
    const index = indices[position]!;
    const word = words[index]!;
    if (word.tag === 'ADP' && isNominalStart(words, indices, position + 1)) {
      const noun = nounPhrase(words, indices, position + 1);
      chunks.push({head: noun.head, words: [index, ...noun.words], kind: 'prep', preposition: word.key});
      position = noun.next;
    } else if (isNominalStart(words, indices, position)) {
      const noun = nounPhrase(words, indices, position);
      chunks.push({head: noun.head, words: noun.words, kind: 'noun'});
      position = noun.next;
    } else {
      const kind = word.tag === 'VERB' || word.tag === 'AUX' ? 'verb' : word.tag === 'CCONJ' ? 'coordinator' : 'other';
      chunks.push({head: index, words: [index], kind});
      position++;
    }
  }
  return chunks;
}

function isNominalStart(words: TaggedWord[], indices: number[], position: number): boolean {
  const index = indices[position];
  if (index === undefined) return false;
  const word = words[index]!;
  return word.tag === 'PRON' || (nominalTags.has(word.tag) && !word.finite && !word.nonfinite);
}

/** A noun phrase from `position`: a pronoun, or determiners, numbers and adjectives up to the last noun. */
function nounPhrase(words: TaggedWord[], indices: number[], position: number): {head: number; words: number[]; next: number} {
  const first = indices[position]!;
  if (words[first]!.tag === 'PRON') return {head: first, words: [first], next: position + 1};
  const taken: number[] = [];
  let at = position;
  let sawHead = false;
  while (at < indices.length) {
    const index = indices[at]!;
    const word = words[index]!;
    if (!nominalTags.has(word.tag) || word.finite || word.nonfinite) break;
    if (at > position && index !== indices[at - 1]! + 1) break; // a gap: another clause in between
    if (sawHead && word.tag === 'DET') break; // "binnen zes weken | een besluit"
    if (word.tag !== 'DET') sawHead = true;
    taken.push(index);
    at++;
  }
  const heads = taken.filter((index) => words[index]!.tag !== 'DET');
  return {head: heads.at(-1) ?? taken.at(-1)!, words: taken, next: at};
}

/** A "te" infinitive (te regelen) heads its own small clause when the clause has another lexical verb. */
function teInfinitives(words: TaggedWord[], clause: Clause): number[] {
  return clause.words.filter((index) => words[index]!.tag === 'VERB' && words[index]!.nonfinite && words[index - 1]?.tag === 'PART');
}

function clauseHead(words: TaggedWord[], clause: Clause): number {
  const verbs = clause.words.filter((index) => words[index]!.tag === 'VERB');
  const te = teInfinitives(words, clause);
  const bare = verbs.filter((index) => words[index]!.nonfinite && !te.includes(index));
  if (bare.length > 0) return bare.at(-1)!;
  const lexicalFinite = verbs.find((index) => words[index]!.finite);
  if (lexicalFinite !== undefined) return lexicalFinite;
  if (te.length > 0) return te.at(-1)!;
  const finite = clause.words.find((index) => words[index]!.finite);
  // A predicate may be a noun phrase, an adjective or a phrase with a preposition (uw aanvraag is in behandeling).
  const nominal = clause.chunks.filter((item) => (item.kind === 'noun' || item.kind === 'prep') && words[item.head]!.tag !== 'PRON');
  if (finite !== undefined) {
    // A copula clause: the predicate is the head (het is een prachtige plek; dat de kosten hoog zijn).
    const subordinate = clause.kind === 'sub' || clause.kind === 'relative';
    const predicate = subordinate ? nominal.filter((item) => item.head < finite).at(-1) : nominal.find((item) => item.head > finite);
    return predicate?.head ?? finite;
  }
  return nominal[0]?.head ?? clause.chunks[0]?.head ?? clause.words[0]!;
}

function attachInside(words: TaggedWord[], clause: Clause, attach: (dependent: number, head: number) => void): void {
  const {chunks} = clause;
  // With "te" infinitives beside the clause head (wij verzoeken u de stukken te sturen), a phrase attaches to the
  // nearest of these verbs, and each "te" infinitive to the clause head.
  const verbs = [clause.head, ...teInfinitives(words, clause).filter((index) => index !== clause.head)];
  const nearestVerb = (index: number) => verbs.reduce((best, verb) => (Math.abs(verb - index) < Math.abs(best - index) ? verb : best), clause.head);
  for (const verb of verbs.slice(1)) attach(verb, clause.head);
  // Where each phrase attached, so a later conjunct can attach to the same place.
  const targets = new Map<Chunk, number>();
  for (const [position, item] of chunks.entries()) {
    for (const index of item.words) if (index !== item.head) attach(index, item.head);
    if (verbs.includes(item.head)) continue;
    const head = nearestVerb(item.head);
    let target = head;
    const previous = chunks[position - 1];
    const beforeCoordinator = chunks[position - 2];
    if (item.kind === 'coordinator') target = chunks[position + 1]?.head ?? head;
    else if (previous?.kind === 'coordinator' && beforeCoordinator && beforeCoordinator.kind !== 'verb' && targets.has(beforeCoordinator)) target = targets.get(beforeCoordinator)!;
    else if (item.kind === 'prep' && item.preposition === 'van' && previous && (previous.kind === 'noun' || previous.kind === 'prep')) target = previous.head;
    else if (words[item.head]!.tag === 'PART') target = chunks[position + 1]?.head ?? head;
    targets.set(item, target);
    attach(item.head, target);
  }
}

/** The subject of a main clause: its first noun phrase before the finite verb, else the first one after it. */
function subjectOf(words: TaggedWord[], clause: Clause): number {
  const finite = clause.words.find((index) => words[index]!.finite);
  const nouns = clause.chunks.filter((item) => item.kind === 'noun');
  if (finite === undefined) return -1;
  return (nouns.find((item) => item.head < finite) ?? nouns.find((item) => item.head > finite))?.head ?? -1;
}

/** A coordinated clause has its own subject when a noun phrase comes before its finite verb (en wij sturen). */
function hasOwnSubject(words: TaggedWord[], clause: Clause): boolean {
  const finite = clause.words.find((index) => words[index]!.finite);
  if (finite === undefined) return true;
  return clause.chunks.some((item) => item.kind === 'noun' && item.head < finite) || clause.chunks.some((item) => item.kind === 'noun' && words[item.head]!.tag === 'PRON' && item.head === finite + 1);
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let index = from; index < to; index++) out.push(index);
  return out;
}
