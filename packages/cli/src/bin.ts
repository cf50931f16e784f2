#!/usr/bin/env node
import {maxFileBytes, readCappedStream} from '@helder/node';
import {main} from './main.js';

// `helder check … | head` closes the pipe early: the reader has what it wanted, so stop quietly, without a stack.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.stderr.on('error', () => undefined);

// Standard input gets the same limit as a file: `helder check - < /dev/zero` stops after 20 MB, it does not fill the memory.
const readStdin = (): Promise<Uint8Array> => readCappedStream(process.stdin, maxFileBytes, '-');

const stdout = (text: string): void | Promise<void> => {
  if (text === '' || process.stdout.write(text)) return;
  // A slow reader (a pipe): wait, so a large report does not pile up in memory.
  return new Promise((resolve) => process.stdout.once('drain', resolve));
};
const stderr = (text: string): void => {
  process.stderr.write(text);
};

const onInterrupt = (handler: () => number): void => {
  process.once('SIGINT', () => {
    const code = handler();
    // Pending output first; a second Ctrl-C stops at once.
    process.once('SIGINT', () => process.exit(code));
    process.stdout.write('', () => process.exit(code));
  });
};

main(process.argv.slice(2), {stdout, stderr, readStdin, cwd: process.cwd(), onInterrupt, stderrIsTTY: process.stderr.isTTY === true}, process.stdout.isTTY === true).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`helder: onverwachte fout: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
