#!/usr/bin/env node
import {main} from './main.js';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const write = (stream: NodeJS.WriteStream) => (text: string) => {
  stream.write(text);
};

main(process.argv.slice(2), {stdout: write(process.stdout), stderr: write(process.stderr), readStdin, cwd: process.cwd()}, process.stdout.isTTY === true).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`helder: onverwachte fout: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
