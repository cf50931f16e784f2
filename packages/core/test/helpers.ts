import {check, createMemoryLoader, loadResources, type DataLoader, type HelderOptions} from '../src/index.js';
import {readFileSync} from 'node:fs';
import {createNodeLoader} from '../../node/src/loader.js';
import {fileURLToPath} from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** A small, fixed rule file so the checks' tests do not depend on the curated data. */
export const testRuleFile = `
theme: Testregels
check: moeilijk-woord
rules:
  - id: middels
    forms: [middels]
    alternatives: [met, via]
    reason: Schrijf met of via.
    explanation: Middels is een deftig woord.
    examples: {hit: ["U kunt middels dit formulier bezwaar maken."], miss: ["U kunt met dit formulier bezwaar maken."]}
    status: aangenomen
    provenance: {role: ontwikkelteam, date: 2026-11-23, decision: Testregel.}
  - id: kenbaar-maken
    forms: [kenbaar maken, maak ... kenbaar, maakt ... kenbaar]
    alternatives: [laten weten]
    reason: Schrijf laten weten.
    explanation: Kenbaar maken is ambtelijk.
    examples: {hit: ["U kunt uw mening kenbaar maken."], miss: ["U kunt uw mening laten weten."]}
    status: aangenomen
    provenance: {role: ontwikkelteam, date: 2026-11-23, decision: Testregel.}
  - id: in-de-gelegenheid-stellen
    forms: [in de gelegenheid stellen, stellen ... in de gelegenheid, stelt ... in de gelegenheid]
    alternatives: [de kans geven]
    reason: Schrijf de kans geven.
    explanation: Dit is een lange ambtelijke uitdrukking.
    examples: {hit: ["Wij stellen u in de gelegenheid uw zienswijze te geven."], miss: ["Wij geven u de kans om te reageren."]}
    status: aangenomen
    provenance: {role: ontwikkelteam, date: 2026-11-23, decision: Testregel.}
  - id: overleggen
    forms: [overleggen, overlegt]
    alternatives: [meesturen, laten zien]
    reason: Schrijf meesturen.
    explanation: Overleggen betekent hier iets laten zien.
    examples: {hit: ["U moet uw loonstroken overleggen."], miss: ["Wij willen met u overleggen over uw situatie."]}
    exceptions: [met ... overleggen, overleggen met]
    status: aangenomen
    provenance: {role: ontwikkelteam, date: 2026-11-23, decision: Testregel.}
  - id: teneinde
    forms: [teneinde]
    alternatives: [om]
    reason: Schrijf om.
    explanation: Teneinde is ouderwets.
    examples: {hit: ["Teneinde uw aanvraag te beoordelen hebben wij gegevens nodig."], miss: ["Om uw aanvraag te beoordelen hebben wij gegevens nodig."]}
    status: voorstel
    provenance: {role: ervaringsdeskundige, date: 2026-11-20, decision: Nog niet besproken.}
`;

export const testOffPuttingFile = `
theme: Testafschrikwoorden
check: afschrikwoord
rules:
  - id: sociaal-team
    forms: [sociaal team, sociale team, sociale teams]
    alternatives: [wijkteam]
    reason: Schrijf wijkteam.
    explanation: Mensen denken bij sociaal aan de sociale dienst.
    examples: {hit: ["Het sociaal team belt u."], miss: ["Het wijkteam belt u."]}
    status: aangenomen
    provenance: {role: inwoner, date: 2019-01-10, decision: Advies uit een gesprek.}
`;

export const abbreviationsYaml = readFileSync(here('../data/afkortingen.yaml'), 'utf8');

/** Test rules from memory; data and dictionary from disk, as in production. */
export function testLoader(extra: Record<string, string> = {}): DataLoader {
  const memory = createMemoryLoader({'rules/test.yaml': testRuleFile, 'rules/afschrik.yaml': testOffPuttingFile, ...extra});
  const disk = createNodeLoader();
  return {
    listRuleFiles: () => memory.listRuleFiles(),
    readText: (name) => (name.startsWith('rules/') ? memory.readText(name) : disk.readText(name)),
    readBinary: (name) => (name.startsWith('rules/') ? memory.readBinary(name) : disk.readBinary(name)),
  };
}

const sharedLoader = testLoader();

export function checkText(text: string, options: HelderOptions = {}) {
  return check(text, {loader: sharedLoader, ...options});
}

/** The real rule files and data from disk, as an installed Helder reads them. */
export const realLoader = createNodeLoader();

/** With the real rules and data: each finding of one check as [the marked words, the first better word or '']. */
export async function firstAdvice(text: string, ruleId: string): Promise<string[][]> {
  const result = await check(text, {loader: realLoader});
  return result.findings.filter((finding) => finding.ruleId === ruleId).map((finding) => [finding.actual, finding.expected[0] ?? '']);
}

/** With the real rules and data: the better words of each finding of one check on `word` (lower case), in order. */
export async function quickFixes(text: string, ruleId: string, word: string): Promise<string[][]> {
  const result = await check(text, {loader: realLoader});
  return result.findings.filter((finding) => finding.ruleId === ruleId && finding.actual.toLowerCase() === word).map((finding) => finding.expected);
}

export async function ruleIds(text: string, options: HelderOptions = {}): Promise<string[]> {
  return (await checkText(text, options)).findings.map((finding) => finding.ruleId);
}

/** The abbreviations, salutations and closings from data, as check() reads them: for tests that call buildModel(). */
export const textLists = (await loadResources(sharedLoader)).textLists;
