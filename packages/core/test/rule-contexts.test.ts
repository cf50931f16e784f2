import {describe, expect, it} from 'vitest';
import {parseRuleFile} from '../src/index.js';
import {createNodeLoader} from '../../node/src/loader.js';
import {checkText, testLoader} from './helpers.js';

const rule = (body: string) => `theme: Test
check: moeilijk-woord
rules:
  - id: test-regel
${body}
    reason: Schrijf het gewoner.
    explanation: Dit woord is deftig.
    status: aangenomen
    provenance: {role: ontwikkelteam, date: 2026-12-02, decision: Testregel.}
`;

const verzoeken = rule(`    forms: [verzoeken, verzoek, verzoekt, verzocht]
    alternatives: [vragen, vraag]
    contexts:
      - forms: [verzoek]
        after: [uw, een, het, op]
        skip: true
      - forms: [verzoekt]
        alternatives: [vraagt]
      - forms: [verzocht]
        after: [wordt, werd]
        alternatives: [gevraagd]
    examples: {hit: ["Wij verzoeken u te bellen."], miss: ["Uw verzoek is binnen."]}`);

const plaatsvinden = (scope: string) =>
  rule(`    forms: [vindt ... plaats]
    alternatives: [is]
    exceptions: [in plaats van]
${scope}    examples: {hit: ["Het gesprek vindt plaats in het stadsloket."], miss: ["Het gesprek is in het stadsloket."]}`);

const hardWords = async (text: string, file: string) =>
  (await checkText(text, {loader: testLoader({'rules/eigen.yaml': file})})).findings.filter((finding) => finding.entryId === 'test-regel').map((finding) => [finding.actual, finding.expected]);

describe('contexts of a rule: the better word that fits the sentence', () => {
  it('offers the verb form that agrees, and stays silent on the innocent noun', async () => {
    expect(await hardWords('De gemeente verzoekt u de brief mee te nemen.', verzoeken)).toEqual([['verzoekt', ['vraagt']]]);
    expect(await hardWords('U wordt verzocht de brief mee te nemen.', verzoeken)).toEqual([['verzocht', ['gevraagd']]]);
    expect(await hardWords('Wij verzoeken u de brief mee te nemen.', verzoeken)).toEqual([['verzoeken', ['vragen', 'vraag']]]);
    expect(await hardWords('Uw verzoek is bij ons binnengekomen. Op verzoek van de huurder komen wij langs.', verzoeken)).toEqual([]);
  });

  it('does not look across punctuation for the word before', async () => {
    // After a comma "verzoek" has no word before it, so the noun context does not apply: the rule's own advice.
    expect(await hardWords('Wij hebben uw brief, verzoek en bewijzen ontvangen.', verzoeken)).toEqual([['verzoek', ['vragen', 'vraag']]]);
    expect(await hardWords('Wij hebben uw brief en uw verzoek ontvangen.', verzoeken)).toEqual([]);
  });

  it('exceptionScope overlap: an exception drops a hit it covers only in part', async () => {
    const text = 'U vindt in plaats van een brief een e-mail.';
    // A match with a gap gets no replacement (it would drop the words in the gap): advice in words only.
    expect(await hardWords(text, plaatsvinden(''))).toEqual([['vindt in plaats', []]]);
    expect(await hardWords(text, plaatsvinden('    exceptionScope: overlap\n'))).toEqual([]);
    // A real use stays a hit: the exception does not touch it.
    expect(await hardWords('Het gesprek vindt plaats bij u thuis, in plaats van op het kantoor.', plaatsvinden('    exceptionScope: overlap\n'))).toEqual([['vindt plaats', ['is']]]);
  });

  it('reports a broken context with its place and leaves the rule out', () => {
    const broken = rule(`    forms: [verzoekt]
    alternatives: [vraagt]
    exceptionScope: deels
    contexts:
      - alternatives: [vraagt]
      - forms: [verzocht]
        alternatives: [gevraagd]
      - after: [u]
        kleur: rood
    examples: {hit: ["Hij verzoekt het."], miss: ["Hij vraagt het."]}`);
    const {entries, errors} = parseRuleFile(broken, 'rules/kapot.yaml');
    expect(entries).toEqual([]);
    expect(errors.map((error) => `${error.line}:${error.field}`)).toEqual([
      '7:rules[0].exceptionScope',
      '9:rules[0].contexts[0]',
      '13:rules[0].contexts[2].kleur',
      '12:rules[0].contexts[2]',
      '10:rules[0].contexts[1].forms',
    ]);
    expect(errors.map((error) => error.message)).toContain('De vorm "verzocht" staat niet in forms van deze regel.');
  });

  it('once: a term gets advice at its first use in a text, and none when that use is explained in place', async () => {
    const term = (head: string, field: string) =>
      rule(`    forms: [zienswijze, zienswijzen]
    alternatives: [reactie]
${field}    examples: {hit: ["U kunt een zienswijze indienen."], miss: ["U kunt reageren."]}`).replace('check: moeilijk-woord\n', `check: moeilijk-woord\n${head}`);
    const text = 'U kunt een zienswijze indienen. Stuur uw zienswijze voor 1 mei. Wij lezen alle zienswijzen.';
    expect(await hardWords(text, term('', ''))).toEqual([['zienswijze', ['reactie']], ['zienswijze', ['reactie']], ['zienswijzen', []]]);
    expect(await hardWords(text, term('', '    once: true\n'))).toEqual([['zienswijze', ['reactie']]]);
    // From the file, and a rule may say otherwise.
    expect(await hardWords(text, term('once: true\n', ''))).toEqual([['zienswijze', ['reactie']]]);
    expect(await hardWords(text, term('once: true\n', '    once: false\n'))).toHaveLength(3);
    // Explained at its first use (a colon, or brackets right after it): no advice, also not later.
    expect(await hardWords('Zienswijze: uw reactie op het plan. Stuur uw zienswijze voor 1 mei.', term('once: true\n', ''))).toEqual([]);
    expect(await hardWords('Stuur uw zienswijze (uw reactie op het plan) voor 1 mei. Wij lezen elke zienswijze.', term('once: true\n', ''))).toEqual([]);
    const {errors} = parseRuleFile(term('once: ja\n', ''), 'rules/kapot.yaml');
    expect(errors.map((error) => `${error.field}: ${error.message}`)).toEqual(['once: Schrijf once: true of once: false, of laat het veld weg.']);
  });

  it('once: the first use names the later ones; an explanation nearby or the term in brackets needs no advice', async () => {
    const onceFile = rule(`    forms: [zienswijze, zienswijzen]
    alternatives: [reactie]
    examples: {hit: ["U kunt een zienswijze indienen."], miss: ["U kunt reageren."]}`).replace('check: moeilijk-woord\n', 'check: moeilijk-woord\nonce: true\n');
    const text = 'U kunt een zienswijze indienen. Stuur uw zienswijze voor 1 mei. Wij lezen alle zienswijzen.';
    // The first use says how often the word comes back, so a report with one finding still names the others.
    const [first] = (await checkText(text, {loader: testLoader({'rules/eigen.yaml': onceFile})})).findings.filter((finding) => finding.entryId === 'test-regel');
    expect(first!.message).toContain('Het woord staat daarna nog 2 keer in de tekst.');
    // Used once, the message does not speak of other uses.
    const [single] = (await checkText('U kunt een zienswijze indienen.', {loader: testLoader({'rules/eigen.yaml': onceFile})})).findings.filter((finding) => finding.entryId === 'test-regel');
    expect(single!.message).not.toContain('keer in de tekst');
    // The plain words first and the term in brackets after them: the text names the term, no advice.
    expect(await hardWords('U mag schrijven wat u van het plan vindt (zienswijze). Stuur uw zienswijze voor 1 mei.', onceFile)).toEqual([]);
    // A term explained in one of the next two sentences needs no advice where it first stands; further away it does.
    expect(await hardWords('U kunt een zienswijze indienen. Een zienswijze is een brief met uw mening over het plan. Stuur uw zienswijze voor 1 mei.', onceFile)).toEqual([]);
    expect(await hardWords('U kunt een zienswijze indienen. Dat kan tot 1 mei. Het plan ligt op het stadhuis. Een zienswijze is een brief met uw mening.', onceFile)).toEqual([['zienswijze', ['reactie']]]);
    // A colon in mid-sentence opens a list: the term is not explained, with or without once.
    expect(await hardWords('Stuur bij uw zienswijze: een kopie van uw paspoort. Wij lezen elke zienswijze.', onceFile)).toEqual([['zienswijze', ['reactie']]]);
  });

  it('a word the text explains is no longer hard: no advice where it is explained, nor after it', async () => {
    const term = rule(`    forms: [zienswijze, zienswijzen]
    alternatives: [reactie]
    examples: {hit: ["U kunt een zienswijze indienen."], miss: ["U kunt reageren."]}`);
    const later = ' Stuur uw zienswijze voor 1 mei naar de gemeente.';
    // Each way a plain text explains a word, followed by a later use that needs no advice any more.
    for (const explained of [
      'zienswijze: een brief waarin u zegt wat u van het plan vindt.',
      'De zienswijze: een brief waarin u zegt wat u van het plan vindt.',
      'Een zienswijze betekent: u zegt wat u van het plan vindt.',
      'U kunt ons een zienswijze, dat is een brief met uw mening over het plan, sturen.',
      'U kunt ons een zienswijze, dat wil zeggen uw mening over het plan, sturen.',
      'U kunt een zienswijze (dat betekent: uw mening over het plan) sturen.',
      'Met een zienswijze bedoelen we uw mening over het plan.',
      'Met de term zienswijze bedoelen we uw mening over het plan.',
      'U mag ons schrijven wat u van het plan vindt. Dat heet een zienswijze.',
      'U mag ons schrijven wat u van het plan vindt. Dat noemen we een zienswijze.',
    ]) {
      expect(await hardWords(explained + later, term), explained).toEqual([]);
    }
  });

  it('a word the text does not explain keeps its advice: before the explanation, a list after a colon, a consequence', async () => {
    const term = rule(`    forms: [zienswijze, zienswijzen]
    alternatives: [reactie]
    examples: {hit: ["U kunt een zienswijze indienen."], miss: ["U kunt reageren."]}`);
    // Before the explanation the word is still hard: the advice stands there.
    expect(await hardWords('Stuur uw zienswijze voor 1 mei. Een zienswijze betekent: uw mening over het plan.', term)).toEqual([['zienswijze', ['reactie']]]);
    // A colon that opens a list, and a clause with "dat is", explain nothing.
    expect(await hardWords('Stuur bij uw zienswijze: een kopie van uw paspoort en de tekening.', term)).toEqual([['zienswijze', ['reactie']]]);
    expect(await hardWords('Zienswijze: U kunt tot 1 mei reageren. Stuur uw zienswijze naar de gemeente.', term)).toHaveLength(2);
    expect(await hardWords('Over uw zienswijze, dat is ontvangen op 1 mei, beslist het college.', term)).toEqual([['zienswijze', ['reactie']]]);
    expect(await hardWords('Zij noemen de zienswijze te laat. Wij lezen elke zienswijze.', term)).toHaveLength(2);
    // A consequence ("betekent dat") and an aside in brackets explain nothing either.
    expect(await hardWords('Uw zienswijze betekent dat wij het plan opnieuw bekijken. Wij lezen elke zienswijze.', term)).toHaveLength(2);
    expect(await hardWords('Stuur uw (eerste) zienswijze voor 1 mei. Een tweede (zienswijze) mag ook. Wij lezen elke zienswijze.', term)).toHaveLength(3);
  });

  it('the name of a law or regulation gets no advice: the writer cannot rename it', async () => {
    const dispute = rule(`    forms: [geschil, geschillen]
    alternatives: [ruzie, onenigheid]
    examples: {hit: ["Bij een geschil kunt u naar de commissie."], miss: ["Bij ruzie kunt u naar de commissie."]}`);
    expect(await hardWords('Dit staat in artikel 13 van de Wet kwaliteit, klachten en geschillen zorg.', dispute)).toEqual([]);
    expect(await hardWords('Volgens het Besluit geschillen huurcommissie beslist de commissie.', dispute)).toEqual([]);
    // Outside the name the word is advised on, also in a sentence that names a law.
    expect(await hardWords('De Wet zegt dat een geschil naar de rechter kan.', dispute)).toEqual([['geschil', ['ruzie', 'onenigheid']]]);
    expect(await hardWords('Over de Wet, en over een geschil met de buren, leest u meer op de website.', dispute)).toEqual([['geschil', ['ruzie', 'onenigheid']]]);
    // "Besluit" at the start of a sentence is a verb, not the head of a name.
    expect((await hardWords('Besluit geschillen eerst samen op te lossen.', dispute)).map(([word]) => word)).toEqual(['geschillen']);
  });

  it('a word between quote marks is mentioned, not used: no advice (a guide on writing names the words it is about)', async () => {
    const word = rule(`    forms: [middels]
    alternatives: [met, via]
    examples: {hit: ["U kunt middels het formulier reageren."], miss: ["U kunt met het formulier reageren."]}`);
    expect(await hardWords('Schrijf niet ‘middels’ maar ‘met’. Of schrijf "via".', word)).toEqual([]);
    expect(await hardWords("Het woord 'middels' is deftig.", word)).toEqual([]);
    // A use keeps its advice, also next to quote marks that enclose more than the word.
    expect(await hardWords('U kunt middels het formulier reageren.', word)).toEqual([['middels', ['met', 'via']]]);
    expect(await hardWords('Er staat: ‘U kunt middels het formulier reageren.’', word)).toEqual([['middels', ['met', 'via']]]);
  });

  it('begrip: a reference to where a regulation defines the word ("de verzoeker uit lid 5") names a term', async () => {
    const applicant = rule(`    forms: [verzoeker, verzoekers]
    alternatives: [u]
    contexts:
      - text: [begrip]
        skip: true
    examples: {hit: ["De verzoeker krijgt binnen 8 weken een besluit."], miss: ["De verzoeker uit lid 5 moet eerst de instelling vragen."]}`).replace('check: moeilijk-woord', 'check: afschrikwoord');
    const labelled = async (text: string) =>
      (await checkText(text, {loader: testLoader({'rules/eigen.yaml': applicant})})).findings.filter((finding) => finding.entryId === 'test-regel').map((finding) => finding.actual);
    expect(await labelled('De verzoeker uit lid 5 moet eerst de instelling vragen om te handelen.')).toEqual([]);
    expect(await labelled('Het besluit gaat naar de verzoeker van artikel 3.')).toEqual([]);
    expect(await labelled('De verzoeker krijgt binnen 8 weken een besluit.')).toEqual(['verzoeker']);
  });

  it('a sentence that opens with the term and says what it is explains it: "Een zienswijze is een brief ..."', async () => {
    const term = rule(`    forms: [zienswijze, zienswijzen]
    alternatives: [reactie]
    examples: {hit: ["U kunt een zienswijze indienen."], miss: ["U kunt reageren."]}`);
    expect(await hardWords('Een zienswijze is een brief met uw mening over het plan. Stuur uw zienswijze voor 1 mei.', term)).toEqual([]);
    // "is een" explains only a term that opens the sentence after at most an article: "Uw zienswijze is een dag te
    // laat" says something about the reader's letter, it does not say what a zienswijze is.
    expect(await hardWords('Uw zienswijze is een dag te laat. Wij lezen elke zienswijze.', term)).toHaveLength(2);
  });

  it('over-taal: a sentence about reading and language skills names the group it is about, without a label for the reader', async () => {
    const label = rule(`    forms: [laaggeletterde, laaggeletterden]
    alternatives: [mensen die moeite hebben met lezen en schrijven]
    contexts:
      - text: [over-taal]
        skip: true
    examples: {hit: ["Deze folder is ook geschikt voor laaggeletterden."], miss: ["Schrijf op taalniveau B1 voor laaggeletterden."]}`).replace('check: moeilijk-woord', 'check: afschrikwoord');
    const labelled = async (text: string) =>
      (await checkText(text, {loader: testLoader({'rules/eigen.yaml': label})})).findings.filter((finding) => finding.entryId === 'test-regel').map((finding) => finding.actual);
    expect(await labelled('Bijvoorbeeld laaggeletterden of mensen die nog niet goed Nederlands kunnen.')).toEqual([]);
    expect(await labelled('Beeldgebruik voor laaggeletterden of laagtaalvaardigen.')).toEqual([]);
    expect(await labelled('Veel laaggeletterden vinden lezen moeilijk.')).toEqual([]);
    // A letter that labels its readers, and "betaalt" (which holds "taal" but is about money), keep the advice.
    expect(await labelled('Deze folder is ook geschikt voor laaggeletterden.')).toEqual(['laaggeletterden']);
    expect(await labelled('De gemeente betaalt een cursus voor laaggeletterden.')).toEqual(['laaggeletterden']);
  });

  it('a capital in mid-sentence is part of a name: no advice, unless the rule is about a name (names: true)', async () => {
    const plan = (field: string) =>
      rule(`    forms: [stedenbouwkundig, stedenbouwkundige]
    alternatives: [over de bouw]
${field}    examples: {hit: ["Wij maken een stedenbouwkundig plan."], miss: ["Wij maken een plan voor de bouw."]}`);
    expect(await hardWords('Dit is een aanpassing van het Stedenbouwkundig Programma van Eisen.', plan(''))).toEqual([]);
    // Advice without a quick fix: "een over de bouw plan" is no Dutch (an adjective slot takes no phrase).
    expect(await hardWords('Wij maken eerst een stedenbouwkundig plan.', plan(''))).toEqual([['stedenbouwkundig', []]]);
    // At the start of the sentence and after a colon the capital is no name.
    expect(await hardWords('Stedenbouwkundige eisen staan in de bijlage. Let op: Stedenbouwkundige eisen gelden ook hier.', plan(''))).toHaveLength(2);
    expect(await hardWords('Dit is een aanpassing van het Stedenbouwkundig Programma van Eisen.', plan('    names: true\n'))).toHaveLength(1);
  });
});

describe('text conditions (issue 14): a term or a sentence about other people is no word to replace', () => {
  // The real rule files: the conditions live in rules/afschrikwoorden-labels.yaml.
  const realRules = createNodeLoader();
  const marked = async (text: string) =>
    (await checkText(text, {loader: realRules})).findings.filter((finding) => finding.ruleId === 'afschrikwoord').map((finding) => text.slice(finding.offset, finding.offset + finding.length));

  it('skips a definition, a name and a regulation about a group of clients', async () => {
    expect(await marked('cliënt: een natuurlijk persoon ten behoeve van wie de instelling werkzaam is;')).toEqual([]);
    expect(await marked('De Cliënten Advies Raad behartigt de belangen van de deelnemers.')).toEqual([]);
    expect(await marked('De cliëntenraad inventariseert regelmatig de wensen en meningen van de cliënten.')).toEqual([]);
    expect(await marked('Verzoeker, als bedoeld in lid 5, is niet-ontvankelijk indien hij niet vooraf schriftelijk heeft verzocht.')).toEqual([]);
    expect(await marked('De aanvrager is degene die de subsidie vraagt.')).toEqual([]);
  });

  it('skips a party in a procedure that the sentence names after a preposition, as a notice to neighbours does', async () => {
    expect(await marked('Dit moet binnen 6 weken vanaf de eerstvolgende dag nadat het besluit verzonden is naar de aanvrager.')).toEqual([]);
    expect(await marked('De plicht tot geheimhouding vervalt niet door beëindiging van de band van de cliënt met de instelling.')).toEqual([]);
    expect(await marked('Bij een controle van de personeelsdossiers zagen wij dat de regels goed zijn toegepast.')).toEqual([]);
    expect(await marked('Daarnaast kunnen we een blok voor (een) bijzondere doelgroep(en) ontwikkelen.')).toEqual([]);
    // A check by a computer (e-mail, login) is no distrust; a check of the reader's own money still is.
    expect(await marked('Als je niet zelf deze controle gestart bent, dan kan je deze e-mail negeren.')).toEqual([]);
    expect(await marked('Na de controle van uw inkomen en uw spaargeld krijgt u een besluit.')).toEqual(['controle']);
    // The reader in the sentence: still advice.
    expect(await marked('Na een controle van uw gegevens sturen wij het besluit naar de aanvrager, dus naar u.')).toEqual(['controle', 'aanvrager']);
  });

  it('still flags the word where the letter talks about the reader', async () => {
    expect(await marked('De aanvrager moet een kopie van zijn paspoort meesturen.')).toEqual(['aanvrager']);
    expect(await marked('Als cliënten vragen hebben, kunt u ons bellen.')).toEqual(['cliënten']);
    expect(await marked('De cliënt moet zelf een afspraak maken.')).toEqual(['cliënt']);
  });

  it('over-groep: a guide whose reader writes for or helps a group names the group, without a label for the reader', async () => {
    // A guide for writers (Amsterdam's guide on images for people with low literacy): the reader makes images for
    // the group, so every later use of the group word in that text is about the group, also without "je".
    const guide =
      'Als je beeld effectief wilt inzetten voor laaggeletterden, is het belangrijk om te weten hoe beeld verwerkt wordt. ' +
      'Voor laaggeletterden is een iconisch beeld het meest eenvoudig te verwerken. ' +
      'Fotografie bestemd voor laaggeletterde doelgroepen mag op twee vlakken afwijken. ' +
      'Wees verder terughoudend met pictogrammen richting laaggeletterden!';
    expect(await marked(guide)).toEqual([]);
    expect(await marked('Plan genoeg tijd voor je cliënten. Cliënten willen rustig hun verhaal doen.')).toEqual([]);
    expect(await marked('Schrijf je voor meerdere doelgroepen, test de tekst dan met lezers uit elke doelgroep.')).toEqual([]);
    // A quoted word is mentioned, not used; a label line names a field.
    expect(await marked('Gebruik het woord ‘laaggeletterden’ liever niet.')).toEqual([]);
    expect(await marked('Doelgroep: laaggeletterden')).toEqual([]);
  });

  it('over-groep: a text for the public, or a reader who is one of the group, keeps the advice', async () => {
    // No sentence shows a reader who acts for the group: a folder or letter for the public labels its readers.
    expect(await marked('Wij helpen laaggeletterden. Heeft u vragen? Bel ons.')).toEqual(['laaggeletterden']);
    expect(await marked('Voor laaggeletterden is een foto het makkelijkst.')).toEqual(['laaggeletterden']);
    // The reader is in the group ("u hoort bij", "een van de", "u en andere"), or the group is the subject of its own clause.
    // (doelgroep and laaggeletterde are advised once per text: the first use gets the finding, which counts the later ones.)
    expect(await marked('U hoort bij de doelgroepen van deze regeling. Alleen de doelgroep kan dit aanvragen.')).toEqual(['doelgroepen']);
    expect(await marked('Bent u een van de laaggeletterden in onze stad? Laaggeletterden krijgen gratis les.')).toEqual(['laaggeletterden']);
    expect(await marked('Laaggeletterden krijgen gratis les. Bent u een van de laaggeletterden in onze stad?')).toEqual(['Laaggeletterden']);
    expect(await marked('Wij sturen deze brief aan u en aan andere cliënten. De cliënt moet zelf bellen.')).toEqual(['cliënten', 'cliënt']);
    // The reader helps another group than the one labelled: no text about this group.
    expect(await marked('Als je werkt met ouders, zie je ook laaggeletterden.')).toEqual(['laaggeletterden']);
  });

  it('gives no "Beste u," for the salutation', async () => {
    const result = await checkText('Beste aanvrager,\n\nWij hebben uw aanvraag ontvangen.\n', {loader: realRules});
    const finding = result.findings.find((item) => item.ruleId === 'afschrikwoord');
    expect(finding?.message).toContain('met de naam');
    expect(finding?.expected ?? []).toEqual([]);
  });

  it('names an unknown use in the rule file', () => {
    const parsed = parseRuleFile(rule(`    forms: [verzoek]
    alternatives: [vraag]
    contexts:
      - text: [kopje]
        skip: true
    examples: {hit: ["Wij sturen een verzoek."], miss: []}`), 'test.yaml');
    expect(parsed.errors.map((error) => error.message).join(' ')).toContain('Onbekend gebruik "kopje"');
  });
});

describe('the place of a word in its sentence decides (issue 12, real rule files)', () => {
  const realRules = createNodeLoader();
  const advice = async (text: string, id: string) =>
    (await checkText(text, {loader: realRules})).findings.filter((finding) => finding.entryId === id).map((finding) => ({word: text.slice(finding.offset, finding.offset + finding.length), better: finding.expected, severity: finding.severity}));

  it('"gezien" before a noun is a preposition with a better word; the participle gets no advice', async () => {
    expect(await advice('Gezien de hoogte van de nieuwe flat is een onderzoek nodig.', 'gezien-voorzetsel')).toEqual([{word: 'Gezien de', better: ['Vanwege de', 'Door de'], severity: 'warning'}]);
    expect(await advice('Wij hebben gezien dat u in maart bent verhuisd.', 'gezien-voorzetsel')).toEqual([]);
    expect(await advice('Heeft u de brief van 3 maart gezien?', 'gezien-voorzetsel')).toEqual([]);
    expect(await advice('Technisch gezien kan het windpark in 2025 klaar zijn.', 'gezien-voorzetsel')).toEqual([]);
    expect(await advice('Het woord wordt gezien als een belediging.', 'gezien-voorzetsel')).toEqual([]);
  });

  it('"de gemeente" as the one who acts gets a tip to write "wij"; a place or a party after a preposition does not', async () => {
    expect(await advice('De gemeente verlengt de regeling elk jaar voor u.', 'gemeente-als-wij')).toEqual([{word: 'De gemeente', better: [], severity: 'info'}]);
    expect(await advice('Met dit plan wil de gemeente 500 woningen bouwen.', 'gemeente-als-wij')).toEqual([{word: 'de gemeente', better: [], severity: 'info'}]);
    expect(await advice('In de gemeente Amsterdam wonen veel jonge mensen.', 'gemeente-als-wij')).toEqual([]);
    expect(await advice('U kunt een vergunning aanvragen bij de gemeente waar u woont.', 'gemeente-als-wij')).toEqual([]);
    expect(await advice('Het terrein is eigendom van de gemeente.', 'gemeente-als-wij')).toEqual([]);
    // The place itself is no writer: "Wij tellen 50.000 inwoners" is no better sentence.
    expect(await advice('De gemeente telt ruim 50.000 inwoners en ligt aan de kust.', 'gemeente-als-wij')).toEqual([]);
  });

  it('"de wijze waarop" is "hoe"; "als gevolg van" is "door"', async () => {
    expect(await advice('In de regeling staat de wijze waarop de raad de bewoners informeert.', 'wijze')).toEqual([{word: 'de wijze waarop', better: ['hoe'], severity: 'warning'}]);
    expect(await advice('Als gevolg van de crisis zijn de woningen niet gebouwd.', 'ten-gevolge-van')).toEqual([{word: 'Als gevolg van', better: ['Door'], severity: 'warning'}]);
    expect(await advice('Die vertraging is het gevolg van de crisis.', 'ten-gevolge-van')).toEqual([]);
  });
});
