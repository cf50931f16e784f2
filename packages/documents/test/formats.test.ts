import {describe, expect, it} from 'vitest';
import {placeLabel} from '@helder/core';
import {readDocument, formatOf} from '../src/index.js';
import {checkOf, expectExactOffsets} from './helpers.js';

const bytes = (text: string, encoding: BufferEncoding = 'utf8') => new Uint8Array(Buffer.from(text, encoding));

describe('formatOf', () => {
  it('knows each kind of file by its extension', () => {
    expect(['brief.docx', 'sjabloon.DOTX', 'macro.docm', 'brief.odt', 'sjabloon.ott', 'mail.html', 'oud.htm', 'bericht.eml', 'tekst.md', 'brief.txt', 'oud.doc', 'scan.pdf'].map(formatOf)).toEqual([
      'word', 'word', 'word', 'opendocument', 'opendocument', 'html', 'html', 'email', 'markdown', 'text', 'old-word', undefined,
    ]);
  });
});

describe('HTML', () => {
  const html = `<!doctype html><html><head><title>Brief middels titel</title><style>p{color:red}</style></head><body>
<h1>Uw aanvraag</h1>
<p>Beste {{voornaam}},</p>
<p>Wij hebben uw aanvraag reeds
ontvangen. Wij sturen u middels deze brief ons besluit.</p>
<table><tr><th>Wat</th><th>Bedrag</th></tr><tr><td>Bijstand, indien nodig</td><td>&euro; 250</td></tr></table>
<script>var middels = 1;</script>
</body></html>`;

  it('makes a block of each block element and skips head, style and script', async () => {
    const document = await readDocument(bytes(html), 'brief.html');
    expect(document.blocks.map((block) => [placeLabel(block.place), block.text])).toEqual([
      ['alinea 1', 'Uw aanvraag'],
      ['alinea 2', 'Beste {{voornaam}},'],
      ['alinea 3', 'Wij hebben uw aanvraag reeds ontvangen. Wij sturen u middels deze brief ons besluit.'],
      ['tabel 1, rij 1, cel 1', 'Wat'],
      ['tabel 1, rij 1, cel 2', 'Bedrag'],
      ['tabel 1, rij 2, cel 1', 'Bijstand, indien nodig'],
      ['tabel 1, rij 2, cel 2', '€ 250'],
    ]);
  });

  it('maps each finding back to the exact characters of the HTML source', async () => {
    const document = await readDocument(bytes(html), 'brief.html');
    const result = await checkOf(document);
    expectExactOffsets(document, result.findings);
    const hard = result.findings.filter((finding) => finding.ruleId === 'moeilijk-woord');
    expect(hard.map((finding) => [finding.actual, finding.location.label])).toEqual([
      ['reeds', 'alinea 3'],
      ['middels', 'alinea 3'],
      ['indien', 'tabel 1, rij 2, cel 1'],
    ]);
    for (const finding of hard) {
      const block = document.blocks[finding.location.block]!;
      const segment = block.source!.segments.find((item) => item.start <= finding.location.start && item.end >= finding.location.end)!;
      const sourceOffset = Number(segment.node.slice('html@'.length)) + segment.offset + finding.location.start - segment.start;
      expect(html.slice(sourceOffset, sourceOffset + finding.length)).toBe(finding.actual);
    }
  });
});

describe('e-mail', () => {
  const headers = 'From: Gemeente Zwolle <info@zwolle.nl>\r\nTo: a@example.nl\r\nSubject: =?utf-8?Q?Uw_aanvraag_is_reeds_ontvangen?=\r\nMIME-Version: 1.0\r\n';
  it('reads the subject and a quoted-printable plain body', async () => {
    const mail = `${headers}Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nBeste mevrouw De Vries,\r\n\r\nWij hebben uw aanvraag ontvangen. Wij sturen u middels deze e-mail het besl=\r\nuit. Het bedrag is =E2=82=AC 250.\r\n\r\nMet vriendelijke groet,\r\nGemeente Zwolle\r\n`;
    const document = await readDocument(bytes(mail), 'bericht.eml');
    expect(document.blocks.map((block) => [placeLabel(block.place), block.text])).toEqual([
      ['onderwerp', 'Uw aanvraag is reeds ontvangen'],
      ['e-mail', 'Beste mevrouw De Vries,'],
      ['e-mail, alinea 2', 'Wij hebben uw aanvraag ontvangen. Wij sturen u middels deze e-mail het besluit. Het bedrag is € 250.'],
      ['e-mail, alinea 3', 'Met vriendelijke groet,\nGemeente Zwolle'],
    ]);
    const result = await checkOf(document);
    expectExactOffsets(document, result.findings);
    // The subject is a short line before the salutation: the core reads it as the letter's frame, like a letterhead.
    expect(result.findings.filter((finding) => finding.ruleId === 'moeilijk-woord').map((finding) => [finding.actual, finding.location.label])).toEqual([
      ['middels', 'e-mail, alinea 2'],
    ]);
  });

  it('reads a base64 HTML body when there is no plain one', async () => {
    const body = Buffer.from('<p>Beste meneer Jansen,</p><p>Wij hebben uw bezwaar reeds ontvangen.</p>', 'utf8').toString('base64');
    const mail = `${headers}Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${body}\r\n`;
    const document = await readDocument(bytes(mail), 'bericht.eml');
    expect(document.blocks.map((block) => [placeLabel(block.place), block.text])).toEqual([
      ['onderwerp', 'Uw aanvraag is reeds ontvangen'],
      ['e-mail', 'Beste meneer Jansen,'],
      ['e-mail, alinea 2', 'Wij hebben uw bezwaar reeds ontvangen.'],
    ]);
  });
});

describe('Markdown and plain text', () => {
  it('reads a whole file as one block, parsed as the core parses it from disk', async () => {
    const markdown = '# Uw aanvraag\n\nWij hebben uw aanvraag **reeds** ontvangen.\n\n- Indien u vragen heeft, bel ons.\n';
    const document = await readDocument(bytes(markdown), 'brief.md');
    expect(document.textFormat).toBe('markdown');
    expect(document.blocks).toHaveLength(1);
    const result = await checkOf(document);
    expectExactOffsets(document, result.findings);
    expect(result.findings.filter((finding) => finding.ruleId === 'moeilijk-woord').map((finding) => [finding.actual, finding.location.label])).toEqual([
      ['reeds', 'regel 3'],
      ['Indien', 'regel 5'],
    ]);
  });

  it('reads Windows-1252 text and says so', async () => {
    const document = await readDocument(bytes('Wij hebben uw aanvraag reeds ontvangen. Het bedrag is € 250.', 'latin1').map((byte) => (byte === 0xac ? 0x80 : byte)), 'brief.txt');
    expect(document.blocks[0]!.text).toContain('reeds');
    expect(document.notices.join(' ')).toContain('Windows-1252');
  });
});
