import {dirname, join, relative, sep} from 'node:path';
import {pathToFileURL} from 'node:url';
import {configFileNames} from '@helder/node';
import {DidChangeConfigurationNotification} from 'vscode-languageserver';
import {helderSection} from '../client.js';
import {pathOfUri} from '../formats.js';
import type {RulesOutcome} from '../rules.js';
import {FolderWatchers} from '../watch.js';
import type {ServerContext} from './context.js';

export interface SettingsHandlers {
  /** Read the rules for the first time (after the settings), then check the open documents. */
  start(): Promise<void>;
  /** The set of open documents changed: watch the folders where their config files can be. */
  openDocumentsChanged(): void;
  close(): void;
}

/** Editor settings, config files and rule files: read again when they change, then check again. */
export function registerSettings(context: ServerContext): SettingsHandlers {
  const {connection, rules, resolver} = context;

  const reportRules = (outcome: RulesOutcome) => {
    context.problems.rules(outcome);
    context.log(`Helder: rules read from ${rules.ruleDirs.join(', ')}: ${rules.resources?.entries.length ?? 0} rules, ${outcome.problems.length} problems${outcome.accepted ? '' : ' (kept the rules from before)'}.`);
  };

  const reloadRules = async () => {
    const outcome = await rules.reload();
    reportRules(outcome);
    if (outcome.accepted) context.recheckAll();
  };

  const ruleWatchers = new FolderWatchers((name) => /\.ya?ml$/.test(name), () => void reloadRules());

  const applyGlobalSettings = async () => {
    const base = context.workspaceFolders[0];
    const settings = await resolver.settingsFor(base ? pathToFileURL(base).href : undefined);
    const extra = (Array.isArray(settings.extraRuleDirs) ? settings.extraRuleDirs : [])
      .filter((item): item is string => typeof item === 'string' && item.trim() !== '')
      .map((item) => (base && !item.startsWith('/') ? join(base, item) : item));
    // The project's config file adds its own rule folders, as it does for the CLI.
    if (base) extra.push(...(await resolver.ruleDirsFor(base)));
    if (rules.setExtraRuleDirs(extra)) {
      ruleWatchers.set(rules.ruleDirs);
      await reloadRules();
    }
  };

  /** Settings or a config file changed; a config file may name other rule folders: read those first, then check again. */
  const settingsChanged = () =>
    void applyGlobalSettings()
      .catch((error) => connection.console.error(String(error)))
      .finally(context.recheckAll);

  const configWatchers = new FolderWatchers(
    (name) => configFileNames.includes(name),
    () => {
      resolver.clearFiles();
      settingsChanged();
    },
  );

  connection.onDidChangeConfiguration((params) => {
    const settings = helderSection(params.settings);
    if (settings !== undefined) context.pushedSettings = settings;
    resolver.clearSettings();
    settingsChanged();
  });

  connection.onDidChangeWatchedFiles((params) => {
    let config = false;
    let ruleFile = false;
    for (const change of params.changes) {
      const path = pathOfUri(change.uri) ?? '';
      if (configFileNames.some((name) => path.endsWith(`${sep}${name}`))) config = true;
      if (/\.ya?ml$/.test(path) && rules.ruleDirs.some((dir) => !relative(dir, path).startsWith('..'))) ruleFile = true;
    }
    if (config) {
      resolver.clearFiles();
      settingsChanged();
    }
    if (ruleFile) void reloadRules();
  });

  return {
    async start() {
      if (context.support.dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, {section: 'helder'});
      ruleWatchers.set(rules.ruleDirs);
      await applyGlobalSettings().catch((error) => connection.console.error(String(error)));
      if (!rules.resources) reportRules(await rules.reload());
      context.recheckAll();
    },
    openDocumentsChanged() {
      const dirs = new Set<string>();
      for (const document of context.documents.all()) {
        const path = pathOfUri(document.uri);
        if (!path) continue;
        let dir = dirname(path);
        for (let depth = 0; depth < 6; depth++) {
          dirs.add(dir);
          if (context.workspaceFolders.includes(dir)) break;
          const parent = dirname(dir);
          if (parent === dir) break;
          dir = parent;
        }
      }
      configWatchers.set([...dirs]);
    },
    close() {
      ruleWatchers.close();
      configWatchers.close();
    },
  };
}
