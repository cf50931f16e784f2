import type {Tagger} from '../readability/tagger.js';
import {WordClass} from '../readability/word-classes.js';

/**
 * The better word in the verb form of the word it replaces (issue 12: a quick fix yields correct Dutch): a rule
 * for "verstrekken" offers "geven", so "De gemeente verstrekt een pas" gets "geeft", "verstrekte" gets "gaf" and
 * "verstrekt" after "heeft" gets "gegeven". Forms come from the frequency list and the spelling rules of
 * Morphology; a form the list does not confirm is not made up: that better word then goes after the ones that fit.
 */
export type VerbSlot = 'third' | 'stem' | 'pastSingular' | 'pastPlural' | 'participle';

/**
 * The slot of `form` as a form of the infinitive `lemma`, or undefined (the infinitive itself, a noun, another verb).
 * A form that is both present and participle (verstrekt) is the participle when the sentence has an auxiliary;
 * the bare stem counts only where a verb stem stands (`stemSlot`: first in the sentence, or after "ik").
 */
export function verbSlot(
  form: string,
  lemma: string,
  forms: readonly string[],
  tagger: Tagger,
  sentence: {withAuxiliary: boolean; stemSlot: boolean; pluralSubject?: boolean},
): VerbSlot | undefined {
  const {withAuxiliary} = sentence;
  const morphology = tagger.morphology;
  if (form === lemma || !lemma.endsWith('en')) return undefined;
  const stem = stemIn(lemma, forms, tagger);
  const third = stem.endsWith('t') ? stem : `${stem}t`;
  // A verb: the frequency list says so, or the rule lists its present form (faciliteert: faciliteren is rare).
  if (!(morphology.isVerb(lemma) || forms.includes(third))) return undefined;
  // "verstrekt" is both the present (de gemeente verstrekt) and the participle (heeft verstrekt).
  const participle = participles(lemma, tagger, stem);
  if (form === third || form === stem) {
    // First in the sentence the bare stem is the imperative, also when an auxiliary follows: "Vermeld in uw brief
    // waarom u het niet eens bent" gets "Noem", not "Genoemd" (round r62).
    if (form === stem && sentence.stemSlot) return 'stem';
    if (withAuxiliary && participle.includes(form)) return 'participle';
    // The bare stem is most often the noun (verzoek, gebruik, besluit): a verb only first in the sentence or after "ik".
    return form === third ? 'third' : sentence.stemSlot ? 'stem' : undefined;
  }
  const past = `${stem}${kofschip.test(stem) ? 'te' : 'de'}`;
  if (form === past) return 'pastSingular';
  if (form === `${past}n`) return 'pastPlural';
  if (participle.includes(form)) return 'participle';
  // "is verzonden": a strong participle that is also a past plural (zij verzonden) is the participle with "is".
  if (withAuxiliary && tagger.info(form).verb?.participle) return 'participle';
  // "verzonden" is also the participle: without a plural subject near it, it is one ("als niet verzonden
  // beschouwen" gets "gestuurd", not "stuurden", round r63); "wij verzonden" is the past.
  if (strongPasts(lemma, tagger).includes(form)) {
    if (form.endsWith('en') && sentence.pluralSubject === false && tagger.info(form).verb?.participle) return 'participle';
    return form.endsWith('en') ? 'pastPlural' : 'pastSingular';
  }
  return undefined;
}

const kofschip = /(?:[tkfspx]|ch)$/;

/** The stem as the rule spells the verb: "faciliteer" when it lists "faciliteert" (Morphology's guess: "faciliter"). */
function stemIn(lemma: string, forms: readonly string[], tagger: Tagger): string {
  const stem = tagger.morphology.stem(lemma);
  const long = stem.replace(/([^e])e([rln])$/, '$1ee$2');
  return long !== stem && (forms.includes(`${long}t`) || forms.includes(`${long}de`)) ? long : stem;
}

/**
 * A better word (or phrase that starts with its verb: "laten zien", "zorgen voor") in the slot, or undefined when
 * its form is unsure: a separable verb (terugsturen: "stuurt ... terug"), a participle of a verb with an infinitive
 * after it (laten zien), a form the frequency list does not have.
 */
export function inflect(alternative: string, slot: VerbSlot, tagger: Tagger): string | undefined {
  const [verb, ...rest] = alternative.split(' ');
  if (!verb || !tagger.morphology.isVerb(verb)) return undefined;
  const morphology = tagger.morphology;
  const known = (form: string | undefined) => form !== undefined && tagger.lexicon.get(form) !== undefined;
  let form: string | undefined;
  if (slot === 'participle') {
    if (rest.length > 0 && tagger.morphology.isVerb(rest[0]!)) return undefined;
    form = offered(verb, tagger);
  } else if (separable(verb, tagger)) {
    return undefined; // "terugsturen": "stuurt ... terug" in a main clause, "terugstuurt" in a subordinate one
  } else if (slot === 'third') form = irregularThird[verb] ?? morphology.third(verb);
  else if (slot === 'stem') form = irregularStem[verb] ?? morphology.stem(verb);
  else {
    const strong = strongPasts(verb, tagger);
    const weak = morphology.past(verb);
    const pick = (plural: boolean) => strong.find((past) => past.endsWith('en') === plural) ?? weak[plural ? 1 : 0];
    form = pick(slot === 'pastPlural');
  }
  if (!known(form)) return undefined;
  // A participle goes after its object: "u hebt uw handtekening gezet", not "u hebt gezet uw handtekening".
  if (slot === 'participle' && rest.length > 0 && objectStarts.has(rest[0]!)) return [...rest, form].join(' ');
  return [form, ...rest].join(' ');
}

const objectStarts = new Set(['uw', 'je', 'jouw', 'de', 'het', 'een', 'hun', 'zijn', 'haar']);

/** Forms of hebben, zijn and worden: with one of them in the sentence, "verstrekt" reads as a participle. */
export const auxiliaries = new Set(['heeft', 'hebben', 'hebt', 'heb', 'had', 'hadden', 'is', 'zijn', 'ben', 'bent', 'was', 'waren', 'wordt', 'worden', 'word', 'werd', 'werden']);

/**
 * A verb that may split in a main clause: a particle before a verb (terugsturen: "stuurt ... terug", stopzetten,
 * invoeren). Also the particles that split in one verb and not in another (overleggen, ondersteunen): unsure, so
 * not inflected.
 */
function separable(verb: string, tagger: Tagger): boolean {
  // Every particle that starts the verb, not only the first that fits: "opendoen" is open + doen, not op + endoen.
  return particles.some((particle) => {
    const rest = verb.slice(particle.length);
    return verb.startsWith(particle) && rest.length >= 4 && rest.endsWith('n') && tagger.lexicon.get(rest) !== undefined;
  });
}

const particles = ['aan', 'af', 'bij', 'in', 'mee', 'na', 'op', 'terug', 'toe', 'uit', 'weg', 'tegen', 'samen', 'los', 'neer', 'vast', 'vrij', 'binnen', 'buiten', 'langs', 'door', 'om', 'onder', 'over', 'voor', 'achter', 'stop', 'thuis', 'kwijt', 'klaar', 'bekend', 'goed', 'teleur', 'schoon', 'open', 'dicht', 'kapot', 'bloot', 'vooruit', 'achteruit', 'heen'];
const irregularThird: Record<string, string> = {zijn: 'is', hebben: 'heeft', kunnen: 'kan', zullen: 'zal', willen: 'wil', mogen: 'mag', moeten: 'moet'};
const irregularStem: Record<string, string> = {zijn: 'ben', hebben: 'heb', kunnen: 'kan', zullen: 'zal', willen: 'wil', mogen: 'mag'};

/** Strong past forms of a verb, also with a prefix (ontvangen: ontving, ontvingen), from the word classes list. */
function strongPasts(infinitive: string, tagger: Tagger): string[] {
  let index = strongIndex.get(tagger);
  if (!index) {
    index = new Map();
    for (const [form, lemma] of tagger.classes.lemmas) {
      if (((tagger.classes.flags.get(form) ?? 0) & WordClass.strongPast) === 0) continue;
      index.set(lemma, [...(index.get(lemma) ?? []), form]);
    }
    strongIndex.set(tagger, index);
  }
  for (let cut = 0; cut <= infinitive.length - 3; cut++) {
    const forms = index.get(infinitive.slice(cut));
    if (forms) return forms.map((form) => infinitive.slice(0, cut) + form);
  }
  return [];
}
/** Strong participles with another vowel: the spelling rules cannot make these, the frequency list does not link them. */
const strongParticiples: Record<string, string> = {
  helpen: 'geholpen', krijgen: 'gekregen', zoeken: 'gezocht', brengen: 'gebracht', denken: 'gedacht', kopen: 'gekocht',
  kiezen: 'gekozen', beginnen: 'begonnen', spreken: 'gesproken', nemen: 'genomen', schrijven: 'geschreven', blijven: 'gebleven',
  doen: 'gedaan', zijn: 'geweest', hebben: 'gehad', vinden: 'gevonden', bieden: 'geboden', sluiten: 'gesloten',
  verliezen: 'verloren', begrijpen: 'begrepen', kijken: 'gekeken', besluiten: 'besloten', vergelijken: 'vergeleken',
  trekken: 'getrokken', wijzen: 'gewezen', lijken: 'geleken', grijpen: 'gegrepen', snijden: 'gesneden', rijden: 'gereden',
  lijden: 'geleden', bijten: 'gebeten', wegen: 'gewogen', bewegen: 'bewogen', breken: 'gebroken', treffen: 'getroffen',
  werpen: 'geworpen', sterven: 'gestorven', zwijgen: 'gezwegen', stijgen: 'gestegen', vriezen: 'gevroren', vragen: 'gevraagd',
};

const strongIndex = new WeakMap<Tagger, Map<string, string[]>>();

/**
 * Participles of a verb as spelled from its stem: the weak one (betaald, gefaciliteerd, geëvalueerd), ge- with the
 * infinitive (gegeven, gelezen), and with a separable prefix the prefix before the participle of the rest
 * (teruggestuurd). Enough to read a form in the text; to offer one, `offered` keeps those the frequency list has.
 */
function participles(infinitive: string, tagger: Tagger, stem = tagger.morphology.stem(infinitive)): string[] {
  const weak = (stem + (kofschip.test(stem) ? 't' : 'd')).replace(/([dt])[dt]$/, '$1');
  const withGe = (rest: string) => (/^[aeiou]/.test(rest) && !/^(?:eu|ui|ou|ij|ie|oe)/.test(rest) ? `ge${rest.replace(/^(.)/, (v) => ({a: 'ä', e: 'ë', i: 'ï', o: 'ö', u: 'ü'})[v] ?? v)}` : `ge${rest}`);
  // be-, ver-, ont- ... take no ge- (verleend, betaald); "geven" starts with ge- too, so both readings are spelled.
  // onder-, over-, door-, om- are also inseparable, then without ge- too: "ondertekend", "overwogen".
  const candidates = [withGe(weak), withGe(infinitive), ...(/^(?:be|ge|ver|ont|her|er|onder|over|door|om|mis)/.test(infinitive) ? [weak, infinitive] : [])];
  const prefix = /^(aan|af|bij|in|mee|na|op|terug|toe|uit|weg|tegen|samen|los|neer|vast|vrij|door|om|onder|over|voor)(.{4,})$/.exec(infinitive);
  if (prefix) candidates.push(...participles(prefix[2]!, tagger).map((participle) => prefix[1]! + participle));
  return candidates;
}

function offered(infinitive: string, tagger: Tagger): string | undefined {
  const strong = /^(.*?)(helpen|krijgen|zoeken|brengen|denken|kopen|kiezen|beginnen|spreken|nemen|schrijven|blijven|doen|zijn|hebben|vinden|bieden|sluiten|verliezen|begrijpen|kijken|besluiten|vergelijken|trekken|wijzen|lijken|grijpen|snijden|rijden|lijden|bijten|kijken|wegen|bewegen|breken|treffen|helpen|werpen|sterven|zwijgen|stijgen|vriezen|vragen)$/.exec(infinitive);
  if (strong) {
    const [, before, verb] = strong;
    const participle = strongParticiples[verb!]!;
    // With be-, ver-, ont- no ge- (besproken, vergeleken); with a separable prefix: aangeboden.
    return /^(?:be|ver|ont|her|er|ge)$/.test(before!) ? before + participle.replace(/^ge/, '') : before + participle;
  }
  const read = (form: string) => tagger.morphology.analyse(form)?.participle === true;
  const tail = particles.find((particle) => infinitive.startsWith(particle) && infinitive.length - particle.length >= 4)?.length ?? 0;
  // ingevoerd: the list has it, but does not read "invoeren" as a verb ("voeren" is also a past of "varen").
  return participles(infinitive, tagger).find((candidate) => tagger.lexicon.get(candidate) !== undefined && (read(candidate) || (tail > 0 && candidate !== infinitive)));
}
