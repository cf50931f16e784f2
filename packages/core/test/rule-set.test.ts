import {describe, expect, it} from 'vitest';
import {check, serializeRuleSet, type DataLoader} from '../src/index.js';
import {createNodeLoader} from '../../node/src/loader.js';

/** A bundle (the Word pane) ships the rules parsed at build time instead of the YAML files. */
const letter = 'Geachte heer Jansen,\n\nMiddels deze brief laten wij u weten dat wij uw aanvraag conform de regels hebben bekeken.\n';

function prebuiltLoader(ruleSet: string): DataLoader & {listed: number} {
  const files = createNodeLoader({noCache: true});
  const loader = {
    listed: 0,
    readText: (name: string) => files.readText(name),
    readBinary: (name: string) => files.readBinary(name),
    async listRuleFiles() {
      loader.listed++;
      return [];
    },
    readRuleSet: async () => ruleSet,
  };
  return loader;
}

describe('a prebuilt rule set', () => {
  it('gives the same findings as the rule files, without listing or reading them', async () => {
    const files = createNodeLoader({noCache: true});
    const fromFiles = await check(letter, {loader: files});
    const loader = prebuiltLoader(await serializeRuleSet(files));
    const fromSet = await check(letter, {loader});
    expect(loader.listed).toBe(0);
    expect(fromSet.findings).toEqual(fromFiles.findings);
    expect(fromSet.findings.map((finding) => finding.entryId)).toEqual(expect.arrayContaining(['middels', 'conform']));
  });

  it('says in Dutch when the shipped rule set is damaged, and still checks spelling and readability', async () => {
    const result = await check(letter, {loader: prebuiltLoader('{"entries": [')});
    expect(result.ruleErrors).toEqual([expect.objectContaining({file: 'rules.json', message: expect.stringContaining('Maak de invoegtoepassing opnieuw')})]);
    expect(result.findings.some((finding) => finding.ruleId === 'moeilijk-woord')).toBe(false);
    expect(result.readability?.lint).toBeTruthy();
  });
});
