import {readFileSync} from 'node:fs';
// The hostile inputs of issue 13 for @helder/core, shared by bench/adversarial.mjs (sizes n, 2n, 4n) and
// packages/core/test/adversarial.test.ts (one run each, with a time-out that catches a hang).

/**
 * The memory budget of one check (issue 13): the heap may grow by at most this many MB per MB of text, on top of
 * the heap of loaded rules and data. Measured on 2026-12-02 a letter full of findings needs about 55 MB per MB
 * (before the parse tree was dropped: about 150). The adversarial test runs a 2 MB letter in a child process with
 * --max-old-space-size set to the budget, so going over it is an out-of-memory failure, not a timing.
 */
export const memoryBudget = {baseMb: 64, mbPerMbOfText: 100};

/** Each case: a text of about `size` units, the format, and the config. Sizes are chosen so 4n stays a few MB at most. */
export const cases = {
  'long-word': {n: 2_000, about: 'one word of n letters (spelling suggestions)', make: (n) => `Wij hebben uw ${'abdeiklmnorstuv'.repeat(Math.ceil(n / 15)).slice(0, n)} ontvangen.\n`},
  'no-spaces': {n: 250_000, about: 'a line of n letters without spaces', make: (n) => `${'abcdefghij'.repeat(n / 10)}\n`},
  'long-words': {n: 500, about: 'n random words of 45 letters (dictionary, no suggestions)', make: (n) => `Wij hebben ${Array.from({length: n}, (_, i) => randomWord(45, i)).join(' ')} ontvangen.\n`},
  'typo-words': {n: 100, about: 'n random words of 25 letters (suggestions)', make: (n) => `Wij hebben ${Array.from({length: n}, (_, i) => randomWord(25, i)).join(' ')} ontvangen.\n`},
  numeral: {n: 30, about: '"zestien" n times plus x (numeral pattern)', make: (n) => `Het gaat om ${'zestien'.repeat(n)}x euro.\n`},
  'numeral-words': {n: 2_000, about: 'n different numeral-like words of 80 letters', make: (n) => `${Array.from({length: n}, (_, i) => `${'zestien'.repeat(11)}${randomWord(3, i)}`).join(' ')}.\n`},
  'html-script': {n: 20_000, format: 'html', about: '"<script " n times, never closed', make: (n) => '<script '.repeat(n)},
  'html-comment': {n: 20_000, format: 'html', about: '"<!-- a " n times, never closed', make: (n) => '<!-- a '.repeat(n)},
  'html-tags': {n: 20_000, format: 'html', about: '"<a " n times', make: (n) => '<a '.repeat(n)},
  'md-quotes': {n: 10_000, format: 'markdown', about: 'n nested ">"', make: (n) => `${'>'.repeat(n)} Wij hebben uw brief ontvangen.\n`},
  'md-emphasis': {n: 40_000, format: 'markdown', about: '"*a" n times', make: (n) => `${'*a'.repeat(n)}\n`},
  'md-lists': {n: 750, format: 'markdown', about: 'lists nested n deep', make: (n) => Array.from({length: n}, (_, i) => `${'  '.repeat(i)}- punt ${i}`).join('\n') + '\n'},
  directives: {n: 80_000, about: '"helder-disable" n times on one line', make: (n) => `<!-- ${'helder-disable '.repeat(n)}-->\nWij hebben uw brief ontvangen.\n`},
  'disable-lines': {n: 5_000, about: 'n lines, each with a finding and a helder-disable passage', make: (n) => 'Wij sturen u middels deze brief het besluit. <!-- helder-disable lang-woord -->\n'.repeat(n)},
  passive: {n: 30_000, about: '"is " to n bytes (passive check)', make: (n) => `Het ${'is '.repeat(Math.ceil(n / 3))}gedaan.\n`},
  'cr-lines': {n: 20_000, about: 'n lines ended by CR only', make: (n) => 'Wij hebben uw brief ontvangen.\r'.repeat(n)},
  letter: {n: 300_000, about: 'the example letter repeated to n characters (many findings: memory)', make: (n) => exampleLetter().repeat(Math.ceil(n / exampleLetter().length)).slice(0, n)},
  'blank-marks': {n: 30_000, about: '"-" and a blank line n times (paragraphs without words: the parse reads around each one)', make: (n) => '-\n\n'.repeat(n)},
  'glued-stops': {n: 20_000, about: '"brief.Wij " n times (a full stop without a space: each word is split into sentences)', make: (n) => 'brief.Wij '.repeat(n) + '\n'},
  underscores: {n: 100_000, about: '"_a" n times (readability formulas)', make: (n) => `${'_a'.repeat(n)}.\n`},
  'text-tags': {n: 20_000, about: '"<p " n times in plain text, never closed (HTML tags in a text file)', make: (n) => `Wij ${'<p '.repeat(n)}sturen u een brief.\n`},
  'inline-bullets': {n: 20_000, about: '"punt • " n times on one line (a bullet inside a line ends a sentence)', make: (n) => `${'punt • '.repeat(n)}einde.\n`},
  'bracket-parts': {n: 20_000, about: '"(zorg/" n times (a part in brackets glued to a word, spelling)', make: (n) => `${'(zorg/'.repeat(n)}welzijns)instellingen helpen u.\n`},
  'law-names': {n: 5_000, about: '"artikel 1 van de Wet regels en " n times in one sentence (the name of a law read word by word)', make: (n) => `Zie ${'artikel 1, tweede lid, van de Wet regels en '.repeat(n)}verder.\n`},
  'schedule-rows': {n: 20_000, about: 'n lines that start with a time (a programme: each line is a row)', make: (n) => '19.30 uur  Welkom door de wethouder\n'.repeat(n)},
  'linking-s': {n: 20_000, about: '"invorderings kosten " n times (a modifier with its linking s written apart)', make: (n) => `Wij rekenen ${'invorderings kosten '.repeat(n)}aan u.\n`},
};

function randomWord(length, seed) {
  let state = seed * 7919 + 17;
  let word = '';
  for (let index = 0; index < length; index++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    word += 'abcdefghijklmnopqrstuvwxyz'[state % 26];
  }
  return word;
}

let example;
function exampleLetter() {
  // Read lazily, so the browser-free core test and the bench share this file without a top-level read.
  example ??= readFileSync(new URL('../examples/brief-bijzondere-bijstand.txt', import.meta.url), 'utf8');
  return example;
}
