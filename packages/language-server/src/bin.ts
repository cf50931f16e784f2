#!/usr/bin/env node
import {format} from 'node:util';
import {createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type Connection, type DataCallback, type MessageReader} from 'vscode-languageserver/node';
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

/**
 * Over stdio the reader is made here, to hear about framing errors: after a wrong Content-Length or a broken header
 * the byte stream is out of step and no later message can be read, so the server says so and exits (code 1); the
 * editor then starts a fresh one. A message with good framing but bad JSON is only logged: the stream is still in step.
 */
function stdioConnection(): Connection {
  const reader = new StreamMessageReader(process.stdin);
  const writer = new StreamMessageWriter(process.stdout);
  let shutdownReceived = false;
  let partialWaits = 0;
  const watched: MessageReader = Object.assign(Object.create(reader) as MessageReader, {
    listen: (callback: DataCallback) =>
      reader.listen((message) => {
        partialWaits = 0;
        if ((message as {method?: unknown}).method === 'shutdown') shutdownReceived = true;
        callback(message);
      }),
  });
  const stdioConnection = createConnection(ProposedFeatures.all, watched, writer);
  let stopping = false;
  const stop = (reason: string) => {
    if (stopping) return;
    stopping = true;
    const message = `Helder: the message stream from the editor is broken (${reason}); stopping so the editor can start the server again.`;
    process.stderr.write(`helder-language-server: ${message}\n`);
    stdioConnection.console.error(message);
    setTimeout(() => process.exit(1), 200);
  };
  reader.onError((error) => {
    if (/header|content-length/i.test(error.message)) stop(error.message.split('\n')[0]!);
  });
  // A Content-Length larger than the message: the reader waits for bytes that never come (it asks every 10 s).
  reader.onPartialMessage(() => {
    if (++partialWaits >= 3) stop('a message announced more bytes than came in 30 seconds');
  });
  // As vscode-languageserver does for --stdio: stdout is the protocol, so console output goes to the log, and the
  // server ends with its input.
  console.log = (...items: unknown[]) => stdioConnection.console.log(format(...items));
  console.info = (...items: unknown[]) => stdioConnection.console.info(format(...items));
  console.warn = (...items: unknown[]) => stdioConnection.console.warn(format(...items));
  console.error = (...items: unknown[]) => stdioConnection.console.error(format(...items));
  for (const event of ['end', 'close']) process.stdin.on(event, () => process.exit(shutdownReceived ? 0 : 1));
  return stdioConnection;
}

const connection = args.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);
// A bug in one check must not take the editor's advice away: log it and go on.
process.on('uncaughtException', (error) => connection.console.error(`Helder: unexpected error: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`Helder: unexpected error: ${String((reason as Error)?.stack ?? reason)}`));
startServer(connection, rulesDir ? {rulesDir} : {});
