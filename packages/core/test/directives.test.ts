/** parseDirective reads one line as the checker reads the whole letter: editors build on it. */
import {describe, expect, it} from 'vitest';
import {buildModel, check, parseDirective} from '../src/index.js';
import {createNodeLoader} from '../../node/src/loader.js';
import {textLists} from './helpers.js';

describe('parseDirective', () => {
  it('reads the kind, the ids and where another id can go, in every comment syntax', () => {
    expect(parseDirective('<!-- helder-disable-next-line moeilijk-woord -->')).toEqual({kind: 'disable-next-line', ids: ['moeilijk-woord'], start: 5, idsEnd: 44});
    expect(parseDirective('{{! helder-disable-line middels, teneinde }}')).toMatchObject({kind: 'disable-line', ids: ['middels', 'teneinde'], idsEnd: 41});
    expect(parseDirective('{# helder-disable #}')).toMatchObject({kind: 'disable', ids: [], idsEnd: 17});
    expect(parseDirective('  // helder-enable lange-zin')).toMatchObject({kind: 'enable', ids: ['lange-zin'], idsEnd: 28});
    expect(parseDirective('helder-disable-next-line afkorting')).toMatchObject({kind: 'disable-next-line', ids: ['afkorting']});
  });

  it('ignores a sentence that only mentions a directive, as the checker does', () => {
    expect(parseDirective('Een advies staat uit met helder-disable-next-line middels.')).toBeUndefined();
    expect(parseDirective('Beste meneer Jansen,')).toBeUndefined();
  });

  it('agrees with the checker on which line is switched off and for which ids', () => {
    const lines = ['Beste mevrouw Bakker,', '<!-- helder-disable-next-line middels lange-zin -->', 'Middels deze brief laten wij u iets weten.'];
    const model = buildModel(lines.join('\n'), textLists, 'text');
    const directive = parseDirective(lines[1]!)!;
    expect(model.suppressions).toEqual([{fromLine: 3, toLine: 3, ids: new Set(directive.ids)}]);
  });
});

describe('an unknown id in a directive', () => {
  const loader = createNodeLoader();

  it('is named in a note with the nearest valid ids, and switches nothing off', async () => {
    const text = ['Beste mevrouw Bakker,', '', '<!-- helder-disable-next-line moeilijk-wrd -->', 'Middels deze brief laten wij u iets weten.', 'U krijgt het geld middels een overboeking. <!-- helder-disable-line midels -->'].join('\n');
    const result = await check(text, {loader});
    expect(result.notes).toEqual([
      'Op regel 3 noemt een helder-disable of helder-enable "moeilijk-wrd". Die naam kent Helder niet, dus daar staat niets uit. Bedoelt u "moeilijk-woord"?',
      'Op regel 5 noemt een helder-disable of helder-enable "midels". Die naam kent Helder niet, dus daar staat niets uit. Bedoelt u "middels"?',
    ]);
    expect(result.findings.filter((finding) => finding.entryId === 'middels').map((finding) => finding.line)).toEqual([4, 5]);
  });

  it('gives no note for check ids, rule ids and check/rule, and says where the names are when none is near', async () => {
    const known = await check('<!-- helder-disable-next-line moeilijk-woord, middels, lange-zin/middels -->\nMiddels deze brief laten wij u iets weten.\n', {loader});
    expect(known.notes).toEqual([]);
    expect(known.suppressed).toBe(1);
    const far = await check('<!-- helder-disable xyzzyqq -->\nWij sturen u het besluit.\n', {loader});
    expect(far.notes).toEqual(['Op regel 1 noemt een helder-disable of helder-enable "xyzzyqq". Die naam kent Helder niet, dus daar staat niets uit. Zie docs/uitzetten.md voor de namen die Helder kent.']);
  });

  it('names at most five unknown ids and counts the rest', async () => {
    const ids = Array.from({length: 8}, (_, index) => `onbekend-${'abcdefgh'[index]}${'xyz'.repeat(3)}`);
    const result = await check(`<!-- helder-disable ${ids.join(' ')} -->\nWij sturen u het besluit.\n`, {loader});
    expect(result.notes).toHaveLength(6);
    expect(result.notes.at(-1)).toBe('Er staan nog 3 andere namen in helder-disable of helder-enable die Helder niet kent.');
  });
});
