import type {Finding, RuleEntry} from '@helder/core';
import {MarkupKind, type Hover} from 'vscode-languageserver';
import type {TextDocument} from 'vscode-languageserver-textdocument';
import {checkTitle} from './analysis.js';
import {rangeOf} from './diagnostics.js';
import {nl} from './messages.js';


/** The hover text for the findings under the cursor: the curators' explanation, examples and who decided. */
export function hoverFor(document: TextDocument, findings: Finding[], entryOf: (id: string | undefined) => RuleEntry | undefined, markdown: boolean): Hover | null {
  if (findings.length === 0) return null;
  const parts = findings.map((finding) => describe(finding, entryOf(finding.entryId), markdown));
  const first = findings[0]!;
  return {
    contents: {kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: parts.join(markdown ? '\n\n---\n\n' : '\n\n')},
    range: rangeOf(document, first),
  };
}

function describe(finding: Finding, entry: RuleEntry | undefined, markdown: boolean): string {
  const bold = (text: string) => (markdown ? `**${text}**` : text);
  const quote = (text: string) => `"${markdown ? escapeMarkdown(text) : text}"`;
  const lines: string[] = [];
  lines.push(`${bold(nl.hoverTitle(checkTitle(finding.ruleId)))} (${finding.entryId ? `${finding.ruleId}, ${finding.entryId}` : finding.ruleId})`);
  lines.push(markdown ? escapeMarkdown(finding.message) : finding.message);
  if (finding.expected.length > 0) lines.push(`${bold(nl.hoverBetter)} ${finding.expected.map(quote).join(', ')}`);
  const explanation = finding.explanation ?? entry?.explanation;
  if (explanation && explanation !== finding.message) lines.push(`${bold(nl.hoverWhy)} ${markdown ? escapeMarkdown(explanation) : explanation}`);
  if (entry && (entry.examples.hit.length > 0 || entry.examples.miss.length > 0)) {
    const examples = [bold(nl.hoverExamples)];
    for (const hit of entry.examples.hit.slice(0, 2)) examples.push(`- ${nl.hoverBad} ${quote(hit)}`);
    for (const miss of entry.examples.miss.slice(0, 2)) examples.push(`- ${nl.hoverGood} ${quote(miss)}`);
    lines.push(examples.join('\n'));
  }
  const provenance = finding.provenance ?? entry?.provenance;
  if (provenance && provenance.role) {
    const who = nl.roles[provenance.role] ?? provenance.role;
    const decision = provenance.decision ? ` ${markdown ? escapeMarkdown(provenance.decision) : provenance.decision}` : '';
    lines.push(`${bold(nl.hoverWho)} ${nl.hoverWhen(who, provenance.date)}${decision}`);
  }
  if (finding.url && /^[a-z][a-z0-9+.-]*:/i.test(finding.url)) lines.push(markdown ? `[${nl.hoverMore}](${finding.url})` : `${nl.hoverMore}: ${finding.url}`);
  return lines.join('\n\n');
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}
