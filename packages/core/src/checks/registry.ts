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
