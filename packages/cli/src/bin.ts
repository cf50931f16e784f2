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

/**
 * Into a pipe or a file the report goes in pieces of at least 1 MB: a run from the cache makes a thousand entries in
 * one turn of the event loop, and a write per entry cost more than making them. A terminal gets each piece at once.
 * What is gathered is written at the latest when the event loop comes round (setImmediate) or on '' (the end).
 */
const pieceSize = process.stdout.isTTY ? 0 : 1024 * 1024;
let gathered: (string | Uint8Array)[] = [];
let gatheredLength = 0;
let gatheredBytes = false;
let flushPlanned = false;
const flush = (): boolean => {
  flushPlanned = false;
  if (gatheredLength === 0) return true;
  const piece = gatheredBytes
    ? Buffer.concat(gathered.map((part) => (typeof part === 'string' ? Buffer.from(part) : part)))
    : gathered.length === 1
      ? gathered[0]!
      : gathered.join('');
  gathered = [];
  gatheredLength = 0;
  gatheredBytes = false;
  return process.stdout.write(piece);
};
const stdout = (text: string | Uint8Array): void | Promise<void> => {
  gathered.push(text);
  gatheredLength += text.length;
  if (typeof text !== 'string') gatheredBytes = true;
  if (text !== '' && gatheredLength < pieceSize) {
    if (!flushPlanned) {
      flushPlanned = true;
      setImmediate(flush);
    }
    return;
  }
  if (flush()) return;
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
    flush();
    process.stdout.write('', () => process.exit(code));
  });
};

main(process.argv.slice(2), {stdout, stdoutBytes: stdout, stderr, readStdin, cwd: process.cwd(), onInterrupt, stderrIsTTY: process.stderr.isTTY === true}, process.stdout.isTTY === true).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`helder: onverwachte fout: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
