/** The report writers as pure functions, on findings as `helder check --format json` gives them. */
import {describe, expect, it} from 'vitest';
import {createSummary, csvField, csvRows, fingerprintsOf, markedSentence, sentenceAround, htmlReport, type CheckedEntry, type ReportFinding} from '../src/index.js';

const letter =
  'Geachte mevrouw Bakker,\n\nOp 2 februari hebben wij uw aanvraag o.a. voor bijzondere bijstand ontvangen. Middels deze brief delen wij u mede dat uw aanvraag is toegekend conform art. 35 van de Participatiewet. Indien u vragen heeft, bel ons.\n\nMet vriendelijke groet,';

function finding(actual: string, sentence: string, extra: Partial<ReportFinding> = {}): ReportFinding {
  return {ruleId: 'moeilijk-woord', entryId: actual.toLowerCase(), line: 3, column: 1, offset: 0, length: actual.length, actual, expected: ['met'], message: `Schrijf niet '${actual}'.`, severity: 'warning', endLine: 3, endColumn: 1 + actual.length, url: 'file:///docs/rules/moeilijk-woord.md', sentence, ...extra};
}

function entry(path: string, level: 1 | 2 | 3 | 4, findings: ReportFinding[], words = 200): CheckedEntry {
  return {path, findings, readability: {fleschDouma: 60, brouwer: 60, lint: {score: level * 14, level}, verdict: {reached: level <= 2}} as unknown as CheckedEntry['readability'], stats: {words, sentences: 10, paragraphs: 3}, suppressed: 0};
}

describe('sentenceAround', () => {
  it('finds the sentence of a word in a letter, past o.a. and art., never across a blank line', () => {
    const at = letter.indexOf('Middels');
    expect(sentenceAround(letter, at, at + 7)).toBe('Middels deze brief delen wij u mede dat uw aanvraag is toegekend conform art. 35 van de Participatiewet.');
    const ontvangen = letter.indexOf('bijzondere');
    expect(sentenceAround(letter, ontvangen, ontvangen + 10)).toBe('Op 2 februari hebben wij uw aanvraag o.a. voor bijzondere bijstand ontvangen.');
    const initials = 'Met vriendelijke groet. J. de Vries, namens dhr. Jansen, schrijft u. Bel ons.';
    expect(sentenceAround(initials, initials.indexOf('namens'), initials.indexOf('namens') + 6)).toBe('J. de Vries, namens dhr. Jansen, schrijft u.');
    const aanhef = letter.indexOf('mevrouw');
    expect(sentenceAround(letter, aanhef, aanhef + 7)).toBe('Geachte mevrouw Bakker,');
  });

  it('ends a sentence before a capital with an accent, a non-breaking space or a line of its own', () => {
    const text = 'Wij hebben uw brief ontvangen.\u00a0Één ding ontbreekt nog: uw loonstrook. Über­mäßig lang is dat niet.\nÉén vraag\n\nBel ons.';
    expect(sentenceAround(text, text.indexOf('ding'), text.indexOf('ding') + 4)).toBe('Één ding ontbreekt nog: uw loonstrook.');
    expect(sentenceAround(text, text.indexOf('vraag'), text.indexOf('vraag') + 5)).toBe('Één vraag');
    expect(sentenceAround(text, text.indexOf('ontvangen'), text.indexOf('ontvangen') + 9)).toBe('Wij hebben uw brief ontvangen.');
  });

  it('stays bounded on a text without any sentence end', () => {
    const text = 'woord '.repeat(100_000);
    expect(sentenceAround(text, 300_000, 300_005).length).toBeLessThanOrEqual(805);
  });
});

describe('fingerprints', () => {
  it('do not change with offsets or lines, and differ for the same word twice in a sentence', () => {
    const sentence = 'Indien u bezwaar maakt, en indien u vragen heeft, bel ons.';
    const first = [finding('Indien', sentence), finding('indien', sentence, {line: 3, offset: 24})];
    const moved = first.map((item) => ({...item, line: item.line + 5, offset: item.offset + 300}));
    expect(fingerprintsOf('brief.docx', moved)).toEqual(fingerprintsOf('brief.docx', first));
    const [one, two] = fingerprintsOf('brief.docx', first);
    expect(one).not.toBe(two);
    // A comma more or less, or other white space, is the same sentence.
    expect(fingerprintsOf('brief.docx', [finding('Indien', 'Indien u  bezwaar maakt en indien u vragen heeft bel ons')])[0]).toBe(one);
    expect(fingerprintsOf('andere-brief.docx', first)[0]).not.toBe(one);
  });
});

describe('csv', () => {
  it('quotes every field, doubles quotes and never lets a cell start a formula', () => {
    expect(csvField('Schrijf "met"')).toBe('"Schrijf ""met"""');
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField(null)).toBe('""');
    const rows = csvRows(entry('sjablonen/brief.docx', 3, [finding('Middels', 'Middels deze brief; met een ; erin.')])).split('\r\n');
    expect(rows[0]).toBe('"sjablonen/brief.docx";"3";"regel 3";"3";"1";"waarschuwing";"moeilijk-woord";"middels";"Middels";"Schrijf niet \'Middels\'.";"met";"Middels deze brief; met een ; erin.";""');
  });
});

describe('summary for the html report', () => {
  it('keeps the findings of only the 20 worst files, worst first, and a line for every file', () => {
    const summary = createSummary(20);
    for (let number = 1; number <= 300; number++) {
      const level = ((number % 4) + 1) as 1 | 2 | 3 | 4;
      summary.add(entry(`brief-${number}.docx`, level, Array.from({length: number % 7}, () => finding('middels', `Zin ${number}.`))));
    }
    summary.add({path: 'oud.doc', error: 'Dit is een oud Word-bestand.'});
    const result = summary.result();
    expect(result.files.length).toBe(300);
    expect(result.worst.length).toBe(20);
    expect(result.worst.every((file) => file.readability.lint?.level === 4)).toBe(true);
    expect(result.totals).toMatchObject({files: 300, unreadable: 1, scored: 300, atTarget: 150, levels: {1: 75, 2: 75, 3: 75, 4: 75}});
    expect(result.hardWords).toEqual([expect.objectContaining({word: 'middels', count: 903, files: 258})]);
  });

  it('escapes letter text in the html: a template with markup cannot add elements to the report', () => {
    const html = markedSentence(finding('<b>middels</b>', 'Wij sturen u <script>alert(1)</script> <b>middels</b> deze brief.'));
    expect(html).toBe('Wij sturen u &lt;script&gt;alert(1)&lt;/script&gt; <mark>&lt;b&gt;middels&lt;/b&gt;</mark> deze brief.');
    const summary = createSummary(20);
    summary.add(entry('<img src=x onerror=alert(1)>.docx', 3, [finding('middels', 'Middels deze brief.')]));
    const page = htmlReport(summary.result(), {date: '2026-12-01T08:00:00Z', helderVersion: '0.1.0', target: 'B1'}, {styles: ''});
    expect(page).not.toContain('<img src=x');
    expect(page).not.toMatch(/<script|<link|@import|url\(http/);
  });
});
