import {parseCommandLine, helpText, UsageError} from './args.js';
import {runCheck, type Io} from './check-command.js';
import {runRules} from './rules-command.js';
import {runTrend} from './trend-command.js';
import {helderVersion} from './version.js';


/** Run the CLI; returns the exit code. Kept free of process.exit so tests can call it. */
export async function main(argv: string[], io: Io, isTTY = false): Promise<number> {
  // The Rules Studio is a server with its own options; loaded only when asked for, so `check` stays fast.
  if (argv[0] === 'studio') return (await import('@helder/studio')).runStudioCommand(argv.slice(1), io);
  if (argv[0] === 'annotate') return (await import('./annotate-command.js')).runAnnotate(argv.slice(1), io);
  let args;
  try {
    args = parseCommandLine(argv, isTTY);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`helder: ${error.message}\nZie helder --help.\n`);
      return 2;
    }
    throw error;
  }
  switch (args.command) {
    case 'help':
      io.stdout(helpText);
      return 0;
    case 'version':
      io.stdout(`${helderVersion()}\n`);
      return 0;
    case 'check':
      return runCheck(args, io);
    case 'rules':
      return runRules(args, io);
    case 'trend':
      return runTrend(args, io);
  }
}
