import {curatedCheck} from './curated.js';

export const difficultWordCheck = curatedCheck('moeilijk-woord', 'Moeilijk of ambtelijk woord', 'Een moeilijk of ambtelijk woord uit de lijst van Helder, met een gewoon woord ervoor in de plaats.');
