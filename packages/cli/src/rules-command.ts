import {resolve} from 'node:path';
import {collectRules, compileRules, readRuleTexts, readTextLists, testRules, splitForm, ruleStatuses, type RuleEntry, type RuleFileError} from '@helder/core';
import {createNodeLoader, describeRuleFile, type NodeLoaderOptions} from '@helder/node';
import type {RulesArgs} from './args.js';
import type {Io} from './check-command.js';

interface Problem {
  place: string;
  message: string;
}

async function readAll(options: NodeLoaderOptions): Promise<{entries: RuleEntry[]; errors: RuleFileError[]}> {
  // A rule file that cannot be read is one problem in the list, not the end of the lint.
  const read = await readRuleTexts(createNodeLoader({...options, noCache: true}));
  const collected = collectRules(read.names.map((name, index) => ({name, text: read.texts[index]!})));
  return {entries: collected.entries, errors: [...read.errors, ...collected.errors]};
}

/** `helder rules test|lint|list`: for the curators and for CI. Exit 1 when a rule file has a problem. */
export async function runRules(args: RulesArgs, io: Io): Promise<number> {
  const options: NodeLoaderOptions = args.rulesDir ? {extraRuleDirs: [resolve(io.cwd, args.rulesDir)]} : {};
  const {entries, errors} = await readAll(options);
  const place = (file: string, line: number, column = 1) => `${describeRuleFile(file, options)}:${line}:${column}`;
  // A folder that cannot be read ("rules/extra-1/") is named as a folder, without a line, column or field.
  const problems: Problem[] = errors.map((error) =>
    error.file.endsWith('/') ? {place: `map ${describeRuleFile(error.file, options)}`, message: error.message} : {place: place(error.file, error.line, error.column), message: `${error.field}: ${error.message}`},
  );

  if (args.action === 'list') {
    if (args.format === 'json') io.stdout(`${JSON.stringify(entries.map(({file, ...entry}) => ({...entry, file: describeRuleFile(file, options)})), null, 2)}\n`);
    else for (const entry of entries) io.stdout(`${entry.id.padEnd(32)} ${entry.check.padEnd(15)} ${entry.status.padEnd(11)} ${entry.forms.join(', ')}\n`);
    return problems.length > 0 ? 1 : 0;
  }
  if (args.action === 'lint') problems.push(...lintEntries(entries, place));
  let tested = 0;
  if (args.action === 'test') {
    const live = entries.filter((entry) => entry.status !== 'vervallen');
    const engine = compileRules(live);
    tested = live.reduce((sum, entry) => sum + entry.examples.hit.length + entry.examples.miss.length, 0);
    // The examples are read as a letter is: abbreviations such as "etc." keep their period.
    for (const failure of testRules(live, engine, await readTextLists(createNodeLoader({...options, noCache: true})))) {
      const which = failure.kind === 'hit' ? 'een voorbeeld waar de regel iets in moet vinden' : 'een voorbeeld waar de regel niets in mag vinden';
      problems.push({place: place(failure.entry.file, failure.entry.line), message: `${failure.entry.id}, ${which}: "${failure.example}". ${failure.message}`});
    }
  }
  if (args.format === 'json') io.stdout(`${JSON.stringify({rules: entries.length, examples: tested, problems}, null, 2)}\n`);
  else {
    for (const problem of problems) io.stdout(`${problem.place}  ${problem.message}\n`);
    const byStatus = (status: string) => entries.filter((entry) => entry.status === status).length;
    const counts = ruleStatuses.map((status) => [status, byStatus(status)] as const).filter(([, count]) => count > 0);
    const summary = `${entries.length} regels (${counts.map(([status, count]) => `${count} ${status}`).join(', ')})`;
    const what = args.action === 'test' ? `${tested} voorbeelden getest` : 'regelbestanden gecontroleerd';
    io.stdout(problems.length === 0 ? `✔ ${summary}, ${what}: geen problemen.\n` : `✖ ${summary}, ${what}: ${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'}.\n`);
  }
  return problems.length > 0 ? 1 : 0;
}

/** Checks beyond the schema: things a curator would want to hear about before the panel meets. */
function lintEntries(entries: RuleEntry[], place: (file: string, line: number) => string): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    const forms = new Set(entry.forms.map((form) => splitForm(form).join(' ')));
    for (const alternative of entry.alternatives) {
      if (forms.has(splitForm(alternative).join(' '))) problems.push({place: place(entry.file, entry.line), message: `${entry.id}: het alternatief "${alternative}" is ook een vorm van de regel.`});
    }
    if (entry.alternatives.length === 0 && entry.explanation.length < 40)
      problems.push({place: place(entry.file, entry.line), message: `${entry.id}: geen alternatief; leg dan in de uitleg uit wat de schrijver wel kan doen.`});
    if (entry.check !== 'afschrikwoord' && entry.contexts?.some((context) => context.text?.includes('over-anderen')))
      problems.push({place: place(entry.file, entry.line), message: `${entry.id}: text: [over-anderen] is voor woorden over de lezer (afschrikwoorden); bij een moeilijk woord maakt het niet uit over wie de zin gaat.`});
    if (entry.reason.split(/\s+/).length > 25) problems.push({place: place(entry.file, entry.line), message: `${entry.id}: de korte reden is langer dan 25 woorden.`});
  }
  return problems;
}
