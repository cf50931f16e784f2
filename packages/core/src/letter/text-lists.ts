/**
 * The lists that steer how a text is read: which words with a period are abbreviations (so the sentence goes on),
 * and which words open a salutation or a closing line. They come from data (data/afkortingen.yaml and
 * data/woordenlijsten/aanheffen.yaml, slotgroeten.yaml) through the resources, so Node and a browser read them the
 * same way; buildModel() takes them compiled, because it is synchronous.
 */
export interface TextLists {
  /** Abbreviations written with one final period ("dhr.", "bijv."), lowercase and without the period. */
  abbreviations: ReadonlySet<string>;
  /** A whole line that is a salutation: "Beste mevrouw Jansen,". */
  salutation: RegExp;
  /** A whole line that is a closing: "Met vriendelijke groet,". */
  closing: RegExp;
  /** The formal closings inside a closing line ("Hoogachtend"), for the formele-aanhef check. */
  formalClosing: RegExp;
}

export interface ClosingPhrase {
  phrase: string;
  formal: boolean;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const never = /(?!)/;
// Longest first, so "met respectvolle groeten" is marked whole and not as "met respectvolle groet".
const alternatives = (phrases: string[]) => (phrases.length === 0 ? never.source : [...phrases].sort((a, b) => b.length - a.length).map(escape).join('|'));

export function compileTextLists(abbreviations: Iterable<string>, salutations: string[], closings: ClosingPhrase[]): TextLists {
  const periodAbbreviations = new Set<string>();
  for (const short of abbreviations) if (/^\p{L}+\.$/u.test(short)) periodAbbreviations.add(short.slice(0, -1).toLowerCase());
  const salutation = new RegExp(`^(?:${alternatives(salutations)})\\b[^.!?]{0,80}[,:]?$`, 'iu');
  const closing = new RegExp(`^(?:${alternatives(closings.map((item) => item.phrase))})\\b[^.!?]{0,60}[,.]?$`, 'iu');
  const formalClosing = new RegExp(alternatives(closings.filter((item) => item.formal).map((item) => item.phrase)), 'iu');
  return {abbreviations: periodAbbreviations, salutation, closing, formalClosing};
}

/** No lists: every period ends a word, no line is a salutation or closing. For a lone sentence (a rule's example). */
export const noTextLists: TextLists = compileTextLists([], [], []);
