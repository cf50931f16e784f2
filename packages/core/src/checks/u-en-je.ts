import type {CheckContext, CheckDefinition} from './context.js';
import {forEachWord, matchCase} from './context.js';
import type {Sentence, Token} from '../model.js';
import type {Tag, Tagger} from '../readability/tagger.js';
import {withTagger} from './curated.js';
import {tagsByOffset} from '../readability/measure.js';

const formal = new Map([['u', 'je'], ['uw', 'je'], ['uzelf', 'jezelf']]);
const informal = new Map([['je', 'u'], ['jij', 'u'], ['jou', 'u'], ['jouw', 'uw'], ['jezelf', 'uzelf']]);

/** Verbs whose "u" form is not the stem plus t, and back: "kun je" / "kunt u", "heb je" / "hebt u". */
const formalVerb: Record<string, string> = {kun: 'kunt', kan: 'kunt', zal: 'zult', zul: 'zult', wil: 'wilt', heb: 'hebt', ben: 'bent', mag: 'mag', zou: 'zou', ga: 'gaat', sta: 'staat', doe: 'doet', zie: 'ziet', sla: 'slaat'};
const informalVerb: Record<string, string> = {kunt: 'kun', kan: 'kun', zult: 'zul', wilt: 'wil', hebt: 'heb', heeft: 'heb', bent: 'ben', mag: 'mag', zou: 'zou', gaat: 'ga', staat: 'sta', doet: 'doe', ziet: 'zie', slaat: 'sla', is: 'ben'};
// Stems that end in t themselves keep it: "weet u" -> "weet je".
for (const stem of ['weet', 'moet', 'laat', 'let', 'zit', 'zet', 'eet', 'wacht', 'praat', 'meet']) informalVerb[stem] ??= stem;
const verbTags = new Set<Tag>(['VERB', 'AUX']);

/** A replacement for the marked words: the verb before the pronoun may be part of it ("kun je" -> "kunt u"). */
interface Fix {
  start: number;
  end: number;
  text: string | undefined; // undefined: no safe quick fix, the advice stays in words
}

/** "u" and "je" mixed in one letter. The minority form is reported, with the majority form as suggestion. */
export const mixedAddressCheck: CheckDefinition = {
  id: 'u-en-je',
  title: '"u" en "je" door elkaar',
  description: 'Een brief waarin "u" en "je" door elkaar staan.',
  usesOrganisationWords: false,
  defaultSeverity: 'warning',
  run(context) {
    // The tagger says whether "je" is a subject or "your", and which verb goes with it; without its data only the
    // unambiguous words get a quick fix.
    return withTagger(context.resources, (tagger) => report(context, tagger));
  },
};

function report({model, report}: CheckContext, tagger: Tagger | undefined): void {
  const formalWords: Array<[Token, Sentence]> = [];
  const informalWords: Array<[Token, Sentence]> = [];
  forEachWord(model, 'words', (word, sentence) => {
    const list = formal.has(word.lower) ? formalWords : informal.has(word.lower) ? informalWords : undefined;
    // A quoted example ("wordt: ‘De gemeente geeft u een boete ...’") is not the way the text speaks to its reader.
    // Asked only for "u" and "je": it reads the sentence up to the word.
    if (list && !inQuotes(model.text, sentence.start, word.start)) list.push([word, sentence]);
  });
  if (formalWords.length === 0 || informalWords.length === 0) return;
  // The form of most sentences is the text's form: one saying with four times "je" ("als je blijft doen wat je
  // altijd al deed, dan houd je wat je altijd al had") does not outweigh three sentences that say "u". An
  // impersonal "je" ("kun je denken aan") does not count: it does not speak to the reader.
  const impersonal = new Set(informalWords.filter(([word, sentence]) => impersonalJe(model.text, sentence, word)).map(([word]) => word));
  const sentencesWith = (words: Array<[Token, Sentence]>) => new Set(words.filter(([word]) => !impersonal.has(word)).map(([, sentence]) => sentence)).size;
  const useFormal = sentencesWith(formalWords) >= sentencesWith(informalWords);
  const otherReader = partsForAnotherReader(useFormal ? formalWords : informalWords, useFormal ? informalWords : formalWords);
  const minority = (useFormal ? informalWords : formalWords).filter(
    ([word, sentence]) => !otherReader.has(sentence.paragraph) && !(useFormal && impersonal.has(word)),
  );
  const tags = new Map<Sentence, Tag[]>();
  for (const [word, sentence] of minority) {
    let sentenceTags = tags.get(sentence);
    // The readability step has tagged every sentence already and keeps the tags per sentence text: use those.
    if (tagger && !sentenceTags) {
      const byOffset = tagsByOffset(sentence, model.text, tagger);
      tags.set(sentence, (sentenceTags = sentence.words.map((item) => byOffset.get(item.start)!)));
    }
    const fix = useFormal ? toFormal(word, sentence, sentenceTags, tagger) : toInformal(word, sentence, sentenceTags, tagger);
    report({
      start: fix.start,
      end: fix.end,
      message: `U schrijft "u" en "je" door elkaar. In deze brief staat vaker "${useFormal ? 'u' : 'je'}". Kies één vorm.`,
      expected: fix.text === undefined ? [] : [fix.text],
      explanation:
        'Kies in een brief voor "u" of voor "je" en blijf daarbij. Wisselt u, dan lijkt het of u iemand anders bedoelt. Dat is verwarrend.',
    });
  }
}

/**
 * Fixed expressions in which "je" means "one", not the reader: "Bij openbare ruimte kun je denken aan straten",
 * "je kunt hierbij denken aan", "je weet maar nooit", "je zou kunnen zeggen". A letter that says "u" may use them
 * without switching to "je"; "Heb je vragen?" or "Je kunt ons bellen" still are a switch.
 */
const impersonalExpressions = [
  /^(?:kun|kan|moet)\s+je\s+(?:\p{L}+\s+){0,3}?denken\s+aan\b/iu,
  /^je\s+(?:kunt|kan|moet)\s+(?:\p{L}+\s+){0,3}?denken\s+aan\b/iu,
  /^je\s+weet\s+maar\s+nooit\b/iu,
  /^je\s+zou\s+kunnen\s+zeggen\b/iu,
];

const impersonalVerbs = new Set(['kun', 'kan', 'moet']);

/** Whether this "je" is part of an impersonal expression (see above); `word` is the "je". */
function impersonalJe(text: string, sentence: Sentence, word: Token): boolean {
  if (word.lower !== 'je') return false;
  // The expression starts at "je" or at the verb right before it, in the same clause (as in verbBefore).
  const previous = sentence.words[word.index - 1];
  const from = previous && word.punctBefore === '' && impersonalVerbs.has(previous.lower) ? previous.start : word.start;
  const rest = text.slice(from, Math.min(sentence.end, from + 80));
  return impersonalExpressions.some((expression) => expression.test(rest));
}

/** How many paragraphs and uses of the other form make a part of the text written for another reader. */
const otherReaderParagraphs = 2;
const otherReaderUses = 4;

/**
 * The paragraphs of a part written on purpose for another reader: a run of consecutive paragraphs (paragraphs without
 * "u" or "je" do not break it) that use only the minority form, at least 2 paragraphs with at least 4 uses in all. A
 * page of tips for parents ("U ziet deze tip omdat u kinderen heeft") may hold a tip for their child ("Je kunt gratis
 * reizen. Je ziet deze tip omdat je 18 wordt."); that is no switch for the same reader. One paragraph or sentence in
 * the other form ("Hoe vraag je het aan?" under a u-tip, a "U kunt niet reageren" footer in a je-mail) still is.
 */
function partsForAnotherReader(majority: Array<[Token, Sentence]>, minority: Array<[Token, Sentence]>): Set<number> {
  const uses = new Map<number, {majority: number; minority: number}>();
  const count = (list: Array<[Token, Sentence]>, key: 'majority' | 'minority') => {
    for (const [, sentence] of list) {
      const entry = uses.get(sentence.paragraph) ?? {majority: 0, minority: 0};
      entry[key]++;
      uses.set(sentence.paragraph, entry);
    }
  };
  count(majority, 'majority');
  count(minority, 'minority');
  const parts = new Set<number>();
  let run: number[] = [];
  let runUses = 0;
  const close = () => {
    if (run.length >= otherReaderParagraphs && runUses >= otherReaderUses) for (const paragraph of run) parts.add(paragraph);
    run = [];
    runUses = 0;
  };
  for (const paragraph of [...uses.keys()].sort((a, b) => a - b)) {
    const entry = uses.get(paragraph)!;
    if (entry.majority > 0) close();
    else {
      run.push(paragraph);
      runUses += entry.minority;
    }
  }
  close();
  return parts;
}

/** Whether `at` lies inside a quotation that opens in the same sentence: ‘...’, “...”, "...". */
function inQuotes(text: string, start: number, at: number): boolean {
  let open = false;
  let straight = false;
  // The quote mark that opens a sentence stands before its first word, outside the sentence: "Je merkt pas ...,"
  // vertelt een deelnemer (round r65/r66 took that "je" as the text's).
  let from = start;
  while (from > 0 && start - from < 3 && /["“„‘\s]/.test(text[from - 1]!)) from--;
  for (let index = from; index < at; index++) {
    const char = text[index];
    if (char === '‘' || char === '“' || char === '„') open = true;
    else if (char === '”' || (char === '’' && !/\p{L}/u.test(text[index + 1] ?? ''))) open = false; // "auto’s" is no end
    else if (char === '"') straight = !straight;
  }
  return open || straight;
}

/** The finite verb right before the pronoun, in the same clause: "kun" in "kun je", "Heeft" in "Heeft u". */
function verbBefore(word: Token, sentence: Sentence, tags: Tag[] | undefined): Token | undefined {
  const previous = sentence.words[word.index - 1];
  if (!previous || word.punctBefore !== '' || !tags) return undefined;
  // The tagger may read "kun" in "kun je ook" as an adjective: the known irregular verbs count as verbs too.
  if (!verbTags.has(tags[previous.index]!) && formalVerb[previous.lower] === undefined && informalVerb[previous.lower] === undefined) return undefined;
  return previous;
}

/** "je" -> "u" or "uw", "kun je" -> "kunt u"; undefined text when the tagger is not sure. */
function toFormal(word: Token, sentence: Sentence, tags: Tag[] | undefined, tagger: Tagger | undefined): Fix {
  const plain = {start: word.start, end: word.end, text: matchCase(informal.get(word.lower)!, word.text)};
  if (word.lower !== 'je' && word.lower !== 'jij') return plain;
  if (!tags || !tagger) return word.lower === 'je' ? {...plain, text: undefined} : plain;
  const verb = verbBefore(word, sentence, tags);
  // "je" before a noun is "your": "over je gezondheid" -> "over uw gezondheid". After a verb it may be the subject
  // ("kun je denken"), so there no quick fix.
  const next = sentence.words[word.index + 1];
  const beforeNoun = next !== undefined && next.punctBefore === '' && (tags[next.index] === 'NOUN' || tags[next.index] === 'ADJ');
  if (word.lower === 'je' && tags[word.index] === 'DET' && beforeNoun) return verb ? {...plain, text: undefined} : {...plain, text: matchCase('uw', word.text)};
  if (!verb) return plain; // "Je kunt", "als je 18 wordt", "voor je te stemmen": the same verb form goes with "u"
  const form = verb.lower;
  // "stuurt je een brief": "je" is the object (the verb has its own subject); a stem ending in t stays (weet je).
  if (form.endsWith('t') && !formalVerb[form]) return plain;
  const reading = tagger.info(form).verb;
  const changed = formalVerb[form] ?? (reading?.stem ? `${form}t` : form.endsWith('e') ? form : undefined);
  if (changed === undefined) return {start: verb.start, end: word.end, text: undefined};
  return {start: verb.start, end: word.end, text: `${matchCase(changed, verb.text)} u`};
}

/** "u" -> "je", "uw" -> "je", "Kunt u" -> "Kun je"; undefined text when the tagger is not sure. */
function toInformal(word: Token, sentence: Sentence, tags: Tag[] | undefined, tagger: Tagger | undefined): Fix {
  const plain = {start: word.start, end: word.end, text: matchCase(formal.get(word.lower)!, word.text)};
  if (word.lower !== 'u') return plain;
  const verb = tags && tagger ? verbBefore(word, sentence, tags) : undefined;
  if (!verb) return plain;
  const form = verb.lower;
  if (!form.endsWith('t') && !informalVerb[form]) return plain; // "wij sturen u", "had u": the same form
  // "Heeft u", "Hoe vraagt u": the verb opens the clause, so "u" is its subject. After a noun ("de gemeente stuurt u")
  // "u" is the object and the verb stays; unsure cases get no quick fix.
  const before = sentence.words[verb.index - 1];
  const opens = before === undefined || verb.punctBefore !== '' || (tags![before.index] !== 'NOUN' && tags![before.index] !== 'PROPN' && tags![before.index] !== 'PRON');
  if (!opens) return {...plain, text: undefined};
  const stripped = form.slice(0, -1);
  const changed = informalVerb[form] ?? (tagger!.info(stripped).verb?.stem ? stripped : tagger!.info(form).verb?.stem ? form : undefined);
  if (changed === undefined) return {start: verb.start, end: word.end, text: undefined};
  return {start: verb.start, end: word.end, text: `${matchCase(changed, verb.text)} je`};
}
