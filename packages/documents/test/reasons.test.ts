import {describe, expect, it} from 'vitest';
import {check} from '@helder/node';
import {placeLabel, type BlockPlace} from '@helder/core';
import {reasons} from '../src/index.js';

/** What a clerk reads when a file cannot be read must pass Helder's own check, like its other messages. */
describe("the readers' Dutch passes Helder", () => {
  const texts = [
    reasons.empty(),
    reasons.tooLarge(80 * 1024 * 1024),
    reasons.corrupt(),
    reasons.noDocument(),
    reasons.encrypted(),
    reasons.zipBomb('meer dan 256 megabyte'),
    reasons.dtd('word/document.xml'),
    reasons.xmlInvalid('word/document.xml', 3),
    reasons.oldWord(),
    reasons.wrongType('.docx', 'Het is een PDF-bestand.'),
    reasons.unknownFormat('.pdf'),
    reasons.notText(),
  ];
  it.each(texts)('%s', async (text) => {
    // The command to type is mentioned, not written as Dutch prose.
    const prose = text.replace(/libreoffice --headless[^\n]*$/, '');
    const report = await check(prose);
    expect(report.findings.filter((finding) => finding.severity !== 'info').map((finding) => `${finding.ruleId}: ${finding.actual}`)).toEqual([]);
  });

  it('the place labels', async () => {
    const places: BlockPlace[] = [
      {part: 'body', paragraph: 14},
      {part: 'body', paragraph: 3, table: {table: 2, row: 3, cell: 1}},
      {part: 'header', paragraph: 2},
      {part: 'footer', paragraph: 1},
      {part: 'footnote', paragraph: 1, partNumber: 2},
      {part: 'endnote', paragraph: 1, partNumber: 1},
      {part: 'textbox', paragraph: 1, partNumber: 2},
      {part: 'email', paragraph: 3},
      {part: 'subject', paragraph: 1},
    ];
    const report = await check(places.map((place) => `Dit staat in ${placeLabel(place)}.`).join('\n\n'));
    expect(report.findings.filter((finding) => finding.severity !== 'info').map((finding) => `${finding.ruleId}: ${finding.actual}`)).toEqual([]);
  });
});
