import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {check} from '../src/index.js';
import {createNodeLoader} from '../../node/src/loader.js';
// The same inputs as bench/adversarial.mjs, which measures them at three sizes.
import {cases, memoryBudget} from '../../../bench/adversarial-cases.mjs';

const loader = createNodeLoader();

/**
 * Each hostile input of issue 13 once, at its benchmark size (a quarter for the slow Markdown parser). With the
 * linear code each takes well under a second here; the old code took from 8 s to hours, so the time-out of this
 * test (not a timing assertion) catches a regression. Every finding must still point at exactly its text.
 */
describe('hostile input finishes and keeps exact offsets', () => {
  for (const [name, spec] of Object.entries(cases) as Array<[string, {n: number; format?: 'text' | 'markdown' | 'html'; make: (n: number) => string}]>) {
    it(name, async () => {
      const text = spec.make(spec.n);
      const result = await check(text, {loader, format: spec.format ?? 'text'});
      for (const finding of result.findings) {
        expect(finding.offset + finding.length).toBeLessThanOrEqual(text.length);
        expect(text.slice(finding.offset, finding.offset + finding.length)).toBe(finding.actual);
      }
      expect(result.stats.words).toBeGreaterThanOrEqual(0);
    }, 20_000);
  }

  it('a 250,000-letter line is reported as too long for a word, without quoting it', async () => {
    const text = `Wij hebben uw ${'abcdefghij'.repeat(25_000)} ontvangen.\n`;
    const result = await check(text, {loader});
    const spelling = result.findings.filter((finding) => finding.ruleId === 'spelling');
    // The parser cuts a text into chunks, so the "word" arrives in pieces; together they cover it exactly.
    expect(spelling[0]!.offset).toBe(14);
    expect(spelling.reduce((sum, finding) => sum + finding.length, 0)).toBe(250_000);
    for (const finding of spelling) expect(finding.message).toBe(`Dit woord van ${finding.length} tekens staat niet in het woordenboek. Kijk of het goed geschreven is.`);
  }, 20_000);

  it('a wrong 60-letter compound gets a quick answer without suggestions, a wrong short word still gets one', async () => {
    const compound = 'arbeidsongeschiktheidsverzekeringsmaatschappijbeleidsoverlg';
    const result = await check(`Wij sturen uw bezwaarschirft naar de ${compound}.`, {loader});
    const spelling = result.findings.filter((finding) => finding.ruleId === 'spelling');
    expect(spelling.map((finding) => [finding.actual, finding.expected])).toEqual([
      ['bezwaarschirft', ['bezwaarschrift']],
      [compound, []],
    ]);
  }, 20_000);

  it('a text full of made-up words gets suggestions for the first ones only; every wrong word is still reported', async () => {
    const madeUp = (cases as unknown as Record<string, {make: (n: number) => string}>)['typo-words']!.make(30);
    const alone = await check('Uw uitkerig gaat in.', {loader});
    expect(alone.findings.find((finding) => finding.actual === 'uitkerig')?.expected[0]).toBe('uitkering');
    const result = await check(`Wij hebben uw bezwaarschirft ontvangen. ${madeUp} Wij sturen uw bezwaarschirft terug. Uw uitkerig gaat in.`, {loader});
    const spelling = result.findings.filter((finding) => finding.ruleId === 'spelling');
    expect(spelling).toHaveLength(33);
    expect(spelling[0]!.expected).toEqual(['bezwaarschrift']);
    // A word guessed before keeps its guess; a new word after 30 made-up words of 25 letters gets none.
    expect(spelling.at(-2)!.expected).toEqual(['bezwaarschrift']);
    expect(spelling.at(-1)!.actual).toBe('uitkerig');
    expect(spelling.at(-1)!.expected).toEqual([]);
    expect(spelling.at(-1)!.message).toBe('"uitkerig" staat niet in het woordenboek. Kijk of het goed geschreven is.');
  }, 20_000);

  it('Markdown quotes nested 90 deep are read as Markdown; 10,000 deep as plain text, not a stack overflow', async () => {
    for (const [depth, notes] of [
      [90, 0],
      [10_000, 1],
    ] as const) {
      const text = `${'>'.repeat(depth)} Wij hebben uw brief middels de post ontvangen.\n`;
      const result = await check(text, {loader, format: 'markdown'});
      expect(result.findings.map((finding) => finding.actual)).toContain('middels');
      expect(result.notes).toHaveLength(notes);
    }
  }, 20_000);

  it('Markdown nested too deep is checked as plain text, with a note that says so', async () => {
    const text = `${Array.from({length: 60}, (_, i) => `${'  '.repeat(i)}- punt ${i}`).join('\n')}\n\nWij sturen u middels deze brief het besluit.\n`;
    const result = await check(text, {loader, format: 'markdown'});
    expect(result.notes).toEqual(['Deze Markdown is te lang, te diep genest of heeft te veel * en _ in één alinea. Helder heeft de tekst daarom als gewone tekst gecontroleerd.']);
    const hit = result.findings.find((finding) => finding.actual === 'middels');
    expect(hit && text.slice(hit.offset, hit.offset + 7)).toBe('middels');
    // A letter with ordinary Markdown is parsed as Markdown: no note.
    const normal = await check('# Uw aanvraag\n\n- **Wij** hebben uw brief _middels_ de post ontvangen.\n', {loader, format: 'markdown'});
    expect(normal.notes).toEqual([]);
    expect(normal.findings.map((finding) => finding.actual)).toContain('middels');
  }, 20_000);
});

/**
 * The memory budget (bench/adversarial-cases.mjs): a 2 MB letter with some 50,000 findings is checked by the built
 * core in a child process whose heap is capped at the budget. Going over it by a wide margin is an out-of-memory
 * crash there (exit code not 0), whatever the speed of the machine. Before the parse tree was dropped, the letter
 * needed about 300 MB of heap; the budget gives it 264 MB, the code now uses about half of that.
 */
describe('memory budget per MB of text', () => {
  it('a 2 MB letter full of findings is checked within the budget', () => {
    const chars = 2_000_000;
    const heapMb = memoryBudget.baseMb + memoryBudget.mbPerMbOfText * (chars / 1_000_000);
    const bench = fileURLToPath(new URL('../../../bench/adversarial.mjs', import.meta.url));
    const child = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, bench, '--run', 'letter', '--size', String(chars)], {encoding: 'utf8', timeout: 110_000});
    expect(child.error).toBeUndefined();
    expect(child.stderr).not.toMatch(/heap out of memory/);
    expect(child.status).toBe(0);
    const run = JSON.parse(child.stdout.trim().split('\n').pop()!) as {chars: number; findings: number};
    expect(run.chars).toBe(chars);
    expect(run.findings).toBeGreaterThan(40_000);
  }, 120_000);
});
