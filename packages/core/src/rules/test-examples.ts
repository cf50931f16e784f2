import {buildModel} from '../model.js';
import type {TextLists} from '../letter/text-lists.js';
import type {RuleEngine} from './engine.js';
import type {RuleEntry} from './schema.js';
import {contextOf} from './contexts.js';

export interface RuleTestFailure {
  entry: RuleEntry;
  kind: 'hit' | 'miss';
  example: string;
  /** What went wrong, in plain Dutch for the curators. */
  message: string;
}

/**
 * Every example of every rule: a "hit" sentence must trigger the rule, a "miss" sentence must not. Runs the
 * real engine over the real parse, so an example that passes here behaves the same way in a letter.
 * @param lists `resources.textLists` or readTextLists(loader): the example is read as a letter is ("etc." keeps its period).
 */
export function testRules(entries: RuleEntry[], engine: RuleEngine, lists: TextLists): RuleTestFailure[] {
  const failures: RuleTestFailure[] = [];
  for (const entry of entries) {
    if (entry.status === 'vervallen') continue;
    for (const [kind, examples] of [['hit', entry.examples.hit], ['miss', entry.examples.miss]] as const) {
      for (const example of examples) {
        const model = buildModel(example, lists);
        // A context with `skip: true` is an innocent use: the checker gives no advice there, so it is no hit.
        const hits = model.sentences.flatMap((sentence) => engine.match(sentence).filter((match) => match.entry.id === entry.id && !contextOf(match, sentence, model.sentences)?.skip));
        if (kind === 'hit' && hits.length === 0)
          failures.push({entry, kind, example, message: `De regel vindt niets in dit voorbeeld. Staat een van deze vormen in de zin: ${entry.forms.map((form) => `"${form}"`).join(', ')}?`});
        if (kind === 'miss' && hits.length > 0)
          failures.push({entry, kind, example, message: `De regel vindt "${example.slice(hits[0]!.start, hits[0]!.end)}" in dit voorbeeld. Dat mag niet. Maak de vorm preciezer, of zet de woorden bij de uitzonderingen.`});
      }
    }
  }
  return failures;
}
