import {check, checks, type Finding, type HelderConfig, type ReadabilityResult, type Resources, type TextFormat, type TextStats} from '@helder/core';
import {nl} from './messages.js';
import type {DocumentSummary} from './protocol.js';

/** Documents above this size are not checked: a letter is far smaller, and a check must not block typing. */
export const maxCheckedCharacters = 1_000_000;

export interface Analysis {
  uri: string;
  version: number;
  findings: Finding[];
  readability: ReadabilityResult | null;
  stats: TextStats;
  suppressed: number;
  config: HelderConfig;
  skipped?: 'too-large' | 'not-text';
  /** The core's notes (in Dutch): a check that could not run, Markdown read as plain text. Shown at the top. */
  notes: string[];
  /** How long the check took, in milliseconds. */
  duration: number;
}

/** Why a text is not checked, or undefined when it can be checked. */
export function skipReason(text: string): Analysis['skipped'] {
  if (text.length > maxCheckedCharacters) return 'too-large';
  const probe = Math.min(text.length, 8192);
  let control = 0;
  for (let index = 0; index < probe; index++) {
    const code = text.charCodeAt(index);
    // NUL and other control characters (not tab, newline, carriage return, form feed) do not occur in letters.
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) control++;
    else if (code === 0xfffd) control++; // bytes the editor could not decode
  }
  if (probe > 0 && control / probe > 0.05) return 'not-text';
  return undefined;
}

export async function analyse(
  uri: string,
  version: number,
  text: string,
  format: TextFormat,
  config: HelderConfig,
  resources: Resources,
  docsBaseUrl: string | undefined,
): Promise<Analysis> {
  const started = performance.now();
  const skipped = skipReason(text);
  const empty = {words: 0, sentences: 0, paragraphs: 0};
  if (skipped) return {uri, version, findings: [], readability: null, stats: empty, suppressed: 0, config, skipped, notes: [], duration: 0};
  const result = await check(text, {resources, config, format, ...(docsBaseUrl ? {docsBaseUrl} : {})});
  // Keep only what the editor needs: the vfile and the model hold the whole parse tree.
  return {
    uri,
    version,
    findings: result.findings,
    readability: result.readability,
    stats: result.stats,
    suppressed: result.suppressed,
    config,
    notes: result.notes,
    duration: performance.now() - started,
  };
}

const checkTitles = new Map(checks.map((item) => [item.id, item.title]));

export function checkTitle(id: string): string {
  return checkTitles.get(id) ?? id;
}

export function summarise(analysis: Analysis): DocumentSummary {
  const target = analysis.config.targetLevel;
  const counts: Record<string, number> = {};
  for (const finding of analysis.findings) counts[finding.ruleId] = (counts[finding.ruleId] ?? 0) + 1;
  const checkCounts = Object.entries(counts)
    .map(([id, count]) => ({id, title: checkTitle(id), count}))
    .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title));
  const readability = analysis.readability;
  const lint = readability?.lint ?? null;
  // The core gives a verdict exactly when it gives a LiNT level, for the target level of this config.
  const verdict = readability?.verdict ?? null;
  const total = analysis.findings.length;
  let label: string;
  if (analysis.skipped) label = nl.labelSkipped;
  else if (lint && verdict?.reached) label = nl.labelMeetsTarget(target);
  else if (lint) label = nl.labelLevel(lint.level);
  else label = nl.labelAdvice(total);

  const lines: string[] = [];
  if (analysis.skipped === 'too-large') lines.push(nl.tooltipTooLarge(maxCheckedCharacters / 1_000_000));
  else if (analysis.skipped === 'not-text') lines.push(nl.tooltipNotText);
  else {
    if (lint) {
      lines.push(nl.tooltipLevel(lint.level, Math.round(lint.score)));
      if (verdict) lines.push(verdict.summary);
    } else {
      lines.push(nl.tooltipNoLevel);
    }
    lines.push(total === 0 ? nl.tooltipNoAdvice : nl.tooltipAdvice(total));
    for (const item of checkCounts) lines.push(`- ${item.title}: ${item.count}`);
    if (analysis.suppressed > 0) lines.push(nl.tooltipSuppressed(analysis.suppressed));
  }
  return {
    uri: analysis.uri,
    version: analysis.version,
    label,
    tooltip: lines.join('\n'),
    targetLevel: target,
    lint: lint ? {score: lint.score, level: lint.level} : null,
    meetsTarget: verdict?.reached ?? null,
    fleschDouma: readability?.fleschDouma ?? null,
    brouwer: readability?.brouwer ?? null,
    counts,
    checks: checkCounts,
    findings: total,
    suppressed: analysis.suppressed,
    words: analysis.stats.words,
    sentences: analysis.stats.sentences,
    ...(verdict ? {reasons: verdict.reasons.map((reason) => reason.text)} : {}),
    ...(analysis.skipped ? {skipped: analysis.skipped} : {}),
  };
}
