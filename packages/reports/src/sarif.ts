import {checks} from '@helder/core';
import {isUnreadable, type ReportEntry, type ReportFinding} from './model.js';
import {fingerprintsOf} from './fingerprint.js';

/**
 * SARIF 2.1.0, the format code-scanning tools read. Written as a stream: the results first, file by file, then
 * the rules seen and the files that could not be read, which are only known at the end (SARIF does not fix the
 * order of an object's properties).
 */
export const sarifSchemaUri = 'https://json.schemastore.org/sarif-2.1.0.json';

const levelOf = {error: 'error', warning: 'warning', info: 'note'} as const;

export interface SarifWriter {
  start(): string;
  entry(entry: ReportEntry): string;
  end(): string;
}

/** A path as a URI reference: relative paths stay relative (to the folder the run started in), with %20 and the like. */
export function artifactUri(path: string): string {
  const encoded = path.split('/').map((segment) => encodeURIComponent(segment)).join('/');
  return path.startsWith('/') ? `file://${encoded}` : encoded;
}

export function createSarifWriter(tool: {version: string; informationUri?: string}): SarifWriter {
  const rules = new Map<string, number>();
  const ruleUrls = new Map<string, string>();
  const notifications: object[] = [];
  let results = 0;
  return {
    start: () => `{\n  "$schema": "${sarifSchemaUri}",\n  "version": "2.1.0",\n  "runs": [\n    {\n      "results": [`,
    entry(entry) {
      if (isUnreadable(entry)) {
        notifications.push({level: 'error', message: {text: entry.error}, locations: [{physicalLocation: {artifactLocation: {uri: artifactUri(entry.path)}}}]});
        return '';
      }
      let out = '';
      const fingerprints = fingerprintsOf(entry.path, entry.findings);
      for (const [index, finding] of entry.findings.entries()) {
        if (!rules.has(finding.ruleId)) {
          rules.set(finding.ruleId, rules.size);
          ruleUrls.set(finding.ruleId, finding.url);
        }
        const result = sarifResult(entry.path, finding, rules.get(finding.ruleId)!, finding.fingerprint ?? fingerprints[index]!);
        out += `${results === 0 ? '' : ','}\n        ${JSON.stringify(result)}`;
        results++;
      }
      return out;
    },
    end() {
      const driver = {
        name: 'Helder',
        version: tool.version,
        ...(tool.informationUri ? {informationUri: tool.informationUri} : {}),
        rules: [...rules.keys()].map((id) => {
          const check = checks.find((item) => item.id === id);
          return {id, name: id, shortDescription: {text: check?.title ?? id}, ...(check ? {fullDescription: {text: check.description}} : {}), helpUri: ruleUrls.get(id)};
        }),
      };
      const invocation = {executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications};
      const tail = {tool: {driver}, invocations: [invocation], columnKind: 'utf16CodeUnits'};
      const rest = JSON.stringify(tail, null, 2).slice(1, -1).replace(/\n/g, '\n    ');
      return `${results === 0 ? '' : '\n      '}],${rest}}\n  ]\n}\n`;
    },
  };
}

function sarifResult(path: string, finding: ReportFinding, ruleIndex: number, fingerprint: string) {
  const suggestion = finding.expected.length > 0 ? ` Beter: ${finding.expected.join(', ')}.` : '';
  const location = finding.location;
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: levelOf[finding.severity],
    message: {text: `${finding.message}${suggestion}`},
    locations: [
      {
        physicalLocation: {
          artifactLocation: {uri: artifactUri(path)},
          // A document's line is its paragraph in reading order (json `line`), so a viewer can still point at it.
          region: {startLine: Math.max(1, finding.line), startColumn: Math.max(1, finding.column), endLine: Math.max(1, finding.endLine), endColumn: Math.max(1, finding.endColumn), snippet: {text: finding.actual}},
        },
        ...(location
          ? {logicalLocations: [{name: location.label, fullyQualifiedName: `${location.part}/${location.place.paragraph}`, kind: 'element'}]}
          : {}),
      },
    ],
    partialFingerprints: {'helderFinding/v1': fingerprint},
    properties: {
      ...(finding.entryId ? {entryId: finding.entryId} : {}),
      ...(finding.sentence ? {sentence: finding.sentence} : {}),
      suggestions: finding.expected,
    },
  };
}
