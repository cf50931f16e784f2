import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {readFileSync, readdirSync} from 'node:fs';
import type {Paragraph} from 'nlcst';
import {compact, parseDutch, parseDutchParagraphs, type ParsedParagraph} from '../src/letter/parse.js';
import {buildModel} from '../src/model.js';
import {noTextLists} from '../src/letter/text-lists.js';

// The model parses a text piece by piece between blank lines and remembers each piece. That must give exactly the
// paragraphs, sentences and tokens of one parse of the whole text, or findings would move when a letter is edited.

const absolute = (paragraph: ParsedParagraph, base: number) => ({
  start: paragraph.start + base,
  end: paragraph.end + base,
  sentences: paragraph.sentences.map((sentence) => ({start: sentence.start + base, nodes: [...sentence.nodes].map((value, index) => (index % 3 === 0 ? value : value + base))})),
});

function byPieces(text: string) {
  const found: ReturnType<typeof absolute>[] = [];
  parseDutchParagraphs(text, (paragraph, base) => found.push(absolute(paragraph, base)));
  return found;
}

function whole(text: string) {
  return parseDutch(text)
    .children.filter((child): child is Paragraph => child.type === 'ParagraphNode')
    .map((paragraph) => absolute(compact(paragraph), 0));
}

const corpus = new URL('../../../../shared/corpus/letters/', import.meta.url);
const letters = readdirSync(corpus).filter((name) => name.endsWith('.txt'));

describe('parsing paragraph by paragraph', () => {
  it('gives the parse of the whole text for every letter of the corpus', () => {
    expect(letters.length).toBeGreaterThan(20);
    for (const name of letters) {
      const text = readFileSync(new URL(name, corpus), 'utf8');
      expect(byPieces(text), name).toEqual(whole(text));
    }
  });

  it('gives the parse of the whole text for edge cases at blank lines', () => {
    const cases = [
      'Beste meneer Jansen,\n\nwij hebben uw aanvraag ontvangen.\n\n\nMet vriendelijke groet,\r\n\r\nGemeente Utrecht',
      'Einde van de zin.\n  \n  kleine letter aan het begin.\n\t\n2. Een punt in een lijst\n\n- streepje\n\n---\n\n',
      '\n\n\nTekst na lege regels.\r\rMac-regels.\n \n',
      'U krijgt € 1.250,00.\n\n(zie bijlage)\n\n...\n\nOp 3 maart.',
    ];
    for (const text of cases) expect(byPieces(text), JSON.stringify(text)).toEqual(whole(text));
  });

  it('gives the parse of the whole text for any mix of words, marks and line breaks', () => {
    const part = fc.constantFrom('Wij', 'besluiten', 'kleine', 'U', 'krijgt', '€ 12,50', '3,5', '1.', 'dhr.', 'o.a.', '.', ',', '!', '?', '...', '-', '•', '(', ')', '"', ' ', '  ', '\t', '\n', '\n\n', '\r\n\r\n', '\n \n', '\r', '{{naam}}', 'klein', '12', ';', ':', ')', '\n- ', 'bijv.', '«', '»', '…');
    fc.assert(
      fc.property(fc.array(part, {maxLength: 60}), (parts) => {
        const text = parts.join(' ').replace(/ {3,}/g, '  ');
        expect(byPieces(text)).toEqual(whole(text));
      }),
      {numRuns: 1500},
    );
  });

  it('keeps the same model when a paragraph was parsed before (remembered) and when it was not', () => {
    const letter = readFileSync(new URL(letters[0]!, corpus), 'utf8');
    const first = buildModel(`${letter}\n\nEen nieuwe alinea van vandaag ${Date.now()}.`, noTextLists);
    const again = buildModel(`${letter}\n\nEen nieuwe alinea van vandaag ${Date.now()}.`, noTextLists);
    const strip = (model: typeof first) => model.sentences.map((sentence) => ({...sentence, words: sentence.words.map((word) => ({...word}))}));
    expect(strip(again).slice(0, -1)).toEqual(strip(first).slice(0, -1));
    expect(again.paragraphs.map((paragraph) => [paragraph.start, paragraph.end])).toEqual(first.paragraphs.map((paragraph) => [paragraph.start, paragraph.end]));
  });
});
