import {describe, expect, it} from 'vitest';
import {buildModel} from '../src/index.js';
import {checkText, realLoader, textLists} from './helpers.js';

// Issue 14, round r62: the causes of findings judged not useful on 24 new letters, notices and e-mails that two
// writers outside the team wrote blind (bench/inputs/brieven-r62/): bezwaar clauses, programmes of an evening,
// company names and phone numbers at the end of a sentence, repeated frightening words.

const findingsOf = async (text: string, ruleId: string) => (await checkText(text, {loader: realLoader})).findings.filter((finding) => finding.ruleId === ruleId);
const marked = async (text: string, ruleId: string) => (await findingsOf(text, ruleId)).map((finding) => finding.actual);
const sentencesOf = (text: string) => buildModel(text, textLists).sentences.filter((sentence) => sentence.prose).map((sentence) => text.slice(sentence.start, sentence.end));

describe('lijdende-vorm', () => {
  it('reads a participle between "het" and a noun as an adjective, not as a passive with "bent"', async () => {
    expect(await marked('Wij vragen u om ervoor te zorgen dat u op het afgesproken tijdstip thuis bent.', 'lijdende-vorm')).toEqual([]);
    expect(await marked('Vermeld de reden waarom u het niet eens bent met het voorgenomen besluit.', 'lijdende-vorm')).toEqual([]);
    // "het" as the subject, with the participle closing the clause, is still a passive.
    expect(await marked('Wij zien dat het bedrag nog niet betaald is.', 'lijdende-vorm')).toEqual(['betaald is']);
    expect(await marked('Het bedrag is gisteren aan u betaald.', 'lijdende-vorm')).toEqual(['is gisteren aan u betaald']);
  });
});

describe('curated advice', () => {
  it('gives the imperative first in the sentence, also when an auxiliary follows ("Vermeld" -> "Noem")', async () => {
    const [finding] = await findingsOf('Vermeld in uw brief waarom u het niet eens bent met het besluit.', 'moeilijk-woord');
    expect(finding?.actual).toBe('Vermeld');
    expect(finding?.expected).toEqual(['Noem', 'Zet']);
    // After "heeft" the same form is the participle.
    const [participle] = await findingsOf('U heeft dit niet in de aanvraag vermeld.', 'moeilijk-woord');
    expect(participle?.expected).toEqual(['genoemd', 'gezet']);
  });

  it('gives a frightening word one tip per text, with the number of later uses', async () => {
    const text =
      'Wij komen op 3 maart op huisbezoek. Tijdens het huisbezoek kijken wij naar uw situatie. Een huisbezoek duurt ongeveer een half uur.';
    const found = await findingsOf(text, 'afschrikwoord');
    expect(found.map((finding) => finding.actual)).toEqual(['huisbezoek']);
    expect(found[0]!.message).toContain('nog 2 keer');
    // A word for the reader ("de cliënt": better "u") gets advice at each use: each sentence must say "u".
    expect(await marked('Wij sturen deze brief aan u en aan andere cliënten. De cliënt moet zelf bellen.', 'afschrikwoord')).toEqual(['cliënten', 'cliënt']);
  });

  it('spells the adjective of "officieel" with a diaeresis before a noun', async () => {
    const [finding] = await findingsOf('Stuur ons een gewaarmerkte kopie van de tekening.', 'moeilijk-woord');
    expect(finding?.expected).toContain('officiële');
    expect(finding?.expected).not.toContain('officiele');
  });

  it('offers no one-word fix where it breaks the sentence ("liggen ... ter inzage", "in de gelegenheid zijn", "voor uw rekening")', async () => {
    for (const [text, ruleId] of [
      ['De stukken liggen van 17 september tot en met 29 oktober ter inzage in het stadhuis.', 'moeilijk-woord'],
      ['Bent u niet in de gelegenheid om te komen? Bel ons dan.', 'moeilijk-woord'],
      ['De kosten van de deurwaarder zijn eveneens voor uw rekening.', 'moeilijk-woord'],
    ] as const) {
      const found = (await findingsOf(text, ruleId)).filter((finding) => /inzage|gelegenheid|rekening/.test(finding.actual));
      expect(found).toHaveLength(1);
      expect(found[0]!.expected).toEqual([]);
    }
  });

  it('leaves everyday words alone that rules named as forms of harder ones', async () => {
    expect(await marked('Onze gebouwen gebruiken duurzame energie.', 'moeilijk-woord')).toEqual([]);
    expect(await marked('De omleiding wordt met gele borden aangegeven.', 'moeilijk-woord')).toEqual([]);
    expect(await marked('Uw restafval gaat in de grijze container.', 'moeilijk-woord')).toEqual([]);
    expect(await marked('Neem de polis van uw zorgverzekering mee.', 'moeilijk-woord')).toEqual([]);
  });

  it('names the word the letter uses: a principeverzoek is no vooroverleg', async () => {
    const found = await findingsOf('De initiatiefnemer heeft een principeverzoek ingediend.', 'moeilijk-woord');
    const finding = found.find((item) => item.actual === 'principeverzoek');
    expect(finding?.entryId).toBe('principeverzoek');
    expect(finding?.message).toContain("'Principeverzoek'");
  });

  it('advises "in mindering brengen" in the form of the sentence', async () => {
    const [finding] = await findingsOf('Uw inkomsten worden in mindering gebracht op de bijstand.', 'moeilijk-woord');
    expect(finding?.actual).toBe('in mindering gebracht');
    expect(finding?.expected).toEqual(['afgetrokken']);
    expect(await marked('Uw inkomsten worden in mindering gebracht op de bijstand.', 'zeldzaam-woord')).toEqual([]);
  });

  it('gives "het beoogde park" a planned park, not a verb', async () => {
    const [finding] = await findingsOf('U woont in de buurt van het beoogde zonnepark.', 'moeilijk-woord');
    expect(finding?.expected).toEqual(['geplande']);
  });
});

describe('one finding per word', () => {
  it('gives a d/t error no second finding from the spelling check', async () => {
    const text = 'Wanneer je de aanvraag hebt ingedient, ontvang je binnen 4 weken bericht.';
    expect(await marked(text, 'dt-fout')).toEqual(['ingedient']);
    expect(await marked(text, 'spelling')).toEqual([]);
  });

  it('gives a long word with a typo only the typo', async () => {
    const text = 'De belastingdeurwaader komt bij u langs.';
    expect(await marked(text, 'spelling')).toEqual(['belastingdeurwaader']);
    expect(await marked(text, 'lang-woord')).toEqual([]);
  });
});

describe('lang-woord', () => {
  it('leaves a compound of two everyday words alone that people use, and still flags rare compounds', async () => {
    expect(await marked('Wij helpen u met een betalingsregeling voor uw energierekening.', 'lang-woord')).toEqual([]);
    expect(await marked('Uit de inkomstenverhouding blijkt dat u werkt.', 'lang-woord')).toEqual(['inkomstenverhouding']);
    expect(await marked('Een handhavingsmedewerker komt bij u langs.', 'lang-woord')).toEqual(['handhavingsmedewerker']);
  });
});

describe('afkorting', () => {
  it('quotes the whole law reference, with the year of the law', async () => {
    expect(await marked('Dit staat in artikel 11 van de Invorderingswet 1990.', 'afkorting')).toEqual(['artikel 11 van de Invorderingswet 1990']);
  });

  it('knows sms', async () => {
    expect(await marked('Dit is een SMS van de gemeente.', 'afkorting')).toEqual([]);
  });
});

describe('sentences', () => {
  it('ends a sentence after a phone number or a company form with its full stop', () => {
    expect(sentencesOf('Bel ons via 14 020. Actuele informatie staat op de website.')).toEqual(['Bel ons via 14 020.', 'Actuele informatie staat op de website.']);
    expect(sentencesOf('Het werk doet aannemer Van Dijk Infra B.V. Het werk duurt zes weken.')).toEqual([
      'Het werk doet aannemer Van Dijk Infra B.V.',
      'Het werk duurt zes weken.',
    ]);
    // A title before a name does not end the sentence.
    expect(sentencesOf('U spreekt met dhr. De Vries over uw aanvraag.')).toHaveLength(1);
  });

  it('reads the lines of a programme as rows, not as one long sentence', async () => {
    const text =
      'Programma\n\n19.30 uur  Welkom door de wethouder\n19.45 uur  Presentatie van het plan door de initiatiefnemer\n20.15 uur  Toelichting op de procedure en de rol van de gemeente\n20.30 uur  Informatiemarkt met gelegenheid tot het stellen van vragen over het plan\n';
    expect(await findingsOf(text, 'lange-zin')).toEqual([]);
    expect(sentencesOf('Om 19.30 uur begint de avond. Wij stoppen om 21.00 uur.')).toHaveLength(2);
  });
});

describe('spelling', () => {
  it('joins a modifier with its linking s to the word after it ("invorderings kosten")', async () => {
    const [finding] = await findingsOf('Om verdere invorderings kosten te voorkomen, betaalt u voor 1 juni.', 'spelling');
    expect(finding?.actual).toBe('invorderings kosten');
    expect(finding?.expected).toEqual(['invorderingskosten']);
  });

  it('leaves an adjective Dutch never inflects apart from its noun ("het online formulier")', async () => {
    expect(await marked('Vul het online formulier in. De gratis cursus begint in mei.', 'spelling')).toEqual([]);
    expect(await marked('Druk daarna op de inlog knop.', 'spelling')).toEqual(['inlog knop']);
  });
});

describe('zeldzaam-woord', () => {
  it('knows a compound with a linking e after a doubled consonant ("zonnepark")', async () => {
    expect(await marked('Het zonnepark komt naast de snelweg.', 'zeldzaam-woord')).toEqual([]);
  });
});

describe('better words in a text that says "je"', () => {
  it('say "je" too', async () => {
    const text = 'Heb je een laag inkomen? Dan kun je misschien geld krijgen. Je kunt het aanvragen tot 31 december.\n\nInkomensgrenzen\n\nJe inkomen is niet te hoog.';
    const [finding] = await findingsOf(text, 'moeilijk-woord');
    expect(finding?.actual).toBe('Inkomensgrenzen');
    expect(finding?.expected).toEqual(['Grens voor je inkomen']);
    // A text that says "u" keeps "uw".
    const [formal] = await findingsOf('Heeft u een laag inkomen? Dan kunt u geld krijgen.\n\nInkomensgrenzen\n\nUw inkomen is niet te hoog.', 'moeilijk-woord');
    expect(formal?.expected).toEqual(['Grens voor uw inkomen']);
  });
});

describe('dubbele-ontkenning', () => {
  it('does not join two negations across "en" or "of"', async () => {
    expect(await marked('Komt u niet en laat u niets van zich horen, dan stopt de hulp.', 'dubbele-ontkenning')).toEqual([]);
    expect(await marked('Als u de gegevens niet tijdig of onvolledig verstrekt, kunnen wij het budget herzien.', 'dubbele-ontkenning')).toEqual([]);
    expect(await marked('Het is niet onmogelijk dat u geld terugkrijgt.', 'dubbele-ontkenning')).toEqual(['niet onmogelijk']);
  });
});
