import {describe, expect, it} from 'vitest';
import {countSyllables} from '../src/index.js';
import {checkText} from './helpers.js';

/** Syllables counted by hand, by the Dutch way of splitting words (woordenlijst.org). */
const words: Record<string, number> = {
  // Letter vocabulary: long compounds
  bijstandsuitkering: 5,
  gemeentebelastingen: 7,
  huishoudelijke: 5,
  ondersteuning: 4,
  eigenkrachtconferentie: 7,
  zorgverzekering: 5,
  belastingdienst: 4,
  huurtoeslag: 3,
  kinderopvangtoeslag: 6,
  participatiewet: 6,
  aanvraagformulier: 5,
  ontvangstbevestiging: 6,
  burgemeester: 4,
  bezwaarschrift: 3,
  woonplaats: 2,
  uitkering: 3,
  jeugdzorg: 2,
  wethouder: 3,
  informatie: 4,
  // Vowel pairs are one syllable; other vowel sequences are more
  zee: 1,
  uur: 1,
  duur: 1,
  nieuw: 1,
  eeuw: 1,
  leeuw: 1,
  koeien: 2,
  draaien: 2,
  mooie: 2,
  groeien: 2,
  ieder: 2,
  politie: 3,
  situatie: 4,
  januari: 4,
  financieel: 4,
  ideaal: 3,
  radio: 3,
  duel: 2,
  reactie: 3,
  // A pair across a syllable boundary, found by the hyphenation patterns
  museum: 3,
  religieus: 4,
  // Diaeresis: a new syllable
  ruïne: 3,
  coördinator: 5,
  België: 3,
  ideeën: 3,
  reünie: 3,
  knieën: 2,
  zeeën: 2,
  geïnteresseerd: 5,
  beëindigen: 4,
  poëzie: 3,
  // Short and common words, and the edges of words
  de: 1,
  een: 1,
  brief: 1,
  idee: 2,
  geachte: 3,
  mevrouw: 2,
  gemeente: 3,
  formulier: 3,
  bijzondere: 4,
  vriendelijke: 4,
  termijn: 2,
  // Loanwords and spelling details
  'e-mail': 2,
  hockey: 2,
  quotum: 2,
  yoga: 2,
  systeem: 2,
  baby: 2,
  "zo'n": 1,
};

describe('countSyllables (Dutch hyphenation patterns and vowel nuclei)', () => {
  it(`counts ${Object.keys(words).length} Dutch words right`, () => {
    expect(Object.keys(words).length).toBeGreaterThanOrEqual(50);
    const wrong = Object.entries(words)
      .map(([word, expected]) => ({word, expected, counted: countSyllables(word)}))
      .filter((item) => item.counted !== item.expected);
    expect(wrong).toEqual([]);
  });

  it('ignores case and gives every word at least one syllable', () => {
    expect(countSyllables('Gemeentebelastingen')).toBe(7);
    expect(countSyllables("'s")).toBe(1);
    expect(countSyllables('2026')).toBe(1);
  });

  it('feeds the lang-woord check', async () => {
    const report = await checkText('U betaalt minder gemeentebelastingen dan vorig jaar.');
    const finding = report.findings.find((item) => item.ruleId === 'lang-woord');
    expect(finding?.actual).toBe('gemeentebelastingen');
    expect(finding?.message).toContain('7 lettergrepen');
  });
});
