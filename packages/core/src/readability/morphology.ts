import type {Lexicon} from './lexicon.js';
import {WordClass, type WordClasses} from './word-classes.js';

/**
 * Dutch verb forms without a verb lexicon. The frequency list has every inflected form but no parts of speech, so
 * a form counts as a verb when the Dutch spelling rules lead from it to an infinitive and back again, and the
 * infinitive shows it is a verb (it is in the frequency list and its present or past forms are too). Examples:
 * werkt -> werken -> werk+t; woont -> wonen -> woon+t; leefde -> leven -> leef+de; zet -> zetten -> zet.
 */
export interface VerbReading {
  /** Present singular with -t, weak past (werkte), strong past from the list (kwam), auxiliary forms. */
  finite: boolean;
  /** A finite reading that is also a common adjective or noun (vroeg, zat): needs support from the sentence. */
  weakFinite: boolean;
  /** The bare stem: first person, imperative or inversion (ik werk, werk je, bel ons). */
  stem: boolean;
  /** An infinitive form, which is also the present plural (wij werken). */
  infinitive: boolean;
  /** A past participle (gewerkt, betaald, gegeven, aangevraagd); some also read as finite (bewerkt). */
  participle: boolean;
  /** The infinitive, for the skiplist and the auxiliary rules. */
  lemma?: string;
}

const separable = ['aan', 'af', 'bij', 'door', 'in', 'mee', 'na', 'om', 'op', 'over', 'terug', 'toe', 'uit', 'voor', 'weg', 'tegen', 'samen', 'los', 'neer', 'vast', 'vrij', 'onder', 'achter', 'binnen', 'buiten', 'thuis', 'langs', 'teleur', 'goed', 'kwijt', 'bekend', 'klaar', 'schoon', 'stil', 'vol', 'door'];
const inseparable = ['be', 'ge', 'ver', 'ont', 'her', 'er'];
const prefixes = [...separable, ...inseparable].sort((a, b) => b.length - a.length);
/** Prefixes that are unstressed in some verbs (onderzoeken, overleggen, doorzoeken): no ge- in the participle. */
const mayBeInseparable = new Set(['onder', 'over', 'door', 'om', 'achter', 'voor']);
const kofschip = new Set(['t', 'k', 'f', 's', 'p', 'x', 'h']); // h: the ch of lachen
const vowel = /[aeiouy]/;

export class Morphology {
  private readonly readings = new Map<string, VerbReading | null>();
  private readonly verbs = new Map<string, boolean>();
  private readonly stems = new Map<string, string>();
  /** A form is evidence for a verb when it occurs at least 3 times in SUBTLEX-NL (Zipf 1.84): rarer forms are often typos. */
  private readonly evidenceZipf: number;
  private readonly plausibleZipf: number;
  /** Zipf value of the word being analysed, for `plausible`. */
  private currentZipf: number | undefined;

  constructor(
    private readonly lexicon: Lexicon,
    private readonly classes: WordClasses,
  ) {
    this.evidenceZipf = Math.log10(3) + lexicon.zipfOffset;
    this.plausibleZipf = Math.log10(5) + lexicon.zipfOffset;
  }

  /** All verb readings of a lowercase word, or null when it cannot be a verb form. Cached per word. */
  analyse(word: string): VerbReading | null {
    let reading = this.readings.get(word);
    if (reading !== undefined) return reading;
    reading = this.compute(word);
    if (this.readings.size > 50_000) this.readings.clear();
    this.readings.set(word, reading);
    return reading;
  }

  private compute(word: string): VerbReading | null {
    this.currentZipf = this.lexicon.get(word)?.zipf;
    const result: VerbReading = {finite: false, weakFinite: false, stem: false, infinitive: false, participle: false};
    const listed = this.classes.flags.get(word) ?? 0;
    if (listed & (WordClass.auxiliary | WordClass.copula | WordClass.strongPast)) {
      const lemma = this.classes.lemmas.get(word)!;
      result.lemma = lemma;
      if (word === lemma) result.infinitive = true;
      else if (word.startsWith('ge') && listed & (WordClass.auxiliary | WordClass.copula)) result.participle = true;
      else if (this.classes.ambiguous.has(word)) result.weakFinite = true;
      else result.finite = true;
      return result;
    }
    // A strong past with a prefix: ontving, besloot, aankwam (not ge-: gedacht is a participle).
    for (const prefix of prefixes) {
      if (prefix === 'ge') continue;
      if (!word.startsWith(prefix) || word.length - prefix.length < 2) continue;
      const rest = word.slice(prefix.length);
      const flags = this.classes.flags.get(rest) ?? 0;
      if (flags & WordClass.strongPast && !this.classes.ambiguous.has(rest) && this.lexicon.get(word)) {
        result.finite = true;
        result.lemma = prefix + this.classes.lemmas.get(rest)!;
        // verzocht, bedacht, verkocht: with an unstressed prefix the past is also the participle.
        if ((inseparable.includes(prefix) || mayBeInseparable.has(prefix)) && rest.endsWith('cht')) result.participle = true;
        break;
      }
    }
    if (this.isVerb(word)) {
      result.infinitive = true;
      result.lemma = word;
    }
    // Present singular: stem + t (werkt), or a stem ending in t (zet, wacht).
    if (word.endsWith('t')) {
      const lemma = this.findInfinitive(word.slice(0, -1), (infinitive) => this.third(infinitive) === word) ?? this.findInfinitive(word, (infinitive) => this.third(infinitive) === word);
      if (lemma) {
        result.finite = true;
        result.lemma ??= lemma;
      }
    }
    // Weak past: werkte, woonden, leefde.
    const past = /^(.+?)(te|de|ten|den)$/.exec(word);
    if (past) {
      const lemma = this.findInfinitive(past[1]!, (infinitive) => this.past(infinitive).includes(word));
      if (lemma) {
        result.finite = true;
        result.lemma ??= lemma;
      }
    }
    // The bare stem: werk, woon, bel.
    const stemLemma = this.findInfinitive(word, (infinitive) => this.stem(infinitive) === word);
    if (stemLemma && !result.finite) {
      result.stem = true;
      result.lemma ??= stemLemma;
    }
    const participle = this.participleLemma(word);
    // geeft is "geven", not a participle of the rare "effen": keep the reading of the more frequent verb.
    const rival = result.finite && participle && result.lemma && participle !== result.lemma && (this.lexicon.get(participle)?.zipf ?? 0) < (this.lexicon.get(result.lemma)?.zipf ?? 0);
    // verschillend, bedreigend: a present participle (verschillen + d), never a past one; "verschillenden" only
    // looks like an infinitive behind it.
    const present = participle !== undefined && word.endsWith('end') && this.isVerb(word.slice(0, -1));
    if (participle && !rival && !present) {
      result.participle = true;
      result.lemma ??= participle;
    }
    return result.finite || result.stem || result.infinitive || result.participle ? result : null;
  }

  /** The infinitive behind a participle: gewerkt, betaald, aangevraagd, gegeven, ontvangen. */
  private participleLemma(word: string): string | undefined {
    let rest = word;
    let prefix = '';
    for (const candidate of separable) {
      if (word.startsWith(candidate + 'ge') && word.length > candidate.length + 4) {
        prefix = candidate;
        rest = word.slice(candidate.length);
        break;
      }
    }
    const weak = /^(.{2,}?)([dt])$/.exec(rest);
    if (weak) {
      // ge + stem + d/t (gewerkt), or an unstressed prefix without ge (betaald, verstuurd, gebruikt).
      const bodies = rest.startsWith('ge') ? [rest.slice(2), rest] : inseparable.some((item) => rest.startsWith(item)) ? [rest] : [];
      for (const body of bodies) {
        if (body.length < 3 || !vowel.test(body)) continue;
        const stem = body.slice(0, -1);
        const ending = weak[2];
        const lemma =
          this.findInfinitive(stem, (infinitive) => this.stem(infinitive) === stem && (kofschip.has(lastConsonant(infinitive)) ? 't' : 'd') === ending) ??
          this.findInfinitive(body, (infinitive) => this.stem(infinitive) === body);
        if (lemma) return prefix + lemma;
      }
    }
    // Strong: ge...en (gegeven, gekomen, gedaan), in the frequency list and not an infinitive itself.
    if (/^ge.{2,}(?:en|aan|ien|oen)$/.test(rest) && this.lexicon.get(word) && !this.isVerb(word)) return prefix + rest;
    // ge + an irregular past: gebracht, gedacht, gekocht.
    if (rest.startsWith('ge') && (this.classes.flags.get(rest.slice(2)) ?? 0) & WordClass.strongPast) return prefix + this.classes.lemmas.get(rest.slice(2))!;
    // An unstressed prefix and -en is both infinitive and participle: ontvangen, besloten, vertrokken.
    const unstressed = /^(be|ver|ont|her|er)(.{4,}en)$/.exec(word);
    if (prefix === '' && unstressed && this.lexicon.get(word) && this.lexicon.get(unstressed[2]!)) return word;
    return undefined;
  }

  /** Infinitive candidates for a stem, by the spelling rules, kept when `accept` holds and they are verbs. */
  private findInfinitive(stem: string, accept: (infinitive: string) => boolean): string | undefined {
    if (stem.length < 2 || !vowel.test(stem)) return undefined;
    const candidates = new Set<string>();
    const last = stem.at(-1)!;
    candidates.add(stem + 'en');
    candidates.add(stem + 'n'); // gaat, doet, ziet
    candidates.add(stem + last + 'en'); // zet -> zetten
    const undoubled = undoubleVowel(stem);
    for (const base of new Set([stem, undoubled])) {
      candidates.add(base + 'en');
      if (base.endsWith('f')) candidates.add(base.slice(0, -1) + 'ven');
      if (base.endsWith('s')) candidates.add(base.slice(0, -1) + 'zen');
    }
    if (stem.endsWith('a')) candidates.add(`${trimEnd(stem, 'a')}aan`); // ga -> gaan
    for (const candidate of candidates) if (accept(candidate) && this.isVerb(candidate) && this.plausible(candidate)) return candidate;
    return undefined;
  }

  /**
   * A rare infinitive does not explain a common word: "houden" is no past of "houen", "maanden" none of "maanen".
   * The infinitive must occur at least 5 times (Zipf 2.06) and the form at most 1,000 times as often (3 Zipf units).
   */
  private plausible(infinitive: string): boolean {
    const zipf = this.lexicon.get(infinitive)?.zipf ?? 0;
    return zipf >= this.plausibleZipf && (this.currentZipf ?? 0) - zipf <= 3;
  }

  /**
   * Whether a word is a verb infinitive: it ends in -en (or is gaan, doen, zien ...), is in the frequency list, and
   * its present singular or past is in the list too, at least `evidenceCount` times (so a plural noun such as
   * "krachten" is not a verb). A weak past plural (betaalden) is not an infinitive.
   */
  isVerb(infinitive: string): boolean {
    let known = this.verbs.get(infinitive);
    if (known !== undefined) return known;
    known = false;
    const entry = this.lexicon.get(infinitive);
    if (/(?:en|aan|oen|ien|ijn)$/.test(infinitive) && infinitive.length >= 4 && entry?.zipf !== undefined) {
      const flags = this.classes.flags.get(infinitive) ?? 0;
      if (flags & (WordClass.auxiliary | WordClass.copula)) known = true;
      else if (flags & (WordClass.determiner | WordClass.pronoun | WordClass.preposition | WordClass.adverb | WordClass.numeral | WordClass.strongPast)) known = false;
      else if (this.isPastPlural(infinitive, entry.zipf)) known = false;
      else {
        // A plural noun (kosten, werken, gedachten) is also a verb only when its past is in the list (kostte, werkte).
        const noun = entry.nounClass !== undefined;
        const evidence = noun ? this.past(infinitive) : [this.third(infinitive), this.stem(infinitive), ...this.past(infinitive)];
        known = this.hasStrongPast(infinitive) || evidence.some((form) => form !== infinitive && this.isEvidence(form));
      }
    }
    if (this.verbs.size > 50_000) this.verbs.clear();
    this.verbs.set(infinitive, known);
    return known;
  }

  private isEvidence(form: string): boolean {
    const entry = this.lexicon.get(form);
    return entry !== undefined && entry.nounClass === undefined && (entry.zipf ?? 0) >= this.evidenceZipf;
  }

  /** betaalden, werkten: the past plural of a more frequent verb (betalen, werken). */
  private isPastPlural(word: string, zipf: number): boolean {
    const past = /^(.+)[dt]en$/.exec(word);
    if (!past) return false;
    const stem = past[1]!;
    const undoubled = undoubleVowel(stem);
    for (const candidate of new Set([stem + 'en', undoubled + 'en', stem.replace(/f$/, 'v') + 'en', stem.replace(/s$/, 'z') + 'en', undoubled.replace(/f$/, 'v') + 'en', undoubled.replace(/s$/, 'z') + 'en'])) {
      if (candidate === word) continue;
      const other = this.lexicon.get(candidate)?.zipf;
      if (other !== undefined && other >= 2.5 && other >= zipf - 0.5 && this.pastOf(candidate).includes(word)) return true;
    }
    return false;
  }

  /** The present stem, choosing by frequency between a short and a long last vowel: wandelen -> wandel, dineren -> dineer. */
  stem(infinitive: string): string {
    let stem = this.stems.get(infinitive);
    if (stem !== undefined) return stem;
    stem = stemOf(infinitive);
    const long = /^(.*[b-df-hj-np-tv-z])e([b-df-hj-np-tv-z])$/.exec(stem);
    if (long && /(?:eren|elen|enen)$/.test(infinitive)) {
      const alternative = `${long[1]}ee${long[2]}`;
      if ((this.lexicon.get(alternative + 't')?.zipf ?? 0) > (this.lexicon.get(stem + 't')?.zipf ?? 0)) stem = alternative;
    }
    if (this.stems.size > 50_000) this.stems.clear();
    this.stems.set(infinitive, stem);
    return stem;
  }

  third(infinitive: string): string {
    if (infinitive.endsWith('aan')) return infinitive.slice(0, -1) + 't'; // gaan -> gaat
    const stem = this.stem(infinitive);
    return stem.endsWith('t') ? stem : stem + 't';
  }

  past(infinitive: string): string[] {
    return this.pastOf(infinitive);
  }

  private pastOf(infinitive: string): string[] {
    const stem = this.stem(infinitive);
    const ending = kofschip.has(lastConsonant(infinitive)) ? 'te' : 'de';
    return [stem + ending, stem + ending + 'n'];
  }

  private hasStrongPast(infinitive: string): boolean {
    for (const [form, lemma] of this.classes.lemmas) {
      if (infinitive.endsWith(lemma) && (this.classes.flags.get(form)! & WordClass.strongPast) !== 0) {
        const prefix = infinitive.slice(0, infinitive.length - lemma.length);
        if (prefix === '' || (prefix !== 'ge' && prefixes.includes(prefix))) return true;
      }
    }
    return false;
  }
}

/** The present stem: maken -> maak, zetten -> zet, leven -> leef, reizen -> reis, gaan -> ga, betalen -> betaal. */
export function stemOf(infinitive: string): string {
  const irregular = /^(.*)komen$/.exec(infinitive);
  if (irregular) return `${irregular[1]}kom`; // komen -> kom, not koom
  if (/(?:aan|oen|ien)$/.test(infinitive) && !infinitive.endsWith('een')) {
    const stem = infinitive.slice(0, -1);
    return stem.endsWith('aa') ? stem.slice(0, -1) : stem;
  }
  let base = infinitive.endsWith('en') ? infinitive.slice(0, -2) : infinitive;
  if (/([b-df-hj-np-tv-z])\1$/.test(base) && !base.endsWith('ch')) base = base.slice(0, -1);
  else {
    // An open syllable keeps a long vowel: mak-en -> maak. An unstressed e (wandelen, openen) stays short.
    const match = /^(.*?)([b-df-hj-np-tv-z])([aeou])([b-df-hj-np-tv-z])$/.exec(base);
    if (match) {
      const before = match[1]!;
      // Only a prefix before the syllable (be-leven, aan-geven): the e is stressed. Else (wandelen) it is not.
      const rest = prefixes.find((prefix) => before.startsWith(prefix)) ? before.slice(prefixes.find((prefix) => before.startsWith(prefix))!.length) : before;
      const unstressed = match[3] === 'e' && vowel.test(rest);
      if (!unstressed) base = `${before}${match[2]}${match[3]}${match[3]}${match[4]}`;
    } else if (/^[aeou][b-df-hj-np-tv-z]$/.test(base)) base = base[0] + base; // eten -> eet
  }
  if (base.endsWith('v')) base = base.slice(0, -1) + 'f';
  if (base.endsWith('z')) base = base.slice(0, -1) + 's';
  return base;
}

function lastConsonant(infinitive: string): string {
  const base = infinitive.endsWith('en') ? infinitive.slice(0, -2) : infinitive;
  return base.at(-1) ?? '';
}

/**
 * "betaal" -> "betal", "zett" stays: a doubled a, e, o or u before the final consonants, written once. The same as
 * stem.replace(/([aeou])\1([^aeiouy]+)$/, '$1$2'), which retries the consonants from every doubled vowel.
 */
function undoubleVowel(stem: string): string {
  let end = stem.length;
  while (end > 0 && !'aeiouy'.includes(stem[end - 1]!)) end--;
  if (end === stem.length || end < 2) return stem;
  const vowel = stem[end - 1]!;
  return 'aeou'.includes(vowel) && stem[end - 2] === vowel ? stem.slice(0, end - 1) + stem.slice(end) : stem;
}

/** The word without the run of `letter` at its end. /a+$/ would retry that run from every "a" in a long word. */
function trimEnd(word: string, letter: string): string {
  let end = word.length;
  while (end > 0 && word[end - 1] === letter) end--;
  return word.slice(0, end);
}
