import {curatedCheck} from './curated.js';

export const offPuttingWordCheck = curatedCheck('afschrikwoord', 'Woord dat mensen afschrikt', 'Een woord dat mensen bang maakt of afschrikt, uit de lijst van Helder.');
