import {sep} from 'node:path';
import {DiagnosticSeverity, MessageType, type Connection, type Diagnostic} from 'vscode-languageserver';
import {diagnosticSource} from './diagnostics.js';
import {nl} from './messages.js';
import {fileUri, type RulesOutcome} from './rules.js';
import type {ResolvedConfig} from './settings.js';

/**
 * Problems in Helder's own files, shown where the person who can fix them looks: a diagnostic on the rule file or
 * the config file (on the line of the problem), and a window message when Helder keeps old rules or skips a setting.
 */
export class ProblemReporter {
  private ruleProblemFiles = new Set<string>();
  private configProblemFiles = new Map<string, string>(); // path -> the diagnostics last sent, as JSON
  private lastSettingProblems = '';

  constructor(private readonly connection: Connection) {}

  private showMessage(type: MessageType, message: string): void {
    void this.connection.sendNotification('window/showMessage', {type, message});
  }

  rules(outcome: RulesOutcome): void {
    const byFile = new Map<string, Diagnostic[]>();
    for (const problem of outcome.problems) {
      const line = Math.max(0, problem.line - 1);
      const character = Math.max(0, problem.column - 1);
      const list = byFile.get(problem.path) ?? [];
      list.push({
        range: {start: {line, character}, end: {line, character: character + 1}},
        severity: DiagnosticSeverity.Error,
        source: diagnosticSource,
        code: 'regelbestand',
        message: nl.ruleFileProblem(problem.field, problem.ruleId, problem.message),
      });
      byFile.set(problem.path, list);
    }
    // A fixed file gets an empty list, so its old problems disappear.
    for (const path of this.ruleProblemFiles) if (!byFile.has(path)) void this.connection.sendDiagnostics({uri: fileUri(path), diagnostics: []});
    this.ruleProblemFiles = new Set(byFile.keys());
    for (const [path, diagnostics] of byFile) void this.connection.sendDiagnostics({uri: fileUri(path), diagnostics});
    if (outcome.failure) {
      this.showMessage(MessageType.Error, nl.rulesUnreadable(outcome.failure));
    } else if (!outcome.accepted && outcome.problems.length > 0) {
      this.showMessage(MessageType.Warning, nl.rulesKept([...byFile.keys()].map((path) => path.split(sep).at(-1)).join(', ')));
    }
  }

  config(resolved: ResolvedConfig): void {
    if (resolved.configPath) {
      const diagnostics: Diagnostic[] = resolved.fileErrors.map((error) => {
        const line = lineOfField(resolved.fileText ?? '', error.field);
        return {
          range: {start: {line, character: 0}, end: {line, character: 1000}},
          severity: DiagnosticSeverity.Error,
          source: diagnosticSource,
          code: 'configbestand',
          message: nl.configFileProblem(error.field, error.message),
        };
      });
      const key = JSON.stringify(diagnostics);
      if (this.configProblemFiles.get(resolved.configPath) !== key) {
        this.configProblemFiles.set(resolved.configPath, key);
        void this.connection.sendDiagnostics({uri: fileUri(resolved.configPath), diagnostics});
      }
    }
    const settingText = resolved.settingErrors.map((error) => `helder.${error.field}: ${error.message}`).join(' ');
    if (settingText !== this.lastSettingProblems) {
      this.lastSettingProblems = settingText;
      if (settingText) this.showMessage(MessageType.Warning, nl.settingWrong(settingText));
    }
  }
}

/** The 0-based line of a field like "rules.lang-woord" in a JSON text, by its last key; 0 when not found. */
export function lineOfField(text: string, field: string): number {
  const key = field.split('.').at(-1) ?? field;
  if (key.startsWith('(')) return 0;
  const at = text.indexOf(`"${key}"`);
  return at === -1 ? 0 : text.slice(0, at).split('\n').length - 1;
}
