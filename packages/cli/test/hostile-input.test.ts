/**
 * `helder check` and `helder rules` on inputs that used to hang, fill the memory or switch checking off in
 * silence. Every spawn has a time-out: a hang fails the test instead of blocking CI.
 */
import {execFileSync, spawn, spawnSync} from 'node:child_process';
import {chmodSync, closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {beforeAll, describe, expect, it} from 'vitest';

const bin = fileURLToPath(new URL('../bin/helder.mjs', import.meta.url));
const example = fileURLToPath(new URL('../../../examples/brief-bijzondere-bijstand.txt', import.meta.url));
const hard = 'Beste mevrouw Jansen,\n\nMiddels deze brief laten wij u weten dat uw aanvraag is goedgekeurd.\n';
const hangLimit = 30_000;

let tmp: string;

function helder(args: string[], options: {cwd?: string; stdin?: number; script?: string} = {}) {
  const run = spawnSync(process.execPath, [options.script ?? bin, ...args], {
    cwd: options.cwd ?? tmp,
    encoding: 'utf8',
    timeout: hangLimit,
    stdio: [options.stdin ?? 'pipe', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  return {code: run.status, stdout: run.stdout, stderr: run.stderr};
}

/** A stack trace looks like "    at foo (file.js:1:2)"; a user never needs one. */
const stackTrace = /^\s+at .+:\d+:\d+\)?$/m;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'helder-hostile-cli-'));
  chmodSync(tmp, 0o755);
  writeFileSync(join(tmp, 'brief.txt'), hard);
  execFileSync('mkfifo', [join(tmp, 'pijp.txt')]);
  symlinkSync(join(tmp, 'weg.txt'), join(tmp, 'kapot.txt'));
});

describe('files that are not regular files', () => {
  it('refuses /dev/zero, /dev/urandom, a FIFO and a broken link by name, checks the rest, exits 2', {timeout: hangLimit + 5000}, () => {
    const run = helder(['check', '/dev/zero', '/dev/urandom', 'pijp.txt', 'kapot.txt', 'brief.txt', '--no-color']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('helder: /dev/zero: niet gecontroleerd: dit is een apparaat, geen gewoon bestand');
    expect(run.stderr).toContain('helder: /dev/urandom: niet gecontroleerd: dit is een apparaat');
    expect(run.stderr).toContain("helder: pijp.txt: niet gecontroleerd: dit is een pijp tussen programma's (FIFO)");
    expect(run.stderr).toContain('helder: kapot.txt: niet gecontroleerd: de snelkoppeling wijst naar een bestand dat er niet is');
    expect(run.stdout).toContain('moeilijk-woord/middels');
    expect(run.stdout).toContain('4 bestanden konden niet gecontroleerd worden.');
    expect(run.stdout).not.toContain('✔');
    expect(run.stdout).toContain('✖');
  });

  it('reads standard input from /dev/zero only up to the limit, then stops with a reason', {timeout: hangLimit + 5000}, () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      const run = helder(['check', '-', '--format', 'json'], {stdin: zero});
      expect(run.code).toBe(2);
      expect(JSON.parse(run.stdout).files).toEqual([{path: '-', error: expect.stringMatching(/^de invoer via stdin is te groot \((meer dan )?2\d MB, de grens is 20 MB\)$/)}]);
      expect(run.stderr).toContain('helder: (invoer): niet gecontroleerd: de invoer via stdin is te groot');
      expect(run.stderr).not.toContain('bestand');
    } finally {
      closeSync(zero);
    }
  });

  it('refuses a FIFO given as config file instead of waiting on it', {timeout: hangLimit + 5000}, () => {
    execFileSync('mkfifo', [join(tmp, 'instellingen.json')]);
    const run = helder(['check', 'brief.txt', '--config', 'instellingen.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("instellingen.json: Helder kan het bestand met instellingen niet lezen: dit is een pijp tussen programma's (FIFO)");
  });
});

describe('broken rule files never switch the curated rules off', () => {
  let rules: string;
  beforeAll(() => {
    rules = join(tmp, 'regels');
    mkdirSync(rules);
    symlinkSync(join(rules, 'weg.yaml'), join(rules, 'kapot.yaml'));
    mkdirSync(join(rules, 'map.yaml'));
    execFileSync('mkfifo', [join(rules, 'pijp.yaml')]);
  });

  it('names each broken file and still checks every letter with the good rules', {timeout: hangLimit + 5000}, () => {
    const run = helder(['check', 'brief.txt', '--rules-dir', rules, '--format', 'json']);
    expect(run.stderr).toContain(`fout in regelbestand ${join(rules, 'kapot.yaml')}:1:1 (file): Helder kan dit regelbestand niet lezen: de snelkoppeling wijst naar een bestand dat er niet is`);
    expect(run.stderr).toContain(`${join(rules, 'map.yaml')}:1:1 (file): Helder kan dit regelbestand niet lezen: dit is een map, geen bestand`);
    expect(run.stderr).toContain(`${join(rules, 'pijp.yaml')}:1:1 (file): Helder kan dit regelbestand niet lezen: dit is een pijp`);
    const [file] = JSON.parse(run.stdout).files;
    expect(file.error).toBeUndefined();
    expect(file.findings.map((finding: {entryId?: string}) => finding.entryId)).toContain('middels');
  });

  it('names a ruleDirs folder that does not exist and still checks', {timeout: hangLimit + 5000}, () => {
    writeFileSync(join(tmp, 'met-map.json'), JSON.stringify({ruleDirs: ['bestaat-niet']}));
    const run = helder(['check', 'brief.txt', '--config', 'met-map.json', '--format', 'json']);
    expect(run.stderr).toContain(
      `helder: map met regels ${join(tmp, 'bestaat-niet')}: Helder kan de map met regels niet lezen: de map bestaat niet. Kijk of de naam van de map goed is. Die staat bij "ruleDirs" in het bestand met instellingen, of bij --rules-dir.\n`,
    );
    expect(run.stderr).not.toMatch(/bestaat-niet:\d+:\d+|\(file\)/);
    expect(JSON.parse(run.stdout).files[0].findings.map((finding: {entryId?: string}) => finding.entryId)).toContain('middels');
    expect(run.code).toBe(1);
  });

  it('rules lint lists the broken files as problems, without a stack trace', {timeout: hangLimit + 5000}, () => {
    const run = helder(['rules', 'lint', '--rules-dir', rules]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${join(rules, 'kapot.yaml')}:1:1  (file): Helder kan dit regelbestand niet lezen`);
    expect(run.stdout).toContain(`${join(rules, 'map.yaml')}:1:1  (file): Helder kan dit regelbestand niet lezen: dit is een map, geen bestand`);
    expect(run.stdout).toMatch(/✖ \d+ regels .*3 problemen\./);
    expect(run.stdout + run.stderr).not.toMatch(stackTrace);
  });

  it('rules lint names a rules folder that does not exist as a folder, with what to do', {timeout: hangLimit + 5000}, () => {
    const run = helder(['rules', 'lint', '--rules-dir', 'geen-map']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`map ${join(tmp, 'geen-map')}  Helder kan de map met regels niet lezen: de map bestaat niet. Kijk of de naam van de map goed is`);
    expect(run.stdout).not.toMatch(/geen-map:\d+:\d+|\(file\)/);
  });
});

describe('folders', () => {
  it('reports a sub folder it may not open, with exit 2 and no check mark', {timeout: hangLimit + 5000}, () => {
    const folder = join(tmp, 'sjablonen');
    mkdirSync(join(folder, 'geheim'), {recursive: true});
    writeFileSync(join(folder, 'open.txt'), hard);
    writeFileSync(join(folder, 'geheim', 'dicht.txt'), hard);
    chmodSync(join(folder, 'geheim'), 0o000);
    // As root a chmod 000 folder can still be read: then run Helder as the unprivileged user "nobody".
    let script: string | undefined;
    if (process.getuid?.() === 0) {
      script = join(tmp, 'als-nobody.mjs');
      writeFileSync(script, `process.setgroups([]);\nprocess.setgid(65534);\nprocess.setuid(65534);\nawait import(${JSON.stringify(pathToFileURL(bin).href)});\n`);
    }
    const run = helder(['check', 'sjablonen', '--no-color'], {script});
    expect(run.stderr).toContain('helder: sjablonen/geheim: niet gecontroleerd: Helder heeft geen toegang tot deze map en heeft de bestanden erin dus niet gelezen');
    expect(run.stdout).toContain('sjablonen/open.txt');
    expect(run.stdout).toContain('1 bestand kon niet gecontroleerd worden.');
    expect(run.stdout).not.toContain('✔');
    expect(run.code).toBe(2);
    // A glob walks the same folders: it names the closed one too, instead of passing over it.
    const globbed = helder(['check', 'sjablonen/**/*.txt', '--no-color'], {script});
    expect(globbed.stderr).toContain('helder: sjablonen/geheim: niet gecontroleerd: Helder heeft geen toegang tot deze map');
    expect(globbed.stdout).toContain('sjablonen/open.txt');
    expect(globbed.stdout).not.toContain('✔');
    expect(globbed.code).toBe(2);
    chmodSync(join(folder, 'geheim'), 0o755);
  });

  it('checks a file once when it is named twice or reached through a symlink', () => {
    symlinkSync(join(tmp, 'brief.txt'), join(tmp, 'snelkoppeling.txt'));
    const run = helder(['check', 'brief.txt', 'snelkoppeling.txt', './brief.txt', '--format', 'json']);
    expect(JSON.parse(run.stdout).files.map((file: {path: string}) => file.path)).toEqual(['brief.txt']);
  });

  it('prints a file name with control characters escaped, so it cannot move the cursor or colour the terminal', () => {
    const name = 'brief\u001b[31mrood\nregel.txt';
    writeFileSync(join(tmp, name), hard);
    const run = helder(['check', name, '--no-color']);
    expect(run.stdout).toContain('brief\\x1b[31mrood\\x0aregel.txt');
    expect(run.stdout).not.toContain('\u001b');
    const json = JSON.parse(helder(['check', name, '--format', 'json']).stdout);
    expect(json.files[0].path).toBe(name);
  });
});

describe('output', () => {
  let batch: string;
  beforeAll(() => {
    batch = join(tmp, 'batch');
    mkdirSync(batch);
    for (let index = 0; index < 400; index++) copyFileSync(example, join(batch, `brief-${String(index).padStart(3, '0')}.txt`));
  });

  it('streams the JSON report byte for byte as the documented single object', {timeout: 120_000}, () => {
    const run = helder(['check', join(batch, 'brief-00*.txt'), 'ontbreekt.txt', '--format', 'json']);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout);
    expect(report.files).toHaveLength(11);
    expect(report.files[10]).toEqual({path: 'ontbreekt.txt', error: 'bestand niet gevonden'});
    expect(report.files[0].findings.length).toBeGreaterThan(10);
    expect(run.stdout).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });

  it('exits quietly when the reader closes the pipe early (| head)', {timeout: 120_000}, () => {
    const run = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" check "${batch}" --no-color | head -c 100 > /dev/null; echo "helder-exit=\${PIPESTATUS[0]}" >&2`], {encoding: 'utf8', timeout: 100_000});
    expect(run.stderr.trim()).toBe('helder-exit=0');
  });

  // One worker checks in process; two run a pool of worker threads that Ctrl-C must stop without losing results.
  for (const jobs of ['1', '2']) {
    it(`keeps the finished results on Ctrl-C and ends the JSON properly, with exit 130 (--jobs ${jobs})`, {timeout: 120_000}, async () => {
      const child = spawn(process.execPath, [bin, 'check', batch, '--format', 'json', '--jobs', jobs], {cwd: tmp});
      let stdout = '';
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      await new Promise<void>((resolve) => {
        child.stdout.on('data', (chunk) => {
          stdout += chunk;
          if (stdout.includes('"findings"')) resolve();
        });
      });
      child.kill('SIGINT');
      expect(await exited).toBe(130);
      const report = JSON.parse(stdout);
      expect(report.files.length).toBeGreaterThan(0);
      expect(report.files.length).toBeLessThan(400);
      expect(stderr).toMatch(new RegExp(`gestopt met Ctrl-C\\. ${report.files.length} van de 400 bestanden`));
    });
  }
});

describe('a batch of large letters', () => {
  // Ten letters of 900 KB with some 24,000 findings each: 9 MB of text, 120 MB of JSON. Each result is written and
  // let go before the next, so a heap of 160 MB per thread (the budget for one such letter) is enough for all ten.
  // Keeping every result until the end, or building the report as one string, runs out of memory here.
  it('writes the JSON report of all ten within the heap of one', {timeout: 400_000}, () => {
    const dir = join(tmp, 'tien');
    mkdirSync(dir);
    const letter = readFileSync(example, 'utf8');
    const large = letter.repeat(Math.ceil(900_000 / letter.length)).slice(0, 900_000);
    for (let index = 0; index < 10; index++) writeFileSync(join(dir, `brief-${index}.txt`), large);
    const run = spawnSync(process.execPath, ['--max-old-space-size=160', bin, 'check', dir, '--format', 'json', '--quiet'], {encoding: 'utf8', timeout: 390_000, maxBuffer: 1024 ** 3});
    expect(run.stderr).not.toMatch(/out of memory|niet gecontroleerd/);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.files).toHaveLength(10);
    for (const file of report.files) expect(file.findings.length).toBeGreaterThan(20_000);
  });
});

describe('Ctrl-C during a long check of one large letter', () => {
  let dir: string;
  beforeAll(() => {
    dir = join(tmp, 'groot');
    mkdirSync(dir);
    const letter = readFileSync(example, 'utf8');
    copyFileSync(example, join(dir, 'a-klein.txt'));
    // 3 MB with some 80,000 findings: seconds of synchronous work, longer than the test waits.
    writeFileSync(join(dir, 'b-groot.txt'), letter.repeat(Math.ceil(3_000_000 / letter.length)));
    copyFileSync(example, join(dir, 'c-klein.txt'));
  });

  /** Start a check, press Ctrl-C once the first letter's result is out, and collect what the user sees. */
  async function interrupt(args: string[], seen: string, stdin?: string) {
    const child = spawn(process.execPath, [bin, 'check', ...args], {cwd: dir});
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    if (stdin !== undefined) child.stdin.end(stdin);
    await new Promise<void>((resolve) => {
      if (seen === '') setTimeout(resolve, 1500);
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
        if (seen !== '' && stdout.includes(seen)) resolve();
      });
    });
    // The large letter is being checked now; its check must not delay the stop or reach the report.
    setTimeout(() => child.kill('SIGINT'), 200);
    return {code: await exited, stdout, stderr};
  }

  // --jobs 1 used to check in the main thread: Ctrl-C waited until the 3 MB letter was done and printed it too.
  for (const jobs of ['1', '2']) {
    it(`prints the finished letter, not the large one, and exits 130 (JSON, --jobs ${jobs})`, {timeout: 120_000}, async () => {
      const run = await interrupt(['a-klein.txt', 'b-groot.txt', 'c-klein.txt', '--format', 'json', '--jobs', jobs], '"findings"');
      expect(run.code).toBe(130);
      const report = JSON.parse(run.stdout);
      expect(report.files.map((file: {path: string}) => file.path)).toEqual(['a-klein.txt']);
      expect(report.files[0].findings.length).toBeGreaterThan(10);
      expect(run.stderr).toContain('gestopt met Ctrl-C. 1 van de 3 bestanden is klaar');
    });
  }

  it('prints the finished letter and the totals as text when the large one is checked without --jobs', {timeout: 120_000}, async () => {
    const run = await interrupt(['a-klein.txt', 'b-groot.txt', '--no-color'], 'a-klein.txt');
    expect(run.code).toBe(130);
    expect(run.stdout).toContain('a-klein.txt');
    expect(run.stdout).not.toContain('b-groot.txt');
    expect(run.stdout).toMatch(/adviezen \(.*\) in 1 bestand\.\n$/);
  });

  it('stops a large letter read from standard input with an empty, well-formed JSON report', {timeout: 120_000}, async () => {
    const run = await interrupt(['-', '--format', 'json'], '', readFileSync(join(dir, 'b-groot.txt'), 'utf8'));
    expect(run.code).toBe(130);
    expect(JSON.parse(run.stdout).files).toEqual([]);
    expect(run.stderr).toContain('gestopt met Ctrl-C. 0 van de 1 bestanden');
  });
});
