import {curatedCheck} from './curated.js';

export const difficultWordCheck = curatedCheck('moeilijk-woord', 'Moeilijk of ambtelijk woord');
