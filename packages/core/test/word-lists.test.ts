import {describe, expect, it} from 'vitest';
import {buildModel, check, createMemoryLoader, loadResources, readAbbreviations, textListsOf, type Resources} from '../src/index.js';
import {parseWordList, wordList, wordListFile, wordListNames, type WordListName} from '../src/word-lists.js';
import type {RuleFileError} from '../src/rules/schema.js';
import {testLoader, textLists} from './helpers.js';

const resources = await loadResources(testLoader());

/** What one check reports on a text: place, message and severity, so any change of the check's advice shows. */
async function findingsOf(text: string, checkId: string, using: Resources): Promise<string[]> {
  const result = await check(text, {resources: using});
  return result.findings.filter((finding) => finding.ruleId === checkId).map((finding) => `${finding.offset}+${finding.length} ${finding.severity} ${finding.message}`);
}

/** How Helder reads a text: the kind of each line and where each sentence starts and ends. */
function readingOf(text: string, using: Resources): string[] {
  const model = buildModel(text, using.textLists);
  return [...model.lines.map((line) => `line ${line.line}: ${line.kind}`), ...model.sentences.map((sentence) => `sentence ${text.slice(sentence.start, sentence.end)}`)];
}

/** Resources with other lists: the compiled reading lists follow, as loadResources() builds them. */
function withLists(abbreviations: Resources['abbreviations'], wordLists: Resources['wordLists']): Resources {
  return {...resources, abbreviations, wordLists, textLists: textListsOf(abbreviations, wordLists)};
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
        const without = withLists(resources.abbreviations, {...resources.wordLists, [name]: wordList(name, list.entries.filter((other) => other !== entry))});
        const withEntry = [...(await findingsOf(entry.example, list.check, resources)), ...readingOf(entry.example, resources)];
        const withoutEntry = [...(await findingsOf(entry.example, list.check, without)), ...readingOf(entry.example, without)];
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

describe('the parsed lists in the loader\'s cache', () => {
  /** testLoader() with a cache in memory that counts what it serves. */
  function cachedLoader(store: Map<string, string>) {
    const hits: string[] = [];
    const loader = {
      ...testLoader(),
      readCache: async (key: string) => {
        const value = store.get(key);
        if (value !== undefined) hits.push(key);
        return value;
      },
      writeCache: async (key: string, value: string) => void store.set(key, value),
    };
    return {loader, hits};
  }
  const brokenClosings = 'check: formele-aanhef\nentries:\n  - {word: Met Vriendelijke groet, example: "Met Vriendelijke groet,"}\n  - {word: hoogachtend, example: "Hoogachtend,", formal: true}\n';

  it('gives the same abbreviations, word lists and errors from the cache as from parsing', async () => {
    const store = new Map<string, string>();
    const first = cachedLoader(store);
    const readText = first.loader.readText;
    first.loader.readText = (name) => (name === wordListFile('slotgroeten') ? Promise.resolve(brokenClosings) : readText(name));
    const parsed = await loadResources(first.loader);
    expect(first.hits.filter((key) => key.startsWith('lists-'))).toEqual([]);
    const second = cachedLoader(store);
    second.loader.readText = first.loader.readText;
    const cached = await loadResources(second.loader);
    expect(second.hits.filter((key) => key.startsWith('lists-'))).toHaveLength(1);
    expect(cached.abbreviations).toEqual(parsed.abbreviations);
    expect(cached.wordLists).toEqual(parsed.wordLists);
    expect(cached.ruleErrors).toEqual(parsed.ruleErrors);
    expect(cached.ruleErrors).toContainEqual(expect.objectContaining({file: wordListFile('slotgroeten'), field: 'entries[0].word'}));
    expect(cached.wordLists.slotgroeten.words.has('hoogachtend')).toBe(true);
    expect(cached.abbreviations.get('m.b.t.')?.long).toBe(parsed.abbreviations.get('m.b.t.')?.long);
    // The text lists built from the cached lists read a letter the same way.
    const letter = 'Geachte heer Jansen,\n\nWij hebben uw brief m.b.t. de aanvraag ontvangen.\n\nHoogachtend,\n\nDe gemeente';
    expect(readingOf(letter, cached)).toEqual(readingOf(letter, parsed));
  });

  it('parses again when a list changes', async () => {
    const store = new Map<string, string>();
    await loadResources(cachedLoader(store).loader);
    const changed = cachedLoader(store);
    const readText = changed.loader.readText;
    changed.loader.readText = async (name) => (name === wordListFile('vage-termijnen') ? `${await readText(name)}  - {word: binnen afzienbare tijd, example: "U hoort binnen afzienbare tijd van ons."}\n` : readText(name));
    const loaded = await loadResources(changed.loader);
    expect(changed.hits.filter((key) => key.startsWith('lists-'))).toEqual([]);
    expect(loaded.wordLists['vage-termijnen'].words.has('binnen afzienbare tijd')).toBe(true);
    expect([...store.keys()].filter((key) => key.startsWith('lists-'))).toHaveLength(2);
  });
});

describe('the salutations and closings (aanheffen.yaml, slotgroeten.yaml)', () => {
  const closings = ['Met vriendelijke groet,', 'Vriendelijke groeten,', 'Met hartelijke groet,', 'Groeten,', 'Met collegiale groet,', 'Hoogachtend,', 'Met de meeste hoogachting,', 'Met respectvolle groeten,'];
  it('find the salutation and closing lines, and the formele-aanhef check advises against the formal closings only', async () => {
    const formal = new Set(resources.wordLists.slotgroeten.entries.filter((entry) => entry.formal).map((entry) => entry.word));
    expect([...formal]).toEqual(['hoogachtend', 'met de meeste hoogachting', 'met respectvolle groet', 'met respectvolle groeten']);
    for (const closing of closings) {
      const text = `Beste meneer Jansen,\n\nWij hebben uw brief gekregen. Wij bellen u op 3 mei.\n\n${closing}\n\nPetra de Vries\nTeam Inkomen`;
      const model = buildModel(text, textLists);
      expect(model.lines[0]!.kind, closing).toBe('salutation');
      expect(model.lines[4]!.kind, closing).toBe('closing');
      const findings = await findingsOf(text, 'formele-aanhef', resources);
      // The whole formal closing is marked, also the longer "Met respectvolle groeten".
      expect(findings, closing).toEqual(formal.has(closing.slice(0, -1).toLowerCase()) ? [expect.stringContaining(`"${closing.slice(0, -1)}" is ouderwets`)] : []);
    }
  });
});

describe('the abbreviations (data/afkortingen.yaml)', () => {
  // Observed per entry: the afkorting and spelling findings and how the sentences are read. An entry that changes none
  // of them is dead or doubled.
  const observe = async (text: string, using: Resources) => [
    ...(await findingsOf(text, 'afkorting', using)),
    ...(await findingsOf(text, 'spelling', using)),
    ...readingOf(text, using).filter((line) => line.startsWith('sentence')),
  ];
  it('each example changes what Helder reports or how it reads the sentences', async () => {
    const dead: string[] = [];
    for (const [key, entry] of resources.abbreviations) {
      const abbreviations = new Map(resources.abbreviations);
      abbreviations.delete(key);
      if (JSON.stringify(await observe(entry.example, resources)) === JSON.stringify(await observe(entry.example, withLists(abbreviations, resources.wordLists)))) dead.push(`${entry.line} ${entry.short}`);
    }
    expect(dead).toEqual([]);
  });

  it('an entry with flag: false keeps the sentence whole and is not reported; the others are reported as before', async () => {
    const letter = 'Wij spraken met dhr. Jansen over uw aanvraag. Uw dossier ligt bij mevr. De Vries. Stuur een bewijs mee, bijv. een loonstrook. U krijgt hulp uit de Wmo.';
    expect(readingOf(letter, resources).filter((line) => line.startsWith('sentence'))).toEqual([
      'sentence Wij spraken met dhr. Jansen over uw aanvraag.',
      'sentence Uw dossier ligt bij mevr. De Vries.',
      'sentence Stuur een bewijs mee, bijv. een loonstrook.',
      'sentence U krijgt hulp uit de Wmo.',
    ]);
    expect((await findingsOf(letter, 'afkorting', resources)).map((finding) => finding.replace(/^\S+ \S+ /, ''))).toEqual([
      'Schrijf "bijvoorbeeld" in plaats van de afkorting "bijv.".',
      'Schrijf "Wet maatschappelijke ondersteuning" in plaats van de afkorting "Wmo".',
    ]);
  });

  it('names the line and field of a broken entry and keeps the good ones', () => {
    const errors: RuleFileError[] = [];
    const list = readAbbreviations(
      [
        '- {short: awb, long: Algemene wet bestuursrecht, example: "Dit staat in de Awb."}',
        '- {short: wmo, long: Wet maatschappelijke ondersteuning}',
        '- {short: dhr., long: de heer, flag: nee, example: "Wij spraken met dhr. Jansen."}',
        '- {short: awb, long: Algemene wet bestuursrecht, example: "De Awb geldt."}',
      ].join('\n'),
      errors,
    );
    expect([...list.keys()]).toEqual(['awb']);
    expect(errors).toEqual([
      expect.objectContaining({file: 'data/afkortingen.yaml', line: 2, field: '[1].example', message: 'Geef bij "wmo" een voorbeeldzin ("example") met de afkorting erin.'}),
      expect.objectContaining({line: 3, field: '[2].flag', message: 'Schrijf bij "flag" true of false.'}),
      expect.objectContaining({line: 4, field: '[3]', message: '"awb" staat al in deze lijst, op regel 1. Haal er één weg.'}),
    ]);
  });
});
