import type {CheckDefinition} from './context.js';
import {difficultWordCheck} from './moeilijk-woord.js';
import {offPuttingWordCheck} from './afschrikwoord.js';
import {longSentenceCheck} from './lange-zin.js';
import {longParagraphCheck} from './lange-alinea.js';
import {longWordCheck} from './lang-woord.js';
import {passiveVoiceCheck} from './lijdende-vorm.js';
import {nominalisationCheck} from './naamwoordstijl.js';
import {doubleNegationCheck} from './dubbele-ontkenning.js';
import {formalSalutationCheck} from './formele-aanhef.js';
import {mixedAddressCheck} from './u-en-je.js';
import {vagueDeadlineCheck} from './vage-termijn.js';
import {abbreviationCheck} from './afkorting.js';
import {spellingCheck} from './spelling.js';
import {rareWordCheck} from './zeldzaam-woord.js';
import {dtCheck} from './dt-fout.js';

/** Every check of Helder, in the order they run. Each has a docs page docs/rules/<id>.md. */
export const checks: CheckDefinition[] = [
  difficultWordCheck,
  offPuttingWordCheck,
  longSentenceCheck,
  longParagraphCheck,
  passiveVoiceCheck,
  nominalisationCheck,
  longWordCheck,
  formalSalutationCheck,
  mixedAddressCheck,
  doubleNegationCheck,
  vagueDeadlineCheck,
  abbreviationCheck,
  spellingCheck,
  // After spelling: a word the spelling check marks as a typo gets no tip that it is rare.
  rareWordCheck,
  dtCheck,
];

export const checkIds: readonly string[] = checks.map((item) => item.id);

const severityLabels = {off: 'Uit', info: 'Als tip', warning: 'Als waarschuwing', error: 'Als fout'} as const;
const defaultLabels = {info: 'tip', warning: 'waarschuwing', error: 'fout'} as const;

/**
 * The `helder.rules` setting of the VS Code extension, one entry per check. extension/package.json holds a copy that
 * `pnpm --filter ./packages/core gen` writes; a test fails when the copy is out of date.
 */
export function checkSettingsSchema(list: readonly CheckDefinition[] = checks): Record<string, unknown> {
  return Object.fromEntries(
    list.map((check) => [
      check.id,
      {
        type: 'string',
        enum: Object.keys(severityLabels),
        enumDescriptions: Object.values(severityLabels),
        markdownDescription: `${check.title}: ${lowerFirst(check.description)} Standaard: ${defaultLabels[check.defaultSeverity]}.`,
      },
    ]),
  );
}

/** The start of a docs page docs/rules/<id>.md for a new check; a writer fills in the parts in brackets. */
export function checkDocsSkeleton(check: CheckDefinition): string {
  const words = check.usesOrganisationWords
    ? '\nStaat een woord in de lijst met eigen woorden van uw organisatie (`words` in helder.config.json)? Dan meldt Helder het niet.\n'
    : '';
  return `# ${check.title}

Naam: \`${check.id}\` · Standaard: ${defaultLabels[check.defaultSeverity]}

## Wat vindt Helder?

${check.description}
${words}
## Waarom is dit belangrijk?

[Schrijf hier waarom dit de lezer helpt.]

## Voorbeeld

Niet zo:

\`\`\`text
[Een zin waarop Helder advies geeft.]
\`\`\`

Wel zo:

> [Dezelfde zin, zoals hij beter is.]

## Instellen

Zet de controle uit:

\`\`\`json
{"rules": {"${check.id}": "off"}}
\`\`\`

Meer keuzes staan in [Instellingen](../instellingen.md).

## Uitzetten voor één regel

Zet deze opmerking boven de regel:

\`\`\`html
<!-- helder-disable-next-line ${check.id} -->
\`\`\`

Zie ook [Advies uitzetten](../uitzetten.md).
`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
