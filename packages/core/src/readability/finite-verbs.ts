import type {TaggedWord, Segment, WordInfo} from './tags.js';

/**
 * Which verb forms of a clause segment are finite (they count the clauses for LiNT-II's C) and which are
 * infinitives or participles. A form that can only be finite (werkt, kwam, werkte) is finite unless it stands in a
 * noun phrase (de staat, een drukte); a form that is also a participle (gebruikt, besloten) is a participle when the
 * segment has hebben, zijn or worden. Without a clear finite verb, a form that is finite only in context is taken:
 * beside a subject pronoun (ik werk, zat ik), an imperative at the start (bel ons), or a plural (wij werken).
 */
export const subjectPronouns = new Set(['ik', 'je', 'jij', 'u', 'hij', 'zij', 'ze', 'wij', 'we', 'jullie', 'men', 'het']);
/** Verbs that take a bare infinitive: after them an -en form at the clause end is an infinitive (kunt betalen). */
const infinitiveVerbs = new Set(['kunnen', 'moeten', 'mogen', 'willen', 'zullen', 'gaan', 'komen', 'blijven', 'laten', 'zien', 'horen', 'helpen', 'leren', 'doen']);
const hebben = 'hebben';
const zijn = 'zijn';

/** Which verb forms of a segment are finite, which are infinitives or participles. */
export function resolveVerbs(words: TaggedWord[], infos: WordInfo[], segment: Segment): void {
  const inside = (index: number) => index >= segment.start && index < segment.end;
  const insideNounPhrase = (index: number) => {
    const previous = words[index - 1];
    if (!previous || !inside(index - 1)) return false;
    if (previous.tag === 'DET' || previous.tag === 'ADP') return true;
    // After a number only a noun (drie weken); a verb may follow a date (op 12 maart 2026 hebben wij).
    if (previous.tag === 'NUM') return words[index]!.tag === 'NOUN' && infos[index]!.entry?.nounClass !== undefined;
    const adjective = infos[index - 1]!.entry !== undefined && !infos[index - 1]!.entry!.nounClass && !infos[index - 1]!.verb;
    const determined = ['DET', 'ADP', 'NUM'].includes(words[index - 2]?.tag ?? '');
    return previous.tag === 'NOUN' && /e$/.test(previous.key) && adjective && determined; // de hoge kosten
  };
  const auxiliary = (lemma: string | undefined) => lemma === hebben || lemma === zijn || lemma === 'worden';
  let hasAuxiliary = false; // hebben, zijn or worden in the clause: a form such as "gebruikt" is then a participle
  let finiteCount = 0;
  for (let index = segment.start; index < segment.end; index++) {
    const word = words[index]!;
    const verb = infos[index]!.verb;
    if (!verb || (word.tag !== 'NOUN' && word.tag !== 'AUX') || insideNounPhrase(index)) continue;
    if (word.tag === 'AUX' && auxiliary(verb.lemma)) hasAuxiliary = true;
    if (verb.finite && !verb.participle) {
      word.finite = true;
      finiteCount++;
    }
  }
  // One finite verb per clause: a form that is also a noun (afspraken, staat) yields to another finite verb.
  for (let index = segment.start; index < segment.end && finiteCount > 1; index++) {
    const word = words[index]!;
    if (word.finite && word.tag === 'NOUN' && infos[index]!.entry?.nounClass) {
      word.finite = false;
      finiteCount--;
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
    const chosen = weakFinite(words, infos, segment, insideNounPhrase);
    if (chosen >= 0) {
      words[chosen]!.finite = true;
      finiteCount++;
    }
  }
  let selecting = -1; // a finite verb that takes a bare infinitive (kunt betalen, gaat verhuizen)
  for (let index = segment.start; index < segment.end && selecting < 0; index++) {
    if (words[index]!.finite && infinitiveVerbs.has(infos[index]!.verb?.lemma ?? '')) selecting = index;
  }
  for (let index = segment.start; index < segment.end; index++) {
    const word = words[index]!;
    const verb = infos[index]!.verb;
    if (!verb || word.finite || (word.tag !== 'NOUN' && word.tag !== 'AUX')) continue;
    const afterTe = words[index - 1]?.tag === 'PART';
    if (afterTe && verb.infinitive) word.nonfinite = true;
    else if (insideNounPhrase(index)) continue;
    else if (verb.participle && (!verb.stem || hasAuxiliary)) {
      word.nonfinite = true;
      word.participle = true;
    } else if (verb.infinitive && infos[index]!.entry?.nounClass) {
      // Also a plural noun (kosten, vragen): a verb only after a verb that takes an infinitive, at the clause end.
      let clusterEnd = true;
      for (let at = index + 1; at < segment.end && clusterEnd; at++) clusterEnd = !!infos[at]!.verb || ['ADV', 'ADP', 'CCONJ'].includes(words[at]!.tag);
      if (selecting >= 0 && selecting < index && clusterEnd) word.nonfinite = true;
    } else if (verb.infinitive && (finiteCount > 0 || segment.kind === 'sub')) word.nonfinite = true;
  }
}

/** No clear finite verb: a form that is finite only in context (ik werk, bel ons, wij werken, zat ik). */
function weakFinite(words: TaggedWord[], infos: WordInfo[], segment: Segment, insideNounPhrase: (index: number) => boolean): number {
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
      const first = words[segment.start]!.tag === 'CCONJ' ? segment.start + 1 : segment.start;
      const opening = index === first && (segment.start === 0 || segment.kind === 'coordinated');
      const nextIsFunction = next !== undefined && next.tag !== 'NOUN' && next.tag !== 'PROPN' && !infos[index + 1]!.verb?.finite;
      if (opening && (nextIsFunction || !infos[index]!.entry?.nounClass) && !(next && infos[index + 1]!.verb?.finite)) return index;
    }
    if (verb.infinitive && words[index - 1]?.tag !== 'PART') return index;
  }
  return -1;
}

