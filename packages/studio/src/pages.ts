import type {RuleEntry, TextCondition} from '@helder/core';
import {html, icon, type Html} from './html.js';
import {may} from './auth.js';
import {button, csrfField, errorBox, field, roleName, select, type PageContext} from './layout.js';
import type {Proposal, Vote} from './panel.js';
import type {RuleContent, RuleFileInfo} from './rules-repo.js';
import type {TryResult} from './tryout.js';

export const statusName: Record<string, string> = {startset: 'startset (nog niet besproken)', aangenomen: 'aangenomen door het panel', voorstel: 'voorstel', vervallen: 'vervallen', open: 'open', afgewezen: 'afgewezen'};
const checkName: Record<string, string> = {'moeilijk-woord': 'moeilijk woord', afschrikwoord: 'woord dat afschrikt'};
const day = (date: Date | string | null) => (date ? new Date(date).toISOString().slice(0, 10) : '');
const list = (items: string[]) => (items.length === 0 ? html`<p class="utrecht-paragraph">Geen.</p>` : html`<ul class="utrecht-unordered-list">${items.map((item) => html`<li>${item}</li>`)}</ul>`);

export function loginPage(problem?: string, csrf = ''): Html {
  return html`${problem ? errorBox([problem]) : ''}
  <form method="post" action="/inloggen" class="studio-form">
    <input type="hidden" name="_csrf" value="${csrf}">
    ${field({name: 'username', label: 'Gebruikersnaam', autocomplete: 'username', required: true})}
    ${field({name: 'password', label: 'Wachtwoord', type: 'password', autocomplete: 'current-password', required: true})}
    ${button('Inloggen')}
  </form>`;
}

export function homePage(counts: {startset: number; open: number; feedback: number}): Html {
  return html`<p class="utrecht-paragraph">Hier kiest het panel de woorden die Helder aan schrijvers voorstelt.</p>
  <ul class="studio-cards">
    <li class="studio-card"><a class="utrecht-link" href="/startset">${icon('lijst')}<span>Startset: nog ${counts.startset} regels te bespreken</span></a></li>
    <li class="studio-card"><a class="utrecht-link" href="/voorstellen">${icon('lijst')}<span>Open voorstellen: ${counts.open}</span></a></li>
    <li class="studio-card"><a class="utrecht-link" href="/meldingen">${icon('bericht')}<span>Meldingen van schrijvers: ${counts.feedback}</span></a></li>
    <li class="studio-card"><a class="utrecht-link" href="/voorstel/nieuw">${icon('plus')}<span>Een nieuw woord voorstellen</span></a></li>
  </ul>`;
}

export interface RuleFilter {
  q?: string;
  thema?: string;
  controle?: string;
  status?: string;
  door?: string;
}

export function rulesPage(entries: RuleEntry[], files: RuleFileInfo[], filter: RuleFilter, total: number): Html {
  const themes: Array<[string, string]> = [['', 'Alle thema\u2019s'], ...files.map((file): [string, string] => [file.file, file.theme])];
  return html`<form method="get" action="/regels" class="studio-form studio-filter" role="search">
    ${field({name: 'q', label: 'Zoek een woord', value: filter.q ?? ''})}
    ${select({name: 'thema', label: 'Thema', options: themes, value: filter.thema})}
    ${select({name: 'controle', label: 'Soort', options: [['', 'Alle soorten'], ['moeilijk-woord', 'moeilijk woord'], ['afschrikwoord', 'woord dat afschrikt']], value: filter.controle})}
    ${select({name: 'status', label: 'Status', options: [['', 'Alle'], ['startset', 'startset'], ['aangenomen', 'aangenomen'], ['voorstel', 'voorstel'], ['vervallen', 'vervallen']], value: filter.status})}
    ${select({name: 'door', label: 'Voorgesteld door', options: [['', 'Iedereen'], ['ontwikkelteam', 'het team van Helder'], ['ervaringsdeskundige', 'ervaringsdeskundige'], ['inwoner', 'inwoner'], ['communicatieadviseur', 'communicatieadviseur']], value: filter.door})}
    ${button('Zoeken', 'zoek')}
  </form>
  <p class="utrecht-paragraph" role="status">${entries.length} van de ${total} regels.</p>
  <table class="utrecht-table studio-table">
    <thead class="utrecht-table__header"><tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="col">Woord</th><th class="utrecht-table__header-cell" scope="col">Beter</th><th class="utrecht-table__header-cell" scope="col">Status</th><th class="utrecht-table__header-cell" scope="col">Thema</th></tr></thead>
    <tbody class="utrecht-table__body">${entries.slice(0, 500).map(
      (entry) => html`<tr class="utrecht-table__row"><td class="utrecht-table__cell"><a class="utrecht-link" href="/regels/${entry.id}">${entry.forms[0]}</a></td><td class="utrecht-table__cell">${entry.alternatives.join(', ')}</td><td class="utrecht-table__cell">${entry.status}</td><td class="utrecht-table__cell">${entry.theme}</td></tr>`,
    )}</tbody>
  </table>`;
}

const quoted = (words: string[]) => words.map((word) => `"${word}"`).join(' of ');

/** The `text` conditions of a context in words for the panel (rules/contexts.ts recognises them). */
const textUseName: Record<TextCondition, string> = {
  begrip: 'als het woord een begrip is (een kop, een uitleg van het woord of een naam)',
  'over-anderen': 'als de zin over andere mensen gaat en niet tegen de lezer',
  'over-taal': 'als de zin over lezen, schrijven of taal gaat',
  'over-groep': 'als de tekst over een groep gaat en de lezer die groep helpt of voor die groep schrijft',
  techniek: 'als de zin over e-mail, een website of een app gaat',
  verzoek: 'als de zin eerst een aanvraag, verzoek of bezwaar noemt',
  melding: 'als de zin eerst een melding van een probleem noemt, zoals een storing of schade',
};

/** A context of a rule in words: 'Bij "verzoek", na "uw" of "op": geen advies.' (the field itself: docs/dev/rule-format.md). */
export function contextText(context: NonNullable<RuleEntry['contexts']>[number]): string {
  const when = [
    context.forms ? `Bij ${quoted(context.forms)}` : '',
    context.after ? `na ${quoted(context.after)}` : '',
    context.before ? `voor ${quoted(context.before)}` : '',
    context.text ? context.text.map((use) => textUseName[use]).join(' of ') : '',
  ]
    .filter(Boolean)
    .join(', ');
  const then = context.skip ? 'geen advies' : context.alternatives.length ? quoted(context.alternatives) : 'advies zonder beter woord';
  return `${when.charAt(0).toUpperCase()}${when.slice(1)}: ${then}.`;
}

export function rulePage(context: PageContext, entry: RuleEntry, history: Proposal[], feedback: Array<{month: string; count: number}>, commits: Array<{date: string; subject: string}>): Html {
  return html`<dl class="studio-facts">
    <dt>Soort</dt><dd>${checkName[entry.check] ?? entry.check}</dd>
    <dt>Thema</dt><dd>${entry.theme}</dd>
    <dt>Status</dt><dd>${statusName[entry.status] ?? entry.status}</dd>
    <dt>Wie, wanneer</dt><dd>${entry.provenance.role}, ${entry.provenance.date}</dd>
    <dt>Besluit</dt><dd>${entry.provenance.decision}</dd>
  </dl>
  <h2 class="utrecht-heading-2">Moeilijke woorden</h2>${list(entry.forms)}
  <h2 class="utrecht-heading-2">Betere woorden</h2>${list(entry.alternatives)}
  ${entry.contexts?.length ? html`<h2 class="utrecht-heading-2">Betere woorden per zin</h2>${list(entry.contexts.map(contextText))}` : ''}
  ${entry.exceptions.length ? html`<h2 class="utrecht-heading-2">Hier geen advies</h2>${list(entry.exceptions)}` : ''}
  <h2 class="utrecht-heading-2">Waarom</h2><p class="utrecht-paragraph">${entry.reason}</p><p class="utrecht-paragraph">${entry.explanation}</p>
  <h2 class="utrecht-heading-2">Voorbeelden</h2>
  <p class="utrecht-paragraph">Hier geeft Helder advies:</p>${list(entry.examples.hit)}
  <p class="utrecht-paragraph">Hier niet:</p>${list(entry.examples.miss)}
  <h2 class="utrecht-heading-2">Meldingen van schrijvers</h2>
  ${feedback.length === 0 ? html`<p class="utrecht-paragraph">Nog geen meldingen.</p>` : html`<ul class="utrecht-unordered-list">${feedback.map((item) => html`<li>${item.month}: ${item.count} keer &quot;dit advies helpt niet&quot;</li>`)}</ul>`}
  <h2 class="utrecht-heading-2">Geschiedenis</h2>
  ${history.length + commits.length === 0 ? html`<p class="utrecht-paragraph">Nog geen voorstellen.</p>` : html`<ul class="utrecht-unordered-list">
    ${history.map((proposal) => html`<li><a class="utrecht-link" href="/voorstellen/${proposal.id}">Voorstel ${proposal.id}</a>: ${statusName[proposal.state]}, ${day(proposal.created_at)}</li>`)}
    ${commits.map((commit) => html`<li>${commit.date}: ${commit.subject}</li>`)}
  </ul>`}
  ${may(context.user, 'propose') ? html`<p class="utrecht-paragraph"><a class="utrecht-link studio-action" href="/voorstel/nieuw?regel=${entry.id}">${icon('plus')}<span>Een wijziging voorstellen</span></a></p>` : ''}`;
}

export interface ProposalForm {
  ruleId?: string;
  file?: string;
  content: RuleContent;
  note: string;
  sample: string;
  useLetters: boolean;
}

const lines = (items: string[]) => items.join('\n');

export function proposalFormPage(context: PageContext, form: ProposalForm, files: RuleFileInfo[], existing: RuleEntry | undefined, problems: string[], tried: TryResult | undefined, hasLetters: boolean): Html {
  return html`<p class="utrecht-paragraph">${existing ? html`U stelt een wijziging voor van de regel <strong>${existing.forms[0]}</strong>.` : 'U stelt een nieuw woord voor. Schrijf op elke regel één woord of één zin.'}</p>
  ${errorBox(problems)}
  <form method="post" action="/voorstel" class="studio-form">
    ${csrfField(context)}
    ${existing ? html`<input type="hidden" name="regel" value="${existing.id}">` : select({name: 'bestand', label: 'Thema', options: files.map((file): [string, string] => [file.file, `${file.theme} (${checkName[file.check] ?? file.check})`]), value: form.file})}
    ${field({name: 'forms', label: 'Moeilijke woorden', hint: 'Eén woord per regel. Schrijf ook andere vormen op, zoals: aanvragen, aangevraagd.', rows: 4, value: lines(form.content.forms), required: true})}
    ${field({name: 'alternatives', label: 'Betere woorden', hint: 'Eén per regel. Het beste woord eerst.', rows: 3, value: lines(form.content.alternatives)})}
    ${field({name: 'reason', label: 'Waarom is het woord moeilijk? (kort)', value: form.content.reason, required: true})}
    ${field({name: 'explanation', label: 'Uitleg voor de schrijver', rows: 3, value: form.content.explanation, required: true})}
    ${field({name: 'hit', label: 'Voorbeeldzin met het moeilijke woord', hint: 'Eén zin per regel, liefst uit een echte brief.', rows: 2, value: lines(form.content.hit), required: true})}
    ${field({name: 'miss', label: 'Dezelfde zin, maar beter', hint: 'Hier mag Helder geen advies geven.', rows: 2, value: lines(form.content.miss), required: true})}
    ${field({name: 'note', label: 'Wat wilt u nog zeggen tegen het panel?', rows: 2, value: form.note})}
    <h2 class="utrecht-heading-2">Eerst proberen</h2>
    ${field({name: 'sample', label: 'Plak hier een tekst om het voorstel te proberen', rows: 5, value: form.sample})}
    ${hasLetters ? html`<div class="utrecht-form-field studio-field studio-check"><input class="utrecht-checkbox" type="checkbox" id="veld-letters" name="letters" value="ja" ${form.useLetters ? html`checked` : ''}><label class="utrecht-form-label" for="veld-letters">Probeer het ook op de map met brieven</label></div>` : ''}
    <div class="studio-buttons">
      <button class="utrecht-button utrecht-button--secondary-action studio-button" type="submit" name="actie" value="proberen">${icon('zoek')}<span>Proberen</span></button>
      <button class="utrecht-button utrecht-button--primary-action studio-button" type="submit" name="actie" value="indienen">${icon('vink')}<span>Voorstel indienen</span></button>
    </div>
  </form>
  ${tried ? tryResult(tried) : ''}`;
}

export function tryResult(result: TryResult): Html {
  const places = (items: TryResult['fires']) =>
    items.length === 0 ? html`<p class="utrecht-paragraph">Nergens.</p>` : html`<ul class="utrecht-unordered-list studio-places">${items.slice(0, 200).map((place) => html`<li><strong>${place.words}</strong> in ${place.source}, regel ${place.line}: <q>${place.context}</q></li>`)}</ul>`;
  return html`<section class="studio-tryout" aria-labelledby="uitkomst"><h2 class="utrecht-heading-2" id="uitkomst">Wat verandert er?</h2>
    <p class="utrecht-paragraph" role="status">Geprobeerd op de voorbeeldtekst${result.letters > 0 ? ` en ${result.letters} brieven` : ''}: ${result.fires.length} keer nieuw advies, ${result.stops.length} keer geen advies meer.</p>
    <h3 class="utrecht-heading-3">Hier geeft Helder nu wel advies</h3>${places(result.fires)}
    <h3 class="utrecht-heading-3">Hier geeft Helder geen advies meer</h3>${places(result.stops)}
    ${result.unreadable.length > 0 ? html`<p class="utrecht-paragraph">Niet te lezen: ${result.unreadable.join(', ')}</p>` : ''}</section>`;
}

export function proposalsPage(proposals: Proposal[], state: string): Html {
  return html`<form method="get" action="/voorstellen" class="studio-form studio-filter">${select({name: 'staat', label: 'Laat zien', options: [['open', 'open'], ['aangenomen', 'aangenomen'], ['afgewezen', 'afgewezen'], ['vervallen', 'vervallen'], ['alle', 'alle']], value: state})}${button('Laat zien', 'zoek', false)}</form>
  ${proposals.length === 0 ? html`<p class="utrecht-paragraph">Geen voorstellen.</p>` : html`<ul class="utrecht-unordered-list studio-list">${proposals.map((proposal) => html`<li><a class="utrecht-link" href="/voorstellen/${proposal.id}">Voorstel ${proposal.id}: ${proposal.content.forms[0]}</a> (${kindLabel[proposal.kind]}, ${statusName[proposal.state]}, ${proposal.creator_name}, ${day(proposal.created_at)})</li>`)}</ul>`}`;
}

const kindLabel: Record<Proposal['kind'], string> = {nieuw: 'nieuw woord', wijziging: 'wijziging', beoordeling: 'startset bespreken'};
const outcomeLabel: Record<string, string> = {aangenomen: 'Aannemen', afgewezen: 'Afwijzen', vervallen: 'Laten vervallen'};

export function proposalPage(context: PageContext, proposal: Proposal, current: RuleEntry | undefined, votes: Vote[], comments: Array<{display_name: string; role: string; body: string; created_at: Date}>, canVote: boolean, problems: string[]): Html {
  const content = proposal.content;
  const changed = (label: string, now: string[] | string | undefined, next: string[] | string) => {
    const show = (value: string[] | string | undefined) => (Array.isArray(value) ? value.join(', ') : value ?? '');
    return html`<tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="row">${label}</th>${current ? html`<td class="utrecht-table__cell">${show(now)}</td>` : ''}<td class="utrecht-table__cell">${show(next)}</td></tr>`;
  };
  return html`<p class="utrecht-paragraph">${kindLabel[proposal.kind]} van ${proposal.creator_name} (${roleName[proposal.creator_role]}), ${day(proposal.created_at)}. Status: <strong>${statusName[proposal.state]}</strong>.</p>
  ${proposal.decision_text ? html`<div class="utrecht-alert studio-decision"><p class="utrecht-paragraph">${proposal.decision_text}</p>${proposal.commit_id ? html`<p class="utrecht-paragraph">Vastgelegd in Git: ${proposal.commit_id.slice(0, 10)}</p>` : ''}</div>` : ''}
  ${errorBox([...problems, ...(proposal.apply_error ? [`De regel kon niet worden bewaard: ${proposal.apply_error}`] : [])])}
  ${proposal.note ? html`<p class="utrecht-paragraph">${proposal.note}</p>` : ''}
  <table class="utrecht-table studio-table"><thead class="utrecht-table__header"><tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="col">Onderdeel</th>${current ? html`<th class="utrecht-table__header-cell" scope="col">Nu</th>` : ''}<th class="utrecht-table__header-cell" scope="col">Voorstel</th></tr></thead>
  <tbody class="utrecht-table__body">
    ${changed('Moeilijke woorden', current?.forms, content.forms)}
    ${changed('Betere woorden', current?.alternatives, content.alternatives)}
    ${changed('Waarom', current?.reason, content.reason)}
    ${changed('Uitleg', current?.explanation, content.explanation)}
    ${changed('Voorbeeld met advies', current?.examples.hit, content.hit)}
    ${changed('Voorbeeld zonder advies', current?.examples.miss, content.miss)}
  </tbody></table>
  <h2 class="utrecht-heading-2">Keuzes van het panel</h2>
  <p class="utrecht-paragraph">Er is een besluit als twee ervaringsdeskundigen hetzelfde kiezen.</p>
  ${votes.length === 0 ? html`<p class="utrecht-paragraph">Nog niemand heeft gekozen.</p>` : html`<ul class="utrecht-unordered-list">${votes.map((vote) => html`<li>${vote.display_name} (${roleName[vote.role]}): ${vote.outcome}${vote.reason ? html`, want: ${vote.reason}` : ''}</li>`)}</ul>`}
  ${canVote && proposal.state === 'open'
    ? html`<form method="post" action="/voorstellen/${proposal.id}/keuze" class="studio-form">${csrfField(context)}
      <fieldset class="utrecht-form-fieldset studio-fieldset"><legend class="utrecht-form-fieldset__legend">Wat kiest u?</legend>
      ${(['aangenomen', 'afgewezen', 'vervallen'] as const).map((outcome, index) => html`<div class="studio-radio"><input class="utrecht-radio-button" type="radio" id="keuze-${outcome}" name="outcome" value="${outcome}" ${index === 0 ? html`checked` : ''}><label class="utrecht-form-label" for="keuze-${outcome}">${outcomeLabel[outcome]}</label></div>`)}
      </fieldset>
      ${field({name: 'reason', label: 'Waarom kiest u dit?', rows: 2, required: true})}
      ${button('Keuze bewaren')}</form>`
    : ''}
  <h2 class="utrecht-heading-2">Gesprek</h2>
  ${comments.length === 0 ? html`<p class="utrecht-paragraph">Nog geen reacties.</p>` : html`<ul class="utrecht-unordered-list studio-comments">${comments.map((comment) => html`<li><strong>${comment.display_name}</strong> (${roleName[comment.role]}, ${day(comment.created_at)}): ${comment.body}</li>`)}</ul>`}
  ${proposal.state === 'open' ? html`<form method="post" action="/voorstellen/${proposal.id}/reactie" class="studio-form">${csrfField(context)}${field({name: 'body', label: 'Uw reactie', rows: 3, required: true})}${button('Reactie plaatsen', 'bericht', false)}</form>` : ''}`;
}

export function queuePage(context: PageContext, entries: RuleEntry[], underReview: Map<string, number>): Html {
  return html`<p class="utrecht-paragraph">Deze regels komen van het team dat Helder maakt. Helder gebruikt ze al. Het panel bespreekt ze een voor een. Kies een regel om te bespreken.</p>
  <p class="utrecht-paragraph" role="status">Nog ${entries.length} regels.</p>
  <ul class="utrecht-unordered-list studio-list">${entries.slice(0, 100).map((entry) => {
    const open = underReview.get(entry.id);
    return html`<li><a class="utrecht-link" href="/regels/${entry.id}">${entry.forms[0]}</a> (${entry.theme}):
      ${open ? html`<a class="utrecht-link" href="/voorstellen/${open}">wordt besproken</a>` : html`<form method="post" action="/startset/${entry.id}" class="studio-inline">${csrfField(context)}${button('Bespreken', 'bericht', false)}</form>`}</li>`;
  })}</ul>`;
}

export function feedbackPage(context: PageContext, summary: Array<{rule: string; total: number; months: Array<{month: string; count: number}>; words: string[]}>, canImport: boolean, result?: {added: number; problems: string[]}): Html {
  return html`<p class="utrecht-paragraph">Schrijvers kunnen in hun editor of in Word melden: &quot;dit advies helpt niet&quot;. Zo ziet het panel welke regels niet goed werken. Er staat geen tekst uit de brief in, alleen de regel en de woorden.</p>
  ${result ? html`<div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph">${result.added} meldingen toegevoegd.</p></div>${errorBox(result.problems)}` : ''}
  ${summary.length === 0 ? html`<p class="utrecht-paragraph">Nog geen meldingen.</p>` : html`<table class="utrecht-table studio-table"><thead class="utrecht-table__header"><tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="col">Regel</th><th class="utrecht-table__header-cell" scope="col">Aantal</th><th class="utrecht-table__header-cell" scope="col">Per maand</th><th class="utrecht-table__header-cell" scope="col">Woorden</th></tr></thead><tbody class="utrecht-table__body">
    ${summary.map((item) => html`<tr class="utrecht-table__row"><td class="utrecht-table__cell"><a class="utrecht-link" href="/regels/${item.rule}">${item.rule}</a></td><td class="utrecht-table__cell">${item.total}</td><td class="utrecht-table__cell">${item.months.map((month) => `${month.month}: ${month.count}`).join(', ')}</td><td class="utrecht-table__cell">${item.words.join(', ')}</td></tr>`)}
  </tbody></table>`}
  ${canImport ? html`<h2 class="utrecht-heading-2">Meldingen toevoegen</h2>
  <form method="post" action="/meldingen" class="studio-form">${csrfField(context)}
    <div class="utrecht-form-field studio-field studio-js-only" hidden><label class="utrecht-form-label" for="veld-bestand">Kies het bestand helder-feedback.jsonl</label><input class="studio-input" type="file" id="veld-bestand" accept=".jsonl,.json,.txt" data-fill="veld-inhoud"></div>
    ${field({name: 'inhoud', label: 'Of plak hier wat er in het bestand staat', rows: 6})}
    ${button('Toevoegen', 'plus')}
  </form>` : ''}`;
}

export function usersPage(context: PageContext, users: Array<{display_name: string; username: string; role: string; created_at: Date}>, inviteLink?: string): Html {
  return html`${inviteLink ? html`<div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph">Stuur deze link naar de nieuwe gebruiker. De link werkt één keer.</p><p class="utrecht-paragraph"><code class="studio-invite">${inviteLink}</code></p></div>` : ''}
  <table class="utrecht-table studio-table"><thead class="utrecht-table__header"><tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="col">Naam</th><th class="utrecht-table__header-cell" scope="col">Gebruikersnaam</th><th class="utrecht-table__header-cell" scope="col">Rol</th><th class="utrecht-table__header-cell" scope="col">Sinds</th></tr></thead><tbody class="utrecht-table__body">
  ${users.map((user) => html`<tr class="utrecht-table__row"><td class="utrecht-table__cell">${user.display_name}</td><td class="utrecht-table__cell">${user.username}</td><td class="utrecht-table__cell">${roleName[user.role]}</td><td class="utrecht-table__cell">${day(user.created_at)}</td></tr>`)}
  </tbody></table>
  <h2 class="utrecht-heading-2">Iemand uitnodigen</h2>
  <form method="post" action="/beheer/uitnodigen" class="studio-form">${csrfField(context)}
    ${select({name: 'role', label: 'Rol', options: [['ervaringsdeskundige', 'ervaringsdeskundige (lid van het panel)'], ['redacteur', 'redacteur'], ['beheerder', 'beheerder']]})}
    ${button('Uitnodiging maken', 'plus')}
  </form>`;
}

export function invitePage(token: string, csrf: string, role: string, problems: string[]): Html {
  return html`<p class="utrecht-paragraph">U bent uitgenodigd als ${roleName[role]}. Kies een naam en een wachtwoord.</p>
  ${errorBox(problems)}
  <form method="post" action="/uitnodiging/${token}" class="studio-form">
    <input type="hidden" name="_csrf" value="${csrf}">
    ${field({name: 'displayName', label: 'Uw naam', required: true, autocomplete: 'name'})}
    ${field({name: 'username', label: 'Gebruikersnaam', hint: 'Kleine letters en cijfers.', required: true, autocomplete: 'username'})}
    ${field({name: 'password', label: 'Wachtwoord', hint: 'Minstens 12 tekens.', type: 'password', required: true, autocomplete: 'new-password'})}
    ${button('Account maken')}
  </form>`;
}

export const textBlock = (text: string) => html`<p class="utrecht-paragraph">${text}</p>`;
