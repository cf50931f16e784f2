import {labels} from './labels.js';
import {dutchDate, dutchNumber, escapeHtml, htmlPage, paragraph, section, table, type ReportTheme} from './html-page.js';
import {barChart} from './svg.js';
import {shareAtTarget, type Summary} from './summary.js';
import {placeOf, type CheckedEntry, type ReportFinding, type RunInfo} from './model.js';
import type {Comparison} from './baseline.js';

/** How many difficult words the report lists. */
const wordRows = 25;
const levelsAtTarget: Record<string, number> = {A2: 1, B1: 2, B2: 3};

/**
 * The management report: one self-contained HTML file. It reads a Summary (a line per file, the word counts and
 * the findings of only the worst files), never all findings of the batch.
 */
export function htmlReport(summary: Summary, run: RunInfo, theme: ReportTheme, comparison?: Comparison): string {
  const {totals} = summary;
  const maxLevel = levelsAtTarget[run.target] ?? 2;
  const share = shareAtTarget(totals);
  const all = totals.findings.error + totals.findings.warning + totals.findings.info;
  const figures = [
    [labels.templates, dutchNumber(totals.files)],
    [`${labels.atTarget} (${escapeHtml(run.target)})`, share === null ? '-' : `${dutchNumber(share, 1)}%`],
    [labels.findings, dutchNumber(all)],
    [labels.perThousand, totals.findingsPerThousandWords === null ? '-' : dutchNumber(totals.findingsPerThousandWords, 1)],
    ...(totals.unreadable > 0 ? [[labels.notRead, dutchNumber(totals.unreadable)]] : []),
  ];
  const parts = [
    paragraph(`${labels.madeOn} ${escapeHtml(dutchDate(run.date))}.`),
    section('kort', labels.summaryHeading, `<dl class="rapport-cijfers">${figures.map(([term, value]) => `<div><dt>${term}</dt><dd>${value}</dd></div>`).join('')}</dl>`),
    levelsSection(summary, maxLevel),
    wordsSection(summary),
    worstSection(summary),
    ...(comparison ? [comparisonSection(comparison)] : []),
    section('per-sjabloon', labels.adviceHeading, summary.worst.map((entry, index) => templateArticle(entry, index)).join('\n')),
    allSection(summary),
    ...(summary.unreadable.length > 0 ? [section('niet-gelezen', labels.notRead, table(labels.notRead, [labels.template, labels.reason], summary.unreadable.map((item) => [escapeHtml(item.path), escapeHtml(item.error)])))] : []),
  ];
  return htmlPage(labels.title, parts.join('\n'), theme);
}

function levelsSection(summary: Summary, maxLevel: number): string {
  const {levels, scored, files} = summary.totals;
  const bars = ([1, 2, 3, 4] as const).map((level) => ({label: `${labels.level} ${level}`, value: levels[level], good: level <= maxLevel}));
  const rows = bars.map((bar) => [escapeHtml(bar.label), dutchNumber(bar.value), scored === 0 ? '-' : `${dutchNumber((bar.value / scored) * 100, 1)}%`]);
  const unscored = files - scored;
  return section(
    'niveaus',
    labels.levelsHeading,
    `${paragraph(labels.levelsIntro)}
<figure>${barChart(labels.levelsHeading, bars)}</figure>
${table(labels.levelsHeading, [labels.level, labels.count, labels.share], rows, [1, 2])}
${unscored > 0 ? paragraph(`${dutchNumber(unscored)} × ${labels.noLevel}`) : ''}`,
  );
}

function wordsSection(summary: Summary): string {
  if (summary.hardWords.length === 0) return section('woorden', labels.wordsHeading, paragraph(labels.noWords));
  const rows = summary.hardWords.slice(0, wordRows).map((word) => [escapeHtml(word.word), dutchNumber(word.count), dutchNumber(word.files), escapeHtml(word.expected.join(', '))]);
  return section('woorden', labels.wordsHeading, `${paragraph(labels.wordsIntro)}\n${table(labels.wordsHeading, [labels.word, labels.times, labels.inTemplates, labels.better], rows, [1, 2])}`);
}

const perThousand = (findings: number, words: number): string => (words === 0 ? '-' : dutchNumber((findings / words) * 1000, 1));

function worstSection(summary: Summary): string {
  const rows = summary.worst.map((entry, index) => {
    const lint = entry.readability.lint;
    return [`<a class="utrecht-link" href="#sjabloon-${index + 1}">${escapeHtml(entry.path)}</a>`, lint ? String(lint.level) : '-', dutchNumber(entry.findings.length), perThousand(entry.findings.length, entry.stats.words)];
  });
  const heading = `${labels.worstHeading} (${summary.worst.length})`;
  return section('moeilijkst', heading, `${paragraph(labels.worstIntro)}\n${table(heading, [labels.template, labels.level, labels.findings, labels.perThousand], rows, [1, 2, 3])}`);
}

/** The sentence with the finding's words in <mark>; a document's quote when the run has no sentence. */
export function markedSentence(finding: ReportFinding): string {
  const sentence = finding.sentence ?? finding.location?.quote ?? finding.actual;
  const words = finding.actual.replace(/\s+/g, ' ');
  const at = sentence.indexOf(words);
  if (at === -1) return `${escapeHtml(sentence)} <mark>${escapeHtml(words)}</mark>`;
  return `${escapeHtml(sentence.slice(0, at))}<mark>${escapeHtml(words)}</mark>${escapeHtml(sentence.slice(at + words.length))}`;
}

function templateArticle(entry: CheckedEntry, index: number): string {
  const lint = entry.readability.lint;
  const summaryLine = `${labels.level} ${lint ? lint.level : '-'}. ${labels.findings}: ${dutchNumber(entry.findings.length)}. ${labels.words}: ${dutchNumber(entry.stats.words)}.`;
  const items = entry.findings.map(
    (finding) => `<li><p class="rapport-plaats">${labels.place}: ${escapeHtml(placeOf(finding))}</p>
<p class="rapport-zin">${markedSentence(finding)}</p>
<p class="utrecht-paragraph">${escapeHtml(finding.message)}${finding.expected.length > 0 ? ` <strong>${labels.better}:</strong> ${escapeHtml(finding.expected.join(', '))}` : ''}</p></li>`,
  );
  return `<article class="rapport-sjabloon" id="sjabloon-${index + 1}" aria-labelledby="sjabloon-${index + 1}-kop"><h3 class="utrecht-heading-3" id="sjabloon-${index + 1}-kop">${index + 1}. ${escapeHtml(entry.path)}</h3>
${paragraph(summaryLine)}
${items.length > 0 ? `<ol class="rapport-advies">${items.join('\n')}</ol>` : paragraph(labels.noFindings)}
</article>`;
}

function allSection(summary: Summary): string {
  const rows = [...summary.files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((file) => [escapeHtml(file.path), file.level === null ? '-' : String(file.level), file.reached === null ? '-' : file.reached ? labels.yes : labels.no, dutchNumber(file.findings), perThousand(file.findings, file.words)]);
  return section('alle', labels.allHeading, table(labels.allHeading, [labels.template, labels.level, labels.reached, labels.findings, labels.perThousand], rows, [1, 3, 4]));
}

function comparisonSection(comparison: Comparison): string {
  const changes = (items: Comparison['better'], caption: string) =>
    items.length === 0 ? paragraph(labels.none) : table(caption, [labels.template, labels.previousRun, labels.level, labels.findings], items.map((change) => [escapeHtml(change.path), `${change.before.level ?? '-'} / ${dutchNumber(change.before.findings)}`, String(change.after.level ?? '-'), dutchNumber(change.after.findings)]), [2, 3]);
  const notes = (items: Comparison['newFindings'], caption: string) =>
    items.length === 0 ? paragraph(labels.none) : table(caption, [labels.template, labels.place, labels.word, labels.sentence], items.slice(0, 100).map((note) => [escapeHtml(note.path), escapeHtml(note.place), escapeHtml(note.actual), escapeHtml(note.sentence)]));
  const list = (items: string[]) => (items.length === 0 ? paragraph(labels.none) : `<ul class="utrecht-unordered-list">${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`);
  const since = comparison.previous ? paragraph(`${labels.previousRun}: ${escapeHtml(dutchDate(comparison.previous.date))}.`) : '';
  return section(
    'vergelijking',
    labels.compareHeading,
    `${since}
<h3 class="utrecht-heading-3">${labels.better_} (${comparison.better.length})</h3>${changes(comparison.better, labels.better_)}
<h3 class="utrecht-heading-3">${labels.worse} (${comparison.worse.length})</h3>${changes(comparison.worse, labels.worse)}
<h3 class="utrecht-heading-3">${labels.newFindings} (${comparison.newFindings.length})</h3>${notes(comparison.newFindings, labels.newFindings)}
<h3 class="utrecht-heading-3">${labels.goneFindings} (${comparison.goneFindings.length})</h3>${notes(comparison.goneFindings, labels.goneFindings)}
<h3 class="utrecht-heading-3">${labels.newTemplates} (${comparison.newFiles.length})</h3>${list(comparison.newFiles)}
<h3 class="utrecht-heading-3">${labels.goneTemplates} (${comparison.goneFiles.length})</h3>${list(comparison.goneFiles)}`,
  );
}
