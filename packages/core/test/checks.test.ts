import {describe, expect, it} from 'vitest';
import {checkText, quickFixes, realLoader, ruleIds, testLoader, testRuleFile} from './helpers.js';

const findingsOf = async (text: string, ruleId: string, config = {}) =>
  (await checkText(text, {config})).findings.filter((finding) => finding.ruleId === ruleId);

describe('moeilijk-woord (curated rules)', () => {
  it('finds a hard word with its alternatives, keeping the capital', async () => {
    const [finding] = await findingsOf('Middels deze brief laten wij u weten dat uw aanvraag is goedgekeurd.', 'moeilijk-woord');
    expect(finding).toMatchObject({entryId: 'middels', actual: 'Middels', expected: ['Met', 'Via'], offset: 0, length: 7, line: 1, column: 1});
    expect(finding!.explanation).toContain('deftig');
    expect(finding!.provenance).toEqual({role: 'ontwikkelteam', date: '2026-11-23', decision: 'Testregel.'});
    expect(finding!.url).toBe('docs/rules/moeilijk-woord.md');
  });

  it('matches phrases and separable verbs with a gap, without offering a replacement that would drop words', async () => {
    const text = 'U kunt uw mening kenbaar maken. Maakt u uw bezwaar schriftelijk kenbaar?';
    const findings = await findingsOf(text, 'moeilijk-woord');
    expect(findings.map((finding) => finding.actual)).toEqual(['kenbaar maken', 'Maakt u uw bezwaar schriftelijk kenbaar']);
    expect(findings[0]!.expected).toEqual(['laten weten']);
    expect(findings[1]!.expected).toEqual([]);
  });

  it('prefers the longest form and respects exceptions', async () => {
    const text = 'Wij stellen u in de gelegenheid uw zienswijze te geven. U moet uw loonstroken overleggen. Wij willen met u overleggen.';
    const findings = await findingsOf(text, 'moeilijk-woord');
    expect(findings.map((finding) => finding.entryId)).toEqual(['in-de-gelegenheid-stellen', 'overleggen']);
    expect(findings[1]!.actual).toBe('overleggen');
    expect(findings[1]!.line).toBe(1);
  });

  it('does not run rules that are only a proposal, unless asked', async () => {
    const text = 'Teneinde uw aanvraag te beoordelen hebben wij uw loonstroken nodig.';
    expect(await findingsOf(text, 'moeilijk-woord')).toHaveLength(0);
    const withProposals = await checkText(text, {includeProposals: true});
    expect(withProposals.findings.map((finding) => finding.entryId)).toContain('teneinde');
  });

  it('uses a seed rule (startset) exactly as an accepted rule, and drops a withdrawn one', async () => {
    const text = 'Middels dit formulier vraagt u hulp aan.';
    const accepted = await checkText(text);
    const asSeed = await checkText(text, {loader: testLoader({'rules/test.yaml': testRuleFile.replaceAll('status: aangenomen', 'status: startset')})});
    const withdrawn = await checkText(text, {loader: testLoader({'rules/test.yaml': testRuleFile.replaceAll('status: aangenomen', 'status: vervallen')})});
    const shape = (findings: typeof accepted.findings) => findings.map(({ruleId, entryId, offset, length, message, expected}) => ({ruleId, entryId, offset, length, message, expected}));
    expect(shape(asSeed.findings)).toEqual(shape(accepted.findings));
    expect(asSeed.findings.map((finding) => finding.entryId)).toContain('middels');
    expect(withdrawn.findings.map((finding) => finding.entryId)).not.toContain('middels');
  });

  it('does not match across punctuation or inside longer words', async () => {
    expect(await findingsOf('Het is kenbaar, maken wij er werk van? Middelsgroot is geen woord.', 'moeilijk-woord')).toHaveLength(0);
  });

  it('can switch one curated rule off in the config', async () => {
    expect(await findingsOf('Middels dit formulier vraagt u hulp aan.', 'moeilijk-woord', {disabledEntries: ['middels']})).toHaveLength(0);
  });
});

describe('moeilijk-woord: a quick fix that fits the slot of the word (issue 14, round r31)', () => {
  // The real rule files (rules/*.yaml), where these words and their better words live.
  const hardWords = async (text: string) => (await checkText(text, {loader: realLoader})).findings.filter((finding) => finding.ruleId === 'moeilijk-woord');
  const fixesFor = (text: string, word: string) => quickFixes(text, 'moeilijk-woord', word);

  it('offers no verb phrase for a noun after an article, but a noun with a clause (round r47)', async () => {
    // "over de zorgen voor van privacy", "de zeker weten van privacy": the verb phrases of "waarborgen" are no fix;
    // the noun has a rule of its own with a noun ("over de bescherming van privacy").
    expect(await fixesFor('Wij hebben afspraken gemaakt over de waarborging van privacy.', 'waarborging')).toEqual([['bescherming']]);
    expect(await fixesFor('Het kan zijn dat de verrekening een maand later gebeurt.', 'verrekening')).toEqual([[]]);
    // A noun with a clause after it fits the place of the noun: "het bedrag dat overblijft".
    expect(await fixesFor('U kunt het restantbedrag nog gebruiken.', 'restantbedrag')).toEqual([['bedrag dat overblijft']]);
  });

  it('gives the better adjective the -e ending of the match (round r47)', async () => {
    // "Urgente meldingen" -> "Dringende meldingen", not "Dringend meldingen".
    expect(await fixesFor('Urgente meldingen pakken we zo snel mogelijk op.', 'urgente')).toEqual([['Dringende']]);
    expect(await fixesFor('Dit is een urgente zaak.', 'urgente')).toEqual([['dringende']]);
    // Without the ending the better word stays as it is.
    expect(await fixesFor('Uw melding is urgent.', 'urgent')).toEqual([['dringend']]);
    expect(await fixesFor('Hoe eerder u ons de noodzakelijke informatie geeft, hoe eerder wij verder kunnen.', 'noodzakelijke')).toEqual([['nodige']]);
    // A better word with its ending already stays; one that has no -e form ("samen") is no quick fix before a noun.
    expect(await fixesFor('U krijgt het geld in de daaropvolgende maand.', 'daaropvolgende')).toEqual([['volgende']]);
    expect(await fixesFor('Wij kiezen voor een integrale aanpak van de wijk.', 'integrale')).toEqual([[]]);
    // A participle before a noun is an adjective too: "de eerder gegeven vergunningen", not "de eerder gaf vergunningen".
    expect(await fixesFor('Het gaat om de eerder verleende ligplaatsvergunningen in 2017.', 'verleende')).toEqual([['gegeven']]);
    expect(await fixesFor('De verzonden brief is niet aangekomen.', 'verzonden')).toEqual([['gestuurde', 'verstuurde']]);
    // As a past tense it stays a past tense: "De gemeente gaf u een vergunning."
    expect(await fixesFor('De gemeente verleende u in 2017 een vergunning.', 'verleende')).toEqual([['gaf']]);
  });

  it('offers no adverb where an adjective stands before a noun, and no phrase after an article', async () => {
    // "via de hieronder link", "als samen doel", "de iemand die voor u optreedt", "voor het voorbij van de datum".
    expect(await fixesFor('U kunt alle stembureaus vinden via de onderstaande link.', 'onderstaande')).toEqual([[]]);
    expect(await fixesFor('Zij verklaren als gezamenlijk doel de bouw te bevorderen.', 'gezamenlijk')).toEqual([[]]);
    expect(await fixesFor('De gemachtigde moet ook voor zichzelf stemmen.', 'gemachtigde')).toEqual([[]]);
    expect(await fixesFor('Neem voor het verstrijken van de datum contact op met de inspecteur.', 'verstrijken')).toEqual([[]]);
    // Where the word is an adverb, the adverb fits: "Wij hebben de stukken samen bekeken."
    expect(await fixesFor('Wij hebben de stukken gezamenlijk bekeken.', 'gezamenlijk')).toEqual([['samen']]);
  });

  it('offers no infinitive after "de" or "uw", and no noun for a verb', async () => {
    // "De veranderen wordt verwerkt", "Uw veranderen is binnen": only "verandering" fits the noun.
    expect(await fixesFor('De wijziging wordt zo snel mogelijk verwerkt.', 'wijziging')).toEqual([['verandering']]);
    expect(await fixesFor('Uw wijziging is bij ons binnen.', 'wijziging')).toEqual([['verandering']]);
    // A plural noun that looks like an infinitive fits a plural: "de berichten"; "de sturen van" does not.
    expect(await fixesFor('Pas hier uw voorkeuren aan voor de notificaties.', 'notificaties')).toEqual([['berichten', 'meldingen']]);
    expect(await fixesFor('Regel de verstrekking van uw bankafschriften.', 'verstrekking')).toEqual([[]]);
    // A verb ("declareren") takes a verb phrase, not the noun "rekening".
    expect(await fixesFor('U kunt de reiskosten declareren via MijnP&O.', 'declareren')).toEqual([['kosten terugvragen']]);
  });

  it('puts the better verb in the form of the match: a participle after "is", the imperative after a colon', async () => {
    expect(await fixesFor('Dit bericht is automatisch verzonden.', 'verzonden')).toEqual([['gestuurd', 'verstuurd']]);
    expect((await fixesFor('[about]: Onderteken de akte voor bedrijfskapitaal', 'onderteken'))[0]?.[0]).toBe('Teken');
  });

  it('in the salutation asks for the name instead of a phrase; a hard word that names the reader there is the reader\'s own role', async () => {
    const [finding] = (await checkText('Beste aanvrager,\n\nWij hebben uw aanvraag ontvangen.\n', {loader: realLoader})).findings.filter((found) => found.ruleId === 'afschrikwoord');
    expect(finding?.message).toContain('met de naam');
    expect(finding?.expected).toEqual([]);
    // Round r47: an e-mail to a handler at another organisation has no name to use, and the handler knows the word.
    expect(await hardWords('Geachte behandelaar,\n\nEr is een nieuwe melding voor u.\n')).toEqual([]);
    // In the body the same word keeps its advice.
    expect((await hardWords('Uw behandelaar belt u binnen twee weken.')).map((found) => found.actual)).toEqual(['behandelaar']);
  });
});

describe('afschrikwoord', () => {
  it('reports words that put residents off as a check of its own', async () => {
    const [finding] = await findingsOf('Binnenkort neemt het sociaal team contact met u op.', 'afschrikwoord');
    expect(finding).toMatchObject({actual: 'sociaal team', expected: ['wijkteam'], entryId: 'sociaal-team'});
    expect(finding!.provenance?.role).toBe('inwoner');
  });
});

describe('lange-zin', () => {
  const long =
    'Wij hebben uw aanvraag voor een vergoeding van de kosten van vervoer naar de dagbesteding in Hoogezand ontvangen en wij gaan deze aanvraag in de komende weken zorgvuldig beoordelen.';
  it('reports a sentence over the threshold with the count', async () => {
    const [finding] = await findingsOf(long, 'lange-zin');
    expect(finding!.message).toContain('29 woorden');
    expect(finding!.offset).toBe(0);
    expect(finding!.actual.endsWith('beoordelen')).toBe(true);
  });
  it('leaves short sentences alone and follows the configured threshold', async () => {
    expect(await findingsOf('Wij hebben uw aanvraag ontvangen. U hoort binnen twee weken van ons.', 'lange-zin')).toHaveLength(0);
    expect(await findingsOf(long, 'lange-zin', {thresholds: {sentenceWords: 40}})).toHaveLength(0);
    expect(await findingsOf('Wij hebben uw aanvraag voor bijzondere bijstand op 3 maart ontvangen.', 'lange-zin', {thresholds: {sentenceWords: 8}})).toHaveLength(1);
  });
});

describe('lange-zin: short sentences glued at a full stop without a space (round r47)', () => {
  it('does not call them one long sentence, but still reports a long part', async () => {
    const glued = 'Geef dit vóór 1 mei aan bij uw leidinggevende.U krijgt dan een gesprek met de personeelsadviseur erbij.In dit gesprek kunt u uw situatie uitleggen en kunt u al uw vragen stellen.';
    expect(await findingsOf(glued, 'lange-zin')).toHaveLength(0);
    // The missing space itself is a spelling finding.
    expect((await findingsOf(glued, 'spelling')).map((finding) => finding.actual)).toEqual(['leidinggevende.U', 'erbij.In']);
    const longPart = 'Geef dit aan.U krijgt dan van ons binnen twee weken een uitnodiging voor een gesprek met de personeelsadviseur en met uw leidinggevende over uw situatie.';
    expect(await findingsOf(longPart, 'lange-zin')).toHaveLength(1);
  });
});

describe('lange-zin: a missing full stop (round r31)', () => {
  it('names the missing full stop when two short sentences run together, not for a name', async () => {
    const [glued] = await findingsOf('Zonder stempas en geldig identiteitsbewijs kun je niet stemmen Tussen 24 februari en 3 maart ontvang je per post je stempas.', 'lange-zin');
    expect(glued?.message).toContain('Mist hier een punt?');
    expect(glued?.message).toContain('"Tussen"');
    // "De Pijp" is a name (the next word has a capital too): the usual advice about length.
    const [named] = await findingsOf('Wij wonen al twintig jaar met veel plezier in de mooie buurt die ze in Amsterdam ook wel De Pijp noemen en we gaan niet weg.', 'lange-zin');
    expect(named?.message).toContain('heeft 26 woorden');
  });
});

describe('lange-alinea', () => {
  it('reports a paragraph with too many sentences', async () => {
    const paragraph = Array.from({length: 8}, (_, index) => `Dit is zin ${index + 1} over uw aanvraag.`).join(' ');
    const [finding] = await findingsOf(`${paragraph}\n\nDit is een korte alinea.`, 'lange-alinea');
    expect(finding!.message).toContain('8 zinnen');
    expect(finding!.actual.startsWith('Dit is zin 1')).toBe(true);
    expect(finding!.actual.endsWith('aanvraag')).toBe(true);
  });
  it('says "1 zin" for a paragraph of one long sentence', async () => {
    const items = ['uw loonstrook', 'uw bankafschrift', 'het huurcontract', 'de brief van de zorgverzekeraar', 'een kopie van uw paspoort', 'de jaaropgave', 'het besluit van het UWV', 'de rekening van de energie'];
    const sentence = `Stuur ons ${Array.from({length: 5}, () => items.join(', ')).join(', ')} en de brief van de school.`;
    const [finding] = await findingsOf(`${sentence}\n\nDit is een korte alinea.`, 'lange-alinea');
    expect(finding!.message).toContain('heeft 1 zin en');
    expect(finding!.message).not.toContain('1 zinnen');
  });
});

describe('lijdende-vorm', () => {
  it('finds passive voice and suggests "wij" for "door ons"', async () => {
    const [finding] = await findingsOf('Uw aanvraag is door ons goedgekeurd.', 'lijdende-vorm');
    expect(finding).toMatchObject({actual: 'is door ons goedgekeurd', expected: ['hebben wij goedgekeurd'], severity: 'warning'});
  });
  it('finds passive with worden, also with the participle first in a subordinate clause', async () => {
    const findings = await findingsOf('Het bedrag wordt op uw rekening gestort. Wij weten dat het formulier verstuurd wordt.', 'lijdende-vorm');
    expect(findings.map((finding) => finding.actual)).toEqual(['wordt op uw rekening gestort', 'verstuurd wordt']);
    expect(findings.every((finding) => finding.severity === 'info')).toBe(true);
  });
  it('does not flag active perfect tense with zijn or adjectives', async () => {
    expect(await findingsOf('U bent verhuisd. De termijn is verlopen. U bent verplicht dit te melden. Wij zijn tevreden.', 'lijdende-vorm')).toHaveLength(0);
  });
});

describe('naamwoordstijl', () => {
  it('finds "het indienen van" and "de verstrekking van"', async () => {
    const findings = await findingsOf('Het indienen van een bezwaar kan tot 1 mei. Wij zorgen voor de verstrekking van de pas.', 'naamwoordstijl');
    expect(findings.map((finding) => finding.actual)).toEqual(['Het indienen van', 'de verstrekking van']);
    expect(findings[1]!.message).toContain('verstrekken');
  });
  it('leaves concrete -ing nouns alone', async () => {
    expect(await findingsOf('De woning van uw moeder is groot. De uitkering van deze maand is betaald.', 'naamwoordstijl')).toHaveLength(0);
  });
});

describe('lang-woord', () => {
  it('reports a long compound and not a normal word', async () => {
    const findings = await findingsOf('U betaalt de belasting vóór 1 mei. De bijstandsuitkeringsaanvraag is binnen.', 'lang-woord');
    expect(findings.map((finding) => finding.actual)).toEqual(['bijstandsuitkeringsaanvraag']);
  });
  it('leaves a long word alone that readers meet often (frequency list), and still reports a rare one', async () => {
    const marked = async (text: string) => (await findingsOf(text, 'lang-woord')).map((finding) => finding.actual);
    expect(await marked('Neem uw identiteitsbewijs mee. U draagt zelf de verantwoordelijkheid.')).toEqual([]);
    expect(await marked('Als u een nabetaling krijgt, dan ziet u dat op uw uitkeringsspecificatie.')).toEqual(['uitkeringsspecificatie']);
  });
  it('leaves a fairly common compound of two common words alone, but not a rare word of the same frequency', async () => {
    const marked = async (text: string) => (await findingsOf(text, 'lang-woord')).map((finding) => finding.actual);
    // registratienummer (Zipf 2.6) is registratie + nummer, both common: the name of the number the reader asks for.
    expect(await marked('Vanaf 1 april moet u naast een vergunning ook een registratienummer aanvragen.')).toEqual([]);
    // inventarisatie (Zipf 2.6) is no compound of common words: still hard.
    expect(await marked('Wij maken eerst een inventarisatie van de schade aan uw woning.')).toEqual(['inventarisatie']);
    // garantievoorwaarden is garantie + voorwaarden, but rare as a whole (Zipf 1.7): still reported.
    expect(await marked('U bent verzekerd van goede garantievoorwaarden.')).toEqual(['garantievoorwaarden']);
  });
  it('follows the syllable threshold', async () => {
    const text = 'U betaalt de gemeentebelastingen vóór 1 mei.';
    expect(await findingsOf(text, 'lang-woord')).toHaveLength(1);
    expect(await findingsOf(text, 'lang-woord', {thresholds: {wordSyllables: 8, wordLetters: 25}})).toHaveLength(0);
  });
  it('accepts words from the organisation dictionary', async () => {
    expect(await findingsOf('De bijstandsuitkeringsaanvraag is binnen.', 'lang-woord', {words: ['bijstandsuitkeringsaanvraag']})).toHaveLength(0);
  });
});

describe('formele-aanhef', () => {
  it('reports "Geachte heer/mevrouw" and "Hoogachtend"', async () => {
    const text = 'Geachte heer/mevrouw,\n\nWij hebben uw brief ontvangen.\n\nHoogachtend,\n\nJ. de Vries';
    const findings = await findingsOf(text, 'formele-aanhef');
    expect(findings.map((finding) => finding.actual)).toEqual(['Geachte heer/mevrouw', 'Hoogachtend']);
    expect(findings[1]!.expected).toEqual(['Met vriendelijke groet']);
    expect(findings[1]!.line).toBe(5);
  });
  it('accepts a personal salutation', async () => {
    expect(await findingsOf('Beste mevrouw Jansen,\n\nWij hebben uw brief ontvangen.\n\nMet vriendelijke groet,', 'formele-aanhef')).toHaveLength(0);
  });
});

describe('u-en-je', () => {
  it('reports the minority form when u and je are mixed', async () => {
    const findings = await findingsOf('U krijgt van ons een brief. Daarin staat uw bedrag. Heb je vragen? Bel ons.', 'u-en-je');
    // The verb goes with the pronoun: "Heb je" becomes "Hebt u" (not "Heb u").
    expect(findings.map((finding) => [finding.actual, finding.expected[0]])).toEqual([['Heb je', 'Hebt u']]);
  });
  it('gives a quick fix that agrees: "uw" for "your", the verb with the pronoun, none where unsure', async () => {
    const letter = 'U krijgt van ons een brief. Daarin staat uw bedrag. U kunt bezwaar maken. Uw buren krijgen ook een brief. ';
    const fixes = async (text: string) => (await findingsOf(letter + text, 'u-en-je')).map((finding) => [finding.actual, finding.expected[0]]);
    expect(await fixes('Dat is een lijst met vragen over je gezondheid.')).toEqual([['je', 'uw']]);
    expect(await fixes('Hoe vraag je het aan?')).toEqual([['vraag je', 'vraagt u']]);
    expect(await fixes('Als je zelf niet kunt stemmen, kun je een ander machtigen.')).toEqual([['je', 'u'], ['kun je', 'kunt u']]);
    // "stuurt je" (object) and "Weet je" (a stem with its own t) keep the verb: only the pronoun changes.
    expect(await fixes('Je kunt ons bellen. De gemeente stuurt je een brief. Weet je dat?')).toEqual([['Je', 'U'], ['je', 'u'], ['je', 'u']]);
    // "je" before a number or a verb is the subject, not "your": "als je 18 wordt" -> "als u 18 wordt".
    expect(await fixes('Er verandert veel als je 18 wordt.')).toEqual([['je', 'u']]);
    // "Is je identiteitsbewijs" may be "your" or a subject after the verb: the advice stays in words.
    expect(await fixes('Is je identiteitsbewijs verlopen?')).toEqual([['je', undefined]]);
    // The other way round: a "je" letter with "u" in it.
    const informal = 'Je krijgt van ons een brief. Daarin staat je bedrag. Je kunt bezwaar maken. Je buren krijgen ook een brief. ';
    const back = async (text: string) => (await findingsOf(informal + text, 'u-en-je')).map((finding) => [finding.actual, finding.expected[0]]);
    expect(await back('Heeft u vragen? Kunt u niet komen? U kunt niet reageren op deze e-mail.')).toEqual([['Heeft u', 'Heb je'], ['Kunt u', 'Kun je'], ['U', 'Je']]);
    // A quoted example sentence is not how the text speaks to its reader.
    expect(await back('Schrijf dan liever: ‘De gemeente geeft u een boete als u een afvalzak naast de container zet.’')).toEqual([]);
    // After a subject ("de gemeente stuurt u") "u" is the object: the verb must stay, so no quick fix that changes it.
    expect(await back('De gemeente stuurt u een brief.')).toEqual([['u', undefined]]);
  });
  it('leaves impersonal "je" in a u-letter alone ("kun je denken aan" means "one can think of")', async () => {
    const letter = 'U beslist mee over uw buurt. U kunt uw mening geven tot 1 juni. ';
    const marked = async (text: string) => (await findingsOf(letter + text, 'u-en-je')).map((finding) => finding.actual);
    expect(await marked('Bij openbare ruimte kun je denken aan straten en pleinen, bruggen en viaducten.')).toEqual([]);
    expect(await marked('Je kunt hierbij bijvoorbeeld denken aan een bankje of een boom.')).toEqual([]);
    // The reader addressed with "je" is still a switch, also next to the expression.
    expect(await marked('Kun je niet komen? Bel ons.')).toEqual(['Kun je']);
    expect(await marked('Je kunt ons bellen. Bij openbare ruimte kun je denken aan straten.')).toEqual(['Je']);
    // A "je" letter is not changed by the expression: there "je" is the majority form.
    const informal = 'Je beslist mee over je buurt. Je kunt je mening geven tot 1 juni. Heeft u vragen?';
    expect((await findingsOf(informal, 'u-en-je')).map((finding) => finding.actual)).toEqual(['Heeft u']);
  });
  it('is quiet when a letter sticks to one form', async () => {
    expect(await findingsOf('Heb je vragen? Bel ons gerust. Je kunt ook mailen.', 'u-en-je')).toHaveLength(0);
  });
  it('leaves a part written for another reader alone, but not a switch for the same reader', async () => {
    // A page of tips: tips for parents in "u", then a tip for their child in "je" (two paragraphs, five uses).
    const tips = [
      'Haalt u alles uit uw Stadspas? U ziet deze tip omdat u een Stadspas heeft.',
      'Kinderen van 4 tot en met 11 jaar reizen in de zomer gratis met het openbaar vervoer.',
      'U ziet deze tip omdat u kinderen heeft en in Amsterdam woont.',
      'Hoe vraag je het aan?',
      'U kunt het gratis reizen voor uw kind vanaf 1 juli aanvragen.',
      'Je kunt in de zomer gratis reizen met het openbaar vervoer. Hiervoor heb je een ov-chipkaart nodig.',
      'Je ziet deze tip omdat je tussen de 4 en 12 jaar bent.',
    ].join('\n\n');
    const findings = await findingsOf(tips, 'u-en-je');
    // Only the one question in "je" inside the tip for parents is a switch.
    expect(findings.map((finding) => [finding.actual, finding.expected[0]])).toEqual([['vraag je', 'vraagt u']]);
    // A letter in "u" that ends in "je" (two short paragraphs, two uses): the same reader, so still reported.
    const letter = 'U krijgt vanaf 1 mei jeugdhulp voor uw dochter. U hoeft daarvoor niets te doen.\n\nHeb je vragen? Bel ons.\n\nWe helpen je graag.';
    expect((await findingsOf(letter, 'u-en-je')).map((finding) => finding.actual)).toEqual(['Heb je', 'je']);
  });
});

describe('dubbele-ontkenning', () => {
  it('finds "niet onmogelijk" and "niemand ... geen"', async () => {
    const findings = await findingsOf('Het is niet onmogelijk dat u geld terugkrijgt. Niemand krijgt geen antwoord.', 'dubbele-ontkenning');
    expect(findings.map((finding) => finding.actual)).toEqual(['niet onmogelijk', 'Niemand krijgt geen']);
  });
  it('does not flag one negation or words that only start with "on"', async () => {
    expect(await findingsOf('Wij hebben uw brief niet ontvangen. U krijgt geen ondersteuning.', 'dubbele-ontkenning')).toHaveLength(0);
  });
});

describe('vage-termijn', () => {
  it('finds "binnen zes weken na dagtekening" and "zo spoedig mogelijk"', async () => {
    const findings = await findingsOf('U kunt binnen zes weken na dagtekening van deze brief bezwaar maken. Stuur de papieren zo spoedig mogelijk.', 'vage-termijn');
    expect(findings.map((finding) => finding.actual)).toEqual(['binnen zes weken na dagtekening van deze brief', 'zo spoedig mogelijk']);
  });
  it('accepts a real date', async () => {
    expect(await findingsOf('U kunt tot 15 maart 2026 bezwaar maken.', 'vage-termijn')).toHaveLength(0);
  });
});

describe('afkorting', () => {
  it('reports an unexplained abbreviation once, with the full form where no plain word fits every use', async () => {
    // "i.v.m. uw aanvraag" means "over", "i.v.m. de feestdagen" means "door": only the full form is safe.
    const findings = await findingsOf('Wij bellen u i.v.m. uw aanvraag. Ook i.v.m. de Wmo.', 'afkorting');
    expect(findings.map((finding) => [finding.actual, finding.expected[0]])).toEqual([
      ['i.v.m.', 'in verband met'],
      ['Wmo', 'Wet maatschappelijke ondersteuning'],
    ]);
  });
  it('gives no quick fix where the full name would not fit: before the noun it qualifies', async () => {
    // "Uw Besluit bijstandverlening zelfstandigen uitkering" is no sentence: the advice stays in words.
    const [before] = await findingsOf('Uw Bbz uitkering is definitief berekend.', 'afkorting');
    expect(before).toMatchObject({actual: 'Bbz', expected: []});
    expect(before!.message).toBe('"Bbz" betekent "Besluit bijstandverlening zelfstandigen". Leg dat de eerste keer uit, bijvoorbeeld in een aparte zin. Alleen de afkorting vervangen maakt deze zin onduidelijk.');
    // As a name of its own it can be replaced: "een lening uit het Besluit bijstandverlening zelfstandigen".
    const [own] = await findingsOf('U vraagt een lening aan uit het Bbz.', 'afkorting');
    expect(own).toMatchObject({actual: 'Bbz', expected: ['Besluit bijstandverlening zelfstandigen']});
    // A list of regulations: each name stands alone, so the full name fits ("u heeft TOZO, stadspas of ...").
    const [list] = await findingsOf('U ziet deze tip omdat u TOZO, stadspas of bijstandsuitkering hebt.', 'afkorting');
    expect(list).toMatchObject({actual: 'TOZO', expected: ['Tijdelijke overbruggingsregeling zelfstandig ondernemers']});
  });
  it('leaves names and words in capitals alone, and ends a reference at "de wet" (round r31)', async () => {
    const marked = async (text: string) => (await findingsOf(text, 'afkorting')).map((finding) => finding.actual);
    // A product name ("PC Tegoed") and a Dutch word in capitals for emphasis are no abbreviations; "RTM regeling" is.
    expect(await marked('Lees meer over PC Tegoed op de website. Uw RTM regeling loopt door.')).toEqual(['RTM']);
    expect(await marked('Heb je 1 van de vragen met JA beantwoord, blijf dan thuis.')).toEqual([]);
    // "de wet" is the law in general: the words after it are no part of the reference.
    expect(await marked('In uitzondering op artikel 8 van de wet heeft de cliëntenraad geen instemmingsrecht.')).toEqual(['artikel 8 van de wet']);
  });
  it('accepts an abbreviation explained in the letter', async () => {
    expect(await findingsOf('U krijgt hulp via de Wet maatschappelijke ondersteuning (Wmo). De Wmo regelt hulp thuis.', 'afkorting')).toHaveLength(0);
  });
  it('reports a legal reference the reader cannot look up', async () => {
    const [finding] = await findingsOf('U kunt bezwaar maken op grond van art. 4:8 Awb en artikel 7:1 van de Algemene wet bestuursrecht.', 'afkorting');
    expect(finding!.actual).toBe('art. 4:8 Awb');
  });
  it('takes only a capitalised name as the law of an article, not any word after "van de"', async () => {
    const findings = await findingsOf(
      'Volgens artikel 3 van de regels mag u één keer per jaar een aanvraag doen. Op grond van Artikel 12 lid 2 van de Participatiewet krijgt u bijstand. Dat staat in artikel 5 van de wet maatschappelijke ondersteuning.',
      'afkorting',
    );
    expect(findings.map((finding) => finding.actual)).toEqual(['artikel 3', 'Artikel 12 lid 2 van de Participatiewet', 'artikel 5 van de wet maatschappelijke ondersteuning']);
  });
});

describe('configuration', () => {
  it('switches a check off and changes severities', async () => {
    const text = 'Middels dit formulier vraagt u hulp aan.';
    expect(await ruleIds(text, {config: {rules: {'moeilijk-woord': 'off'}}})).not.toContain('moeilijk-woord');
    const [finding] = await findingsOf(text, 'moeilijk-woord', {rules: {'moeilijk-woord': 'error'}});
    expect(finding!.severity).toBe('error');
  });
});

describe('fixes found by running Helder over its own docs', () => {
  it('does not take present-tense verbs or nouns for participles', async () => {
    expect(await findingsOf('Dit is de eerste regel die begint met een hoofdletter. Is het bestand te groot? Het geld is betaalt.', 'lijdende-vorm')).toHaveLength(0);
  });
  it('splits sentences after a number with a full stop', async () => {
    const report = await checkText('Bel ons en kies keuze 1. Daarna hoort u een medewerker.');
    expect(report.stats.sentences).toBe(2);
  });
  it('does not take the word "zin" for an abbreviation', async () => {
    expect(await findingsOf('Deze zin is kort.', 'afkorting')).toHaveLength(0);
  });
  it('remembers an abbreviation explained in brackets', async () => {
    expect(await findingsOf('Het CJG (Centrum voor Jeugd en Gezin) helpt u. Het CJG is open op maandag.', 'afkorting')).toHaveLength(0);
  });
  it('does not read "helder-disable" in a normal sentence as a directive', async () => {
    const report = await checkText('Een advies staat uit met helder-disable. Middels dit formulier vraagt u hulp aan.');
    expect(report.findings.map((finding) => finding.ruleId)).toContain('moeilijk-woord');
    expect(report.suppressed).toBe(0);
  });
});
