import {describe, expect, it} from 'vitest';
import {buildModel, check, createMemoryLoader, loadResources, type Resources} from '../src/index.js';
import {closingPhrases} from '../src/letter/structure.js';
import {parseWordList, wordList, wordListFile, wordListNames, type WordListName} from '../src/word-lists.js';
import type {RuleFileError} from '../src/rules/schema.js';
import {testLoader} from './helpers.js';

const resources = await loadResources(testLoader());

/** What one check reports on a text: place, message and severity, so any change of the check's advice shows. */
async function findingsOf(text: string, checkId: string, using: Resources): Promise<string[]> {
  const result = await check(text, {resources: using});
  return result.findings.filter((finding) => finding.ruleId === checkId).map((finding) => `${finding.offset}+${finding.length} ${finding.severity} ${finding.message}`);
}

describe('the word lists in data/woordenlijsten/', () => {
  it('load without errors, every list with entries', () => {
    expect(resources.ruleErrors.filter((error) => error.file.startsWith('data/woordenlijsten/'))).toEqual([]);
    for (const name of wordListNames) expect(resources.wordLists[name].entries.length, name).toBeGreaterThan(0);
  });

  // The example of an entry is a sentence where the check reports something else without that entry: so no entry is
  // dead or doubled, and a reviewer sees why each word is there.
  for (const name of wordListNames) {
    it(`${name}: each example changes what the check reports`, async () => {
      const list = resources.wordLists[name];
      const dead: string[] = [];
      for (const entry of list.entries) {
        expect(entry.example.toLowerCase(), `${entry.file}:${entry.line}`).toContain(entry.word);
        const without = {...resources, wordLists: {...resources.wordLists, [name]: wordList(name, list.entries.filter((other) => other !== entry))}};
        const withEntry = await findingsOf(entry.example, list.check, resources);
        const withoutEntry = await findingsOf(entry.example, list.check, without);
        if (JSON.stringify(withEntry) === JSON.stringify(withoutEntry)) dead.push(`${entry.file}:${entry.line} ${entry.word}`);
      }
      expect(dead).toEqual([]);
    });
  }

  it('steer the checks as before: a participle-like noun, a strong participle, a vague phrase', async () => {
    expect(await findingsOf('Het bestand is te groot.', 'lijdende-vorm', resources)).toEqual([]);
    expect(await findingsOf('Uw aanvraag is op 3 maart ontvangen.', 'lijdende-vorm', resources)).toHaveLength(1);
    expect(await findingsOf('Wij bellen u zo snel mogelijk.', 'vage-termijn', resources)).toEqual([expect.stringContaining('"zo snel mogelijk" is vaag')]);
    expect(await findingsOf('De woning van uw moeder is groot.', 'naamwoordstijl', resources)).toEqual([]);
    expect(await findingsOf('Het is niet onmogelijk.', 'dubbele-ontkenning', resources)).toHaveLength(1);
  });
});

describe('the schema of a word list', () => {
  const parse = (text: string, name: WordListName = 'geen-deelwoord') => {
    const errors: RuleFileError[] = [];
    const list = parseWordList(text, name, errors);
    return {list, errors};
  };

  it('names file, line and field in Dutch, and keeps the good entries', () => {
    const {list, errors} = parse(
      [
        'check: lijdende-vorm',
        'entries:',
        '  - {word: bestand, example: Het bestand is te groot.}',
        '  - {word: Gebied, example: Het gebied is groot.}',
        '  - {word: geluid}',
        '  - {word: bestand, example: Het bestand is weg.}',
        '  - {word: gewicht, example: Het gewicht is hoog., uitleg: zwaar}',
        '  - gedicht',
      ].join('\n'),
    );
    expect(list.entries.map((entry) => entry.word)).toEqual(['bestand', 'gewicht']);
    expect(errors).toEqual([
      {file: 'data/woordenlijsten/geen-deelwoord.yaml', line: 4, column: 5, field: 'entries[1].word', message: 'Schrijf "Gebied" met kleine letters en met één spatie tussen de woorden.'},
      expect.objectContaining({line: 5, field: 'entries[2].example', message: expect.stringContaining('Geef bij "geluid" een voorbeeldzin')}),
      expect.objectContaining({line: 6, field: 'entries[3].word', message: '"bestand" staat al in deze lijst, op regel 3. Haal er één weg.'}),
      expect.objectContaining({line: 7, field: 'entries[4]', message: 'Onbekend veld "uitleg". Gebruik alleen "word" en "example".'}),
      expect.objectContaining({line: 8, field: 'entries[5]', message: expect.stringContaining('{word: ..., example: ...}')}),
    ]);
  });

  it('reports a list of the wrong check, broken YAML and a missing list without crashing', async () => {
    expect(parse('check: vage-termijn\nentries: []\n').errors).toEqual([expect.objectContaining({field: 'check', message: expect.stringContaining('check: lijdende-vorm')})]);
    expect(parse('check: lijdende-vorm\nentries: [\n').errors[0]).toMatchObject({file: wordListFile('geen-deelwoord'), field: '(yaml)', message: expect.stringMatching(/^Fout in de opmaak \(YAML\)/)});
    const loaded = await loadResources(createMemoryLoader({'data/afkortingen.yaml': '[]'}));
    expect(loaded.ruleErrors.map((error) => error.file)).toEqual(wordListNames.map(wordListFile));
    expect(loaded.wordLists['sterke-deelwoorden'].entries).toEqual([]);
  });
});

describe('the one list of closings (letter/structure.ts)', () => {
  const closings = ['Met vriendelijke groet,', 'Vriendelijke groeten,', 'Met hartelijke groet,', 'Groeten,', 'Met collegiale groet,', 'Hoogachtend,', 'Met de meeste hoogachting,', 'Met respectvolle groeten,'];
  it('finds the closing line, and the formele-aanhef check advises against the formal ones only', async () => {
    for (const closing of closings) {
      const text = `Beste meneer Jansen,\n\nWij hebben uw brief gekregen. Wij bellen u op 3 mei.\n\n${closing}\n\nPetra de Vries\nTeam Inkomen`;
      const model = buildModel(text);
      expect(model.lines[4]!.kind, closing).toBe('closing');
      const formal = closingPhrases.some((phrase) => phrase.formal && new RegExp(`^${phrase.pattern},$`, 'i').test(closing));
      expect(await findingsOf(text, 'formele-aanhef', resources), closing).toHaveLength(formal ? 1 : 0);
    }
    expect(closingPhrases.filter((phrase) => phrase.formal).map((phrase) => phrase.pattern)).toEqual(['hoogachtend', 'met de meeste hoogachting', 'met respectvolle groet(?:en)?']);
  });
});
