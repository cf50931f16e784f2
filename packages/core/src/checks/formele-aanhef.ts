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
      const impersonal = /geachte\s+(?:heer|meneer)\s*(?:\/|,|of|en)\s*mevrouw|geachte\s+mevrouw\s*(?:\/|,|of|en)\s*(?:heer|meneer)|geachte\s+(?:dames\s+en\s+heren|heer\s*\/\s*mevrouw|relatie|inwoner|klant|cliënt|client|aanvrager)/i.exec(line);
      if (impersonal) {
        report({
          start: info.start + impersonal.index,
          end: info.start + impersonal.index + impersonal[0].length,
          message: 'Deze aanhef is afstandelijk. Spreek de lezer aan met naam, bijvoorbeeld "Beste meneer Jansen" of "Geachte mevrouw De Vries".',
          expected: ['Beste {{naam}}'].map((value) => matchCase(value, impersonal[0])),
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
