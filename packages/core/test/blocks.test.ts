import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {buildModel, prepareFormat} from '../src/index.js';
import {checkText, textLists} from './helpers.js';

/** Issue 14: headings, labels, list items and table-like rows end a sentence; lists are not one long paragraph. */
const sentencesOf = (text: string, format: 'text' | 'markdown' = 'text') =>
  buildModel(text, textLists, format).sentences.map((sentence) => `${sentence.kind}${sentence.prose ? '' : ' (not prose)'}: ${text.slice(sentence.start, sentence.end)}`);
const findings = async (text: string, ruleId: string, format: 'text' | 'markdown' = 'text') =>
  (await checkText(text, {format})).findings.filter((finding) => finding.ruleId === ruleId).map((finding) => `${finding.line}: ${finding.message}`);

const checkboxes = [
  'Wat moet u meesturen?',
  '□ Een kopie van uw identiteitsbewijs of paspoort',
  '☐ Uw loonstroken van de laatste drie maanden',
  '☑ De afschriften van al uw bankrekeningen van de laatste drie maanden',
  '▪ Uw huurcontract of de hypotheekakte van uw woning',
  '• De beschikking van de toeslagen van de Belastingdienst',
  '* Een brief van uw werkgever over uw contract',
].join('\n');

const withList = [
  'Wij hebben meer papieren van u nodig om uw aanvraag te beoordelen. Stuur ons de volgende papieren:',
  '- uw loonstroken van de laatste drie maanden',
  '- de afschriften van uw bankrekeningen van de laatste drie maanden',
  '- uw huurcontract of de hypotheekakte van uw woning',
  '- de beschikking van de toeslagen van de Belastingdienst',
  '- een brief van uw werkgever over uw contract en uw uren',
  'Stuur de papieren binnen twee weken op. Dan kunnen wij uw aanvraag verder behandelen.',
].join('\n');

describe('lines that end a sentence without a full stop', () => {
  it('a heading without a full stop is not glued to the next line', async () => {
    const text = 'Uw aanvraag\nWij hebben uw aanvraag voor bijzondere bijstand op 3 maart ontvangen. Wij beslissen binnen acht weken.';
    expect(sentencesOf(text)).toEqual([
      'heading (not prose): Uw aanvraag',
      'prose: Wij hebben uw aanvraag voor bijzondere bijstand op 3 maart ontvangen.',
      'prose: Wij beslissen binnen acht weken.',
    ]);
  });

  it('a list of check boxes and bullets is one sentence per item, not one long sentence', async () => {
    expect(sentencesOf(checkboxes)).toEqual([
      'prose: Wat moet u meesturen?',
      'list-item: Een kopie van uw identiteitsbewijs of paspoort',
      'list-item: Uw loonstroken van de laatste drie maanden',
      'list-item: De afschriften van al uw bankrekeningen van de laatste drie maanden',
      'list-item: Uw huurcontract of de hypotheekakte van uw woning',
      'list-item: De beschikking van de toeslagen van de Belastingdienst',
      'list-item: Een brief van uw werkgever over uw contract',
    ]);
    expect(await findings(checkboxes, 'lange-zin')).toEqual([]);
  });

  it('numbers and letters as bullets, and a list item that goes on on the next line', () => {
    const text = 'U kunt dit op drie manieren doen:\n1. per post\n2) via Mijn Gemeente\na) aan de balie van het\n   stadskantoor\nWij helpen u graag.';
    expect(sentencesOf(text)).toEqual([
      'prose: U kunt dit op drie manieren doen:',
      'list-item: 1. per post',
      'list-item: 2) via Mijn Gemeente',
      'list-item: a) aan de balie van het\n   stadskantoor',
      'prose: Wij helpen u graag.',
    ]);
  });

  it('labels and table-like rows end a sentence', () => {
    const text = 'Naam: J. Jansen\nAdres: Dorpsstraat 12\nBedrag\t€ 120,00\nEigen bijdrage   € 20,00 per maand\nWij betalen het bedrag op 1 april.';
    expect(sentencesOf(text)).toEqual([
      'label (not prose): Naam: J. Jansen',
      'label (not prose): Adres: Dorpsstraat 12',
      'table-row (not prose): Bedrag\t€ 120,00',
      'table-row (not prose): Eigen bijdrage   € 20,00 per maand',
      'prose: Wij betalen het bedrag op 1 april.',
    ]);
  });

  it('a message after a placeholder is running text, not a label (Mijn Amsterdam status lines)', () => {
    expect(sentencesOf('[about]: Uw aanvraag is toegekend\nTip: Op stap met uw Stadspas')).toEqual(['prose: [about]: Uw aanvraag is toegekend', 'label (not prose): Tip: Op stap met uw Stadspas']);
  });

  it('keeps a sentence that is wrapped over two lines as one sentence', () => {
    const text = 'Wij hebben uw aanvraag voor bijzondere bijstand\nop 3 maart ontvangen.\nWij beslissen binnen acht weken.';
    expect(sentencesOf(text)).toEqual(['prose: Wij hebben uw aanvraag voor bijzondere bijstand\nop 3 maart ontvangen.', 'prose: Wij beslissen binnen acht weken.']);
  });

  it('a paragraph with a list of five items is not a long paragraph', async () => {
    expect(await findings(withList, 'lange-alinea')).toEqual([]);
    // The same words with each item as a sentence of running text are a long paragraph: the check still works.
    const running = withList
      .split('\n')
      .map((line) => line.replace(/^- (.)(.*)$/, (_, first: string, rest: string) => `${first.toUpperCase()}${rest}.`))
      .join(' ');
    expect(await findings(running, 'lange-alinea')).toEqual([expect.stringContaining('De alinea "Wij hebben meer papieren ..." heeft 8 zinnen')]);
  });

  it('Markdown: a heading and the items of a list are sentences of their own, and no long paragraph', async () => {
    await prepareFormat('markdown');
    const markdown = `## Wat moet u meesturen\n${withList}`;
    expect(sentencesOf(markdown, 'markdown').slice(0, 4)).toEqual([
      'heading (not prose): Wat moet u meesturen',
      'prose: Wij hebben meer papieren van u nodig om uw aanvraag te beoordelen.',
      'prose: Stuur ons de volgende papieren:',
      'list-item: uw loonstroken van de laatste drie maanden',
    ]);
    expect(await findings(markdown, 'lange-alinea', 'markdown')).toEqual([]);
    expect(await findings(markdown, 'lange-zin', 'markdown')).toEqual([]);
  });

  it('a real e-mail template (Signalen): headings above a field or a list are not sentences', () => {
    const letter = readFileSync(new URL('../../../../shared/corpus/letters/signalen-signal-default.txt', import.meta.url), 'utf8').split('\n').slice(2).join('\n');
    const sentences = sentencesOf(letter);
    expect(sentences).toContain('heading (not prose): U liet ons het volgende weten');
    expect(sentences).toContain('heading (not prose): Stand van zaken');
    expect(sentences).toContain('heading (not prose): Gegevens van uw melding');
    expect(sentences.filter((sentence) => sentence.startsWith('prose'))).toEqual([
      'prose: Op [created_at] om [created_at] uur hebt u een melding gedaan bij de gemeente.',
      'prose: In deze mail leest u de stand van zaken van uw melding.',
    ]);
  });
});
