import type {Sentence} from '../model.js';
import type {RuleMatch} from './engine.js';
import {splitForm, type RuleContext} from './schema.js';

/**
 * The first context of the rule that fits the match: its form, the word right before it (`after`) or right after
 * it (`before`). A word across punctuation is no neighbour: "Uw brief, verzoek ..." has no word before "verzoek".
 */
export function contextOf(match: RuleMatch, sentence: Sentence): RuleContext | undefined {
  const contexts = match.entry.contexts;
  if (!contexts) return undefined;
  const first = match.words[0]!;
  const last = match.words.at(-1)!;
  const previous = first.punctBefore === '' ? sentence.words[first.index - 1] : undefined;
  const nextWord = sentence.words[last.index + 1];
  const next = nextWord && nextWord.punctBefore === '' ? nextWord : undefined;
  const form = splitForm(match.form).join(' ');
  return contexts.find(
    (context) =>
      (!context.forms || context.forms.includes(form)) &&
      (!context.after || (previous !== undefined && context.after.includes(previous.lower))) &&
      (!context.before || (next !== undefined && context.before.includes(next.lower))),
  );
}
