import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createStudio, openDatabase, Auth} from '../../packages/studio/src/index.js';
import {studioHelp} from '../../packages/studio/src/command.js';

/** One rule whose word Helder's own rules do not know, so the screens' own Dutch is what gets checked. */
const ruleFile = `theme: Voorbeeld
check: moeilijk-woord
rules:
  - id: bewijsstukken
    forms: [bewijsstukken]
    alternatives: [papieren]
    reason: "Schrijf papieren."
    explanation: "Veel lezers weten niet welke papieren u bedoelt."
    examples:
      hit: ["Stuur de bewijsstukken op."]
      miss: ["Stuur de papieren op."]
    status: startset
    provenance: {role: ontwikkelteam, date: "2026-11-23", decision: "Startset."}
`;

const password = 'lang-genoeg-wachtwoord-1';
const cheap = {N: 2 ** 12, r: 8, p: 1, keyLength: 32, saltLength: 16};

/** Render every screen of the Studio with realistic content: the HTML a user sees, by name. */
export async function studioScreens(): Promise<Record<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'helder-self-studio-'));
  writeFileSync(join(dir, 'voorbeeld.yaml'), ruleFile);
  const db = await openDatabase('memory://');
  const settings = {hashParameters: cheap};
  const auth = new Auth(db, {sessionMinutes: 60, inviteHours: 72, maxFailures: 5, throttleMinutes: 15, now: () => new Date(), ...settings});
  await auth.createUser({username: 'bakker', displayName: 'Bea Bakker', role: 'beheerder', password});
  await auth.createUser({username: 'visser', displayName: 'Anna Visser', role: 'ervaringsdeskundige', password});
  const app = await createStudio({db, rulesDir: dir, auth: settings, lettersDir: dir});
  const screens: Record<string, string> = {};
  try {
    const session = async (username: string) => {
      const form = await app.inject({method: 'GET', url: '/inloggen'});
      screens.inloggen = form.body;
      const cookie = String(form.headers['set-cookie']).split(';')[0]!;
      const csrfOf = (page: string) => /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
      const wrong = await app.inject({method: 'POST', url: '/inloggen', headers: {cookie}, payload: {username, password: 'fout', _csrf: csrfOf(form.body)}});
      screens['inloggen-fout'] = wrong.body;
      const next = await app.inject({method: 'GET', url: '/inloggen'});
      const nextCookie = String(next.headers['set-cookie']).split(';')[0]!;
      const done = await app.inject({method: 'POST', url: '/inloggen', headers: {cookie: nextCookie}, payload: {username, password, _csrf: csrfOf(next.body)}});
      const sessionCookie = String(done.headers['set-cookie']).split(';')[0]!;
      const home = await app.inject({method: 'GET', url: '/', headers: {cookie: sessionCookie}});
      const csrf = csrfOf(home.body);
      return {
        get: async (url: string) => (await app.inject({method: 'GET', url, headers: {cookie: sessionCookie}})).body,
        post: (url: string, payload: Record<string, string>) => app.inject({method: 'POST', url, headers: {cookie: sessionCookie}, payload: {_csrf: csrf, ...payload}}),
      };
    };
    const anna = await session('visser');
    screens.welkom = await anna.get('/');
    screens.regels = await anna.get('/regels');
    screens['regels-leeg'] = await anna.get('/regels?q=niets');
    screens.regel = await anna.get('/regels/bewijsstukken');
    screens['nieuw-voorstel'] = await anna.get('/voorstel/nieuw');
    const content = {bestand: 'voorbeeld.yaml', forms: 'dossierstukken', alternatives: 'papieren', reason: 'Schrijf papieren.', explanation: 'Veel lezers kennen dit woord niet.', hit: 'Stuur de dossierstukken op.', miss: 'Stuur de papieren op.'};
    screens.proberen = (await anna.post('/voorstel', {...content, sample: 'Stuur de dossierstukken op.', letters: 'ja', actie: 'proberen'})).body;
    screens['voorstel-fout'] = (await anna.post('/voorstel', {...content, hit: 'Stuur de papieren op.', actie: 'indienen'})).body;
    const filed = await anna.post('/voorstel', {...content, actie: 'indienen'});
    const url = String(filed.headers.location);
    await anna.post(`${url}/reactie`, {body: 'Dit woord staat in veel brieven.'});
    screens['voorstel-keuze'] = (await anna.post(`${url}/keuze`, {outcome: 'aangenomen', reason: 'Ik kende het woord niet.'})).body;
    screens['voorstel-keuze-leeg'] = (await anna.post(`${url}/keuze`, {outcome: 'aangenomen', reason: ''})).body;
    screens.voorstellen = await anna.get('/voorstellen');
    screens.startset = await anna.get('/startset');
    screens['geen-toegang'] = (await anna.post('/beheer/uitnodigen', {role: 'beheerder'})).body;
    screens['formulier-oud'] = (await anna.post('/startset/bewijsstukken', {_csrf: 'oud'})).body;
    const bea = await session('bakker');
    screens.meldingen = (await bea.post('/meldingen', {inhoud: `${JSON.stringify({ruleId: 'moeilijk-woord', entryId: 'bewijsstukken', words: 'bewijsstukken', date: '2026-11-30'})}\nkapot`})).body;
    screens.gebruikers = await bea.get('/beheer/gebruikers');
    const invited = (await bea.post('/beheer/uitnodigen', {role: 'redacteur'})).body;
    screens.uitnodiging = invited;
    const token = /\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(invited)![1]!;
    screens.welkomstformulier = (await app.inject({method: 'GET', url: `/uitnodiging/${token}`})).body;
    screens['link-werkt-niet'] = (await app.inject({method: 'GET', url: '/uitnodiging/oud'})).body;
    screens['niet-gevonden'] = await bea.get('/regels/bestaat-niet');
  } finally {
    await app.close();
    await db.close();
    rmSync(dir, {recursive: true, force: true});
  }
  return screens;
}

/** The Dutch part of each line of `helder studio --help` (options and values are what the user types). */
export function studioHelpLines(): string[] {
  return studioHelp
    .split('\n')
    .map((line) => line.replace(/^\s*(?:helder studio(?: --[\w-]+)?|--[\w-]+(?: [^\s]+)?)\s{2,}/, ''))
    .filter((line) => line.trim() !== '');
}
