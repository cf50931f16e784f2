import {describe, expect, it} from 'vitest';
import {check} from '../src/index.js';
import {createNodeLoader} from '../../node/src/loader.js';
import {checkText} from './helpers.js';

// Issue 14: advice a clerk can trust. The sentences are the examples and sentences from the corpus
// (../shared/corpus/letters and pairs) where the checks gave wrong advice before.

const findingsOf = async (text: string, ruleId: string) => (await checkText(text)).findings.filter((finding) => finding.ruleId === ruleId);
const marked = async (text: string, ruleId: string) => (await findingsOf(text, ruleId)).map((finding) => finding.actual);
const messages = async (text: string, ruleId: string) => (await findingsOf(text, ruleId)).map((finding) => finding.message);

// The curated rules of rules/*.yaml, as the CLI loads them.
const realLoader = createNodeLoader();
const withRules = async (text: string, ruleId: string) => (await check(text, {loader: realLoader})).findings.filter((finding) => finding.ruleId === ruleId);

describe('naamwoordstijl: the suggested verb is Dutch', () => {
  it('splits separable verbs in the main clause and keeps them whole after "kunt"', async () => {
    const cases: Array<[string, string, string]> = [
      ['Wij zorgen voor de uitbetaling van uw budget.', 'wij betalen ... uit', 'u kunt ... uitbetalen'],
      ['De afhandeling van uw melding duurt twee weken.', 'wij handelen ... af', 'u kunt ... afhandelen'],
      ['Het inkopen van zorg doet de gemeente.', 'wij kopen ... in', 'u kunt ... inkopen'],
      ['Na de bekendmaking van de resultaten krijgt u een brief.', 'wij maken ... bekend', 'u kunt ... bekendmaken'],
      ['Het invullen van de vragenlijst duurt ongeveer 15 minuten.', 'wij vullen ... in', 'u kunt ... invullen'],
      ['Wij zorgen voor de uitvoering van het onderzoek.', 'wij voeren ... uit', 'u kunt ... uitvoeren'],
    ];
    for (const [text, main, withAuxiliary] of cases) {
      const [message] = await messages(text, 'naamwoordstijl');
      expect(message, text).toContain(`"${main}"`);
      expect(message, text).toContain(`"${withAuxiliary}"`);
    }
  });

  it('keeps verbs without a separable prefix whole: "wij verstrekken", "wij openen"', async () => {
    expect(await messages('Wij zorgen voor de verstrekking van de pas.', 'naamwoordstijl')).toEqual([expect.stringContaining('"wij verstrekken ..."')]);
    // "openen" is not "op" + "enen": its participle is "geopend".
    expect(await messages('De opening van het loket is om negen uur.', 'naamwoordstijl')).toEqual([expect.stringContaining('"wij openen ..."')]);
  });

  it('does not split a prefix that is split in one meaning only ("voorkomen", "onderzoeken")', async () => {
    const [message] = await messages('Het voorkomen van schade is belangrijk.', 'naamwoordstijl');
    expect(message).toContain('"wij gaan ... voorkomen"');
    expect(message).not.toContain('komen ... voor');
  });

  it('keeps a verb whole when the frequency list cannot confirm the split ("afwijken")', async () => {
    const [message] = await messages('Wij helpen bij het afwijken van het bestemmingsplan.', 'naamwoordstijl');
    expect(message).toContain('"wij gaan ... afwijken"');
    expect(message).not.toContain('"wij afwijken');
  });

  it('leaves the wording of a legal reference alone', async () => {
    expect(await findingsOf('Dit geldt voor de toepassing van artikel 8 van de wet.', 'naamwoordstijl')).toEqual([]);
    expect(await marked('Dit geldt voor de toepassing van de regels.', 'naamwoordstijl')).toEqual(['de toepassing van']);
  });

  it('leaves a thank-you alone: the reader did it, not "wij"', async () => {
    expect(await findingsOf('Bedankt voor het invullen van het actieformulier.', 'naamwoordstijl')).toEqual([]);
    expect(await findingsOf('Wij danken u voor het indienen van uw aanvraag.', 'naamwoordstijl')).toEqual([]);
    expect(await marked('Uw informatie helpt ons bij het verwerken van de melding.', 'naamwoordstijl')).toEqual(['het verwerken van']);
  });

  it('gives no verb advice for a noun without a real verb', async () => {
    // "borgstellen" and "energielenen" are no finite verbs; "verkiezing" is an event, not "wij verkiezen".
    expect(await findingsOf('De borgstelling van de gemeente loopt af.', 'naamwoordstijl')).toEqual([]);
    expect(await findingsOf('Dan kunt u gebruik maken van de energielening van de gemeente.', 'naamwoordstijl')).toEqual([]);
    expect(await findingsOf('Jij mag op 17 maart stemmen voor de verkiezing van de Tweede Kamer.', 'naamwoordstijl')).toEqual([]);
  });

  it('puts no "wij" before a verb where no one acts ("het verstrijken van")', async () => {
    const [message] = await messages('Neem voor het verstrijken van de datum contact op met de inspecteur.', 'naamwoordstijl');
    // "voor" is before the date passes: "voordat", not "als", which would change the meaning.
    expect(message).toContain('"voordat ... verstrijkt"');
    expect(message).not.toContain('wij');
    expect(await messages('Na het verstrijken van de termijn kunt u geen bezwaar meer maken.', 'naamwoordstijl')).toEqual([expect.stringContaining('"nadat ... verstrijkt"')]);
    expect(await messages('Bij het verstrijken van de termijn stopt uw recht.', 'naamwoordstijl')).toEqual([expect.stringContaining('"als ... verstrijkt"')]);
  });

  it('never suggests a joined separable verb after "wij"', async () => {
    const text = 'Het aanvragen van een pas kan online. De toekenning van de toeslag volgt. Het doorsturen van uw brief duurt even. Het opstellen van een plan is werk.';
    const all = (await messages(text, 'naamwoordstijl')).join(' ');
    expect(all).toContain('"wij vragen ... aan"');
    expect(all).toContain('"wij kennen ... toe"');
    expect(all).toContain('"wij sturen ... door"');
    expect(all).toContain('"wij stellen ... op"');
    expect(all).not.toMatch(/"wij (?:aan|toe|door|op)\p{L}+ \.\.\."/u);
  });
});

describe('naamwoordstijl: the actor after "door" becomes the subject', () => {
  it('writes the sentence with the actor, the verb split where Dutch splits it', async () => {
    const cases: Array<[string, string, string]> = [
      ['De afhandeling van uw aanvraag door de gemeente duurt acht weken.', 'De afhandeling van uw aanvraag door de gemeente', 'de gemeente handelt uw aanvraag af'],
      ['Na de uitbetaling van het bedrag door onze medewerkers krijgt u een brief.', 'de uitbetaling van het bedrag door onze medewerkers', 'onze medewerkers betalen het bedrag uit'],
      ['De beoordeling van uw aanvraag door ons duurt twee weken.', 'De beoordeling van uw aanvraag door ons', 'wij beoordelen uw aanvraag'],
      ['De verstrekking van de pas door de gemeente Zwolle is gratis.', 'De verstrekking van de pas door de gemeente Zwolle', 'de gemeente Zwolle verstrekt de pas'],
      ['Het invullen van de vragenlijst door u duurt kort.', 'Het invullen van de vragenlijst door u', 'u vult de vragenlijst in'],
    ];
    for (const [text, actual, sentence] of cases) {
      const [finding] = await findingsOf(text, 'naamwoordstijl');
      expect(finding, text).toMatchObject({actual});
      expect(finding!.message, text).toContain(`"${sentence}"`);
    }
  });

  it('reads a means after "door" as no actor, and keeps the advice with "wij"', async () => {
    const [finding] = await findingsOf('De afhandeling van uw aanvraag door middel van een formulier is snel.', 'naamwoordstijl');
    expect(finding).toMatchObject({actual: 'De afhandeling van'});
    expect(finding!.message).toContain('"wij handelen ... af"');
  });
});

describe('naamwoordstijl: "wij" only where the writer may be the one who acts', () => {
  it('gives no advice when someone else acts: the reader refused it, another person has trouble with it', async () => {
    expect(await findingsOf('U heeft de verlenging van uw parkeervergunning geweigerd.', 'naamwoordstijl')).toEqual([]);
    expect(await findingsOf('Als iemand moeite heeft met het verwerken van schriftelijke informatie, kun je helpen door beeld te gebruiken.', 'naamwoordstijl')).toEqual([]);
  });

  it("offers the reader's own verb when the letter asks the reader to do it", async () => {
    const asked = await messages('U wordt tevens verzocht de verstrekking van uw bankafschriften onverwijld te regelen.', 'naamwoordstijl');
    expect(asked).toEqual([expect.stringContaining('"u kunt ... verstrekken"')]);
    expect(asked.join(' ')).not.toMatch(/\bwij\b/);
    expect(await messages('U dient de betaling van de eigen bijdrage zelf te regelen.', 'naamwoordstijl')).toEqual([expect.stringContaining('"u kunt ... betalen"')]);
  });

  it('names no one when the sentence does not say who acts: a purpose clause, a passive without "door"', async () => {
    const purpose = await messages('Om de ontwikkeling van de woningbouw aan te laten sluiten bij nieuw beleid, is het plan aangepast.', 'naamwoordstijl');
    expect(purpose).toEqual([expect.stringContaining('"ontwikkelen". Zeg dan ook wie het doet.')]);
    const passive = await messages('Het beheer van het fonds en het toezicht op de besteding van dat fonds kan anders worden ingericht.', 'naamwoordstijl');
    expect(passive).toEqual([expect.stringContaining('"besteden". Zeg dan ook wie het doet.')]);
    expect([...purpose, ...passive].join(' ')).not.toMatch(/\bwij\b/);
  });

  it('keeps "wij" where the writer is in the sentence or no one else is named', async () => {
    expect(await messages('Hoe eerder u ons de informatie geeft, hoe eerder wij verder kunnen met de behandeling van uw aanvraag.', 'naamwoordstijl')).toEqual([expect.stringContaining('"wij behandelen ..."')]);
    expect(await messages('Als u problemen heeft met het bevestigen van uw e-mailadres, neem dan contact met ons op.', 'naamwoordstijl')).toEqual([expect.stringContaining('"wij bevestigen ..." of "u kunt ... bevestigen"')]);
    // The reader acts and the writer is not in the sentence: the advice names only "u".
    const readers = await messages('U vraagt een vergunning voor het afwijken van het bestemmingsplan.', 'naamwoordstijl');
    expect(readers).toEqual([expect.stringContaining('Schrijf bijvoorbeeld: "u kunt ... afwijken".')]);
    expect(readers.join(' ')).not.toMatch(/\bwij\b/);
    expect(await marked('Het indienen van een bezwaarschrift heeft geen schorsende werking.', 'naamwoordstijl')).toEqual(['Het indienen van']);
  });

  it('leaves a row of nouns, a list item of a regulation, a result noun and the name of a request alone', async () => {
    expect(await findingsOf('Duurzaamheid is belangrijk voor het ontwerp, de inrichting en de ontwikkeling van woningen naast het park.', 'naamwoordstijl')).toEqual([]);
    expect(await findingsOf('De regeling gaat over: het opstellen van de medezeggenschapsregeling; het instellen van een centrale cliëntenraad.', 'naamwoordstijl')).toEqual([]);
    expect(await findingsOf('De inrichting van de openbare ruimte nodigt uit tot bewegen.', 'naamwoordstijl')).toEqual([]);
    expect(await findingsOf('[sponsor_name] heeft uw aanvraag voor het terugvragen van kosten ontvangen.', 'naamwoordstijl')).toEqual([]);
    expect(await marked('Wij hebben uw aanvraag ontvangen en zorgen voor het terugbetalen van de kosten.', 'naamwoordstijl')).toEqual(['het terugbetalen van']);
    // One nominalisation with "en" before it, but not after another noun, is still reported.
    expect(await marked('Wij helpen u en zorgen voor de verstrekking van de pas.', 'naamwoordstijl')).toEqual(['de verstrekking van']);
  });
});

describe('lijdende-vorm: finds the common passives', () => {
  it('finds participles with a prefix, strong or weak', async () => {
    expect(await marked('Het bedrag wordt uitbetaald.', 'lijdende-vorm')).toEqual(['wordt uitbetaald']);
    expect(await marked('Het bedrag wordt afgeschreven van uw budget.', 'lijdende-vorm')).toEqual(['wordt afgeschreven']);
    expect(await marked('Er is informatie achtergehouden.', 'lijdende-vorm')).toEqual(['is informatie achtergehouden']);
    expect(await marked('Uw vergunning is ingetrokken.', 'lijdende-vorm')).toEqual(['is ingetrokken']);
  });

  it('finds participles the frequency list knows: an unstressed prefix, a word before ge-, a strong participle', async () => {
    expect(await marked('Uw aanvraag wordt onderzocht.', 'lijdende-vorm')).toEqual(['wordt onderzocht']);
    expect(await marked("De windmolens worden 's nachts stilgezet.", 'lijdende-vorm')).toEqual(["worden 's nachts stilgezet"]);
    expect(await marked('Uw situatie is besproken in het team.', 'lijdende-vorm')).toEqual(['is besproken']);
    expect(await marked('Het besluit wordt herzien.', 'lijdende-vorm')).toEqual(['wordt herzien']);
    // An infinitive after "her-" is no participle, and "zijn" with a verb of motion is active.
    expect(await findingsOf('Het plan was het herinrichten van de straat.', 'lijdende-vorm')).toEqual([]);
    expect(await findingsOf('Uw brief is op 3 maart binnengekomen.', 'lijdende-vorm')).toEqual([]);
  });

  it('stays silent on an automatic message about something new, where the template cannot know who acted', async () => {
    expect(await findingsOf('Een of meer documenten zijn aan uw aanvraag toegevoegd.', 'lijdende-vorm')).toEqual([]);
    expect(await findingsOf('U ontvangt deze e-mail omdat een actie in uw samenwerkingsplan is bijgewerkt.', 'lijdende-vorm')).toEqual([]);
    // A known thing that the writer changed is still a passive to rewrite.
    expect(await marked('Uw adres is gewijzigd.', 'lijdende-vorm')).toEqual(['is gewijzigd']);
    expect(await marked('In de nieuwe buurt is openbare ruimte toegevoegd.', 'lijdende-vorm')).toEqual(['is openbare ruimte toegevoegd']);
    expect(await marked('Er is een document door ons toegevoegd.', 'lijdende-vorm')).toEqual(['is een document door ons toegevoegd']);
  });

  it('reads "zijn gedaan" as "finished", but "wordt gedaan" as a passive', async () => {
    expect(await findingsOf('Andere meldingen behandelen we als de belangrijkste routes zijn gedaan.', 'lijdende-vorm')).toEqual([]);
    expect(await marked('De betaling wordt elke maand gedaan.', 'lijdende-vorm')).toEqual(['wordt elke maand gedaan']);
    expect(await marked('Er is een betaling gedaan met uw tegoed.', 'lijdende-vorm')).toEqual(['is een betaling gedaan']);
    expect(await marked('U krijgt inzage in de uitgaven die uit het budget zijn gedaan.', 'lijdende-vorm')).toEqual(['zijn gedaan']);
  });

  it('finds a participle after "stop", "open" or "dicht": "is stopgezet"', async () => {
    expect(await marked('Uw uitkering is stopgezet.', 'lijdende-vorm')).toEqual(['is stopgezet']);
    expect(await marked('De weg wordt opengesteld.', 'lijdende-vorm')).toEqual(['wordt opengesteld']);
  });

  it('finds a participle before a cluster of verbs: "voorkomen had kunnen worden"', async () => {
    expect(await marked('Dit is jammer, omdat dit voorkomen had kunnen worden.', 'lijdende-vorm')).toEqual(['voorkomen had kunnen worden']);
  });

  it('finds "is door ons geregistreerd" although "geregistreerd" alone is an adjective', async () => {
    const [finding] = await findingsOf('Uw melding is door ons geregistreerd.', 'lijdende-vorm');
    expect(finding).toMatchObject({actual: 'is door ons geregistreerd', severity: 'warning', expected: ['hebben wij geregistreerd']});
    expect(await findingsOf('U bent geregistreerd als woningzoekende.', 'lijdende-vorm')).toEqual([]);
    expect(await marked('U wordt geregistreerd als woningzoekende.', 'lijdende-vorm')).toEqual(['wordt geregistreerd']);
  });

  it('names the actor it saw, and reads "door de gemeente" as whole words', async () => {
    const [ours] = await findingsOf('Het plan is vastgesteld door de gemeente.', 'lijdende-vorm');
    expect(ours).toMatchObject({severity: 'warning'});
    expect(ours!.message).toContain('"door de gemeente"');
    const [council] = await findingsOf('Het plan is vastgesteld door de gemeenteraad.', 'lijdende-vorm');
    expect(council).toMatchObject({severity: 'info'});
    expect(council!.message).not.toContain('door ons');
    const [college] = await findingsOf('Het besluit is genomen door het college.', 'lijdende-vorm');
    expect(college).toMatchObject({severity: 'warning'});
    expect(college!.message).toContain('"door het college"');
  });
});

describe('lijdende-vorm: does not invent passives', () => {
  it('leaves nouns that look like participles alone', async () => {
    expect(await findingsOf('De tarieven zijn te vinden in de Ministeriële regeling omgevingsrecht.', 'lijdende-vorm')).toEqual([]);
    expect(await findingsOf('Hierbij is het geboorteland van de moeder leidend.', 'lijdende-vorm')).toEqual([]);
    expect(await findingsOf('De gemeenten zijn het erover eens.', 'lijdende-vorm')).toEqual([]);
  });

  it('leaves present-tense verbs and present participles alone', async () => {
    expect(await findingsOf('Hij is iemand die nog in sprookjes gelooft.', 'lijdende-vorm')).toEqual([]);
    expect(await findingsOf('Het is een wond die langzaam geneest.', 'lijdende-vorm')).toEqual([]);
    expect(await findingsOf('Het is vervelend dat u moet wachten.', 'lijdende-vorm')).toEqual([]);
    expect(await findingsOf('Het is belangrijk om fraude te voorkomen.', 'lijdende-vorm')).toEqual([]);
  });

  it('does not join an auxiliary and a participle across "en" + a finite verb', async () => {
    const text = 'Als alles klopt, moet de pas nog gemaakt worden en krijgt u de pas thuis toegestuurd.';
    expect(await marked(text, 'lijdende-vorm')).toEqual(['gemaakt worden']);
  });

  it('leaves a participle after an article alone, and stops a clause at a dash', async () => {
    expect(await findingsOf('Als u eigenaar bent van een woning met een beschermd stadsgezicht, kunt u niet meedoen.', 'lijdende-vorm')).toEqual([]);
    const text = 'Het doel was het herinrichten van het park – in 2014 omgedoopt tot het Mandelapark – met nieuw groen.';
    expect(await findingsOf(text, 'lijdende-vorm')).toEqual([]);
  });

  it('leaves an automatic action alone: there is no one to name', async () => {
    expect(await findingsOf('Dit bericht is automatisch verzonden.', 'lijdende-vorm')).toEqual([]);
    expect(await marked('Dit bericht is door een medewerker verzonden.', 'lijdende-vorm')).toEqual(['is door een medewerker verzonden']);
  });

  it('pairs a participle with the nearest auxiliary, not one of an earlier clause', async () => {
    expect(await marked('De kosten zijn betaald en de instelling is op de hoogte gesteld.', 'lijdende-vorm')).toEqual(['zijn betaald', 'is op de hoogte gesteld']);
    expect(await marked('De leden zijn het eens en de instelling is op de hoogte gesteld.', 'lijdende-vorm')).toEqual(['is op de hoogte gesteld']);
  });

  it('reads "bestemd voor" as an adjective', async () => {
    expect(await findingsOf('Deze pas is uitsluitend bestemd voor inwoners van de gemeente.', 'lijdende-vorm')).toEqual([]);
  });
});

describe('vage-termijn: a purpose is not a deadline', () => {
  it('skips "om zo snel mogelijk ... te <verb>" and still finds a promise without a date', async () => {
    expect(await findingsOf('Wij doen ons best om zo snel mogelijk een deel van de situatie op te lossen.', 'vage-termijn')).toEqual([]);
    expect(await marked('U ontvangt zo snel mogelijk een reactie.', 'vage-termijn')).toEqual(['zo snel mogelijk']);
    expect(await marked('Om 9 uur bellen wij u, zo snel mogelijk na het gesprek.', 'vage-termijn')).toEqual(['zo snel mogelijk']);
    expect(await findingsOf('Wij bellen u teneinde zo snel mogelijk een afspraak te maken.', 'vage-termijn')).toEqual([]);
  });

  it('skips a vague phrase when the term the reader can count is given too', async () => {
    expect(await findingsOf('Dan pakken we uw melding zo snel mogelijk op. In ieder geval binnen 3 werkdagen.', 'vage-termijn')).toEqual([]);
    expect(await findingsOf('U krijgt zo snel mogelijk antwoord, uiterlijk binnen twee weken.', 'vage-termijn')).toEqual([]);
    expect(await marked('U krijgt zo snel mogelijk antwoord. Wij werken binnen de regels.', 'vage-termijn')).toEqual(['zo snel mogelijk']);
    // A term counted from a "dagtekening" is itself vague: it does not excuse the other phrase.
    expect(await marked('U krijgt zo snel mogelijk antwoord. Bezwaar kan binnen zes weken na dagtekening.', 'vage-termijn')).toHaveLength(2);
  });

  it('skips an emergency and an age, where no date fits', async () => {
    expect(await findingsOf('Gevaarlijke situaties pakken wij zo snel mogelijk op.', 'vage-termijn')).toEqual([]);
    expect(await findingsOf('U ziet deze tip omdat u een kind heeft dat binnenkort 18 jaar wordt.', 'vage-termijn')).toEqual([]);
    expect(await marked('Uw pas loopt binnenkort af.', 'vage-termijn')).toEqual(['binnenkort']);
    expect(await marked('Wij sturen u binnenkort 2 formulieren.', 'vage-termijn')).toEqual(['binnenkort']);
  });
});

describe('formele-aanhef: the quick fix uses the name field of the template', () => {
  it('uses the template\'s own name field', async () => {
    const [finding] = await findingsOf('Geachte heer/mevrouw,\n\nUw aanvraag is binnen, [aanvrager.naam].\n\nMet vriendelijke groet,\n\nGemeente Zwolle', 'formele-aanhef');
    expect(finding).toMatchObject({actual: 'Geachte heer/mevrouw', expected: ['Beste [aanvrager.naam]']});
  });

  it('writes the name field in the syntax the template uses', async () => {
    for (const field of ['<<naam>>', '«Naam»', '{{naam}}', '[aanvrager.naam]']) {
      const [finding] = await findingsOf(`Geachte heer/mevrouw,\n\nUw aanvraag is binnen, ${field}.\n\nMet vriendelijke groet,\n\nGemeente Zwolle`, 'formele-aanhef');
      expect(finding, field).toMatchObject({actual: 'Geachte heer/mevrouw', expected: [`Beste ${field}`]});
    }
  });

  it('keeps a name that is already there and only changes the words before it', async () => {
    const [finding] = await findingsOf('Geachte heer/mevrouw {{ naam }},\n\nUw aanvraag is binnen.\n\nMet vriendelijke groet,\n\nGemeente Zwolle', 'formele-aanhef');
    expect(finding).toMatchObject({actual: 'Geachte heer/mevrouw', expected: ['Beste']});
    const [guillemets] = await findingsOf('Geachte heer/mevrouw «Naam»,\n\nUw aanvraag is binnen.\n\nMet vriendelijke groet,\n\nGemeente Zwolle', 'formele-aanhef');
    expect(guillemets).toMatchObject({actual: 'Geachte heer/mevrouw', expected: ['Beste']});
  });

  it('offers no field the template does not have, and not the sender\'s name', async () => {
    const [finding] = await findingsOf('Geachte heer/mevrouw,\n\nUw aanvraag is binnen.\n\nMet vriendelijke groet,\n\n[sponsor_name]', 'formele-aanhef');
    expect(finding!.expected).toEqual([]);
    expect(finding!.message).toContain('veld voor de naam');
  });
});

describe('curated rules: no quick fix that breaks the sentence or turns its meaning', () => {
  it('"aanvrager" in the salutation asks for the name, never "Beste u"', async () => {
    const [finding] = await withRules('Beste aanvrager,\n\nWij hebben uw aanvraag ontvangen.\n\nMet vriendelijke groet,\n\nGemeente Zwolle', 'afschrikwoord');
    expect(finding).toMatchObject({actual: 'aanvrager', expected: []});
    expect(finding!.message).toContain('naam');
  });

  it('a pronoun does not replace a noun after an article ("de u")', async () => {
    const findings = await withRules('Wij vinden het belangrijk dat de cliënt zelf een afspraak maakt.', 'afschrikwoord');
    expect(findings.map((finding) => finding.actual)).toEqual(['cliënt']);
    expect(findings[0]!.expected.map((value) => value.toLowerCase())).not.toContain('u');
  });

  it('a plural takes no singular replacement ("cliënten" is not "inwoner")', async () => {
    // With "u" in the sentence the plural is about the reader's group (without it, text: [over-anderen] skips it).
    const [plural] = await withRules('Wij helpen cliënten zoals u met hun formulieren.', 'afschrikwoord');
    expect(plural).toMatchObject({actual: 'cliënten', expected: []});
    const [singular] = await withRules('Wij helpen elke cliënt met zijn formulier.', 'afschrikwoord');
    expect(singular!.expected).toEqual(['inwoner']);
  });

  it('"wordt niet in behandeling genomen" gets an explanation, not "bekijken"', async () => {
    const [finding] = await withRules('Uw aanvraag wordt niet in behandeling genomen, omdat de papieren ontbreken.', 'moeilijk-woord');
    expect(finding).toMatchObject({entryId: 'in-behandeling-nemen', expected: []});
    expect(finding!.explanation).toContain('besluit');
  });

  it('"i.v.m. uw aanvraag" is not "door uw aanvraag"', async () => {
    const [finding] = await withRules('Wij bellen u i.v.m. uw aanvraag.', 'afkorting');
    expect(finding).toMatchObject({actual: 'i.v.m.', expected: ['in verband met']});
  });
});
