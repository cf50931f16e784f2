import {curatedCheck} from './curated.js';

export const offPuttingWordCheck = curatedCheck('afschrikwoord', 'Woord dat mensen afschrikt');
