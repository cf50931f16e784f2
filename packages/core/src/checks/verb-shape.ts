import type {Tagger} from '../readability/tagger.js';

/**
 * The verb behind a nominalisation, in the shapes a writer can use: "de uitbetaling van" -> uitbetalen, which is
 * "wij betalen ... uit" in a main clause and "u kunt ... uitbetalen" with an auxiliary. A verb counts only when the
 * frequency list shows it is one (Morphology.isVerb: its present or past forms occur in SUBTLEX-NL), so
 * "de energielening van" (no verb "energielenen") and "de borgstelling van" (no finite "borgstellen") get none.
 */
export interface VerbShape {
  infinitive: string;
  /** The present plural in a main clause, with "..." where the object goes: "betalen ... uit", "verstrekken ...". */
  mainClause?: string;
  /** The third person singular at the end of a subordinate clause: "verstrijkt", "uitbetaalt". */
  thirdPerson: string;
  /** The third person singular in a main clause, like `mainClause`: "betaalt ... uit", "verstrekt ...". */
  mainClauseThird?: string;
}

// Stressed prefixes that are split off in a main clause: "wij betalen het bedrag uit". Prefixes that are sometimes
// unstressed and stay on the verb (onderzoeken, overleggen, voorkomen, doorlopen) are in `ambiguousPrefixes`.
const separablePrefixes = ['aan', 'af', 'bij', 'in', 'mee', 'na', 'op', 'terug', 'toe', 'uit', 'weg', 'tegen', 'samen', 'los', 'neer', 'vast', 'vrij', 'binnen', 'buiten', 'langs', 'bekend', 'klaar', 'kwijt', 'terecht', 'thuis'];
const ambiguousPrefixes = ['door', 'om', 'onder', 'over', 'voor', 'achter'];

export function verbShape(infinitive: string, tagger: Tagger): VerbShape | undefined {
  const shape = mainClauseShape(infinitive, tagger);
  if (!shape) return undefined;
  const third = (verb: string) => tagger.morphology.third(verb);
  const split = shape.mainClause ? /^(\S+) \.\.\.(?: (\S+))?$/.exec(shape.mainClause) : null;
  const mainClauseThird = split ? [third(split[1]!), '...', ...(split[2] ? [split[2]] : [])].join(' ') : undefined;
  return {...shape, thirdPerson: third(infinitive), mainClauseThird};
}

function mainClauseShape(infinitive: string, tagger: Tagger): Omit<VerbShape, 'thirdPerson'> | undefined {
  const morphology = tagger.morphology;
  if (!morphology.isVerb(infinitive)) return undefined;
  // At least 3 occurrences in SUBTLEX-NL: the evidence level Morphology uses for verb forms.
  const minimum = Math.log10(3) + tagger.lexicon.zipfOffset;
  const known = (form: string) => (tagger.lexicon.get(form)?.zipf ?? 0) >= minimum;
  const weakParticiple = (stem: string) => `${stem}${/(?:[tkfspx]|ch)$/.test(stem) ? 't' : 'd'}`.replace(/([dt])[dt]$/, '$1');
  // A verb whose participle starts with ge- (geopend) has no prefix to split off: "openen" is not "op" + "enen".
  if (known(`ge${weakParticiple(morphology.stem(infinitive))}`)) return {infinitive, mainClause: `${infinitive} ...`};
  for (const prefix of [...separablePrefixes, ...ambiguousPrefixes].sort((a, b) => b.length - a.length)) {
    if (!infinitive.startsWith(prefix)) continue;
    const rest = infinitive.slice(prefix.length);
    // "voeren" is also a past of "varen", so Morphology does not take it as an infinitive: its own forms decide.
    if (rest.length < 4 || !(morphology.isVerb(rest) || (known(morphology.third(rest)) && morphology.past(rest).some(known)))) continue;
    if (!ambiguousPrefixes.includes(prefix)) return {infinitive, mainClause: `${rest} ... ${prefix}`};
    // "voorkomen", "overleggen", "omzetten" are split in one meaning and not in the other. Split only when the
    // frequency list has the split participle (doorgestuurd) and not the whole one (doorstuurd); else the shape
    // with an auxiliary keeps the verb whole, which is right in both meanings.
    if (/^(?:be|ver|ont|her|er|ge)/.test(rest)) return {infinitive};
    const stem = morphology.stem(rest);
    const split = known(`${prefix}ge${weakParticiple(stem)}`) && !known(`${prefix}${weakParticiple(stem)}`);
    return {infinitive, mainClause: split ? `${rest} ... ${prefix}` : undefined};
  }
  // A prefix whose rest the frequency list does not confirm as a verb ("afwijken": "wijken" reads as plural of
  // "wijk"): unsure whether it splits, so only the shape with an auxiliary, which is right either way.
  const unsure = [...separablePrefixes, ...ambiguousPrefixes].some((prefix) => infinitive.startsWith(prefix) && infinitive.length - prefix.length >= 4);
  return {infinitive, mainClause: unsure ? undefined : `${infinitive} ...`};
}
