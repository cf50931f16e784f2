import {check, checks, type Finding, type HelderConfig, type ReadabilityReport, type Resources, type TextFormat, type TextStats} from '@helder/core';
import type {DocumentSummary, TargetLevel} from './protocol.js';

/** Documents above this size are not checked: a letter is far smaller, and a check must not block typing. */
export const maxCheckedCharacters = 1_000_000;

export interface Analysis {
  uri: string;
  version: number;
  findings: Finding[];
  readability: ReadabilityReport | null;
  stats: TextStats;
  suppressed: number;
  config: HelderConfig;
  skipped?: 'too-large' | 'not-text';
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
  if (skipped) return {uri, version, findings: [], readability: null, stats: empty, suppressed: 0, config, skipped, duration: 0};
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
    duration: performance.now() - started,
  };
}

const checkTitles = new Map(checks.map((item) => [item.id, item.title]));

export function checkTitle(id: string): string {
  return checkTitles.get(id) ?? id;
}

/** The highest LiNT level that still counts as the target level. The core does not give a verdict yet. */
const highestLintLevel: Record<TargetLevel, number> = {A2: 1, B1: 2, B2: 3};

export function summarise(analysis: Analysis): DocumentSummary {
  const target = analysis.config.targetLevel;
  const counts: Record<string, number> = {};
  for (const finding of analysis.findings) counts[finding.ruleId] = (counts[finding.ruleId] ?? 0) + 1;
  const checkCounts = Object.entries(counts)
    .map(([id, count]) => ({id, title: checkTitle(id), count}))
    .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title));
  const readability = analysis.readability;
  const lint = readability?.lint ?? null;
  const verdict = verdictOf(readability, target);
  const total = analysis.findings.length;
  const advice = total === 1 ? '1 advies' : `${total} adviezen`;
  let label: string;
  if (analysis.skipped) label = 'Helder: niet gecontroleerd';
  else if (lint && verdict === true) label = `Helder: ${target} ✓`;
  else if (lint) label = `Helder: niveau ${lint.level}`;
  else label = total === 0 ? 'Helder: geen adviezen' : `Helder: ${advice}`;

  const lines: string[] = [];
  if (analysis.skipped === 'too-large') lines.push(`Helder controleert dit document niet. Het is groter dan ${maxCheckedCharacters / 1_000_000} MB.`);
  else if (analysis.skipped === 'not-text') lines.push('Helder controleert dit document niet. Het lijkt geen tekst.');
  else {
    if (lint) {
      lines.push(`Leesniveau (LiNT): niveau ${lint.level} van 4, score ${Math.round(lint.score)}.`);
      lines.push(verdict ? `De tekst past bij niveau ${target}.` : `De tekst is moeilijker dan niveau ${target}.`);
    } else {
      lines.push('Helder kan het leesniveau van deze tekst niet bepalen.');
    }
    lines.push(total === 0 ? 'Helder heeft geen adviezen.' : `Helder heeft ${advice}:`);
    for (const item of checkCounts) lines.push(`- ${item.title}: ${item.count}`);
    if (analysis.suppressed > 0) lines.push(`Uitgezet met een helder-disable-regel: ${analysis.suppressed}.`);
  }
  return {
    uri: analysis.uri,
    version: analysis.version,
    label,
    tooltip: lines.join('\n'),
    targetLevel: target,
    lint: lint ? {score: lint.score, level: lint.level} : null,
    meetsTarget: verdict,
    fleschDouma: readability?.fleschDouma ?? null,
    brouwer: readability?.brouwer ?? null,
    counts,
    checks: checkCounts,
    findings: total,
    suppressed: analysis.suppressed,
    words: analysis.stats.words,
    sentences: analysis.stats.sentences,
    ...(analysis.skipped ? {skipped: analysis.skipped} : {}),
  };
}

/**
 * Whether the text meets the target level. A verdict from the core wins when it has one for the target
 * (a boolean field "meetsB1"/"meetsTarget", or verdict.meetsTarget); otherwise the LiNT level decides.
 */
export function verdictOf(readability: ReadabilityReport | null, target: TargetLevel): boolean | null {
  if (!readability) return null;
  const extra = readability as Record<string, unknown>;
  const verdict = extra.verdict as Record<string, unknown> | undefined;
  if (target === 'B1' && typeof extra.meetsB1 === 'boolean') return extra.meetsB1;
  if (verdict && typeof verdict === 'object' && typeof verdict.meetsTarget === 'boolean' && (verdict.target ?? 'B1') === target) return verdict.meetsTarget;
  if (!readability.lint) return null;
  return readability.lint.level <= highestLintLevel[target];
}
