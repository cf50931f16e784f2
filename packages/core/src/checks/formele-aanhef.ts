import type {CheckDefinition} from './context.js';
import {matchCase} from './context.js';

/** Formal salutation and closing: "Geachte heer/mevrouw" and "Hoogachtend" keep the reader at a distance. */
export const formalSalutationCheck: CheckDefinition = {
  id: 'formele-aanhef',
  title: 'Formele aanhef of groet',
  description: 'Een afstandelijke aanhef of groet, zoals "Geachte heer/mevrouw" of "Hoogachtend".',
  usesOrganisationWords: false,
  defaultSeverity: 'info',
  run({model, report}) {
    // The formal closings are marked in data/woordenlijsten/slotgroeten.yaml (formal: true).
    const formalClosingPattern = model.lists.formalClosing;
    for (const info of model.lines) {
      if (info.kind !== 'salutation' && info.kind !== 'closing') continue;
      const line = model.text.slice(info.start, info.end);
      const impersonal = /geachte\s{1,10}(?:heer|meneer)\s{0,10}(?:\/|,|of|en)\s{0,10}mevrouw|geachte\s{1,10}mevrouw\s{0,10}(?:\/|,|of|en)\s{0,10}(?:heer|meneer)|geachte\s{1,10}(?:dames\s{1,10}en\s{1,10}heren|heer\s{0,10}\/\s{0,10}mevrouw|relatie|inwoner|klant|cliënt|client|aanvrager)/i.exec(line);
      if (impersonal) {
        const start = info.start + impersonal.index;
        const end = start + impersonal[0].length;
        // The quick fix may only use a name field the template has: "Beste {{naam}}" in a template with
        // [aanvrager.naam] breaks the letter. A name already on the line stays; then only the words before it change.
        const nameOnLine = model.placeholders.some((range) => !range.logic && range.start >= end && range.end <= info.end);
        const field = nameOnLine ? undefined : recipientNameField(model.text, model.placeholders);
        const expected = nameOnLine ? ['Beste'] : field ? [`Beste ${field}`] : [];
        report({
          start,
          end,
          message: nameOnLine
            ? `"${impersonal[0]}" is afstandelijk. De naam staat er al: schrijf "Beste" en dan de naam.`
            : field
              ? `"${impersonal[0]}" is afstandelijk. Spreek de lezer aan met de naam: "Beste ${field}".`
              : `"${impersonal[0]}" is afstandelijk. Spreek de lezer aan met de naam, bijvoorbeeld "Beste meneer Jansen". Gebruik het veld voor de naam uit uw sjabloon.`,
          expected: expected.map((value) => matchCase(value, impersonal[0])),
          explanation:
            'Een brief aan "heer/mevrouw" voelt als een brief aan niemand. Gebruik de naam van de lezer. Dat kan met een veld uit het sjabloon, zoals {{naam}}. "Beste" is vriendelijk en toch netjes.',
        });
      }
      const formalClosing = formalClosingPattern.exec(line);
      if (formalClosing) {
        report({
          start: info.start + formalClosing.index,
          end: info.start + formalClosing.index + formalClosing[0].length,
          severity: 'warning',
          message: `"${formalClosing[0]}" is ouderwets en stijf. Schrijf "Met vriendelijke groet".`,
          expected: [matchCase('met vriendelijke groet', formalClosing[0])],
          explanation: '"Hoogachtend" gebruikt bijna niemand meer. Het klinkt streng en ver weg. "Met vriendelijke groet" is netjes en vriendelijk.',
        });
      }
    }
  },
};

// A field for the reader's name: [aanvrager.naam], {{ voornaam }}, {{ first_name }}. Not the sender's or the
// organisation's name ([sponsor_name], {{ gemeente.naam }}, [medewerker.naam]).
const nameField = /(?:^|[^a-z])(?:naam|voornaam|achternaam|volledige_?naam|name|first_?name|last_?name|full_?name)(?:[^a-z]|$)/i;
// Also the roles that sign or handle a letter: "%NAAM_PROJECTLEIDER%" is the sender's name (round r63).
const notTheReader =
  /sponsor|organi[sz]ation|organisatie|gemeente|afzender|sender|medewerker|employee|behandelaar|provider|aanbieder|fund|product|bedrijf|onderneming|company|form|formulier|projectleider|leider|contactpersoon|ondertekenaar|wethouder|burgemeester|adviseur|consulent|coach|manager|teamleider|directeur|ambtenaar/i;

export function recipientNameField(text: string, placeholders: ReadonlyArray<{start: number; end: number; logic: boolean}>): string | undefined {
  for (const range of placeholders) {
    if (range.logic) continue;
    const field = text.slice(range.start, range.end);
    if (nameField.test(field) && !notTheReader.test(field)) return field;
  }
  return undefined;
}
