/** The exit code is what README and the help say: 1 only for findings at or above failOn; tips alone give 0. */
import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

const bin = fileURLToPath(new URL('../bin/helder.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'helder-exit-'));
// The only advice on this letter is a tip: explain the article of the law.
const onlyTip = 'Beste meneer Jansen,\n\nU krijgt bijstand. Dat staat in artikel 11 van de Participatiewet. Het geld staat elke maand op uw rekening. Hebt u vragen? Bel ons dan.\n\nMet vriendelijke groet,\n\nAns de Boer\n';
writeFileSync(join(dir, 'tip.txt'), onlyTip);

const helder = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], {cwd: dir, encoding: 'utf8'});

describe('exit code', () => {
  it('is 0 with only tips, and 1 when failOn is info', () => {
    const json = helder('check', 'tip.txt', '--format', 'json');
    const findings = JSON.parse(json.stdout).files[0].findings as Array<{severity: string}>;
    expect(findings.map((finding) => finding.severity)).toEqual(['info']);
    expect(json.status).toBe(0);
    const text = helder('check', 'tip.txt');
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('✔ 1 advies (0 fouten, 0 waarschuwingen, 1 tip) in 1 bestand.');
    expect(helder('check', 'tip.txt', '--fail-on', 'info').status).toBe(1);
  });

  it('takes the Dutch names of the levels, as Helder prints them, next to the English ones', () => {
    expect(helder('check', 'tip.txt', '--fail-on', 'tip').status).toBe(1);
    expect(helder('check', 'tip.txt', '--fail-on', 'fout').status).toBe(0);
    const wrong = helder('check', 'tip.txt', '--fail-on', 'soms');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('Onbekende waarde "soms" voor --fail-on. Kies fout, waarschuwing of tip');
    const configDir = mkdtempSync(join(tmpdir(), 'helder-exit-nl-'));
    writeFileSync(join(configDir, 'tip.txt'), onlyTip);
    writeFileSync(join(configDir, 'helder.config.json'), JSON.stringify({failOn: 'tip', rules: {afkorting: 'uit', 'lange-zin': 'fout'}}));
    const inFolder = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], {cwd: configDir, encoding: 'utf8'});
    // The only advice was an afkorting tip: switched off with "uit", so nothing is left even with failOn "tip".
    const json = inFolder('check', 'tip.txt', '--format', 'json');
    expect(JSON.parse(json.stdout).files[0].findings).toEqual([]);
    expect(json.status).toBe(0);
    writeFileSync(join(configDir, 'helder.config.json'), JSON.stringify({failOn: 'tip'}));
    expect(inFolder('check', 'tip.txt').status).toBe(1);
    writeFileSync(join(configDir, 'helder.config.json'), JSON.stringify({rules: {afkorting: 'soms'}}));
    // A wrong value is named, in Dutch, and the rest of the config still holds (as for any field in a found config).
    const bad = inFolder('check', 'tip.txt');
    expect(bad.stderr).toContain('rules.afkorting: Kies "uit", "tip", "waarschuwing" of "fout"');
  });

  it('is 2 for a file that cannot be read, also when another file has advice', () => {
    writeFileSync(join(dir, 'middels.txt'), 'Beste mevrouw Jansen,\n\nMiddels deze brief laten wij u weten dat uw aanvraag is goedgekeurd.\n');
    expect(helder('check', 'middels.txt').status).toBe(1);
    expect(helder('check', 'middels.txt', 'bestaat-niet.txt').status).toBe(2);
  });
});
