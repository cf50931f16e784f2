import {describe, expect, it} from 'vitest';
import {buildModel} from '../src/index.js';
import {checkText, realLoader, textLists} from './helpers.js';

// Issue 14, blind round r47: the causes of the findings of moeilijk-woord, afkorting and lange-zin judged not useful.

const findingsOf = async (text: string, ruleId: string) => (await checkText(text, {loader: realLoader})).findings.filter((finding) => finding.ruleId === ruleId);
const sentencesOf = (text: string) => buildModel(text, textLists).sentences.filter((sentence) => sentence.prose).map((sentence) => text.slice(sentence.start, sentence.end));

describe('sentences: a full stop without a space after it ends a sentence', () => {
  it('splits "leidinggevende.U krijgt" into sentences with the offsets of the text', () => {
    const text = 'Geef dit vóór datum aan bij uw leidinggevende.U krijgt dan een gesprek met de personeelsadviseur erbij.In dit gesprek kunt u uw situatie uitleggen.';
    expect(sentencesOf(text)).toEqual([
      'Geef dit vóór datum aan bij uw leidinggevende.',
      'U krijgt dan een gesprek met de personeelsadviseur erbij.',
      'In dit gesprek kunt u uw situatie uitleggen.',
    ]);
    const words = buildModel(text, textLists).sentences.flatMap((sentence) => sentence.words);
    for (const word of words) expect(text.slice(word.start, word.end)).toBe(word.text);
  });

  it('keeps web addresses, abbreviations and a lower-case word after the dot together', () => {
    const text = 'Kijk op www.Amsterdam.nl of op amsterdam.nl voor meer informatie. Wij spraken met dhr.Jansen over uw aanvraag.';
    expect(sentencesOf(text)).toEqual(['Kijk op www.Amsterdam.nl of op amsterdam.nl voor meer informatie.', 'Wij spraken met dhr.Jansen over uw aanvraag.']);
  });

  it('reports none of the short sentences as long', async () => {
    const text = 'Geef dit vóór datum aan bij uw leidinggevende.U krijgt dan een gesprek met de personeelsadviseur erbij.In dit gesprek kunt u uw situatie uitleggen en kunt u al uw vragen stellen.';
    expect(await findingsOf(text, 'lange-zin')).toEqual([]);
  });
});

describe('lange-zin: a date counts as one word', () => {
  it('does not call a plain sentence long because of two dates', async () => {
    expect(await findingsOf('Je kunt van 20 juli 2024 tot en met 4 januari 2025 gratis reizen met het openbaar vervoer van GVB in Amsterdam.', 'lange-zin')).toEqual([]);
  });

  it('still reports a sentence that is long without its dates, and counts each date once', async () => {
    const [finding] = await findingsOf('Kinderen van 4 tot en met 11 jaar kunnen van 22 juli tot en met 30 november gratis reizen met het openbaar vervoer in Amsterdam.', 'lange-zin');
    expect(finding?.message).toContain('23 woorden');
    const [ranges] = await findingsOf('U ziet deze tip omdat uw oudste kind geboren is tussen 1 januari 2016 - 31 december 2023 en u gehuwd bent of een geregistreerd partnerschap hebt.', 'lange-zin');
    expect(ranges?.message).toContain('22 woorden');
  });

  it('counts a number that is no date as a word', async () => {
    // "20 woningen" is no date: its 23 words stay 23.
    const [finding] = await findingsOf('In het plan staan 20 woningen die de corporatie in de komende jaren bouwt voor mensen met een laag inkomen in de wijk.', 'lange-zin');
    expect(finding?.message).toContain('23 woorden');
  });
});
