import {isUnreadable, placeOf, type ReportEntry} from './model.js';

/**
 * CSV for Excel with Dutch settings: `;` between fields (a Dutch Excel reads `,` as the decimal mark), UTF-8 with
 * a byte-order mark (else Excel reads it as Windows-1252 and "één" breaks), every field quoted, CRLF line ends.
 * One row per finding; a file without findings or that could not be read gets one row too, so no file goes missing.
 */
export const csvColumns = ['bestand', 'niveau', 'plaats', 'regel', 'kolom', 'soort', 'controle', 'regel-id', 'woorden', 'advies', 'suggesties', 'zin', 'vingerafdruk'] as const;

const bom = '\uFEFF';

export function csvField(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  // A cell that starts with = + - @ is run as a formula by Excel: a letter text must never do that.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

const row = (fields: (string | number | null | undefined)[]): string => `${fields.map(csvField).join(';')}\r\n`;

export const csvHeader = (): string => bom + row([...csvColumns]);

const severityWord = {error: 'fout', warning: 'waarschuwing', info: 'tip'} as const;

export function csvRows(entry: ReportEntry): string {
  if (isUnreadable(entry)) return row([entry.path, null, null, null, null, 'niet gecontroleerd', null, null, null, entry.error, null, null, null]);
  const level = entry.readability.lint?.level ?? null;
  if (entry.findings.length === 0) return row([entry.path, level, null, null, null, 'geen adviezen', null, null, null, null, null, null, null]);
  let out = '';
  for (const finding of entry.findings) {
    out += row([
      entry.path,
      level,
      placeOf(finding),
      finding.line,
      finding.column,
      severityWord[finding.severity],
      finding.ruleId,
      finding.entryId,
      finding.actual,
      finding.message,
      finding.expected.join(' | '),
      finding.sentence ?? finding.location?.quote,
      finding.fingerprint,
    ]);
  }
  return out;
}
