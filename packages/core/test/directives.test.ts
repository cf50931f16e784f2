/** parseDirective reads one line as the checker reads the whole letter: editors build on it. */
import {describe, expect, it} from 'vitest';
import {buildModel, parseDirective} from '../src/index.js';
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
