import type {CheckDefinition} from './context.js';
import {difficultWordCheck, offPuttingWordCheck} from './curated.js';
import {longSentenceCheck, longParagraphCheck, longWordCheck} from './length.js';
import {passiveVoiceCheck} from './passive.js';
import {nominalisationCheck, doubleNegationCheck} from './style.js';
import {formalSalutationCheck, mixedAddressCheck} from './letter.js';
import {vagueDeadlineCheck} from './deadlines.js';
import {abbreviationCheck} from './abbreviations.js';
import {spellingCheck} from './spelling.js';

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
];

export const checkIds: readonly string[] = checks.map((item) => item.id);
