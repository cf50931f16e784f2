import {describe, expect, it, beforeAll} from 'vitest';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync, mkdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const bin = fileURLToPath(new URL('../bin/helder.mjs', import.meta.url));
const example = fileURLToPath(new URL('../../../examples/brief-bijzondere-bijstand.txt', import.meta.url));

function helder(args: string[], options: {cwd?: string; input?: string | Buffer} = {}) {
  const run = spawnSync(process.execPath, [bin, ...args], {cwd: options.cwd ?? tmp, input: options.input, encoding: 'utf8'});
  return {code: run.status, stdout: run.stdout, stderr: run.stderr};
}

let tmp: string;
const clean = 'Beste mevrouw Jansen,\n\nWij hebben uw aanvraag ontvangen. U hoort binnen twee weken van ons.\n\nMet vriendelijke groet,\n\nPiet de Boer\n';
const hard = 'Beste mevrouw Jansen,\n\nMiddels deze brief laten wij u weten dat uw aanvraag is goedgekeurd.\n';

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'helder-cli-'));
  writeFileSync(join(tmp, 'goed.txt'), clean);
  writeFileSync(join(tmp, 'moeilijk.txt'), hard);
  mkdirSync(join(tmp, 'sjablonen'));
  writeFileSync(join(tmp, 'sjablonen', 'a.md'), '# Uw aanvraag\n\nMiddels dit formulier vraagt u hulp aan.\n');
  writeFileSync(join(tmp, 'sjablonen', 'b.txt'), clean);
  // "Wij hebben uw aanvraag ontvangen op 3 maart." in Windows-1252 with an "ë" (0xEB) that is not UTF-8.
  writeFileSync(join(tmp, 'oud.txt'), Buffer.from([...Buffer.from('Wij hebben uw idee'), 0xeb, ...Buffer.from('n ontvangen op 3 maart.\n')]));
  writeFileSync(join(tmp, 'binair.txt'), Buffer.alloc(2000, 0));
});

describe('helder check: terminal output and exit codes', () => {
  it('shows the line, the marked words and the suggestion, and exits 1 on findings', () => {
    const run = helder(['check', 'moeilijk.txt', '--no-color']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('moeilijk.txt');
    expect(run.stdout).toContain('3:1  waarschuwing');
    expect(run.stdout).toContain('│ Middels deze brief laten wij u weten dat uw aanvraag is goedgekeurd.');
    expect(run.stdout).toContain('│ ^^^^^^^');
    expect(run.stdout).toMatch(/Suggesties: Met, Via/);
    expect(run.stdout).toContain('moeilijk-woord/middels');
  });

  it('exits 0 on a clear letter', () => {
    const run = helder(['check', 'goed.txt']);
    expect(run.stdout).toContain('Geen adviezen.');
    expect(run.code).toBe(0);
  });

  it('exits 2 on bad usage with a clear message', () => {
    expect(helder(['check']).code).toBe(2);
    const run = helder(['check', 'goed.txt', '--format', 'xml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Onbekend formaat "xml"');
    expect(helder(['opruimen']).stderr).toContain('Onbekende opdracht "opruimen"');
  });

  it('says what is wrong with an option in Dutch, with the option meant, and points to the help once', () => {
    const cases: Array<[string[], string]> = [
      [['check', 'goed.txt', '--fromat', 'json'], 'helder: Onbekende optie "--fromat". Bedoelt u --format? Begint de naam van een bestand met -? Zet dan -- voor de naam.\n'],
      [['check', 'goed.txt', '-x'], 'helder: Onbekende optie "-x". Begint de naam van een bestand met -? Zet dan -- voor de naam.\n'],
      [['check', 'goed.txt', '--format'], 'helder: Na --format hoort een waarde, bijvoorbeeld --format json.\n'],
      [['check', 'goed.txt', '--jobs'], 'helder: Na --jobs hoort een waarde, bijvoorbeeld --jobs 2.\n'],
      [['check', 'goed.txt', '--quiet=ja'], 'helder: Achter --quiet hoort geen waarde. Schrijf alleen --quiet.\n'],
      [['opruimen'], 'helder: Onbekende opdracht "opruimen". Kies check, annotate, rules of trend.\n'],
    ];
    for (const [args, message] of cases) {
      const run = helder(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`${message}Zie helder --help.\n`);
      expect(run.stderr).not.toMatch(/Unknown|argument|option '/);
    }
    // A file whose name starts with "-" is read after "--", as the message says.
    writeFileSync(join(tmp, '-brief.txt'), hard);
    expect(helder(['check', 'goed.txt', '--no-color', '--', '-brief.txt']).stdout).toContain('-brief.txt');
  });

  it('says that an empty file or empty standard input was not checked, without a check mark', () => {
    writeFileSync(join(tmp, 'leeg.txt'), '');
    writeFileSync(join(tmp, 'spaties.txt'), '  \n\n\t\n');
    const run = helder(['check', 'leeg.txt', 'spaties.txt', '--no-color']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'leeg.txt',
        '  let op: Dit bestand is leeg of heeft alleen spaties. Helder heeft niets nagekeken.',
        '',
        'spaties.txt',
        '  let op: Dit bestand is leeg of heeft alleen spaties. Helder heeft niets nagekeken.',
        '',
        '! 0 adviezen (0 fouten, 0 waarschuwingen, 0 tips) in 2 bestanden.',
        '2 bestanden waren leeg: daarin is niets nagekeken.',
        '',
      ].join('\n'),
    );
    const stdin = helder(['check', '-', '--no-color'], {input: ''});
    expect(stdin.stdout).toContain('let op: De invoer via stdin is leeg. Helder heeft niets nagekeken.');
    expect(stdin.stdout).not.toContain('✔');
    const json = JSON.parse(helder(['check', '-', '--format', 'json'], {input: ''}).stdout);
    expect(json.files[0].notices).toEqual(['De invoer via stdin is leeg. Helder heeft niets nagekeken.']);
    // Next to a real letter the totals keep their check mark for that letter and still name the empty file.
    const mixed = helder(['check', 'goed.txt', 'leeg.txt', '--no-color']);
    expect(mixed.stdout).toMatch(/✔ 0 adviezen .* in 2 bestanden\.\n1 bestand was leeg: daarin is niets nagekeken\.\n$/);
  });

  it('names a missing or unreadable file, goes on with the others, and exits 2', () => {
    const run = helder(['check', 'bestaat-niet.txt', 'binair.txt', 'moeilijk.txt', '--no-color']);
    expect(run.code).toBe(2);
    // The reasons go to standard error, so a report on stdout stays clean; the totals still count them.
    expect(run.stderr).toContain('helder: bestaat-niet.txt: niet gecontroleerd: bestand niet gevonden');
    expect(run.stderr).toContain('helder: binair.txt: niet gecontroleerd: dit lijkt geen tekstbestand');
    expect(run.stdout).not.toContain('bestaat-niet.txt');
    expect(run.stdout).toContain('moeilijk-woord/middels');
    expect(run.stdout).toContain('2 bestanden konden niet gecontroleerd worden.');
    expect(run.stdout).not.toContain('✔');
  });

  it('reads a file that is not UTF-8 as Windows-1252 and says so', () => {
    const run = helder(['check', 'oud.txt', '--format', 'json']);
    const file = JSON.parse(run.stdout).files[0];
    expect(file.notices[0]).toContain('Windows-1252');
    expect(file.stats.words).toBe(8);
  });

  it('checks folders and glob patterns, Markdown with its own offsets', () => {
    const run = helder(['check', 'sjablonen', '--format', 'json']);
    const report = JSON.parse(run.stdout);
    expect(report.files.map((file: {path: string}) => file.path)).toEqual(['sjablonen/a.md', 'sjablonen/b.txt']);
    expect(report.files[0].findings[0]).toMatchObject({ruleId: 'moeilijk-woord', line: 3, column: 1, offset: 15, length: 7, actual: 'Middels'});
    const glob = JSON.parse(helder(['check', 'sjablonen/*.md', '--format', 'json']).stdout);
    expect(glob.files).toHaveLength(1);
  });

  it('reads standard input with -', () => {
    const run = helder(['check', '-', '--format', 'json'], {input: hard});
    expect(JSON.parse(run.stdout).files[0].findings[0].actual).toBe('Middels');
  });
});

describe('helder check --format json: the documented contract', () => {
  it('prints one object with files, findings, readability and stats', () => {
    const run = helder(['check', example, '--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    // Fields are only added: `run` and `totals` (issue 9) come after `files`.
    expect(Object.keys(report)).toEqual(['files', 'run', 'totals']);
    const [file] = report.files;
    expect(file.path).toBe(example);
    expect(Object.keys(file)).toEqual(expect.arrayContaining(['path', 'findings', 'readability', 'stats']));
    expect(Object.keys(file.readability)).toEqual(expect.arrayContaining(['fleschDouma', 'brouwer', 'lint']));
    expect(Object.keys(file.stats)).toEqual(expect.arrayContaining(['words', 'sentences']));
    for (const finding of file.findings) {
      expect(Object.keys(finding)).toEqual(expect.arrayContaining(['ruleId', 'line', 'column', 'offset', 'length', 'actual', 'expected', 'message']));
      expect(Array.isArray(finding.expected)).toBe(true);
    }
    const ids = new Set(file.findings.map((finding: {ruleId: string}) => finding.ruleId));
    for (const id of ['moeilijk-woord', 'lijdende-vorm', 'vage-termijn', 'formele-aanhef', 'u-en-je', 'dubbele-ontkenning', 'afkorting', 'lange-zin']) expect(ids).toContain(id);
  });

  it('gives an error field instead of findings for a file it cannot read', () => {
    const report = JSON.parse(helder(['check', 'weg.txt', '--format', 'json']).stdout);
    expect(report.files).toEqual([{path: 'weg.txt', error: 'bestand niet gevonden'}]);
  });
});

describe('configuration files', () => {
  it('finds helder.config.json above the working folder and uses its words, rules and thresholds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'helder-config-'));
    mkdirSync(join(dir, 'brieven'));
    writeFileSync(join(dir, 'helder.config.json'), JSON.stringify({rules: {'moeilijk-woord': 'off'}, failOn: 'error'}));
    writeFileSync(join(dir, 'brieven', 'brief.txt'), hard);
    const run = helder(['check', 'brief.txt', '--format', 'json'], {cwd: join(dir, 'brieven')});
    expect(JSON.parse(run.stdout).files[0].findings.filter((finding: {ruleId: string}) => finding.ruleId === 'moeilijk-woord')).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('names the file, line and column of a config that is not valid JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'helder-config-'));
    writeFileSync(join(dir, '.helderrc'), '{\n  "rules": {"lang-woord": "off",}\n}');
    writeFileSync(join(dir, 'brief.txt'), clean);
    const run = helder(['check', 'brief.txt'], {cwd: dir});
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.helderrc');
    expect(run.stderr).toMatch(/regel 2, kolom \d+/);
  });

  it('reports unknown fields but still uses the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'helder-config-'));
    writeFileSync(join(dir, 'eigen.json'), JSON.stringify({rules: {'moeilijk-woord': 'off', 'bestaat-niet': 'off'}, kleur: 'blauw'}));
    writeFileSync(join(dir, 'brief.txt'), hard);
    const run = helder(['check', 'brief.txt', '--config', 'eigen.json', '--format', 'json'], {cwd: dir});
    expect(run.stderr).toContain('rules.bestaat-niet: Onbekende controle');
    expect(run.stderr).toContain('kleur: Onbekend veld');
    expect(JSON.parse(run.stdout).files[0].findings.map((finding: {ruleId: string}) => finding.ruleId)).not.toContain('moeilijk-woord');
  });
});

describe('helder rules', () => {
  it('tests every example of the curated rules and lints the files without problems', () => {
    const test = helder(['rules', 'test']);
    expect(test.stdout).toMatch(/✔ \d+ regels .*voorbeelden getest: geen problemen/);
    expect(test.code).toBe(0);
    const lint = helder(['rules', 'lint']);
    expect(lint.code).toBe(0);
  });

  it('names file, line and field of a broken rule, and the check still runs with the good rules', () => {
    const dir = mkdtempSync(join(tmpdir(), 'helder-rules-'));
    writeFileSync(
      join(dir, 'eigen.yaml'),
      'theme: Eigen\ncheck: moeilijk-woord\nrules:\n  - id: aanvangen\n    forms: aanvangen\n    alternatives: [beginnen]\n    reason: Schrijf beginnen.\n    explanation: Uitleg.\n    examples: {hit: ["Wij aanvangen."], miss: ["Wij beginnen."]}\n    status: aangenomen\n    provenance: {role: ontwikkelteam, date: 2026-11-23, decision: Test.}\n',
    );
    const lint = helder(['rules', 'lint', '--rules-dir', dir]);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain(`${join(dir, 'eigen.yaml')}:5:12  rules[0].forms: Het veld "forms" moet een lijst zijn.`);
    writeFileSync(join(tmp, 'brief2.txt'), hard);
    const run = helder(['check', 'brief2.txt', '--rules-dir', dir, '--format', 'json']);
    expect(run.stderr).toContain('fout in regelbestand');
    expect(JSON.parse(run.stdout).files[0].findings.map((finding: {actual: string}) => finding.actual)).toContain('Middels');
  });
});
