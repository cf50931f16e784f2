#!/usr/bin/env node
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node';
import {nl} from './messages.js';
import {startServer, serverVersion} from './server.js';

const usage = nl.usage(serverVersion);

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${serverVersion}\n`);
  process.exit(0);
}
if (!args.some((arg) => arg === '--stdio' || arg.startsWith('--node-ipc') || arg.startsWith('--socket') || arg.startsWith('--pipe'))) {
  process.stderr.write(`helder-language-server: ${nl.usageNoTransport}\n\n${usage}\n`);
  process.exit(2);
}
const rulesAt = args.indexOf('--rules-dir');
const rulesDir = rulesAt !== -1 ? args[rulesAt + 1] : args.find((arg) => arg.startsWith('--rules-dir='))?.slice('--rules-dir='.length);

const connection = createConnection(ProposedFeatures.all);
// A bug in one check must not take the editor's advice away: log it and go on.
process.on('uncaughtException', (error) => connection.console.error(`Helder: unexpected error: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`Helder: unexpected error: ${String((reason as Error)?.stack ?? reason)}`));
startServer(connection, rulesDir ? {rulesDir} : {});
