import {describe, expect, it} from 'vitest';
import {check} from '../src/index.js';
import {createNodeLoader} from '../../node/src/loader.js';

/**
 * An editor checks the same sentences again after every key stroke, often at another place (a line typed above).
 * Checks that keep their work per sentence text must give the same advice at the new place, on the right words.
 */
const loader = createNodeLoader();
const letter = 'Uw aanvraag word binnen acht weken behandeld. Wij hebben uw contact gegevens nodig, want uw mail adres klopt niet.';

async function advice(text: string) {
  const result = await check(text, {loader});
  return result.findings
    .filter((finding) => finding.ruleId === 'dt-fout' || (finding.ruleId === 'spelling' && finding.actual.includes(' ')))
    .map((finding) => ({rule: finding.ruleId, actual: finding.actual, atText: text.slice(finding.offset, finding.offset + finding.length), expected: finding.expected[0]}));
}

describe('advice kept per sentence', () => {
  it('is the same, on the same words, after text was typed above the sentences', async () => {
    const first = await advice(letter);
    expect(first.map((item) => item.actual)).toEqual(['word', 'contact gegevens', 'mail adres']);
    for (const above of ['Beste mevrouw Jansen,\n\n', 'Onderwerp: uw aanvraag voor bijzondere bijstand\n\nBeste mevrouw Jansen,\n\n']) {
      const again = await advice(above + letter);
      expect(again).toEqual(first);
      for (const item of again) expect(item.atText).toBe(item.actual);
    }
  });
});
