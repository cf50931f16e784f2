import type {DocumentFinding} from '@helder/core';

/**
 * Why a comment does not sit at its own words: `part` for a header, footer or note (Word ignores comment marks
 * there, LibreOffice refuses comments in notes), `unplaced` for words Helder cannot point at (a field's result).
 */
export type Elsewhere = 'part' | 'unplaced';

/** "In de koptekst", "In koptekst 2, alinea 3", "In voetnoot 1", "In alinea 4": the place as the start of a sentence. */
export function inPlace(label: string): string {
  return /^(koptekst|voettekst|tekstvak)(,|$)/.test(label) ? `In de ${label}` : `In ${label}`;
}

/** What a comment in the copy says, in plain Dutch (checked by Helder in the tests). One string per paragraph. */
export function commentParagraphs(finding: DocumentFinding, how: {changed: boolean; elsewhere?: Elsewhere}): string[] {
  const paragraphs: string[] = [];
  if (how.elsewhere) {
    paragraphs.push(`${inPlace(finding.location.label)}: "${finding.quote}"`);
    paragraphs.push(
      how.elsewhere === 'part'
        ? 'Een opmerking kan niet in een koptekst, voettekst of noot staan. Daarom staat dit advies aan het begin van de brief.'
        : 'Helder kan deze woorden niet aanwijzen. Daarom staat dit advies aan het begin van de brief.',
    );
  }
  paragraphs.push(finding.message);
  if (finding.expected.length > 0) paragraphs.push(`Beter: ${listOf(finding.expected.map((word) => `"${word}"`))}.`);
  if (how.changed) paragraphs.push(`Helder heeft "${finding.actual}" als wijziging vervangen door "${finding.expected[0]}". Neem de wijziging aan of wijs haar af.`);
  return paragraphs;
}

function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} of ${items.at(-1)}`;
}

export const annotateReasons = {
  notSupported: 'Dit is geen bestand van Word of LibreOffice. Helder zet alleen adviezen in een kopie van een Word-bestand (.docx, .dotx, .docm, .dotm) of een LibreOffice-bestand (.odt, .ott).',
  outputInsideInput: (output: string) => `De map ${output} ligt in een map die Helder leest. Kies een map voor de kopieën buiten de bestanden die u opgeeft.`,
  outputIsInput: (output: string) => `De map ${output} is een bestand dat u opgeeft. Kies een andere map voor de kopieën.`,
  targetExists: (target: string) => `Er staat al een bestand ${target}. Helder heeft dat bestand niet gemaakt en vervangt het dus niet. Kies een lege map voor de kopieën.`,
  wouldOverwrite: 'De kopie zou het bestand zelf vervangen. Helder verandert het bestand zelf nooit. Kies een andere map voor de kopieën.',
};
