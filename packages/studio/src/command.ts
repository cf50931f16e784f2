import {resolve} from 'node:path';
import {createInterface} from 'node:readline/promises';
import {defaultRulesDir} from '@helder/node';
import {createStudio} from './app.js';
import {Auth, defaultAuthSettings, passwordProblem} from './auth.js';
import {openDatabase} from './db/database.js';

export const studioHelp = `helder studio: de Rules Studio voor het panel

  helder studio                     start de Studio op http://127.0.0.1:4300
  helder studio --create-admin      maak de eerste beheerder
Opties:
  --port 4300                       poort
  --host 127.0.0.1                  adres
  --data map                        map voor de eigen database (standaard: helder-studio-data)
  --database-url postgres://...     gebruik een PostgreSQL-server
  --rules map                       map met de regels (standaard: de regels van Helder)
  --letters map                     map met brieven om voorstellen op te proberen
  --theme klasse                    de thema-klasse van uw gemeente
  --theme-css bestand               het thema van uw gemeente (CSS)
  --secure-cookies                  alleen met een beveiligde verbinding
  --trust-proxy 127.0.0.1           het adres van de proxy voor de Studio
`;

function option(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

/** `helder studio [...]`: returns the exit code, or never returns while the server runs. */
export async function runStudioCommand(argv: string[], io: {stdout: (text: string) => void; stderr: (text: string) => void; cwd: string} = {stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text), cwd: process.cwd()}): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(studioHelp);
    return 0;
  }
  const env = process.env;
  const databaseUrl = option(argv, '--database-url') ?? env.HELDER_STUDIO_DATABASE_URL;
  const location = databaseUrl ?? resolve(io.cwd, option(argv, '--data') ?? env.HELDER_STUDIO_DATA ?? 'helder-studio-data');
  const rulesDir = resolve(io.cwd, option(argv, '--rules') ?? env.HELDER_STUDIO_RULES ?? defaultRulesDir());
  let db;
  try {
    db = await openDatabase(location);
  } catch (error) {
    io.stderr(`helder studio: de database is niet te openen (${databaseUrl ? 'PostgreSQL' : location}): ${(error as Error).message}\n`);
    return 2;
  }
  if (argv.includes('--create-admin')) {
    const auth = new Auth(db, defaultAuthSettings);
    const ask = createInterface({input: process.stdin, output: process.stderr});
    const username = option(argv, '--username') ?? (await ask.question('Gebruikersnaam: '));
    const displayName = option(argv, '--name') ?? username;
    // From the environment for scripted installs; a typed password is not echoed by most terminals in a pipe.
    const password = env.HELDER_STUDIO_ADMIN_PASSWORD ?? (await ask.question('Wachtwoord (minstens 12 tekens): '));
    ask.close();
    const problem = passwordProblem(password);
    if (problem) {
      io.stderr(`helder studio: ${problem}\n`);
      await db.close();
      return 2;
    }
    await auth.createUser({username, displayName, role: 'beheerder', password});
    io.stdout(`De beheerder ${username} is gemaakt. Start nu de Studio met: helder studio\n`);
    await db.close();
    return 0;
  }
  const auth = new Auth(db, defaultAuthSettings);
  if ((await auth.userCount()) === 0) io.stderr('Er is nog geen beheerder. Maak die eerst met: helder studio --create-admin\n');
  const lettersDir = option(argv, '--letters') ?? env.HELDER_STUDIO_LETTERS;
  const app = await createStudio({
    db,
    rulesDir,
    ...(lettersDir ? {lettersDir: resolve(io.cwd, lettersDir)} : {}),
    ...(option(argv, '--theme') ? {themeClass: option(argv, '--theme')!} : {}),
    ...(option(argv, '--theme-css') ? {themeCss: resolve(io.cwd, option(argv, '--theme-css')!)} : {}),
    secureCookies: argv.includes('--secure-cookies'),
    ...((option(argv, '--trust-proxy') ?? env.HELDER_STUDIO_TRUST_PROXY) ? {trustProxy: (option(argv, '--trust-proxy') ?? env.HELDER_STUDIO_TRUST_PROXY)!} : {}),
    ...(env.HELDER_STUDIO_FEEDBACK_TOKEN ? {feedbackToken: env.HELDER_STUDIO_FEEDBACK_TOKEN} : {}),
  });
  const port = Number(option(argv, '--port') ?? env.PORT ?? 4300);
  const host = option(argv, '--host') ?? '127.0.0.1';
  const address = await app.listen({port, host});
  io.stdout(`De Rules Studio draait op ${address} (regels: ${rulesDir}).\n`);
  const stop = async () => {
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise<number>(() => undefined);
}
