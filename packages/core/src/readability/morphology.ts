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

const separable = ['aan', 'af', 'bij', 'door', 'in', 'mee', 'na', 'om', 'op', 'over', 'terug', 'toe', 'uit', 'voor', 'weg', 'tegen', 'samen', 'los', 'neer', 'vast', 'vrij', 'onder', 'achter', 'binnen', 'buiten', 'thuis', 'langs', 'teleur'];
const inseparable = ['be', 'ge', 'ver', 'ont', 'her', 'er'];
const prefixes = [...separable, ...inseparable].sort((a, b) => b.length - a.length);
const kofschip = new Set(['t', 'k', 'f', 's', 'p', 'x', 'h']); // h: the ch of lachen
const vowel = /[aeiouy]/;

export class Morphology {
  private readonly readings = new Map<string, VerbReading | null>();
  private readonly verbs = new Map<string, boolean>();

  constructor(
    private readonly lexicon: Lexicon,
    private readonly classes: WordClasses,
  ) {}

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
    // A strong past with a prefix: ontving, besloot, aankwam.
    for (const prefix of prefixes) {
      if (!word.startsWith(prefix) || word.length - prefix.length < 2) continue;
      const rest = word.slice(prefix.length);
      const flags = this.classes.flags.get(rest) ?? 0;
      if (flags & WordClass.strongPast && !this.classes.ambiguous.has(rest) && this.lexicon.get(word)) {
        return {...result, finite: true, lemma: prefix + this.classes.lemmas.get(rest)!};
      }
    }
    if (this.isVerb(word)) {
      result.infinitive = true;
      result.lemma = word;
    }
    // Present singular: stem + t (werkt), or a stem ending in t (zet, wacht).
    if (word.endsWith('t')) {
      const lemma = this.findInfinitive(word.slice(0, -1), (infinitive) => presentT(infinitive) === word) ?? this.findInfinitive(word, (infinitive) => presentT(infinitive) === word);
      if (lemma) {
        result.finite = true;
        result.lemma ??= lemma;
      }
    }
    // Weak past: werkte, woonden, leefde.
    const past = /^(.+?)(te|de|ten|den)$/.exec(word);
    if (past) {
      const lemma = this.findInfinitive(past[1]!, (infinitive) => pastForms(infinitive).includes(word));
      if (lemma) {
        result.finite = true;
        result.lemma ??= lemma;
      }
    }
    // The bare stem: werk, woon, bel.
    const stemLemma = this.findInfinitive(word, (infinitive) => stemOf(infinitive) === word);
    if (stemLemma && !result.finite) {
      result.stem = true;
      result.lemma ??= stemLemma;
    }
    const participle = this.participleLemma(word);
    if (participle) {
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
      // ge + stem + d/t, or an unstressed prefix without ge (betaald, verstuurd, herhaald).
      const body = rest.startsWith('ge') ? rest.slice(2) : inseparable.some((item) => rest.startsWith(item)) ? rest : undefined;
      if (body !== undefined) {
        const stem = body.slice(0, -1);
        const lemma = this.findInfinitive(stem, (infinitive) => stemOf(infinitive) === stem && (kofschip.has(lastConsonant(infinitive)) ? 't' : 'd') === weak[2]) ?? this.findInfinitive(body, (infinitive) => stemOf(infinitive) === body);
        if (lemma) return prefix + (rest.startsWith('ge') ? lemma : lemma);
      }
    }
    // Strong: ge...en (gegeven, gekomen, gedaan), in the frequency list and not an infinitive itself.
    if (/^ge.{2,}(?:en|aan|ien|oen)$/.test(rest) && this.lexicon.get(word) && !this.isVerb(word)) return prefix + rest;
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
    const undoubled = stem.replace(/([aeou])\1([^aeiouy]+)$/, '$1$2');
    for (const base of new Set([stem, undoubled])) {
      candidates.add(base + 'en');
      if (base.endsWith('f')) candidates.add(base.slice(0, -1) + 'ven');
      if (base.endsWith('s')) candidates.add(base.slice(0, -1) + 'zen');
    }
    if (stem.endsWith('a') || stem.endsWith('aa')) candidates.add(stem.replace(/a+$/, 'aan')); // ga -> gaan
    for (const candidate of candidates) if (accept(candidate) && this.isVerb(candidate)) return candidate;
    return undefined;
  }

  /**
   * Whether a word is a verb infinitive: it ends in -en (or is gaan, doen, zien ...), is in the frequency list, and
   * its present singular or past is in the list too (so a plural noun such as "krachten" is not a verb).
   */
  isVerb(infinitive: string): boolean {
    let known = this.verbs.get(infinitive);
    if (known !== undefined) return known;
    known = false;
    if (/(?:[^aeiouy]en|[aeiouy]en|aan|oen|ien|ijn|aan)$/.test(infinitive) && infinitive.length >= 4 && this.lexicon.get(infinitive)?.zipf !== undefined) {
      const flags = this.classes.flags.get(infinitive) ?? 0;
      if (flags & (WordClass.auxiliary | WordClass.copula)) known = true;
      else if (flags & (WordClass.determiner | WordClass.pronoun | WordClass.preposition | WordClass.adverb | WordClass.numeral)) known = false;
      else {
        const noun = this.lexicon.get(infinitive)?.nounClass !== undefined;
        const third = presentT(infinitive);
        const evidence = [third, ...(noun ? [] : [stemOf(infinitive)]), ...pastForms(infinitive)];
        const strong = this.hasStrongPast(infinitive);
        known = strong || evidence.some((form) => form !== infinitive && (this.lexicon.get(form)?.zipf ?? 0) > 0 && !this.lexicon.get(form)?.nounClass) || (!noun && third !== infinitive && this.lexicon.get(third)?.zipf !== undefined);
      }
    }
    if (this.verbs.size > 50_000) this.verbs.clear();
    this.verbs.set(infinitive, known);
    return known;
  }

  private hasStrongPast(infinitive: string): boolean {
    for (const [form, lemma] of this.classes.lemmas) {
      if (infinitive.endsWith(lemma) && (this.classes.flags.get(form)! & WordClass.strongPast) !== 0) {
        const prefix = infinitive.slice(0, infinitive.length - lemma.length);
        if (prefix === '' || prefixes.includes(prefix)) return true;
      }
    }
    return false;
  }
}

/** The present stem: maken -> maak, zetten -> zet, leven -> leef, reizen -> reis, gaan -> ga, betalen -> betaal. */
export function stemOf(infinitive: string): string {
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
      const unstressed = match[3] === 'e' && vowel.test(before) && !inseparable.some((prefix) => before + match[2] === prefix || before === prefix);
      if (!unstressed) base = `${before}${match[2]}${match[3]}${match[3]}${match[4]}`;
    } else if (/^[aeou][b-df-hj-np-tv-z]$/.test(base)) base = base[0] + base; // eten -> eet
  }
  if (base.endsWith('v')) base = base.slice(0, -1) + 'f';
  if (base.endsWith('z')) base = base.slice(0, -1) + 's';
  return base;
}

/** Present singular with -t: werkt, zet (stem ends in t), vindt. */
export function presentT(infinitive: string): string {
  const stem = stemOf(infinitive);
  return stem.endsWith('t') ? stem : stem + 't';
}

/** Weak past singular and plural: werkte/werkten, leefde/leefden ('t kofschip on the infinitive's consonant). */
export function pastForms(infinitive: string): string[] {
  const stem = stemOf(infinitive);
  const ending = kofschip.has(lastConsonant(infinitive)) ? 'te' : 'de';
  return [stem + ending, stem + ending + 'n'];
}

function lastConsonant(infinitive: string): string {
  const base = infinitive.endsWith('en') ? infinitive.slice(0, -2) : infinitive;
  return base.at(-1) ?? '';
}
