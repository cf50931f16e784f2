import {describe, expect, it} from 'vitest';
import {readFileSync, readdirSync} from 'node:fs';
import {checkText} from './helpers.js';
import {messageFor} from '../src/checks/curated.js';

/** Issue 14: readability tips name two words a reader links, with the line; no sentence numbers; no canned tips. */
const fixtures = new URL('./fixtures/readability/', import.meta.url);
const corpus = new URL('../../../../shared/corpus/letters/', import.meta.url);
const letters = [
  ...readdirSync(fixtures).map((name) => readFileSync(new URL(name, fixtures), 'utf8')),
  // The corpus files start with a line of metadata and a blank line.
  ...readdirSync(corpus).map((name) => readFileSync(new URL(name, corpus), 'utf8').split('\n').slice(2).join('\n')),
];

describe('readability tips', () => {
  it('name the line and two different words, never a number or "de", and no sentence numbers', async () => {
    let pairs = 0;
    for (const text of letters) {
      const verdict = (await checkText(text)).readability?.verdict;
      for (const reason of verdict?.reasons ?? []) {
        expect(reason.text, reason.text).not.toMatch(/\b[Zz]in \d/);
        if (reason.kind !== 'dependencyLength') continue;
        pairs++;
        const [, line, first, second] = /^In de zin op regel (\d+) \("[^"]+"\) staan "([^"]+)" en "([^"]+)" ver uit elkaar/.exec(reason.text)!;
        expect(first!.toLowerCase()).not.toBe(second!.toLowerCase());
        for (const word of [first!, second!]) {
          expect(word).toMatch(/^\p{L}[\p{L}'-]*$/u);
          expect(['de', 'het', 'een', 'van', 'en', 'op']).not.toContain(word.toLowerCase());
        }
        const lineText = text.split('\n')[Number(line) - 1]!;
        expect(lineText).toContain(first);
        expect(lineText).toContain(second);
      }
    }
    expect(pairs).toBeGreaterThanOrEqual(2);
  });

  it('the abstract-words tip names abstract words of the letter and says what to do', async () => {
    const text = readFileSync(new URL('level-3.txt', fixtures), 'utf8');
    const reason = (await checkText(text)).readability!.verdict!.reasons.find((item) => item.kind === 'concreteNouns')!;
    expect(reason.text).toMatch(/^Woorden als ".+" zijn abstract: de lezer kan ze niet zien of pakken\. Maak ze concreet, met een voorbeeld, een bedrag of een datum\.$/);
    const named = [...reason.text.matchAll(/"([^"]+)"/g)].map((match) => match[1]!);
    expect(named.length).toBeGreaterThanOrEqual(2);
    for (const word of named) expect(text.toLowerCase()).toContain(word);
  });

  it('long sentences are named by line and opening words', async () => {
    const text = readFileSync(new URL('level-4.txt', fixtures), 'utf8');
    const reason = (await checkText(text)).readability!.verdict!.reasons.find((item) => item.kind === 'longSentences')!;
    expect(reason.text).toMatch(/^\d+ zinnen zijn langer dan 20 woorden(?:, zoals de zinnen|: de zinnen) op regel \d+ \("[^"]+"/);
    for (const [, opening] of reason.text.matchAll(/"([^"]+?)(?: \.\.\.)?"/g)) expect(text).toContain(opening);
  });

  it('two long sentences on one line share the line number, instead of "op regel 17 (...) en op regel 17 (...)"', async () => {
    const text = [
      'Beste mevrouw Jansen,',
      '',
      'Indien u het niet eens bent met deze beschikking, kunt u binnen zes weken na de dagtekening van deze brief een bezwaarschrift indienen bij het college. In het bezwaarschrift dient u duidelijk aan te geven waarom u het niet eens bent met het besluit dat wij hebben genomen.',
      '',
      'Met vriendelijke groet,',
    ].join('\n');
    const reason = (await checkText(text)).readability!.verdict!.reasons.find((item) => item.kind === 'longSentences')!;
    expect(reason.text).toMatch(/^2 zinnen zijn langer dan 20 woorden: de zinnen op regel 3 \("Indien u het niet \.\.\." en "In het bezwaarschrift dient \.\.\."\)\. Maak er kortere zinnen van\.$/);
  });

  it('a text of 20 words gets a level but no share of readers', async () => {
    const text = 'Uw aanvraag voor een parkeervergunning is goedgekeurd. U krijgt de vergunning binnen vijf werkdagen per post thuisgestuurd.';
    const readability = (await checkText(text)).readability!;
    expect(readability.words).toBeLessThan(40);
    expect(readability.readersWhoFindItHard).toBeNull();
    const level = readability.verdict!.reasons.find((reason) => reason.kind === 'level')!;
    expect(level.text).toMatch(/^Niveau \d van 4\. De tekst heeft maar \d+ woorden: dan is het niveau een ruwe schatting\.$/);
    // A letter of normal length keeps its share.
    expect((await checkText(readFileSync(new URL('level-2.txt', fixtures), 'utf8'))).readability!.readersWhoFindItHard).toBe(29);
  });
});

describe('messages name the marked words', () => {
  it('a curated reason without the marked word gets it in front; one that names it stays as it is', async () => {
    const findings = (await checkText('U kunt middels dit formulier bezwaar maken.')).findings.filter((finding) => finding.ruleId === 'moeilijk-woord');
    expect(findings.map((finding) => finding.message)).toEqual(['U schrijft "middels". Schrijf met of via.']);
    expect(messageFor("Schrijf 'hieronder' in plaats van 'onderstaande'.", ['onderstaande'], 'onderstaande')).toBe("Schrijf 'hieronder' in plaats van 'onderstaande'.");
    expect(messageFor("Schrijf 'hieronder' in plaats van 'onderstaande'.", ['ondervermelde'], 'ondervermelde')).toBe('U schrijft "ondervermelde". Schrijf \'hieronder\' in plaats van \'onderstaande\'.');
    // A match with a gap names its words, not the words in between.
    expect(messageFor('Schrijf laten weten.', ['maakt', 'kenbaar'])).toBe('U schrijft "maakt ... kenbaar". Schrijf laten weten.');
  });

  it('a long sentence and a long paragraph are named by their first words', async () => {
    const sentence = 'Wij hebben uw aanvraag voor bijzondere bijstand voor de kosten van uw nieuwe bril en de lenzen op 3 maart 2026 ontvangen, samen met de nota.';
    const [finding] = (await checkText(sentence)).findings.filter((item) => item.ruleId === 'lange-zin');
    expect(finding!.message).toBe('De zin "Wij hebben uw aanvraag ..." heeft 24 woorden. Dat is te lang. Maak er twee of meer zinnen van, met 20 woorden of minder.');
  });
});
