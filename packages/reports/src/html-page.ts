import {labels} from './labels.js';

/** Escape text for HTML content and attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[char]!);

/** How a municipality makes the report its own, from the `report` field of the config file. */
export interface ReportTheme {
  /** The NL Design System CSS (components and the example theme), inlined: see styles.ts. */
  styles: string;
  /** Extra CSS with the municipality's design tokens, inlined after the example theme. */
  themeCss?: string;
  /** The class that switches the tokens on (default: voorbeeld-theme). */
  themeClass?: string;
  /** The logo as a data: URI (never a link: the report must open without a network). */
  logo?: {dataUri: string; alt: string};
  organisation?: string;
}

const ownCss = `
.rapport { max-inline-size: 60rem; margin-inline: auto; padding: 1rem; overflow-wrap: break-word;
  font-family: var(--utrecht-paragraph-font-family, var(--utrecht-document-font-family, system-ui, sans-serif)); }
.rapport-kop { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; border-block-end: 4px solid currentColor; margin-block-end: 1.5rem; }
.rapport-logo { max-block-size: 4rem; max-inline-size: 12rem; }
.rapport-cijfers { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 1rem; margin: 0; }
.rapport-cijfers div { border: 2px solid currentColor; border-radius: 0.5rem; padding: 0.75rem; }
.rapport-cijfers dt { font-weight: normal; }
.rapport-cijfers dd { margin: 0; font-size: 2rem; font-weight: bold; }
.rapport section { margin-block-start: 2.5rem; }
.rapport-tabel { overflow-x: auto; max-inline-size: 100%; margin-block: 1rem; }
.rapport caption { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.rapport-tabel:focus { outline: 3px solid currentColor; }
.rapport table { border-collapse: collapse; inline-size: 100%; }
.rapport th, .rapport td { text-align: start; vertical-align: top; padding: 0.4rem 0.5rem; border-block-end: 1px solid #8a8a8a; }
.rapport td.getal, .rapport th.getal { text-align: end; font-variant-numeric: tabular-nums; }
.rapport figure { margin: 1rem 0; }
.rapport svg { inline-size: 100%; block-size: auto; max-inline-size: 36rem; }
.rapport mark { background: #ffe08a; color: #1a1a1a; padding-inline: 0.1em; }
.rapport-advies { list-style: none; padding: 0; }
.rapport-advies li { border-inline-start: 4px solid #8a8a8a; padding-inline-start: 0.75rem; margin-block-end: 1rem; }
.rapport-zin { margin: 0.25rem 0; font-style: italic; }
.rapport-plaats { margin: 0; font-size: 0.9rem; }
.rapport-sjabloon { margin-block-end: 2rem; break-inside: avoid-page; }
.rapport-voet { margin-block-start: 2rem; border-block-start: 1px solid currentColor; font-size: 0.9rem; }
.rapport-skip { position: absolute; inset-inline-start: -100vw; }
.rapport-skip:focus { position: static; }
@media print { .rapport-skip { display: none; } .rapport-tabel { overflow: visible; } .rapport section { break-inside: auto; } }
`;

/** One self-contained page: inline CSS only, no script, no outside font or image; a CSP forbids anything else. */
export function htmlPage(title: string, body: string, theme: ReportTheme): string {
  // The example theme stays underneath: a municipality's class only needs the tokens it changes.
  const themeClass = theme.themeClass && /^[\w-]{1,80}$/.test(theme.themeClass) ? `voorbeeld-theme ${theme.themeClass}` : 'voorbeeld-theme';
  const logo = theme.logo ? `<img class="rapport-logo" src="${escapeHtml(theme.logo.dataUri)}" alt="${escapeHtml(theme.logo.alt)}">` : '';
  const organisation = theme.organisation ? `<p class="utrecht-paragraph">${escapeHtml(theme.organisation)}</p>` : '';
  // A theme file must not end the style element and start markup of its own.
  const themeCss = (theme.themeCss ?? '').replace(/<\/style/gi, '<\\/style');
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${theme.styles}</style>
<style>${themeCss}</style>
<style>${ownCss}</style>
</head>
<body class="utrecht-document ${themeClass}">
<a class="rapport-skip utrecht-link" href="#inhoud">${labels.skip}</a>
<div class="rapport">
<header class="rapport-kop">${logo}<div><h1 class="utrecht-heading-1">${escapeHtml(title)}</h1>${organisation}</div></header>
<main id="inhoud">
${body}
</main>
<footer class="rapport-voet"><p class="utrecht-paragraph">${labels.footer}</p></footer>
</div>
</body>
</html>
`;
}

/** A table that may scroll sideways on a phone: the scroll area can get focus, so it also works without a mouse. */
export function table(caption: string, head: string[], rows: string[][], numeric: number[] = []): string {
  const cell = (tag: 'th' | 'td', index: number, content: string) => `<${tag}${numeric.includes(index) ? ' class="getal"' : ''}${tag === 'th' ? ' scope="col"' : ''}>${content}</${tag}>`;
  return `<div class="rapport-tabel" role="region" tabindex="0" aria-label="${labels.tableOf} ${escapeHtml(caption)}"><table class="utrecht-table"><caption class="utrecht-table__caption">${escapeHtml(caption)}</caption>
<thead class="utrecht-table__header"><tr class="utrecht-table__row">${head.map((item, index) => cell('th', index, escapeHtml(item))).join('')}</tr></thead>
<tbody class="utrecht-table__body">${rows.map((row) => `<tr class="utrecht-table__row">${row.map((item, index) => cell('td', index, item)).join('')}</tr>`).join('\n')}</tbody></table></div>`;
}

export const section = (id: string, heading: string, content: string): string => `<section aria-labelledby="${id}"><h2 class="utrecht-heading-2" id="${id}">${escapeHtml(heading)}</h2>\n${content}\n</section>`;
export const paragraph = (text: string): string => `<p class="utrecht-paragraph">${text}</p>`;

/** Dutch number: 1.234,5 */
export const dutchNumber = (value: number, digits = 0): string => value.toLocaleString('nl-NL', {minimumFractionDigits: digits, maximumFractionDigits: digits});

/** "2 december 2026" from an ISO date. */
export function dutchDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('nl-NL', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
}
