/** The text report renders the core's readability result as it is: level, readers' share, verdict and reasons. */
import {readFileSync} from 'node:fs';
import {check} from '@helder/node';
import {describe, expect, it} from 'vitest';
import {formatTextReport} from '@helder/reports';

const fixture = (name: string) => readFileSync(new URL(`../../core/test/fixtures/readability/${name}`, import.meta.url), 'utf8');

async function report(text: string) {
  const result = await check(text);
  return {result, output: formatTextReport([{path: 'brief.txt', text, result}], {color: false, failOn: 'warning'})};
}

describe('text report: readability summary', () => {
  it('gives the level, the share of readers and the reasons of a letter that misses B1', async () => {
    const {result, output} = await report(fixture('level-3.txt'));
    const readability = result.readability!;
    const verdict = readability.verdict!;
    expect(verdict.reached).toBe(false);
    expect(output).toContain(
      `Leesbaarheid: niveau ${readability.lint!.level} van 4 (LiNT ${readability.lint!.score.toFixed(0)}). Ongeveer ${readability.readersWhoFindItHard}% van de volwassenen vindt zo'n tekst moeilijk. ${verdict.summary}`,
    );
    const listed = output.split('\n').filter((line) => line.startsWith('    - ')).map((line) => line.slice(6));
    // Every reason except the level and the target (already on the line above), in the core's order.
    expect(listed).toEqual(verdict.reasons.filter((reason) => reason.kind !== 'level' && reason.kind !== 'target').map((reason) => reason.text));
    expect(listed.length).toBeGreaterThan(0);
    expect(output).toContain(`Flesch-Douma ${readability.fleschDouma.toFixed(0)}, Brouwer ${readability.brouwer.toFixed(0)}, ${result.stats.words} woorden`);
  });

  it('lists no reasons for a letter that meets B1', async () => {
    const {result, output} = await report(fixture('level-2.txt'));
    expect(result.readability!.verdict!.reached).toBe(true);
    expect(output).toContain(`vindt zo'n tekst moeilijk. ${result.readability!.verdict!.summary}`);
    expect(output.split('\n').some((line) => line.startsWith('    - '))).toBe(false);
  });
});
