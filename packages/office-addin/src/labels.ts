/**
 * Every text the pane shows, in plain Dutch (B1). test/self/self-check.test.ts runs Helder over these, so a new
 * label that is hard to read fails the tests.
 */
export const labels = {
  title: 'Helder',
  intro: 'Helder kijkt of uw tekst makkelijk te lezen is. De tekst blijft op uw computer.',
  check: 'Controleer',
  checking: 'Helder leest de tekst…',
  loading: 'Helder wordt klaargezet…',
  levelHeading: 'Hoe makkelijk is de tekst?',
  level: (level: number) => `Niveau ${level} van 4`,
  noLevel: 'Er is nog te weinig tekst om het niveau te bepalen.',
  summaryHeading: 'Samenvatting',
  words: 'Woorden',
  sentences: 'Zinnen',
  sentenceLength: 'Woorden per zin',
  findingsHeading: 'Adviezen',
  noFindings: 'Helder heeft geen adviezen voor deze tekst.',
  count: (count: number) => (count === 1 ? '1 advies' : `${count} adviezen`),
  selectHint: 'Kies een advies om de woorden in de tekst te zien.',
  replace: (word: string) => `Vervang door „${word}”`,
  replaceBy: 'Vervang door:',
  ignore: 'Negeer',
  details: 'Uitleg',
  closeDetails: 'Sluit uitleg',
  notHelpful: 'Dit advies helpt niet',
  notHelpfulSaved: 'Dank u. Helder bewaart alleen de regel en de woorden op deze computer, niet de zin.',
  feedbackHeading: 'Meldingen voor het panel',
  feedbackCount: (count: number) => (count === 1 ? 'U heeft 1 keer gemeld dat een advies niet helpt.' : `U heeft ${count} keer gemeld dat een advies niet helpt.`),
  feedbackHow: 'Bewaar de meldingen als bestand en stuur het bestand naar het panel. In het bestand staan alleen de regels en de woorden van het advies. Uw tekst staat er niet in.',
  feedbackSave: 'Bewaar de meldingen als bestand',
  provenance: (role: string, date: string, decision: string) => `Deze regel is gekozen door: ${role}. Datum: ${date}. Besluit: ${decision.replace(/\.+$/, '')}.`,
  place: (place: string) => `Plaats: ${place}.`,
  replaced: (word: string) => `De woorden zijn vervangen door „${word}”.`,
  ignored: 'Het advies is verborgen voor dit document.',
  ignoredCount: (count: number) => (count === 1 ? '1 advies is verborgen.' : `${count} adviezen zijn verborgen.`),
  noSelect: 'Outlook kan geen woorden in de e-mail aanwijzen. Zoek de woorden tussen de tekens „ ” in uw e-mail.',
  failed: 'Dat lukte niet.',
  loadFailed: 'Helder kan niet starten. Sluit het venster en open Helder opnieuw. Lukt het dan nog niet? Vraag het aan de helpdesk.',
  changed: 'De tekst is veranderd sinds de controle. Klik op Controleer en probeer het opnieuw.',
  markupInWords: 'Helder kan deze woorden niet vervangen, want er zit opmaak midden in de woorden. Vervang ze zelf in de e-mail.',
  settingFailed: 'Helder kan de instelling niet bewaren in dit document.',
  noParagraph: (number: number) => `Alinea ${number} bestaat niet.`,
} as const;

const samples: {[K in keyof typeof labels]?: unknown[]} = {
  level: [3],
  count: [4],
  replace: ['met'],
  provenance: ['ervaringsdeskundigen', '2026-03-12', 'aangenomen'],
  place: ['alinea 4'],
  replaced: ['met'],
  ignoredCount: [2],
  feedbackCount: [3],
  noParagraph: [7],
};

/** Every label as the clerk reads it (functions with a realistic value), for the self-check. */
export function labelTexts(): string[] {
  return Object.entries(labels).map(([key, label]) =>
    typeof label === 'function' ? (label as (...args: unknown[]) => string)(...(samples[key as keyof typeof labels] ?? [])) : label,
  );
}
