import {readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {timingSafeEqual} from 'node:crypto';
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import Fastify, {type FastifyInstance, type FastifyReply, type FastifyRequest} from 'fastify';
import formbody from '@fastify/formbody';
import type {DataLoader, RuleEntry} from '@helder/core';
import {createNodeLoader} from '@helder/node';
import {Auth, defaultAuthSettings, may, newToken, passwordProblem, type AuthSettings, type Permission, type User} from './auth.js';
import type {Database} from './db/database.js';
import {FeedbackInbox, Panel, feedbackLine, outcomes, parseFeedback, type Outcome} from './panel.js';
import {RulesRepo, type RuleContent} from './rules-repo.js';
import {proposedEntry, tryProposal} from './tryout.js';
import {page, type PageContext} from './layout.js';
import * as pages from './pages.js';
import {studioCss, studioJs} from './assets.js';

export interface StudioOptions {
  db: Database;
  rulesDir: string;
  /** A folder of letters the try-out may run on (read on the server, never uploaded). */
  lettersDir?: string;
  themeClass?: string;
  /** A municipality's own theme CSS file, served instead of the example theme. */
  themeCss?: string;
  /** Mark cookies Secure: on for every install behind HTTPS. */
  secureCookies?: boolean;
  /** Bearer token an editor sends with feedback to POST /api/meldingen; the endpoint is off without it. */
  feedbackToken?: string;
  /**
   * Addresses of the reverse proxy in front of the Studio (Fastify's trustProxy: an address, a CIDR range or a
   * comma-separated list). Only then is X-Forwarded-For believed, so log-in throttling counts per visitor, not per proxy.
   */
  trustProxy?: string;
  auth?: Partial<AuthSettings>;
  logger?: boolean;
}

const sessionCookie = 'helder_sessie';
const loginCsrfCookie = 'helder_formulier';

export async function createStudio(options: StudioOptions): Promise<FastifyInstance> {
  const settings = {...defaultAuthSettings, ...options.auth};
  const auth = new Auth(options.db, settings);
  const repo = new RulesRepo(options.rulesDir);
  const panel = new Panel(options.db, auth, repo);
  const inbox = new FeedbackInbox(options.db);
  // Helder's data (dictionary, abbreviations) from the installed core; the rules from the Studio's own folder.
  const loader: DataLoader = createNodeLoader({ruleDirs: [options.rulesDir], noCache: true});
  const themeClass = options.themeClass ?? 'voorbeeld-theme';
  const app = Fastify({logger: options.logger ?? false, bodyLimit: 2 * 1024 * 1024, trustProxy: options.trustProxy?.trim() ? options.trustProxy.trim() : false});
  await app.register(formbody);

  const styles = await loadStyles(options.themeCss);
  app.get('/static/utrecht.css', (_request, reply) => reply.type('text/css').header('cache-control', 'max-age=3600').send(styles.utrecht));
  app.get('/static/theme.css', (_request, reply) => reply.type('text/css').header('cache-control', 'max-age=3600').send(styles.theme));
  app.get('/static/studio.css', (_request, reply) => reply.type('text/css').send(studioCss));
  app.get('/static/studio.js', (_request, reply) => reply.type('text/javascript').send(studioJs));

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'same-origin');
    reply.header('content-security-policy', "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'");
    return payload;
  });

  interface Visit {
    user?: User;
    csrf?: string;
    token?: string;
  }
  const visits = new WeakMap<FastifyRequest, Visit>();
  app.addHook('preHandler', async (request) => {
    const token = cookies(request)[sessionCookie];
    const session = await auth.session(token);
    visits.set(request, session ? {...session, token} : {});
  });
  const visit = (request: FastifyRequest) => visits.get(request) ?? {};
  const context = (request: FastifyRequest, notice?: string): PageContext => ({...visit(request), themeClass, ...(notice ? {notice} : {})});
  const send = (reply: FastifyReply, result: {status: number; body: string}) => reply.code(result.status).type('text/html; charset=utf-8').send(result.body);
  const body = (request: FastifyRequest) => (request.body ?? {}) as Record<string, string | undefined>;

  /** Every state-changing request: a session, the session's CSRF token in the form, and the role's permission. */
  const guard = (permission?: Permission) => async (request: FastifyRequest, reply: FastifyReply) => {
    const {user, csrf} = visit(request);
    if (!user) return request.method === 'GET' ? reply.redirect(`/inloggen?terug=${encodeURIComponent(request.url)}`) : send(reply, page(context(request), 'Log eerst in', pages.loginPage('Uw sessie is verlopen. Log opnieuw in.'), 401));
    if (request.method === 'POST' && !sameToken(body(request)._csrf, csrf)) return send(reply, page(context(request), 'Dat ging niet', htmlText('Het formulier is te oud of komt niet van de Studio. Open de pagina opnieuw en probeer het nog eens.'), 403));
    if (permission && !may(user, permission)) return send(reply, page(context(request), 'Dat mag niet', htmlText('Met uw rol mag u dit niet doen.'), 403));
  };

  app.get('/inloggen', async (request, reply) => {
    if (visit(request).user) return reply.redirect('/');
    const csrf = newToken();
    setCookie(reply, loginCsrfCookie, csrf, {secure: options.secureCookies, maxAge: 3600});
    return send(reply, page(context(request), 'Inloggen', pages.loginPage(undefined, csrf)));
  });
  app.post('/inloggen', async (request, reply) => {
    const form = body(request);
    const again = () => {
      const csrf = newToken();
      setCookie(reply, loginCsrfCookie, csrf, {secure: options.secureCookies, maxAge: 3600});
      return csrf;
    };
    if (!sameToken(form._csrf, cookies(request)[loginCsrfCookie])) return send(reply, page(context(request), 'Inloggen', pages.loginPage('Het formulier is te oud. Probeer het nog eens.', again()), 403));
    const result = await auth.login(form.username ?? '', form.password ?? '', request.ip);
    if (result === 'throttled') return send(reply, page(context(request), 'Inloggen', pages.loginPage(`Het is te vaak fout gegaan. Wacht ${settings.throttleMinutes} minuten en probeer het dan opnieuw.`, again()), 429));
    if (result === 'wrong') return send(reply, page(context(request), 'Inloggen', pages.loginPage('De naam of het wachtwoord klopt niet.', again()), 401));
    setCookie(reply, sessionCookie, result.token, {secure: options.secureCookies, maxAge: settings.sessionMinutes * 60});
    return reply.redirect('/', 303);
  });
  app.post('/uitloggen', {preHandler: guard()}, async (request, reply) => {
    await auth.logout(visit(request).token!);
    setCookie(reply, sessionCookie, '', {secure: options.secureCookies, maxAge: 0});
    return reply.redirect('/inloggen', 303);
  });

  app.get('/', {preHandler: guard()}, async (request, reply) => {
    const {entries} = await repo.load();
    const open = await panel.proposals({state: 'open'});
    const feedback = (await inbox.summary()).reduce((sum, item) => sum + item.total, 0);
    const reviewed = new Set(open.filter((proposal) => proposal.kind === 'beoordeling').map((proposal) => proposal.rule_id));
    const startset = entries.filter((entry) => entry.status === 'startset' && !reviewed.has(entry.id)).length;
    return send(reply, page(context(request), 'Welkom', pages.homePage({startset, open: open.length, feedback})));
  });

  app.get('/regels', {preHandler: guard()}, async (request, reply) => {
    const filter = request.query as pages.RuleFilter;
    const {entries, files} = await repo.load();
    const q = (filter.q ?? '').trim().toLowerCase();
    const found = entries.filter(
      (entry) =>
        (!q || entry.id.includes(q) || entry.forms.some((form) => form.toLowerCase().includes(q)) || entry.alternatives.some((word) => word.toLowerCase().includes(q))) &&
        (!filter.thema || entry.file === filter.thema) &&
        (!filter.controle || entry.check === filter.controle) &&
        (!filter.status || entry.status === filter.status) &&
        (!filter.door || entry.provenance.role === filter.door),
    );
    return send(reply, page(context(request), 'Regels', pages.rulesPage(found, files, filter, entries.length)));
  });

  app.get('/regels/:id', {preHandler: guard()}, async (request, reply) => {
    const {id} = request.params as {id: string};
    const {entries} = await repo.load();
    const entry = entries.find((item) => item.id === id);
    if (!entry) return send(reply, page(context(request), 'Niet gevonden', htmlText(`Er is geen regel "${id}".`), 404));
    const commits = await ruleCommits(options.rulesDir, entry.file, id);
    return send(reply, page(context(request), `Regel: ${entry.forms[0]}`, pages.rulePage(context(request), entry, await panel.proposals({ruleId: id}), await inbox.forRule(id), commits)));
  });

  app.get('/voorstel/nieuw', {preHandler: guard('propose')}, async (request, reply) => {
    const {regel} = request.query as {regel?: string};
    const {entries, files} = await repo.load();
    const existing = regel ? entries.find((entry) => entry.id === regel) : undefined;
    const content: RuleContent = existing
      ? {forms: existing.forms, alternatives: existing.alternatives, reason: existing.reason, explanation: existing.explanation, hit: existing.examples.hit, miss: existing.examples.miss}
      : {forms: [], alternatives: [], reason: '', explanation: '', hit: [], miss: []};
    return send(reply, page(context(request), existing ? 'Wijziging voorstellen' : 'Nieuw woord voorstellen', pages.proposalFormPage(context(request), {content, note: '', sample: '', useLetters: false, file: files[0]?.file}, files, existing, [], undefined, !!options.lettersDir)));
  });

  app.post('/voorstel', {preHandler: guard('propose')}, async (request, reply) => {
    const form = body(request);
    const {entries, files} = await repo.load();
    const existing = form.regel ? entries.find((entry) => entry.id === form.regel) : undefined;
    const file = existing ? existing.file : files.find((item) => item.file === form.bestand)?.file;
    const content: RuleContent = {forms: linesOf(form.forms), alternatives: linesOf(form.alternatives), reason: (form.reason ?? '').trim(), explanation: (form.explanation ?? '').trim(), hit: linesOf(form.hit), miss: linesOf(form.miss)};
    const formState: pages.ProposalForm = {content, note: form.note ?? '', sample: form.sample ?? '', useLetters: form.letters === 'ja', ...(file ? {file} : {})};
    const ruleId = existing?.id ?? newRuleId(content.forms[0] ?? '', entries);
    const problems: string[] = [];
    if (!file) problems.push('Kies een thema.');
    const checkOfFile = files.find((item) => item.file === file)?.check ?? 'moeilijk-woord';
    const {entry, problems: schemaProblems} = proposedEntry(ruleId, checkOfFile, content);
    problems.push(...schemaProblems.map(plainProblem));
    const claimed = entry ? entries.filter((other) => other.id !== ruleId && other.status !== 'vervallen').flatMap((other) => other.forms.filter((form) => entry.forms.some((mine) => mine.toLowerCase() === form.toLowerCase())).map((form) => `Het woord "${form}" staat al in de regel "${other.id}".`)) : [];
    problems.push(...claimed);
    const title = existing ? 'Wijziging voorstellen' : 'Nieuw woord voorstellen';
    if (entry && problems.length === 0) {
      const {testRules, compileRules} = await import('@helder/core');
      for (const failure of testRules([entry], compileRules([entry]), await repo.textLists())) problems.push(failure.kind === 'hit' ? `In de zin "${failure.example}" vindt Helder het woord niet.` : `In de zin "${failure.example}" vindt Helder het woord toch.`);
    }
    if (form.actie === 'proberen' || problems.length > 0) {
      const tried = entry && problems.length === 0 ? await tryProposal(loader, entries, entry, formState.sample, formState.useLetters ? options.lettersDir : undefined) : undefined;
      return send(reply, page(context(request), title, pages.proposalFormPage(context(request), formState, files, existing, problems, tried, !!options.lettersDir), problems.length > 0 ? 422 : 200));
    }
    const id = await panel.propose(visit(request).user!, {kind: existing ? 'wijziging' : 'nieuw', ruleId, file: file!, content, note: formState.note.trim()});
    return reply.redirect(`/voorstellen/${id}`, 303);
  });

  app.get('/voorstellen', {preHandler: guard()}, async (request, reply) => {
    const state = (request.query as {staat?: string}).staat ?? 'open';
    return send(reply, page(context(request), 'Voorstellen', pages.proposalsPage(await panel.proposals(state === 'alle' ? {} : {state}), state)));
  });

  const showProposal = async (request: FastifyRequest, reply: FastifyReply, id: number, problems: string[] = [], status = 200, notice?: string) => {
    const proposal = await panel.proposal(id);
    if (!proposal) return send(reply, page(context(request), 'Niet gevonden', htmlText('Dit voorstel bestaat niet.'), 404));
    const {entries} = await repo.load();
    const current = entries.find((entry) => entry.id === proposal.rule_id);
    const shown = proposal.state === 'open' ? current : undefined;
    return send(reply, page(context(request, notice), `Voorstel ${id}: ${proposal.content.forms[0]}`, pages.proposalPage(context(request), proposal, shown, await panel.votes(id), await panel.comments(id), may(visit(request).user, 'vote'), problems), status));
  };
  const proposalId = (request: FastifyRequest) => Number((request.params as {id: string}).id);

  app.get('/voorstellen/:id', {preHandler: guard()}, async (request, reply) => showProposal(request, reply, proposalId(request)));
  app.post('/voorstellen/:id/reactie', {preHandler: guard('comment')}, async (request, reply) => {
    const text = (body(request).body ?? '').trim();
    if (text === '') return showProposal(request, reply, proposalId(request), ['Schrijf eerst een reactie.'], 422);
    if (!(await panel.proposal(proposalId(request)))) return showProposal(request, reply, proposalId(request));
    await panel.comment(visit(request).user!, proposalId(request), text.slice(0, 4000));
    return reply.redirect(`/voorstellen/${proposalId(request)}`, 303);
  });
  app.post('/voorstellen/:id/keuze', {preHandler: guard('vote')}, async (request, reply) => {
    const form = body(request);
    const outcome = form.outcome as Outcome;
    const reason = (form.reason ?? '').trim();
    if (!outcomes.includes(outcome)) return showProposal(request, reply, proposalId(request), ['Kies aannemen, afwijzen of laten vervallen.'], 422);
    if (reason === '') return showProposal(request, reply, proposalId(request), ['Schrijf op waarom u dit kiest.'], 422);
    if (!(await panel.proposal(proposalId(request)))) return showProposal(request, reply, proposalId(request));
    const result = await panel.vote(visit(request).user!, proposalId(request), outcome, reason.slice(0, 1000));
    if (result.problems) return showProposal(request, reply, proposalId(request), result.problems, 409);
    return showProposal(request, reply, proposalId(request), [], 200, result.decided ? 'Het panel heeft besloten. De regel is bijgewerkt.' : 'Uw keuze is bewaard.');
  });

  app.get('/startset', {preHandler: guard()}, async (request, reply) => {
    const {entries} = await repo.load();
    const open = await panel.proposals({state: 'open'});
    const underReview = new Map(open.filter((proposal) => proposal.kind === 'beoordeling').map((proposal) => [proposal.rule_id, proposal.id]));
    return send(reply, page(context(request), 'Startset', pages.queuePage(context(request), entries.filter((entry) => entry.status === 'startset').sort((a, b) => Number(underReview.has(b.id)) - Number(underReview.has(a.id))), underReview)));
  });
  app.post('/startset/:id', {preHandler: guard('propose')}, async (request, reply) => {
    const {id} = request.params as {id: string};
    const {entries} = await repo.load();
    const entry = entries.find((item) => item.id === id && item.status === 'startset');
    if (!entry) return send(reply, page(context(request), 'Niet gevonden', htmlText('Deze regel staat niet in de startset.'), 404));
    const existing = (await panel.proposals({state: 'open', ruleId: id})).find((proposal) => proposal.kind === 'beoordeling');
    const proposal = existing?.id ?? (await panel.propose(visit(request).user!, {kind: 'beoordeling', ruleId: id, file: entry.file, content: contentOf(entry), note: ''}));
    return reply.redirect(`/voorstellen/${proposal}`, 303);
  });

  app.get('/meldingen', {preHandler: guard()}, async (request, reply) => send(reply, page(context(request), 'Meldingen', pages.feedbackPage(context(request), await inbox.summary(), may(visit(request).user, 'importFeedback')))));
  app.post('/meldingen', {preHandler: guard('importFeedback')}, async (request, reply) => {
    const {records, problems} = parseFeedback(body(request).inhoud ?? '');
    const added = await inbox.add(records, 'bestand');
    await auth.audit(visit(request).user!.id, 'meldingen-toegevoegd', {added});
    return send(reply, page(context(request), 'Meldingen', pages.feedbackPage(context(request), await inbox.summary(), true, {added, problems})));
  });
  /** For editors that send feedback themselves: JSON lines or an array, with the shared bearer token. */
  app.post('/api/meldingen', async (request, reply) => {
    const header = request.headers.authorization ?? '';
    if (!options.feedbackToken || !sameToken(header.replace(/^Bearer /, ''), options.feedbackToken)) return reply.code(401).send({error: 'Geen toegang: een geldige sleutel ontbreekt.'});
    const items = Array.isArray(request.body) ? request.body : [request.body];
    const records = items.map((item) => feedbackLine(item as object)).filter((record) => record !== undefined);
    if (records.length !== items.length) return reply.code(400).send({error: 'Elke melding heeft een ruleId en een date (JJJJ-MM-DD) nodig.'});
    return {added: await inbox.add(records, 'editor')};
  });

  app.get('/beheer/gebruikers', {preHandler: guard('invite')}, async (request, reply) => send(reply, page(context(request), 'Gebruikers', pages.usersPage(context(request), await auth.users()))));
  app.post('/beheer/uitnodigen', {preHandler: guard('invite')}, async (request, reply) => {
    const role = body(request).role;
    if (role !== 'ervaringsdeskundige' && role !== 'redacteur' && role !== 'beheerder') return send(reply, page(context(request), 'Gebruikers', pages.usersPage(context(request), await auth.users()), 422));
    const token = await auth.createInvite(visit(request).user!, role);
    const link = `${request.protocol}://${request.host}/uitnodiging/${token}`;
    return send(reply, page(context(request), 'Gebruikers', pages.usersPage(context(request), await auth.users(), link)));
  });
  app.get('/uitnodiging/:token', async (request, reply) => {
    const {token} = request.params as {token: string};
    const invite = await auth.openInvite(token);
    if (!invite) return send(reply, page(context(request), 'Uitnodiging', htmlText('Deze link werkt niet meer. Vraag de beheerder om een nieuwe uitnodiging.'), 410));
    const csrf = newToken();
    setCookie(reply, loginCsrfCookie, csrf, {secure: options.secureCookies, maxAge: 3600});
    return send(reply, page(context(request), 'Welkom bij de Rules Studio', pages.invitePage(token, csrf, invite.role, [])));
  });
  app.post('/uitnodiging/:token', async (request, reply) => {
    const {token} = request.params as {token: string};
    const form = body(request);
    const invite = await auth.openInvite(token);
    if (!invite) return send(reply, page(context(request), 'Uitnodiging', htmlText('Deze link werkt niet meer. Vraag de beheerder om een nieuwe uitnodiging.'), 410));
    if (!sameToken(form._csrf, cookies(request)[loginCsrfCookie])) return send(reply, page(context(request), 'Dat ging niet', htmlText('Het formulier is te oud. Open de link opnieuw.'), 403));
    const username = (form.username ?? '').trim().toLowerCase();
    const problems = [
      ...(/^[a-z0-9][a-z0-9._-]{1,39}$/.test(username) ? [] : ['Kies een gebruikersnaam van 2 tot 40 kleine letters of cijfers.']),
      ...((form.displayName ?? '').trim() === '' ? ['Vul uw naam in.'] : []),
      ...[passwordProblem(form.password ?? '')].filter((problem) => problem !== undefined),
    ];
    const taken = problems.length === 0 && (await options.db.query('select 1 from users where username = $1', [username])).length > 0;
    if (taken) problems.push('Deze gebruikersnaam bestaat al. Kies een andere.');
    if (problems.length > 0) return send(reply, page(context(request), 'Welkom bij de Rules Studio', pages.invitePage(token, form._csrf ?? '', invite.role, problems), 422));
    const user = await auth.acceptInvite(token, {username, displayName: form.displayName!, password: form.password!});
    if (!user) return send(reply, page(context(request), 'Uitnodiging', htmlText('Deze link werkt niet meer. Vraag de beheerder om een nieuwe uitnodiging.'), 410));
    return reply.redirect('/inloggen', 303);
  });

  return app;
}

const htmlText = (text: string) => pages.textBlock(text);

function contentOf(entry: RuleEntry): RuleContent {
  return {forms: entry.forms, alternatives: entry.alternatives, reason: entry.reason, explanation: entry.explanation, hit: entry.examples.hit, miss: entry.examples.miss};
}

const linesOf = (value: string | undefined) => (value ?? '').split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');

/** A readable, unique id from the first form: "ter zake" becomes "ter-zake", "ter-zake-2" when taken. */
export function newRuleId(form: string, entries: RuleEntry[]): string {
  const base = form.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\.\.\./g, ' ').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 50) || 'regel';
  const taken = new Set(entries.map((entry) => entry.id));
  let id = base;
  for (let count = 2; taken.has(id); count++) id = `${base}-${count}`;
  return id;
}

/** The core's schema messages name YAML fields; the form names them as the curator sees them. */
function plainProblem(problem: string): string {
  const names: Record<string, string> = {forms: 'Moeilijke woorden', alternatives: 'Betere woorden', reason: 'Waarom', explanation: 'Uitleg', 'examples.hit': 'Voorbeeldzin', 'examples.miss': 'Betere zin'};
  const [field, ...rest] = problem.split(': ');
  const key = Object.keys(names).find((name) => field === name || field?.startsWith(`${name}[`));
  return key ? `${names[key]}: ${rest.join(': ')}` : problem;
}

function sameToken(given: string | undefined, expected: string | undefined): boolean {
  if (!given || !expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookies(request: FastifyRequest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) out[part.slice(0, at).trim()] = decodeURIComponent(part.slice(at + 1).trim());
  }
  return out;
}

function setCookie(reply: FastifyReply, name: string, value: string, options: {secure?: boolean; maxAge: number}): void {
  const cookie = `${name}=${encodeURIComponent(value)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${options.maxAge}${options.secure ? '; Secure' : ''}`;
  const previous = reply.getHeader('set-cookie');
  reply.header('set-cookie', previous ? [...(Array.isArray(previous) ? previous : [String(previous)]), cookie] : cookie);
}

const run = promisify(execFile);

/** The Git history of a rule: commits of its file whose message names the rule. */
async function ruleCommits(dir: string, file: string, id: string): Promise<Array<{date: string; subject: string}>> {
  try {
    const {stdout} = await run('git', ['-C', dir, 'log', '--format=%as%x09%s', '--fixed-strings', `--grep=regel ${id} `, '--', file]);
    return stdout.split('\n').filter(Boolean).slice(0, 20).map((line) => {
      const [date, subject] = line.split('\t');
      return {date: date!, subject: subject!};
    });
  } catch {
    return [];
  }
}

async function loadStyles(themeCss?: string): Promise<{utrecht: string; theme: string}> {
  const require = createRequire(import.meta.url);
  const utrecht = join(dirname(require.resolve('@utrecht/component-library-css/package.json')), 'dist', 'index.css');
  const theme = themeCss ?? join(dirname(require.resolve('@nl-design-system-unstable/voorbeeld-design-tokens/package.json')), 'dist', 'theme.css');
  return {utrecht: await readFile(utrecht, 'utf8'), theme: await readFile(theme, 'utf8')};
}
