import {readdir} from 'node:fs/promises';
import {join, relative} from 'node:path';
import {check, compileRules, isActiveStatus, loadResources, parseRuleFile, type DataLoader, type Finding, type RuleEntry} from '@helder/core';
import {readLetterFile, textExtensions} from '@helder/node';
import type {RuleContent} from './rules-repo.js';

export interface Place {
  source: string; // "voorbeeldtekst" or the letter's path inside the folder
  line: number;
  words: string;
  context: string;
  ruleId: string;
}

export interface TryResult {
  fires: Place[]; // found with the proposal, not with today's rules
  stops: Place[]; // found today, no longer with the proposal
  letters: number;
  unreadable: string[];
}

const curatedChecks = new Set(['moeilijk-woord', 'afschrikwoord']);
const maxLetters = 500;

/** Build the rule entry a proposal describes, through the core's own schema, so the try-out matches as the checker will. */
export function proposedEntry(id: string, check: string, content: RuleContent): {entry?: RuleEntry; problems: string[]} {
  const yaml = `theme: Voorstel\ncheck: ${check}\nrules:\n  - ${JSON.stringify({
    id,
    forms: content.forms,
    alternatives: content.alternatives,
    reason: content.reason,
    explanation: content.explanation,
    examples: {hit: content.hit, miss: content.miss},
    status: 'aangenomen',
    provenance: {role: 'ervaringsdeskundige', date: '2026-01-01', decision: 'Voorstel.'},
  })}\n`;
  const parsed = parseRuleFile(yaml, 'voorstel');
  return {entry: parsed.entries[0], problems: parsed.errors.map((error) => `${error.field.replace(/^rules\[0\]\.?/, '')}: ${error.message}`)};
}

/**
 * Check the sample text and the letters twice, with today's active rules and with the proposal in their place,
 * and list where the curated advice differs. Uses the core's check() with the proposal compiled in.
 */
export async function tryProposal(loader: DataLoader, entries: RuleEntry[], proposal: RuleEntry, sample: string, lettersDir?: string): Promise<TryResult> {
  const base = await loadResources(loader);
  const current = entries.filter((entry) => isActiveStatus(entry.status));
  const withProposal = [...current.filter((entry) => entry.id !== proposal.id), proposal];
  const today = base;
  const proposed = {...base, engine: compileRules(withProposal), entries: withProposal};
  const texts: Array<{source: string; text: string; format?: 'text' | 'markdown' | 'html'}> = [];
  if (sample.trim() !== '') texts.push({source: 'voorbeeldtekst', text: sample});
  const unreadable: string[] = [];
  if (lettersDir) {
    for (const path of (await listLetters(lettersDir)).slice(0, maxLetters)) {
      try {
        const letter = await readLetterFile(path);
        texts.push({source: relative(lettersDir, path), text: letter.text, format: letter.format as 'text'});
      } catch {
        unreadable.push(relative(lettersDir, path));
      }
    }
  }
  const fires: Place[] = [];
  const stops: Place[] = [];
  const onlyCurated = {rules: Object.fromEntries(['spelling'].map((id) => [id, 'off' as const]))};
  for (const {source, text, format} of texts) {
    const [before, after] = await Promise.all([
      check(text, {resources: today, format, config: onlyCurated}),
      check(text, {resources: proposed, format, config: onlyCurated}),
    ]);
    const key = (finding: Finding) => `${finding.offset}:${finding.length}:${finding.entryId}`;
    const curated = (findings: Finding[]) => findings.filter((finding) => curatedChecks.has(finding.ruleId) && finding.entryId);
    const beforeKeys = new Set(curated(before.findings).map(key));
    const afterKeys = new Set(curated(after.findings).map(key));
    const place = (finding: Finding): Place => ({source, line: finding.line, words: text.slice(finding.offset, finding.offset + finding.length), context: around(text, finding.offset, finding.length), ruleId: finding.entryId!});
    for (const finding of curated(after.findings)) if (!beforeKeys.has(key(finding))) fires.push(place(finding));
    for (const finding of curated(before.findings)) if (!afterKeys.has(key(finding))) stops.push(place(finding));
  }
  return {fires, stops, letters: texts.length - (sample.trim() !== '' ? 1 : 0), unreadable};
}

function around(text: string, offset: number, length: number): string {
  const start = Math.max(0, text.lastIndexOf('\n', offset - 1) + 1, offset - 60);
  const lineEnd = text.indexOf('\n', offset + length);
  const end = Math.min(lineEnd === -1 ? text.length : lineEnd, offset + length + 60);
  return text.slice(start, end).trim();
}

async function listLetters(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (folder: string, depth: number) => {
    if (depth > 4 || found.length >= maxLetters) return;
    for (const entry of (await readdir(folder, {withFileTypes: true})).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path, depth + 1);
      else if (Object.keys(textExtensions).some((extension) => entry.name.toLowerCase().endsWith(extension))) found.push(path);
    }
  };
  await walk(dir, 0);
  return found;
}
