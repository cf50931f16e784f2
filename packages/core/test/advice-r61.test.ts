import {describe, expect, it} from 'vitest';
import {buildModel} from '../src/index.js';
import {checkText, realLoader, textLists} from './helpers.js';

// Issue 14, round r61: the causes of findings judged not useful on texts of the kind municipalities publish (council
// proposals, reports of meetings with residents), which the letters and web sentences of earlier rounds lacked.

const findingsOf = async (text: string, ruleId: string) => (await checkText(text, {loader: realLoader})).findings.filter((finding) => finding.ruleId === ruleId);
const marked = async (text: string, ruleId: string) => (await findingsOf(text, ruleId)).map((finding) => finding.actual);
const sentencesOf = (text: string) => buildModel(text, textLists).sentences.filter((sentence) => sentence.prose).map((sentence) => text.slice(sentence.start, sentence.end));

describe('zeldzaam-woord', () => {
  it('gives no tip on a word the spelling check marks as a typo: that advice comes first', async () => {
    const text = 'De rol van de gemeente is cooerdinerend en ondersteunend bij de hulp in de wijk.';
    expect(await marked(text, 'spelling')).toEqual(['cooerdinerend']);
    expect(await marked(text, 'zeldzaam-woord')).toEqual([]);
  });

  it('never names a word end as the hard part ("zaam" of "redzaam"), and knows compounds with a linking s', async () => {
    for (const finding of await findingsOf('Veel inwoners zijn redzaam en samenredzaam in hun eigen dorp.', 'zeldzaam-woord')) {
      expect(finding.message).not.toMatch(/moeilijke deel is "(?:zaam|baar|lijk|heid)"/);
    }
    // aandacht + s + punt, mantelzorg + -ers: common parts, no rare words.
    expect(await marked('Dat blijft een aandachtspunt voor de mantelzorgers in het dorp.', 'zeldzaam-woord')).toEqual([]);
  });
});

describe('afkorting', () => {
  it('reads a Roman numeral as a number, not as an abbreviation', async () => {
    expect(await marked('Verslag van het gesprek over de visie, deel III. In hoofdstuk IV staat het plan.', 'afkorting')).toEqual([]);
    // A real abbreviation in capitals still gets its question.
    expect(await marked('Het plan ligt nu bij het DT van de gemeente.', 'afkorting')).toEqual(['DT']);
  });

  it('knows "ca" without a full stop as circa, and advises "ongeveer" instead of calling it a typo', async () => {
    const text = 'Er zijn 6 gesprekken met ca 15 mensen uit de wijk geweest.';
    expect(await marked(text, 'spelling')).toEqual([]);
    const [finding] = await findingsOf(text, 'afkorting');
    expect(finding?.expected).toEqual(['ongeveer']);
  });
});

describe('lijdende-vorm', () => {
  it('takes a present participle after "zijn" for an adjective ("zijn verschillend"), not for a passive', async () => {
    expect(await marked('De acht opgaven zijn onderling zeer verschillend.', 'lijdende-vorm')).toEqual([]);
    expect(await marked('De wensen van de inwoners zijn verschillend.', 'lijdende-vorm')).toEqual([]);
  });

  it('reads "beslist" with the clause still going on as the adverb (certainly), and "is beslist dat" as a passive', async () => {
    expect(await marked('Er zijn beslist ook andere opgaven die de wijk sterker maken.', 'lijdende-vorm')).toEqual([]);
    expect(await marked('Er is beslist dat u geen uitkering krijgt.', 'lijdende-vorm')).toEqual(['is beslist']);
  });
});

describe('spelling', () => {
  it('reads a part in brackets with the word glued after it: "(beleids)medewerkers", "(zorg/welzijns)instellingen"', async () => {
    expect(await marked('Wij praten met (zorg/welzijns)instellingen en met (beleids)medewerkers van de gemeente.', 'spelling')).toEqual([]);
    // A typo in the part in brackets is still a typo.
    expect(await marked('Wij praten met (zorg/welzijnz)instellingen in de wijk.', 'spelling')).toEqual(['welzijnz']);
  });

  it('takes HTML tags in a plain text for markup: no "ul" or "p" as words, and a list tag ends the sentence', async () => {
    const text = 'Hoe kijkt u naar de visie? <ul style="list-style-type: none"><li>Het stuk is duidelijk.</li><li>Vrijwilligers zijn nodig</li></ul> <p>Dat is het verslag.</p>';
    expect(await marked(text, 'spelling')).toEqual([]);
    expect(sentencesOf(text).map((sentence) => sentence.replace(/<[^>]*>/g, '').trim())).toEqual([
      'Hoe kijkt u naar de visie?',
      'Het stuk is duidelijk.',
      'Vrijwilligers zijn nodig',
      'Dat is het verslag.',
    ]);
    // A placeholder in angle brackets is no HTML tag: it stays a placeholder.
    expect(await marked('Beste <naam>, wij hebben uw brief gekregen.', 'spelling')).toEqual([]);
  });
});

describe('sentences', () => {
  it('ends a list item at a bullet inside a line: "... is essentieel • De economie stimuleren • ..."', () => {
    const text = 'Kleine stapjes en kleine groepen werken goed • Inzet van ervaringsdeskundigen is heel belangrijk • De economie in de regio helpen';
    expect(sentencesOf(text)).toEqual([
      'Kleine stapjes en kleine groepen werken goed •',
      'Inzet van ervaringsdeskundigen is heel belangrijk •',
      'De economie in de regio helpen',
    ]);
  });
});

describe('u-en-je', () => {
  it('counts sentences, not words: one saying with four times "je" does not make a text that says "u" a je-text', async () => {
    const text = [
      'Wij stellen u voor in te stemmen met deze visie.',
      'Als je blijft doen wat je altijd al deed, dan houd je wat je altijd al had.',
      'Hierover leest u meer in de visie.',
      'Voorstellen hiervoor leggen wij later aan u voor.',
    ].join(' ');
    const findings = await findingsOf(text, 'u-en-je');
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) expect(finding.message).toContain('In deze brief staat vaker "u"');
    expect(findings.map((finding) => finding.actual.toLowerCase())).not.toContain('u');
  });
});

describe('moeilijk-woord', () => {
  it('leaves the idiom "het heft in handen nemen" alone (no tax) and "op de lange termijn" (no period to name)', async () => {
    expect(await marked('Inwoners willen het heft zelf in handen nemen.', 'moeilijk-woord')).toEqual([]);
    expect(await marked('Dit helpt op de langere termijn ook.', 'moeilijk-woord')).toEqual([]);
    expect(await marked('Wij heffen een bedrag voor het afval.', 'moeilijk-woord')).toEqual(['heffen']);
  });

  it('offers a het-word after "het": "het uitgangspunt" gets "idee", never "het basis"', async () => {
    const [finding] = await findingsOf('Dat is het uitgangspunt van de gemeente.', 'moeilijk-woord');
    expect(finding?.expected).toEqual(['idee']);
  });

  it('replaces "de betreffende" as a whole by "die", as the editors did, never by "over"', async () => {
    const [finding] = await findingsOf('Dan weten we wat in de betreffende maand is gebeurd.', 'moeilijk-woord');
    expect([finding?.actual, finding?.expected]).toEqual(['de betreffende', ['die']]);
    expect((await findingsOf('Betreffende uw aanvraag kunnen wij u dit melden.', 'moeilijk-woord'))[0]?.expected[0]).toBe('Over');
  });

  it('gives no quick fix for "echter": "maar" in its place changes the meaning', async () => {
    const [finding] = await findingsOf('Daarvoor moet je echter wel een pas aanvragen.', 'moeilijk-woord');
    expect(finding?.actual).toBe('echter');
    expect(finding?.expected).toEqual([]);
  });

  it('approves a request: "Uw aanvraag is toegekend" gets "goedgekeurd", not "gegeven"', async () => {
    expect((await findingsOf('Uw aanvraag is toegekend.', 'moeilijk-woord'))[0]?.expected).toEqual(['goedgekeurd']);
    expect((await findingsOf('Uw aanvraag is door ons toegekend.', 'moeilijk-woord'))[0]?.expected).toEqual(['goedgekeurd']);
    expect((await findingsOf('Er is een tegoed aan u toegekend.', 'moeilijk-woord'))[0]?.expected[0]).toBe('gegeven');
  });
});

// Four letters the team wrote for this round (a Wmo decision, a benefit review, a waste tax, a parking permit), in the
// officialese of real letters; 97 findings, 7 judged not useful. These are their causes.
describe('own letters of round r61', () => {
  it('lang-woord: one tip per word, and none on a word a rule already advises on', async () => {
    const text = 'Heeft u een laag inkomen? Dan schort de betalingsverplichting niet op. Een bezwaar schort de betalingsverplichting ook niet op. Op 28 oktober was er een keukentafelgesprek met u.';
    expect(await marked(text, 'lang-woord')).toEqual(['betalingsverplichting']);
    expect(await marked(text, 'moeilijk-woord')).toContain('keukentafelgesprek');
  });

  it('plaatsvinden: "heeft ... plaatsgevonden" gets advice in words, no participle that needs "is"', async () => {
    const [finding] = await findingsOf('Op 28 oktober heeft een gesprek plaatsgevonden met onze consulent.', 'moeilijk-woord');
    expect([finding?.actual, finding?.expected]).toEqual(['plaatsgevonden', []]);
    expect((await findingsOf('Het gesprek vindt plaats in het gemeentehuis.', 'moeilijk-woord'))[0]?.expected).toEqual(['is', 'gebeurt']);
  });

  it('lijdende-vorm: "Indien u verhinderd bent" is a state, no passive', async () => {
    expect(await marked('Indien u verhinderd bent, belt u ons dan.', 'lijdende-vorm')).toEqual([]);
  });

  it('a reason never shows quote marks around itself: kwijtschelding', async () => {
    const [finding] = await findingsOf('U kunt een verzoek om kwijtschelding indienen.', 'moeilijk-woord');
    expect(finding?.message).toMatch(/^'Kwijtschelding' is een woord van de belasting\./);
  });

  it('afhandelen: a report of a problem is solved ("opgelost"), a request is decided on', async () => {
    expect((await findingsOf('U krijgt een e-mail zodra uw melding is afgehandeld.', 'moeilijk-woord'))[0]?.expected).toEqual(['opgelost']);
    expect((await findingsOf('Uw verzoek is afgehandeld.', 'moeilijk-woord'))[0]?.expected[0]).toBe('afgerond');
  });

  it('"schuldeisers" is the plain word of texts about debts; "crediteuren" is not', async () => {
    expect(await marked('Wij gaan contact opnemen met al uw schuldeisers.', 'moeilijk-woord')).toEqual([]);
    expect(await marked('Wij gaan contact opnemen met al uw crediteuren.', 'moeilijk-woord')).toEqual(['crediteuren']);
  });

  it('new rules from the own letters: in goede orde, bezwaar aantekenen, inzien, dit schrijven', async () => {
    expect(await marked('Wij hebben uw melding in goede orde ontvangen.', 'moeilijk-woord')).toEqual(['in goede orde']);
    expect((await findingsOf('U kunt binnen zes weken bezwaar aantekenen.', 'moeilijk-woord'))[0]?.expected).toEqual(['bezwaar maken']);
    expect((await findingsOf('Het verslag kunt u inzien via het digitale loket.', 'moeilijk-woord'))[0]?.expected).toEqual(['bekijken']);
    expect((await findingsOf('In dit schrijven informeren wij u over ons besluit.', 'moeilijk-woord')).map((finding) => finding.expected)).toContainEqual(['deze brief']);
    expect(await marked('Wij zijn bezig met het schrijven van een visie.', 'moeilijk-woord')).toEqual([]);
  });

  it('lang-woord: no tip inside the name of a regulation the sentence introduces with its abbreviation', async () => {
    expect(await marked('U kreeg geld op grond van de Tijdelijke overbruggingsregeling zelfstandig ondernemers (Tozo) in 2020.', 'lang-woord')).toEqual([]);
    expect(await marked('U kreeg geld van de overbruggingsregeling in 2020.', 'lang-woord')).toEqual(['overbruggingsregeling']);
  });

  it('a term the next sentence explains ("Dat betekent dat ...") gets no advice, and never "u" after "u"', async () => {
    expect(await marked('Dit kan alleen als u belanghebbende bent. Dat betekent dat u zelf gevolgen merkt van de verbouwing.', 'moeilijk-woord')).toEqual([]);
    const [finding] = await findingsOf('Dit kan alleen als u belanghebbende bent. U krijgt dan een brief.', 'moeilijk-woord');
    expect(finding?.actual).toBe('belanghebbende');
    expect(finding?.expected).not.toContain('u');
  });

  it('one finding for "tijdig" and "zo spoedig mogelijk": the word advice asks for the date, vage-termijn adds none', async () => {
    const text = 'Annuleert u niet tijdig, dan betaalt u kosten. Stuur ons de papieren zo spoedig mogelijk.';
    expect(await marked(text, 'vage-termijn')).toEqual([]);
    expect((await findingsOf(text, 'moeilijk-woord')).map((finding) => [finding.actual, finding.expected[0]])).toEqual([
      ['tijdig', 'op tijd'],
      ['zo spoedig mogelijk', 'zo snel mogelijk'],
    ]);
    // A vague phrase without such word advice still gets its own.
    expect(await marked('Wij sturen u binnenkort een brief.', 'vage-termijn')).toEqual(['binnenkort']);
  });

  it('a bank account number (IBAN) is no prose: "BANK" in "NL12 BANK 0123 4567 89" is no abbreviation', async () => {
    const text = 'Maak het bedrag over op rekeningnummer NL12 BANK 0123 4567 89 onder vermelding van het nummer.';
    expect(await marked(text, 'afkorting')).toEqual([]);
    expect(await marked('Betaal op NL12BANK0123456789 voor 1 mei.', 'spelling')).toEqual([]);
    expect(await marked('Het plan ligt bij het DT van de gemeente.', 'afkorting')).toEqual(['DT']);
  });
});

