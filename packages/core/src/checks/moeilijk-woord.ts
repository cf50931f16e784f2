import {curatedCheck} from './curated.js';

export const difficultWordCheck = curatedCheck('moeilijk-woord', 'Moeilijk of ambtelijk woord', 'Een woord dat veel lezers niet kennen, uit de lijst van Helder.');
