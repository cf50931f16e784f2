import {describe, expect, it} from 'vitest';
import {buildModel} from '../src/index.js';
import {checkText, textLists} from './helpers.js';

const sentencesOf = (text: string) => buildModel(text, textLists).sentences.filter((sentence) => sentence.prose).map((sentence) => text.slice(sentence.start, sentence.end));

describe('sentence splitting in letters (retext-dutch)', () => {
  it('does not split at abbreviations, legal references, case numbers and amounts', () => {
    const text =
      'Wij hebben o.a. uw loonstroken nodig i.v.m. de beoordeling. U kunt bezwaar maken volgens art. 4:8 Awb bij ons. Dit geldt t.a.v. dhr. Jansen met nr. 2019-000775 in het dossier. U krijgt € 1.250,00 op uw rekening. Mail naar info@gemeente.nl of kijk op https://www.gemeente.nl/hulp. Dat is alles.';
    expect(sentencesOf(text)).toEqual([
      'Wij hebben o.a. uw loonstroken nodig i.v.m. de beoordeling.',
      'U kunt bezwaar maken volgens art. 4:8 Awb bij ons.',
      'Dit geldt t.a.v. dhr. Jansen met nr. 2019-000775 in het dossier.',
      'U krijgt € 1.250,00 op uw rekening.',
      'Mail naar info@gemeente.nl of kijk op https://www.gemeente.nl/hulp.',
      'Dat is alles.',
    ]);
  });
});

describe('template placeholders', () => {
  const placeholders = ['{{naam}}', '[naam]', '«Naam»', '<<naam>>', '${naam}', '[zaak.identificatie]', '{{ aanvrager.volledige_naam }}', '{voornaam}', '%naam%'];
  it.each(placeholders)('treats %s as one opaque name that never splits a sentence', (placeholder) => {
    const text = `Wij hebben de aanvraag van ${placeholder} ontvangen. Wij sturen ${placeholder}. een brief.`; // retext glues a period before a lowercase word
    const model = buildModel(text, textLists);
    const tokens = model.sentences.flatMap((sentence) => sentence.words).filter((word) => word.kind === 'placeholder');
    expect(tokens.map((token) => token.text)).toEqual([placeholder, placeholder]);
    expect(model.sentences.filter((sentence) => sentence.prose)).toHaveLength(2);
  });

  it('never reports a placeholder as a long word or a hard word', async () => {
    const report = await checkText('Beste {{aanvrager_volledige_naam_met_tussenvoegsel}},\n\nWij hebben uw aanvraag ontvangen van [zaak.identificatie_nummer_van_de_aanvraag].');
    expect(report.findings.filter((finding) => finding.actual.includes('{') || finding.actual.includes('['))).toEqual([]);
  });

  it('masks template logic such as {{#if}} and {% endif %}', () => {
    const text = '{{#if partner}}Uw partner krijgt ook een brief.{{/if}} {% if kinderen %}Uw kinderen krijgen hulp.{% endif %}';
    const words = buildModel(text, textLists).sentences.flatMap((sentence) => sentence.words.map((word) => word.text));
    expect(words).toEqual(['Uw', 'partner', 'krijgt', 'ook', 'een', 'brief', 'Uw', 'kinderen', 'krijgen', 'hulp']);
  });

  it('a text that is only placeholders gives a normal, empty result', async () => {
    const report = await checkText('{{naam}}\n{{adres}}\n{{postcode}} {{woonplaats}}');
    expect(report.findings).toEqual([]);
    expect(report.stats.sentences).toBe(0);
  });
});

describe('letter frame', () => {
  const letter = [
    'Gemeente Midden-Groningen',
    'Postbus 15',
    '9600 AA Hoogezand',
    '',
    'Datum: 12 maart 2026',
    'Ons kenmerk: 2026-004512',
    'Onderwerp: uw aanvraag',
    '',
    'Beste mevrouw Jansen,',
    'Wij hebben uw aanvraag ontvangen. Wij bellen u volgende week.',
    '',
    'Met vriendelijke groet,',
    '',
    'Jan de Vries',
    'Consulent Werk en Inkomen',
  ].join('\n');

  it('recognises address, date, reference lines, salutation, closing and signature', () => {
    const kinds = buildModel(letter, textLists).lines.map((line) => line.kind);
    expect(kinds).toEqual(['address', 'address', 'address', 'blank', 'reference', 'reference', 'subject', 'blank', 'salutation', 'prose', 'blank', 'closing', 'blank', 'signature', 'signature']);
  });

  it('does not score the frame as prose, even when the salutation has no blank line after it', async () => {
    const report = await checkText(letter);
    expect(report.stats).toEqual({words: 10, sentences: 2, paragraphs: 1});
    expect(report.findings).toEqual([]);
  });

  it('keeps list items as sentences of their own', () => {
    const text = 'U krijgt van ons:\n- huishoudelijke hulp\n- een scootmobiel\n- vervoer naar de dagbesteding';
    expect(sentencesOf(text)).toEqual(['U krijgt van ons:', '- huishoudelijke hulp', '- een scootmobiel', '- vervoer naar de dagbesteding'].map((line) => line.replace(/^- /, '')));
  });
});

describe('Markdown and HTML', () => {
  it('checks the text of Markdown, with exact offsets, and not its syntax', async () => {
    const text = '# Uw aanvraag\n\nU kunt **middels** [dit formulier](https://gemeente.nl/formulier-middels) bezwaar maken.\n\n```\nmiddels\n```\n';
    const report = await checkText(text, {format: 'markdown'});
    const hits = report.findings.filter((finding) => finding.ruleId === 'moeilijk-woord');
    expect(hits).toHaveLength(1);
    expect(text.slice(hits[0]!.offset, hits[0]!.offset + hits[0]!.length)).toBe('middels');
    expect(hits[0]!.line).toBe(3);
  });
  it('checks the text of HTML and splits at block tags', () => {
    const text = '<h1>Uw aanvraag</h1><p>Wij hebben uw <b>aanvraag</b> ontvangen</p><p>U hoort snel van ons</p>';
    expect(buildModel(text, textLists, 'html').sentences.map((sentence) => sentence.words.map((word) => word.text).join(' '))).toEqual([
      'Uw aanvraag',
      'Wij hebben uw aanvraag ontvangen',
      'U hoort snel van ons',
    ]);
  });
});

describe('inline suppression', () => {
  it('switches a check off for the next line, in any comment syntax, and counts what it hid', async () => {
    const text = '<!-- helder-disable-next-line moeilijk-woord -->\nMiddels dit formulier vraagt u hulp aan.\nMiddels de website kan het ook.';
    const report = await checkText(text);
    expect(report.findings.filter((finding) => finding.ruleId === 'moeilijk-woord').map((finding) => finding.line)).toEqual([3]);
    expect(report.suppressed).toBe(1);
  });
  it('works on the same line, for one curated rule, and for a passage', async () => {
    const text = [
      'Middels dit formulier vraagt u hulp aan. {{! helder-disable-line middels }}',
      '{# helder-disable #}',
      'Middels de website kunt u uw mening kenbaar maken.',
      '{# helder-enable #}',
      'Middels de post kan het ook.',
    ].join('\n');
    const report = await checkText(text);
    expect(report.findings.filter((finding) => finding.ruleId === 'moeilijk-woord').map((finding) => finding.line)).toEqual([5]);
    expect(report.suppressed).toBe(3);
  });
  it('does not check the directive itself as text', async () => {
    const report = await checkText('helder-disable-next-line lange-zin\nDit is een korte zin.');
    expect(report.stats.sentences).toBe(1);
  });
});

describe('periods that retext keeps on words', () => {
  it('takes the full stop off a word like "op." at the end of a sentence and splits before a capital', () => {
    const text = 'Wij schorten uw uitkering op. Dan krijgt u bericht. Zie art. 3 van de regels.';
    const model = buildModel(text, textLists);
    expect(model.sentences.map((sentence) => sentence.words.map((word) => word.text).join(' '))).toEqual([
      'Wij schorten uw uitkering op',
      'Dan krijgt u bericht',
      'Zie art. 3 van de regels',
    ]);
  });
});

describe('amounts', () => {
  const letter = 'Beste meneer Jansen,\n\nU krijgt € 1.250,00 bijzondere bijstand. €25,50 betaalt u zelf. Het bedrag van € 1.250,00 staat binnen twee weken op uw rekening en u hoeft daarna verder niets meer te doen.\n';

  it('are one word with their euro sign, with exact offsets', () => {
    const model = buildModel(letter, textLists);
    const amounts = model.sentences.flatMap((sentence) => sentence.words).filter((word) => /\d/.test(word.text));
    expect(amounts.map((word) => [word.text, word.kind])).toEqual([['€ 1.250,00', 'special'], ['€25,50', 'special'], ['€ 1.250,00', 'special']]);
    for (const word of amounts) expect(letter.slice(word.start, word.end)).toBe(word.text);
    // A sentence that starts with an amount starts at the euro sign.
    expect(letter.slice(model.sentences[2]!.start, model.sentences[2]!.end)).toBe('€25,50 betaalt u zelf.');
  });

  it('are one word without a euro sign too, and so are decimals, but a list of numbers is not', () => {
    const model = buildModel('U krijgt 1.250,00 euro per maand. Dat is 3,5 procent meer. Lees de pagina 3, 4 en 5 van de folder.', textLists);
    const numbers = model.sentences.flatMap((sentence) => sentence.words).filter((word) => word.kind === 'number').map((word) => word.text);
    expect(numbers).toEqual(['1.250,00', '3,5', '3', '4', '5']);
  });

  it('count as one word for the length of a sentence and in the readability model', async () => {
    // The last sentence has 20 words when the amount is one word: not too long at the limit of 20.
    const report = await checkText(letter, {config: {rules: {spelling: 'off'}}});
    expect(report.findings.filter((finding) => finding.ruleId === 'lange-zin')).toEqual([]);
    const last = report.readability!.sentences.at(-1)!;
    expect(last.words).toBe(20);
    expect(report.readability!.notScored.other).toBe(3);
    expect(report.stats.words).toBe(5 + 4 + 20);
  });
});
