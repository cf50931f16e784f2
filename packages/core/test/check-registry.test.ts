import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {checks, checkSettingsSchema, checkDocsSkeleton} from '../src/index.js';
import {checkText} from './helpers.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('the check registry', () => {
  it('gives every check a Dutch title and a one-sentence description', () => {
    expect(new Set(checks.map((check) => check.id)).size).toBe(checks.length);
    for (const check of checks) {
      expect(check.title.length, check.id).toBeGreaterThan(3);
      expect(check.description, check.id).toMatch(/^\p{Lu}[^\n]{10,140}\.$/u);
    }
  });

  it('is what extension/package.json offers in the helder.rules setting (run: pnpm --filter ./packages/core gen)', () => {
    const manifest = JSON.parse(readFileSync(`${root}extension/package.json`, 'utf8'));
    expect(manifest.contributes.configuration.properties['helder.rules'].properties).toEqual(checkSettingsSchema());
  });

  it('has a docs page docs/rules/<id>.md for every check', () => {
    const missing = checks.filter((check) => !existsSync(`${root}docs/rules/${check.id}.md`)).map((check) => check.id);
    expect(missing, 'pnpm --filter ./packages/core gen writes a skeleton').toEqual([]);
    for (const check of checks) expect(readFileSync(`${root}docs/rules/${check.id}.md`, 'utf8'), check.id).toContain(`Naam: \`${check.id}\``);
  });

  it('writes a docs skeleton with the id, the default and the description', () => {
    const page = checkDocsSkeleton(checks.find((check) => check.id === 'lang-woord')!);
    expect(page).toMatch(/^# Lang woord\n\nNaam: `lang-woord` · Standaard: tip\n/);
    expect(page).toContain('Een woord met veel lettergrepen of letters.');
    expect(page).toContain('`words` in helder.config.json');
    expect(page).toContain('{"rules": {"lang-woord": "off"}}');
  });

  // usesOrganisationWords is a claim about behaviour: a word of the organisation is then not reported.
  const reportedWord: Record<string, string> = {
    'lang-woord': 'Wij sturen u de gemeentebelastingaanslagen.',
    afkorting: 'Vraag het aan bij het CAK.',
    spelling: 'U krijgt het doemeemeegeld.',
    'zeldzaam-woord': 'In maart krijgt u de nabetaling.',
  };
  for (const check of checks) {
    it(`${check.id}: usesOrganisationWords is ${check.usesOrganisationWords}`, async () => {
      expect(Object.keys(reportedWord).includes(check.id)).toBe(check.usesOrganisationWords);
      if (!check.usesOrganisationWords) return;
      const text = reportedWord[check.id]!;
      const word = text.split(' ').at(-1)!.replace('.', '');
      const ids = async (words: string[]) => (await checkText(text, {config: {words}})).findings.filter((finding) => finding.ruleId === check.id).map((finding) => finding.actual);
      expect(await ids([])).toEqual([word]);
      expect(await ids([word])).toEqual([]);
    });
  }
});
