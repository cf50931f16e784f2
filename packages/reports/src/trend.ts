import {labels} from './labels.js';
import {dutchDate, dutchNumber, escapeHtml, htmlPage, paragraph, section, table, type ReportTheme} from './html-page.js';
import {lineChart} from './svg.js';
import {shareAtTarget, type RunTotals} from './summary.js';
import type {RunInfo} from './model.js';

export interface TrendRun {
  run: RunInfo;
  totals: RunTotals;
}

export class TrendError extends Error {}

/** The run date and totals of a json report; a Dutch reason when the report is too old or not a Helder report. */
export function trendRunOf(value: unknown): TrendRun {
  const {run, totals} = (value ?? {}) as Partial<TrendRun>;
  if (!Array.isArray((value as {files?: unknown})?.files)) throw new TrendError('Dit is geen uitvoer van helder check --format json.');
  if (!run || typeof run.date !== 'string' || !totals || typeof totals.words !== 'number') throw new TrendError('Datum en totalen ontbreken. Dit bestand is gemaakt met een oudere versie van Helder. Maak het opnieuw met helder check --format json.');
  return {run, totals};
}

/** The monthly report for the council: share at the target level and findings per 1,000 words, run by run. */
export function trendReport(runs: TrendRun[], theme: ReportTheme): string {
  const sorted = [...runs].sort((a, b) => (a.run.date < b.run.date ? -1 : a.run.date > b.run.date ? 1 : 0));
  const shortDate = (iso: string) => new Date(iso).toLocaleDateString('nl-NL', {day: 'numeric', month: 'short', timeZone: 'UTC'});
  const shares = sorted.map((item) => ({label: shortDate(item.run.date), value: shareAtTarget(item.totals) ?? 0}));
  const density = sorted.map((item) => ({label: shortDate(item.run.date), value: item.totals.findingsPerThousandWords ?? 0}));
  const rows = sorted.map((item) => {
    const share = shareAtTarget(item.totals);
    return [escapeHtml(dutchDate(item.run.date)), dutchNumber(item.totals.files), share === null ? '-' : `${dutchNumber(share, 1)}%`, item.totals.findingsPerThousandWords === null ? '-' : dutchNumber(item.totals.findingsPerThousandWords, 1)];
  });
  const target = sorted.at(-1)?.run.target ?? 'B1';
  const body = [
    paragraph(labels.trendIntro),
    ...(sorted.length < 2 ? [paragraph(labels.trendTooFew)] : []),
    section('deel', `${labels.shareChart} (${escapeHtml(target)})`, `<figure>${lineChart(labels.shareChart, shares, {max: 100, unit: '%'})}</figure>`),
    section('dichtheid', labels.perThousandChart, `<figure>${lineChart(labels.perThousandChart, density)}</figure>`),
    section('cijfers', labels.trendTable, table(labels.trendTable, [labels.date, labels.templates, `${labels.atTarget} (${escapeHtml(target)})`, labels.perThousand], rows, [1, 2, 3])),
  ];
  return htmlPage(labels.trendTitle, body.join('\n'), theme);
}
