import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {buildModel, defaultConfig, mergeConfig, loadResources, readabilityData, analyseReadability, measureSentence, type HelderConfig, type SentenceMeasures, type Tagger} from '../src/index.js';
import {testLoader} from './helpers.js';

export const readabilityLoader = testLoader();

export async function tagger(): Promise<Tagger> {
  return readabilityData(await loadResources(readabilityLoader));
}

export async function readability(text: string, config: Partial<HelderConfig> = {}) {
  return analyseReadability(buildModel(text), await tagger(), mergeConfig(defaultConfig(), config));
}

/** Measure a text that is one sentence. */
export async function measure(sentence: string): Promise<SentenceMeasures> {
  const model = buildModel(sentence);
  if (model.sentences.length !== 1) throw new Error(`Expected one sentence, the model found ${model.sentences.length}: ${sentence}`);
  return measureSentence(model.sentences[0]!, sentence, await tagger());
}

/** The counted words of a measured sentence: key and what they count for. */
export function counted(measures: SentenceMeasures) {
  const words = measures.tagged.words;
  return {
    content: words.filter((word) => word.content).map((word) => word.key),
    frequency: words.filter((word) => word.frequency !== undefined).map((word) => word.key),
    finite: words.filter((word) => word.finite).map((word) => word.key),
    nouns: words.filter((word) => word.nounClass).map((word) => `${word.key}:${word.nounClass}`),
  };
}

/** The LiNT-II reference data lives outside the repository (EUPL-1.2 source data); HELDER_LINT_DATA may point elsewhere. */
export const lintSourceDir = process.env.HELDER_LINT_DATA ?? fileURLToPath(new URL('../../../../shared/data/lint-ii/', import.meta.url));
export const referenceFile = `${lintSourceDir.replace(/\/?$/, '/')}reference-sentences.jsonl`;
export const hasReference = existsSync(referenceFile);
export const readReference = () => readFileSync(referenceFile, 'utf8');

export const letters = {
  level1: `Beste meneer Jansen,

U krijgt deze brief van de gemeente. U hebt geld gevraagd voor een nieuwe bril. Dat geld krijgt u. Wij betalen 150 euro. Het geld staat over een week op uw bank. Hebt u nog vragen? Bel ons dan. Wij helpen u graag.

Met vriendelijke groet,

Ans de Boer
`,
  level2: `Beste mevrouw Pietersen,

Wij hebben uw aanvraag voor bijzondere bijstand ontvangen. U vraagt een vergoeding voor de kosten van een nieuwe wasmachine. Wij hebben uw aanvraag beoordeeld en besloten dat u een bedrag van 350 euro krijgt. Dit bedrag maken wij binnen twee weken over op uw rekening. Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken. In de bijlage leest u hoe u dat doet.

Met vriendelijke groet,

Ans de Boer
`,
  level3: `Geachte heer, mevrouw,

Op 12 maart 2026 hebben wij uw aanvraag voor een maatwerkvoorziening op grond van de Wet maatschappelijke ondersteuning ontvangen. Naar aanleiding van het gesprek met onze consulent hebben wij besloten dat u in aanmerking komt voor huishoudelijke ondersteuning. De ondersteuning wordt verleend door een zorgaanbieder die door de gemeente is gecontracteerd. Indien uw situatie wijzigt, bent u verplicht dit binnen veertien dagen aan ons door te geven. Voor de maatwerkvoorziening bent u een eigen bijdrage verschuldigd, die door het Centraal Administratiekantoor wordt vastgesteld en geïnd.

Hoogachtend,

De burgemeester en wethouders
`,
  level4: `Geachte heer, mevrouw,

Gelet op artikel 4:8 van de Algemene wet bestuursrecht en de bepalingen van de Verordening maatschappelijke ondersteuning, alsmede de daarop gebaseerde beleidsregels, wordt u hierbij in de gelegenheid gesteld uw zienswijze kenbaar te maken omtrent het voornemen tot herziening en intrekking van de bij besluit van 3 februari 2025 toegekende voorziening. Blijkens de door de zorgaanbieder verstrekte rapportage en de bevindingen van de onafhankelijke indicatiesteller is niet langer sprake van beperkingen in de zelfredzaamheid die een aanspraak op de onderhavige voorziening rechtvaardigen. Eventuele onverschuldigd verstrekte bedragen zullen met inachtneming van de toepasselijke bepalingen worden teruggevorderd, onverminderd de bevoegdheid tot verrekening met nog te verstrekken uitkeringen.

Hoogachtend,

De burgemeester en wethouders
`,
};

/** LiNT-II's published example (README of the LiNT-II project; DESIGN.md). */
export const publishedExample =
  'De Oudegracht is het sfeervolle hart van de stad. In de middeleeuwen was het hier een drukte van belang met de aan- en afvoer van goederen. Nu is het een prachtige plek om te winkelen en te lunchen of te dineren in de oude stadskastelen.';
