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

  it('still flags the word where the letter talks about the reader', async () => {
    expect(await marked('De aanvrager moet een kopie van zijn paspoort meesturen.')).toEqual(['aanvrager']);
    expect(await marked('Als cliënten vragen hebben, kunt u ons bellen.')).toEqual(['cliënten']);
    expect(await marked('De cliënt moet zelf een afspraak maken.')).toEqual(['cliënt']);
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
