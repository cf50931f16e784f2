import {dutchNumber, escapeHtml} from './html-page.js';

/**
 * Charts as inline SVG: no script and no chart library, readable when printed. Each chart has a title for screen
 * readers, and the page shows the same numbers in a table.
 */
export interface Bar {
  label: string;
  value: number;
  /** Bars that meet the target are drawn in the "good" colour. */
  good: boolean;
}

const good = '#2b7a3b';
const bad = '#b3261e';
const ink = '#1a1a1a';

export function barChart(title: string, bars: Bar[]): string {
  // Narrow, so that on a phone the chart is scaled down little and its labels stay readable.
  const width = 360;
  const height = 220;
  const top = 24;
  const bottom = 40;
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const slot = width / Math.max(1, bars.length);
  const body = bars
    .map((bar, index) => {
      const barHeight = ((height - top - bottom) * bar.value) / max;
      const x = index * slot + slot * 0.2;
      const y = height - bottom - barHeight;
      return `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(slot * 0.6).toFixed(1)}" height="${barHeight.toFixed(1)}" fill="${bar.good ? good : bad}"/>
<text x="${(x + slot * 0.3).toFixed(1)}" y="${(y - 6).toFixed(1)}" text-anchor="middle" font-size="16" fill="${ink}">${dutchNumber(bar.value)}</text>
<text x="${(x + slot * 0.3).toFixed(1)}" y="${height - bottom + 24}" text-anchor="middle" font-size="16" fill="${ink}">${escapeHtml(bar.label)}</text>`;
    })
    .join('\n');
  return svg(title, width, height, `<line x1="0" y1="${height - bottom}" x2="${width}" y2="${height - bottom}" stroke="${ink}"/>\n${body}`);
}

export interface Point {
  label: string;
  value: number;
}

/** A line over time; the y axis starts at 0 so a small change does not look like a big one. */
export function lineChart(title: string, points: Point[], options: {max?: number; unit?: string} = {}): string {
  const width = 360;
  const height = 240;
  const left = 52;
  const right = 16;
  const top = 24;
  const bottom = 48;
  const max = options.max ?? Math.max(1, ...points.map((point) => point.value)) * 1.1;
  const x = (index: number) => left + (points.length === 1 ? (width - left - right) / 2 : ((width - left - right) * index) / (points.length - 1));
  const y = (value: number) => height - bottom - ((height - top - bottom) * value) / max;
  const grid = [0, 0.5, 1]
    .map((part) => {
      const value = max * part;
      return `<line x1="${left}" y1="${y(value).toFixed(1)}" x2="${width - right}" y2="${y(value).toFixed(1)}" stroke="#8a8a8a" stroke-dasharray="4 4"/>
<text x="${left - 6}" y="${(y(value) + 5).toFixed(1)}" text-anchor="end" font-size="14" fill="${ink}">${dutchNumber(value)}${options.unit ?? ''}</text>`;
    })
    .join('\n');
  const path = points.map((point, index) => `${index === 0 ? 'M' : 'L'}${x(index).toFixed(1)} ${y(point.value).toFixed(1)}`).join(' ');
  // With many runs only some dates fit under the axis.
  const every = Math.max(1, Math.ceil(points.length / 6));
  const dots = points
    .map(
      (point, index) => `<circle cx="${x(index).toFixed(1)}" cy="${y(point.value).toFixed(1)}" r="5" fill="${good}"/>${
        index % every === 0 || index === points.length - 1 ? `\n<text x="${x(index).toFixed(1)}" y="${height - bottom + 24}" text-anchor="${anchorOf(index, points.length)}" font-size="14" fill="${ink}">${escapeHtml(point.label)}</text>` : ''
      }`,
    )
    .join('\n');
  return svg(title, width, height, `${grid}\n${points.length > 1 ? `<path d="${path}" fill="none" stroke="${good}" stroke-width="3"/>` : ''}\n${dots}`);
}

/** The first and last date labels align to the chart's edges, so they are not cut off. */
const anchorOf = (index: number, count: number): string => (count > 1 && index === 0 ? 'start' : count > 1 && index === count - 1 ? 'end' : 'middle');

function svg(title: string, width: number, height: number, content: string): string {
  // The id comes from the title, so the same report gives the same bytes.
  const id = `grafiek-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 40)}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}" focusable="false"><title id="${id}">${escapeHtml(title)}</title>\n${content}\n</svg>`;
}
