import type {CheckDefinition} from './context.js';
import {forEachWord, matchCase} from './context.js';
import type {Token} from '../model.js';

const formal = new Map([['u', 'je'], ['uw', 'je'], ['uzelf', 'jezelf']]);
const informal = new Map([['je', 'u'], ['jij', 'u'], ['jou', 'u'], ['jouw', 'uw'], ['jezelf', 'uzelf']]);

/** "u" and "je" mixed in one letter. The minority form is reported, with the majority form as suggestion. */
export const mixedAddressCheck: CheckDefinition = {
  id: 'u-en-je',
  title: '"u" en "je" door elkaar',
  description: 'Een brief waarin "u" en "je" door elkaar staan.',
  usesOrganisationWords: false,
  defaultSeverity: 'warning',
  run({model, report}) {
    const formalWords: Token[] = [];
    const informalWords: Token[] = [];
    forEachWord(model, 'words', (word) => {
      if (formal.has(word.lower)) formalWords.push(word);
      else if (informal.has(word.lower)) informalWords.push(word);
    });
    if (formalWords.length === 0 || informalWords.length === 0) return;
    const useFormal = formalWords.length >= informalWords.length;
    const minority = useFormal ? informalWords : formalWords;
    const table = useFormal ? informal : formal;
    for (const word of minority) {
      report({
        start: word.start,
        end: word.end,
        message: `U schrijft "u" en "je" door elkaar. In deze brief staat vaker "${useFormal ? 'u' : 'je'}". Kies één vorm.`,
        expected: [matchCase(table.get(word.lower)!, word.text)],
        explanation:
          'Kies in een brief voor "u" of voor "je" en blijf daarbij. Wisselt u, dan lijkt het of u iemand anders bedoelt. Dat is verwarrend.',
      });
    }
  },
};
