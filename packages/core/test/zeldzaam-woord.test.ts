import {describe, expect, it} from 'vitest';
import {checkText, testLoader} from './helpers.js';

const rareOf = async (text: string, config = {}, loader = testLoader()) =>
  (await checkText(text, {config, loader})).findings.filter((finding) => finding.ruleId === 'zeldzaam-woord');

// A curated rule for a rare word, as an organisation might add one: its advice wins over the tip.
const ruleFor = (form: string, alternatives: string[]) => `
theme: Eigen
check: moeilijk-woord
rules:
  - id: eigen-${form}
    forms: [${form}]
    alternatives: [${alternatives.join(', ')}]
    reason: Schrijf iets anders.
    explanation: Dit woord kennen weinig mensen.
    examples: {hit: ["Het gaat om de ${form}."], miss: ["Het gaat om het geld."]}
    status: aangenomen
    provenance: {role: ontwikkelteam, date: 2026-12-02, decision: Testregel.}
`;

describe('zeldzaam-woord (words no list names)', () => {
  it('gives a tip on a word that is rare in SUBTLEX-NL, at the exact place', async () => {
    const text = 'Beste mevrouw Jansen,\n\nIn maart krijgt u de nabetaling op uw rekening.';
    const [finding, ...rest] = await rareOf(text);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({actual: 'nabetaling', severity: 'info', expected: [], url: 'docs/rules/zeldzaam-woord.md'});
    expect(text.slice(finding!.offset, finding!.offset + finding!.length)).toBe('nabetaling');
    expect(finding!.message).toBe('Veel lezers kennen het woord "nabetaling" niet. Leg het uit of kies een woord dat meer mensen kennen.');
  });

  it('judges a compound by its parts: bijstand + uitkering is known, a rare part is named', async () => {
    expect(await rareOf('U ontvangt vanaf 1 mei een bijstandsuitkering van de gemeente.')).toEqual([]);
    expect(await rareOf('Wij hebben uw aanvraag getoetst aan het woonplaatsbeginsel.')).toEqual([]); // woonplaats + beginsel
    const [finding] = await rareOf('De gemeente maakt een verkavelingsplan voor uw wijk.');
    expect(finding?.actual).toBe('verkavelingsplan');
    expect(finding?.message).toContain('Het moeilijke deel is "verkaveling".');
  });

  it('uses the threshold from the settings: with 20, "beginsel" is rare too', async () => {
    const findings = await rareOf('Wij hebben uw aanvraag getoetst aan het woonplaatsbeginsel.', {thresholds: {rareWordCount: 20}});
    // "getoetst" (9 times) is a form of "toetsen", which SUBTLEX knows well: no tip since the participle lookup.
    expect(findings.map((item) => item.actual)).toEqual(['woonplaatsbeginsel']);
    const finding = findings[0];
    expect(finding?.message).toContain('Het moeilijke deel is "beginsel".');
  });

  it('names no hard part of a word SUBTLEX has as a whole (round r31: "smartphone": "Het moeilijke deel is phone")', async () => {
    // "smartphone" itself is now on the list of words nearly every reader knows (bekende-woorden.yaml).
    expect(await rareOf('U kunt de pas ook laten zien op uw smartphone.')).toEqual([]);
    const [finding] = await rareOf('Het formulier vraagt niet naar uw genderidentiteit.');
    expect(finding?.actual).toBe('genderidentiteit');
    expect(finding?.message).not.toContain('Het moeilijke deel');
    // A compound the writer made still names its rare part.
    expect((await rareOf('De gemeente maakt een verkavelingsplan voor uw wijk.'))[0]?.message).toContain('Het moeilijke deel is "verkaveling".');
  });

  it('knows an inflected form of a common word: aanvraagden is aanvragen', async () => {
    expect(await rareOf('Wij beoordeelden uw aanvraag. Zij aanvraagden een pas.')).toEqual([]);
  });

  it('takes a quoted word with its meaning in brackets as explained (round r31)', async () => {
    expect(await rareOf('Het plan houdt rekening met de ‘afwaardering’ (dat wil zeggen: een lagere maximumsnelheid) van de weg.')).toEqual([]);
    expect((await rareOf('Het plan houdt rekening met de afwaardering van de weg.')).map((finding) => finding.actual)).toEqual(['afwaardering']);
  });

  it('knows a present participle of a common verb: verkennend is verkennen (round r31: "Het moeilijke deel is nend")', async () => {
    expect(await rareOf('Voor de locatie moet een verkennend bodemonderzoek worden gedaan. Wij doen een verkennende studie.')).toEqual([]);
  });

  it('gives the tip once per letter, where the word first stands', async () => {
    const findings = await rareOf('De nabetaling volgt in maart. Over de nabetaling krijgt u nog een brief.');
    expect(findings.map((finding) => finding.offset)).toEqual([3]);
  });

  it('gives one tip per rare part and per word with another ending: the text keeps using it as its topic', async () => {
    const text = 'Vraag niet naar iemands genderidentiteit. Er zijn meer dan twee genders. Gebruik genderneutrale woorden.';
    expect((await rareOf(text)).map((finding) => finding.actual)).toEqual(['genderidentiteit']);
    // Another rare word still gets its own tip.
    expect((await rareOf('Vraag niet naar iemands genderidentiteit. Wij maken een nieuwe fasering.')).map((finding) => finding.actual)).toEqual(['genderidentiteit', 'fasering']);
    // A word between quote marks is mentioned, not used.
    expect(await rareOf('In het plan staat het woord ‘fasering’.')).toEqual([]);
  });

  it('leaves out a word the letter explains, a name, a typo and an abbreviation', async () => {
    expect(await rareOf('In maart krijgt u de nabetaling (het geld dat u nog van ons krijgt).')).toEqual([]);
    expect(await rareOf('Nabetaling: het geld dat u nog van ons krijgt.')).toEqual([]);
    expect(await rareOf('U krijgt nog geld van ons. Dat heet een nabetaling.')).toEqual([]);
    expect(await rareOf('In maart krijgt u de nabetaling, dat is het geld dat u nog van ons krijgt.')).toEqual([]);
    expect(await rareOf('In maart krijgt u de nabetaling, die wij u al eerder beloofden.')).toHaveLength(1);
    expect(await rareOf('U kunt langskomen bij de Verkaveling in Amersfoort.')).toEqual([]);
    expect(await rareOf('Uw gegevens zijn geregisterd.')).toEqual([]); // a typo: the spelling check speaks about it
    expect(await rareOf('U volgt een opleiding op het vmbo.')).toEqual([]);
  });

  it('leaves a word to the rule that names it, and offers the rule\'s better words for a rare part', async () => {
    const loader = testLoader({'rules/eigen.yaml': ruleFor('verkaveling', ['indeling'])});
    const all = (await checkText('Het gaat om de verkaveling. De gemeente maakt een verkavelingsplan.', {loader})).findings;
    expect(all.filter((finding) => finding.ruleId === 'moeilijk-woord').map((finding) => finding.actual)).toEqual(['verkaveling']);
    const rare = all.filter((finding) => finding.ruleId === 'zeldzaam-woord');
    expect(rare.map((finding) => finding.actual)).toEqual(['verkavelingsplan']);
    expect(rare[0]!.message).toContain('Voor "verkaveling" kunt u ook "indeling" schrijven.');
  });

  it('can be switched off', async () => {
    expect(await rareOf('In maart krijgt u de nabetaling.', {rules: {'zeldzaam-woord': 'off'}})).toEqual([]);
  });
});

describe('zeldzaam-woord: forms of a known word (issue 12)', () => {
  it('reads an accent for stress as the plain word: "iederéén" is "iedereen"', async () => {
    expect(await rareOf('Wij willen dat iederéén mee kan doen. Dat geldt óók voor u.')).toEqual([]);
  });

  it('finds the verb of a participle or a stem with a doubled vowel', async () => {
    // geformuleerd -> formuleren, opgesteld -> opstellen, geïmplementeerd -> implementeren
    expect(await rareOf('Wij hebben de vragen anders geformuleerd. De regels zijn vorig jaar opgesteld.')).toEqual([]);
    expect(await rareOf('De nieuwe werkwijze is in maart geïmplementeerd.')).toEqual([]);
  });

  it('keeps a rare verb rare, and takes a form that only looks like one for a typo', async () => {
    const findings = await rareOf('Wij willen de bewoners bij hun plan faciliteren.', {thresholds: {rareWordCount: 6}}); // SUBTLEX: fewer than 6 times, not fewer than 4
    expect(findings.map((finding) => finding.actual)).toEqual(['faciliteren']);
    // "geregisterd" would be a form of "registeren", which subtitles have as a typo too: the spelling check speaks.
    expect(await rareOf('Uw gegevens zijn geregisterd.')).toEqual([]);
  });
});
