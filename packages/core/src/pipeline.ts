import type {Plugin, Processor} from 'unified';
import type {Root} from 'nlcst';
import type {VFile} from 'vfile';
import {buildModel, parseModelTree, type TextModel, type TextFormat} from './model.js';
import {prepareFormat} from './letter/markup.js';
import {noTextLists} from './letter/text-lists.js';
import type {CheckDefinition} from './checks/context.js';
import {emitFinding, orderMessages} from './messages.js';
import type {PlaceholderRange} from './letter/placeholders.js';
import {checks} from './checks/registry.js';
import {spellingCheck} from './checks/spelling.js';
import {spellerFor} from './spelling/hunspell.js';
import {defaultConfig, mergeConfig} from './config.js';
import {loadResources, type Resources, type ResourceOptions} from './resources.js';
import type {DataLoader} from './loader.js';
import type {HelderConfig, HelderConfigInput, Severity} from './types.js';
import {runReadability} from './readability/plugin.js';

export interface HelderOptions extends ResourceOptions {
  config?: HelderConfigInput;
  /** Where data comes from (rules, dictionary). Required unless `resources` is given. */
  loader?: DataLoader;
  resources?: Resources;
  format?: TextFormat;
  /** Ranges the caller already knows are placeholders (merge fields, content controls): never checked as words. */
  placeholders?: PlaceholderRange[];
  /** Base of the documentation links; the page is `${docsBaseUrl}${ruleId}.md`. */
  docsBaseUrl?: string;
}

export const defaultDocsBaseUrl = 'docs/rules/';

interface FileState {
  model: TextModel;
  config: HelderConfig;
  resources: Resources;
}

declare module 'vfile' {
  interface DataMap {
    helderModel: TextModel;
    helderState: Promise<FileState>;
    helderFormat: TextFormat;
  }
}

/**
 * The parser: letter-aware retext-dutch. Placeholders and markup are masked; offsets stay those of the original.
 * Pass `resources` so abbreviations, salutations and closings are read from data; without them the checks read the
 * text again once they have the resources.
 */
export const helderParse: Plugin<[{format?: TextFormat; resources?: Resources}?], string, Root> = function (this: Processor, options) {
  this.parser = (document: string, file: VFile) => {
    const model = buildModel(document, options?.resources?.textLists ?? noTextLists, file.data.helderFormat ?? options?.format ?? 'text');
    file.data.helderModel = model;
    // The model does not keep its tree (memory); a unified pipeline gets its own parse of the same masked text.
    return parseModelTree(model);
  };
} as Plugin<[{format?: TextFormat; resources?: Resources}?], string, Root>;

async function resourcesFor(options: HelderOptions): Promise<Resources> {
  const resources = options.resources ?? (options.loader ? await loadResources(options.loader, options) : undefined);
  if (!resources) throw new Error('Helder needs a data loader: pass `loader` (in Node: createNodeLoader() from @helder/node) or `resources`.');
  return resources;
}

function stateFor(file: VFile, options: HelderOptions): Promise<FileState> {
  file.data.helderState ??= (async () => {
    const resources = await resourcesFor(options);
    // Inside a foreign pipeline (plain retext-dutch) there is no model yet, or one read without the lists: build it.
    let model = file.data.helderModel;
    if (model?.lists !== resources.textLists) {
      const format = file.data.helderFormat ?? options.format ?? 'text';
      await prepareFormat(format);
      model = buildModel(String(file), resources.textLists, format, options.placeholders);
    }
    file.data.helderModel = model;
    return {model, resources, config: mergeConfig(defaultConfig(), options.config)};
  })();
  return file.data.helderState;
}

export function severityOf(check: CheckDefinition, config: HelderConfig): Severity | 'off' {
  return config.rules[check.id] ?? check.defaultSeverity;
}

/** Run one check on a prepared file and turn what it reports into vfile messages. */
function runCheck(check: CheckDefinition, state: FileState, file: VFile, options: HelderOptions): void | Promise<void> {
  const configured = severityOf(check, state.config);
  if (configured === 'off') return;
  const source = {checkId: check.id, severity: configured, severitySetByUser: state.config.rules[check.id] !== undefined, docsBase: options.docsBaseUrl ?? defaultDocsBaseUrl, model: state.model};
  return check.run({...state, engine: state.resources.engine, file, report: (finding) => emitFinding(file, finding, source)});
}

/** A retext plugin for one check: `unified().use(retextDutch).use(pluginFor(longSentenceCheck), {loader})`. */
export function pluginFor(check: CheckDefinition): Plugin<[HelderOptions?], Root> {
  return (options: HelderOptions = {}) =>
    async (_tree: Root, file: VFile) => {
      await runCheck(check, await stateFor(file, options), file, options);
      orderMessages(file);
    };
}

/**
 * The same checks as the preset, without building a unified processor per call: check() runs on every key
 * stroke in an editor, and processor set-up costs more than all checks together. The messages are the same.
 */
export async function runAllChecks(file: VFile, options: HelderOptions): Promise<FileState> {
  const format = file.data.helderFormat ?? options.format ?? 'text';
  await prepareFormat(format);
  file.data.helderModel = buildModel(String(file.value), (await resourcesFor(options)).textLists, format, options.placeholders);
  const state = await stateFor(file, options);
  // On a cold start the WebAssembly of the spelling engine compiles off the main thread while the other checks run.
  // A text of only names, numbers and placeholders never needs the dictionary: then it is not loaded at all.
  const hasWords = state.model.sentences.some((sentence) => sentence.wordChecked && sentence.words.some((word) => word.kind === 'word'));
  if (hasWords && severityOf(spellingCheck, state.config) !== 'off') spellerFor(state.resources).catch(() => undefined);
  // Readability loads its data (once) while the checks run, e.g. while the spelling dictionary loads.
  const readability = runReadability(state, file);
  readability.catch(() => undefined); // awaited below; this only keeps an early failure from counting as unhandled
  for (const check of checks) {
    const running = runCheck(check, state, file, options);
    if (running) await running;
  }
  await readability;
  orderMessages(file);
  return state;
}

/** Readability as a retext plugin: sets `file.data.readability` (scores, verdict, per sentence; null without prose). */
export const readabilityPlugin: Plugin<[HelderOptions?], Root> = (options: HelderOptions = {}) =>
  async (_tree: Root, file: VFile) => {
    await runReadability(await stateFor(file, options), file);
  };

/** All checks as one retext preset: `unified().use(retextDutch).use(helderPreset, {loader})` or with helderParse. */
export const helderPreset: Plugin<[HelderOptions?], Root> = function (this: Processor, options: HelderOptions = {}) {
  for (const check of checks) this.use(pluginFor(check) as Plugin<[HelderOptions?]>, options);
  this.use(readabilityPlugin as Plugin<[HelderOptions?]>, options);
} as Plugin<[HelderOptions?], Root>;
