import {describe, expect, it} from 'vitest';
import {fleschDouma, brouwer, lintScore, lintLevel, readersWhoFindItHard, sentenceFeatures, sentenceLint, countSyllables, analyseReadability, buildModel, defaultConfig, mergeConfig} from '../src/index.js';
import {textLists} from './helpers.js';
import {measure, counted, readability, tagger} from './readability-helpers.js';

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

describe('Flesch-Douma and Leesindex Brouwer', () => {
  it('apply the formulas of DESIGN.md', () => {
    expect(fleschDouma(150, 15)).toBeCloseTo(206.84 - 0.77 * 150 - 0.93 * 15, 10);
    expect(brouwer(150, 15)).toBeCloseTo(195 - (2 / 3) * 150 - 2 * 15, 10);
  });

  it('score a letter sentence from its syllables and length', async () => {
    const sentence = 'U krijgt het geld over twee weken.';
    const result = (await readability(sentence))!;
    const syllables = sentence.replace('.', '').split(' ').reduce((sum, word) => sum + countSyllables(word), 0);
    expect(syllables).toBe(9); // u krijgt het geld o-ver twee we-ken
    expect(result.sentences[0]!.fleschDouma).toBeCloseTo(fleschDouma((100 * 9) / 7, 7), 1);
    expect(result.brouwer).toBeCloseTo(brouwer((100 * 9) / 7, 7), 1);
    expect(result.words).toBe(7);
    expect(result.averageSentenceLength).toBe(7);
  });

  it('count words, sentences, average length and long words over the prose only', async () => {
    const result = (await readability('Geachte mevrouw De Vries,\n\nWij hebben uw aanvraag ontvangen. U krijgt de bijstandsuitkering vanaf 1 mei.\n\nMet vriendelijke groet,\n\nJ. de Vries\n'))!;
    expect(result.sentenceCount).toBe(2);
    expect(result.words).toBe(5 + 7);
    expect(result.averageSentenceLength).toBe(6);
    // Four or more syllables: bijstandsuitkering (5). The number 1 is a word for length, not for syllables.
    expect(result.longWordShare).toBeCloseTo(1 / 11, 3);
  });
});

describe('LiNT-II formula and levels', () => {
  it('is the formula of DESIGN.md, kept within 0-100', () => {
    const features = {wordFrequency: 5.364349, dependencyLength: 3, contentWordsPerClause: 4, concreteNouns: 0.5};
    expect(lintScore(features)).toBeCloseTo(100 - (-4.20782 + 17.283729 * 5.364349 - 1.624415 * 3 - 2.53678 * 4 + 16.001231 * 0.5), 8);
    expect(lintScore({wordFrequency: 7, dependencyLength: 0, contentWordsPerClause: 1, concreteNouns: 1})).toBe(0);
    expect(lintScore({wordFrequency: 1, dependencyLength: 40, contentWordsPerClause: 12, concreteNouns: 0})).toBe(100);
  });

  it('maps scores to levels at 34, 46 and 58, with the share of readers who find it hard', () => {
    expect([0, 33.9, 34, 45.9, 46, 57.9, 58, 100].map(lintLevel)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(readersWhoFindItHard).toEqual({1: 14, 2: 29, 3: 53, 4: 78});
  });
});

describe('F: mean word frequency of content words', () => {
  it('averages the SUBTLEX-NL Zipf values of nouns, lexical verbs and adjectives, not of function words', async () => {
    const measures = await measure('Wij hebben uw aanvraag voor bijzondere bijstand ontvangen.');
    expect(counted(measures).frequency).toEqual(['aanvraag', 'bijzondere', 'bijstand', 'ontvangen']);
    const lexicon = (await tagger()).lexicon;
    const expected = mean(['aanvraag', 'bijzondere', 'bijstand', 'ontvangen'].map((word) => lexicon.get(word)!.zipf!));
    expect(sentenceFeatures(measures).wordFrequency).toBeCloseTo(expected, 10);
  });

  it("gives a compound from the noun list its head's frequency", async () => {
    const measures = await measure('Wij stoppen uw bijstandsuitkering.');
    const lexicon = (await tagger()).lexicon;
    const word = measures.tagged.words.find((item) => item.key === 'bijstandsuitkering')!;
    expect(word.frequency).toBeCloseTo(lexicon.get('uitkering')!.zipf!, 10);
  });

  it('gives an unknown word 1.359, leaves out skiplist words (also by lemma) and names', async () => {
    const unknown = await measure('Wij gebruiken zoekdiensten.');
    expect(unknown.tagged.words.find((item) => item.key === 'zoekdiensten')!.frequency).toBeCloseTo(1.359, 3);
    // "gemeente" and "invullen" are in the skiplist; "invult" counts by its lemma.
    const skipped = await measure('De gemeente betaalt als u het invult.');
    expect(counted(skipped).frequency).toEqual(['betaalt']);
    // A name is a content word but has no frequency.
    const named = await measure('Mevrouw Jansen woont in Utrecht.');
    expect(counted(named).content).toEqual(expect.arrayContaining(['jansen', 'woont', 'utrecht']));
    expect(counted(named).frequency).not.toContain('jansen');
  });

  it('leaves a sentence without any counted word unscored', async () => {
    expect(sentenceLint(await measure('Dat kan.'))).toBeNull();
  });
});

describe('C: content words per clause (finite verbs)', () => {
  it('counts each finite verb as a clause', async () => {
    const measures = await measure('Wij betalen de huur en u betaalt de energie.');
    expect(counted(measures).finite).toEqual(['betalen', 'betaalt']);
    expect(counted(measures).content).toEqual(['betalen', 'huur', 'betaalt', 'energie']);
    expect(sentenceFeatures(measures).contentWordsPerClause).toBe(2);
  });

  it('does not count auxiliaries, modals and copulas as content words, but counts lexical hebben', async () => {
    expect(counted(await measure('U hebt het formulier ingevuld.')).content).toEqual(['formulier', 'ingevuld']);
    expect(counted(await measure('U moet de kosten zelf betalen.')).content).toEqual(['kosten', 'betalen']);
    expect(counted(await measure('De kosten zijn hoog.')).content).toEqual(['kosten', 'hoog']);
    expect(counted(await measure('U hebt recht op bijstand.')).content).toEqual(['hebt', 'recht', 'bijstand']);
  });

  it('finds finite verbs by their form: present, past, strong past, imperative, plural', async () => {
    expect(counted(await measure('Wij ontvingen uw brief en stuurden een antwoord.')).finite).toEqual(['ontvingen', 'stuurden']);
    expect(counted(await measure('Vul het formulier in en stuur het terug.')).finite).toEqual(['vul', 'stuur']);
    expect(counted(await measure('De kosten stijgen elk jaar.')).finite).toEqual(['stijgen']);
    expect(counted(await measure('Uw aanvraag wordt nu beoordeeld.')).finite).toEqual(['wordt']);
  });

  it('counts a sentence without a finite verb as one clause', async () => {
    const measures = await measure('Bijzondere bijstand voor een nieuwe bril.');
    expect(measures.finiteVerbs).toBe(0);
    expect(sentenceFeatures(measures).contentWordsPerClause).toBe(measures.contentWords);
  });
});

describe('D: longest dependency (proxy)', () => {
  const d = async (sentence: string) => (await measure(sentence)).dependency;

  it('is the distance from the subject to a verb at the end of the clause', async () => {
    // U ... terugsturen: 8 words in between.
    expect((await d('U moet het formulier voor 1 mei naar ons terugsturen.')).length).toBe(8);
  });

  it('is short in a simple main clause', async () => {
    expect((await d('Wij sturen u een brief.')).length).toBe(2);
  });

  it('links a subordinate clause to the main verb and a relative clause to its noun', async () => {
    const sub = await d('Als u vragen hebt, kunt u ons bellen.');
    expect(sub.length).toBe(3); // hebt ... bellen
    const relative = await d('De brief die u gisteren kreeg, is belangrijk.');
    expect(relative.length).toBe(5); // brief ... belangrijk
  });

  it('lets a later conjunct attach where the first one attaches (LiNT-II correction)', async () => {
    // afvoer attaches where "aan-" attaches: to the predicate "drukte", six words away.
    expect((await d('In de middeleeuwen was het hier een drukte van belang met de aan- en afvoer van goederen.')).length).toBe(6);
  });
});

describe('P: share of concrete nouns', () => {
  it('counts concrete, abstract and undefined nouns from the LiNT-II noun list', async () => {
    const concrete = await measure('De medewerker brengt de brief naar uw huis.');
    expect(counted(concrete).nouns).toEqual(['medewerker:concrete', 'brief:concrete', 'huis:concrete']);
    expect(sentenceFeatures(concrete).concreteNouns).toBe(1);
    const abstract = await measure('Uw aanvraag is in behandeling.');
    expect(sentenceFeatures(abstract).concreteNouns).toBe(0);
    // hart is "undefined": it counts among the nouns, not as concrete.
    expect(sentenceFeatures(await measure('De Oudegracht is het sfeervolle hart van de stad.')).concreteNouns).toBe(0.5);
  });

  it('does not take an adjective for a noun', async () => {
    expect(counted(await measure('Zij wonen in de oude stad.')).nouns).toEqual(['stad:concrete']);
  });
});

describe('words that are not scored', () => {
  it('counts placeholders, numbers, amounts, e-mail addresses and links as one word each, without scoring them', async () => {
    const text = 'Wij maken € 1.250,00 over aan {naam}. Mail naar info@utrecht.nl of kijk op www.utrecht.nl voor meer uitleg.';
    const result = (await readability(text))!;
    // Other: the amount (one token with its euro sign), the e-mail address and the link.
    expect(result.notScored).toEqual({placeholders: 1, numbers: 0, other: 3});
    const words = result.sentences.flatMap((sentence) => sentence.words);
    // "Wij maken € 1.250,00 over aan {naam}": six words, the amount is one.
    expect(words).toEqual([6, 10]);
    const measures = await measure('Wij maken € 1.250,00 over aan {naam}.');
    expect(measures.syllableWords).toBe(4);
    expect(counted(measures).content).toEqual(['maken']);
  });
});

describe('the per-sentence cache', () => {
  it('gives a letter the same measures whichever letters were measured before it', async () => {
    // The same sentence text is split into other words when a paragraph in lower case follows it ("e-mail." is
    // then read as one word): a batch of letters must not reuse the words of the letter that came first.
    const sentence = 'We houden u op de hoogte via e-mail.';
    const first = `Geachte heer Jansen,\n\n${sentence}\n\nwij sturen u later een brief.\n`;
    const second = `Geachte heer Jansen,\n\nUw aanvraag is binnen. ${sentence}\n\nMet vriendelijke groet,\n\nJ. de Vries\n`;
    const shared = await tagger();
    const config = mergeConfig(defaultConfig(), {});
    const alone = analyseReadability(buildModel(second, textLists), shared, config, {sentenceCache: false})!;
    analyseReadability(buildModel(first, textLists), shared, config);
    const afterOther = analyseReadability(buildModel(second, textLists), shared, config)!;
    const words = (result: typeof alone) => result.sentences.map((item) => ({features: item.features, contentWords: item.contentWords, lint: item.lint}));
    expect(words(afterOther)).toEqual(words(alone));
    expect(afterOther.lint).toEqual(alone.lint);
  });
});
