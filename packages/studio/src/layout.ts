import {html, icon, type Html} from './html.js';
import type {User} from './auth.js';

export interface PageContext {
  user?: User;
  csrf?: string;
  themeClass: string;
  /** A short message after an action, e.g. "Uw voorstel is bewaard." */
  notice?: string;
}

export const roleName: Record<string, string> = {ervaringsdeskundige: 'ervaringsdeskundige', redacteur: 'redacteur', beheerder: 'beheerder'};

export function page(context: PageContext, title: string, body: Html, status = 200): {status: number; body: string} {
  const {user} = context;
  const nav = user
    ? html`<nav class="studio-nav" aria-label="Hoofdmenu"><ul class="utrecht-link-list studio-nav__list">
        <li><a class="utrecht-link studio-nav__link" href="/regels">${icon('zoek')}<span>Regels zoeken</span></a></li>
        <li><a class="utrecht-link studio-nav__link" href="/voorstel/nieuw">${icon('plus')}<span>Nieuw voorstel</span></a></li>
        <li><a class="utrecht-link studio-nav__link" href="/voorstellen">${icon('lijst')}<span>Voorstellen</span></a></li>
        <li><a class="utrecht-link studio-nav__link" href="/startset">${icon('lijst')}<span>Startset</span></a></li>
        <li><a class="utrecht-link studio-nav__link" href="/meldingen">${icon('bericht')}<span>Meldingen</span></a></li>
        ${user.role === 'beheerder' ? html`<li><a class="utrecht-link studio-nav__link" href="/beheer/gebruikers">${icon('gebruiker')}<span>Gebruikers</span></a></li>` : ''}
      </ul></nav>`
    : '';
  const out = html`<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} - Helder Rules Studio</title>
<link rel="stylesheet" href="/static/utrecht.css">
<link rel="stylesheet" href="/static/theme.css">
<link rel="stylesheet" href="/static/studio.css">
<script src="/static/studio.js" defer></script>
</head>
<body class="utrecht-page-body ${context.themeClass}">
<a class="studio-skip utrecht-link" href="#inhoud">Naar de inhoud</a>
<div class="utrecht-page studio-page">
<header class="utrecht-page-header studio-header">
  <a class="utrecht-link studio-home" href="/"><strong>Helder Rules Studio</strong></a>
  ${user
    ? html`<form method="post" action="/uitloggen" class="studio-user">
        <span>${icon('gebruiker')} ${user.display_name} (${roleName[user.role]})</span>
        <input type="hidden" name="_csrf" value="${context.csrf}">
        <button class="utrecht-button utrecht-button--secondary-action" type="submit">${icon('uit')}<span>Uitloggen</span></button>
      </form>`
    : ''}
</header>
${nav}
<main class="utrecht-page-content studio-main" id="inhoud">
${context.notice ? html`<div class="utrecht-alert utrecht-alert--ok studio-notice" role="status"><p class="utrecht-paragraph">${context.notice}</p></div>` : ''}
<h1 class="utrecht-heading-1">${title}</h1>
${body}
</main>
</div>
</body>
</html>`;
  return {status, body: out.value};
}

export const csrfField = (context: PageContext) => html`<input type="hidden" name="_csrf" value="${context.csrf}">`;

export function field(input: {name: string; label: string; hint?: string; value?: string; type?: string; rows?: number; required?: boolean; autocomplete?: string}): Html {
  const id = `veld-${input.name}`;
  const hint = input.hint ? html`<p class="utrecht-form-field-description" id="${id}-uitleg">${input.hint}</p>` : '';
  const described = input.hint ? `${id}-uitleg` : undefined;
  const control = input.rows
    ? html`<textarea class="utrecht-textarea studio-input" id="${id}" name="${input.name}" rows="${input.rows}" ${described ? html`aria-describedby="${described}"` : ''} ${input.required ? html`required` : ''}>${input.value ?? ''}</textarea>`
    : html`<input class="utrecht-textbox studio-input" id="${id}" name="${input.name}" type="${input.type ?? 'text'}" value="${input.value ?? ''}" ${described ? html`aria-describedby="${described}"` : ''} ${input.required ? html`required` : ''} ${input.autocomplete ? html`autocomplete="${input.autocomplete}"` : ''}>`;
  return html`<div class="utrecht-form-field studio-field"><label class="utrecht-form-label" for="${id}">${input.label}</label>${hint}${control}</div>`;
}

export function select(input: {name: string; label: string; options: Array<[string, string]>; value?: string}): Html {
  const id = `veld-${input.name}`;
  return html`<div class="utrecht-form-field studio-field"><label class="utrecht-form-label" for="${id}">${input.label}</label>
    <select class="utrecht-select studio-input" id="${id}" name="${input.name}">${input.options.map(([value, label]) => html`<option value="${value}" ${value === input.value ? html`selected` : ''}>${label}</option>`)}</select></div>`;
}

export const button = (label: string, iconName: Parameters<typeof icon>[0] = 'vink', primary = true) =>
  html`<button class="utrecht-button ${primary ? 'utrecht-button--primary-action' : 'utrecht-button--secondary-action'} studio-button" type="submit">${icon(iconName)}<span>${label}</span></button>`;

export const errorBox = (problems: string[]) =>
  problems.length === 0 ? '' : html`<div class="utrecht-alert utrecht-alert--error studio-error" role="alert"><p class="utrecht-paragraph"><strong>Dit moet nog anders:</strong></p><ul class="utrecht-unordered-list">${problems.map((problem) => html`<li>${problem}</li>`)}</ul></div>`;
