// Shared helpers for Helder's benchmarks: statistics, machine description, and writing a section of docs/benchmarks.md.
import {readFileSync, writeFileSync, existsSync} from 'node:fs';
import {cpus, totalmem} from 'node:os';
import {fileURLToPath} from 'node:url';
import {execFileSync} from 'node:child_process';

export const root = fileURLToPath(new URL('..', import.meta.url));

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function machine() {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} cores (${cpu}), ${Math.round(totalmem() / 1024 ** 3)} GB RAM, Node ${process.version}, ${process.platform}`;
}

export function today() {
  return new Date().toISOString().slice(0, 10);
}

/** Replace the section between <!-- name:start --> and <!-- name:end --> in docs/benchmarks.md (add it when missing). */
export function writeSection(name, markdown) {
  const path = `${root}docs/benchmarks.md`;
  let text = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n\nEach section is written by its benchmark script in bench/. Ratios compare against a baseline measured in the same run.\n';
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  text = from !== -1 && to !== -1 ? text.slice(0, from) + block + text.slice(to + end.length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(path, text);
}

export const ms = (value) => `${value.toFixed(2)} ms`;

/** The machine as `nproc`, `free -h` and /proc/cpuinfo describe it (Linux; "?" where a tool is missing). */
export function machineDetails() {
  const run = (command, args) => {
    try {
      return execFileSync(command, args, {encoding: 'utf8'}).trim();
    } catch {
      return '?';
    }
  };
  const memory = run('free', ['-h']).split('\n').find((line) => line.startsWith('Mem:'))?.split(/\s+/)[1] ?? '?';
  let cpu = cpus()[0]?.model ?? '?';
  try {
    cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? cpu;
  } catch {}
  return `nproc ${run('nproc', [])}, ${memory} memory (free -h), CPU ${cpu}, Node ${process.version}`;
}

/**
 * The texts realistic benchmark letters are drawn from (realisticBenchLetterDocx): the municipal letter templates
 * in ../shared/corpus/letters and the "Complex" sentences of ../shared/corpus/pairs/*.csv.
 */
export async function benchCorpus() {
  const {readdirSync} = await import('node:fs');
  const {letterCorpus} = await import('../packages/documents/test/fixtures/make-fixtures.mjs');
  const letters = `${root}../shared/corpus/letters`;
  const pairs = `${root}../shared/corpus/pairs`;
  const texts = readdirSync(letters).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(`${letters}/${name}`, 'utf8'));
  const sentences = [];
  for (const name of readdirSync(pairs).filter((file) => file.endsWith('.csv')).sort()) {
    // CSV with quoted fields: Document ID, Complex, Simple. Only the Complex side: the texts as officials write them.
    for (const row of readFileSync(`${pairs}/${name}`, 'utf8').matchAll(/^\d+,("(?:[^"]|"")*"|[^,\n]*),/gm)) sentences.push(row[1].replace(/^"|"$/g, '').replace(/""/g, '"').trim());
  }
  return letterCorpus(texts, sentences);
}

/**
 * Run a command and sample the CPU time of each of its threads (Linux /proc/<pid>/task/<tid>/stat, utime + stime,
 * every 50 ms, so the last 50 ms of a thread may be missing). Returns the exit code, wall seconds and per-thread CPU
 * seconds in the order the threads were made (by thread id): the main thread first.
 */
export async function runWithThreadCpu(command, args, options = {}) {
  const {spawn} = await import('node:child_process');
  const {readdirSync} = await import('node:fs');
  const started = performance.now();
  const child = spawn(command, args, {stdio: ['ignore', 'ignore', 'pipe'], ...options});
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const threads = new Map();
  const ticks = 100; // USER_HZ on Linux
  const sample = () => {
    try {
      for (const tid of readdirSync(`/proc/${child.pid}/task`)) {
        const stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        threads.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / ticks);
      }
    } catch {}
  };
  const timer = setInterval(sample, 50);
  const status = await new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  clearInterval(timer);
  const cpu = [...threads.entries()].sort((a, b) => a[0] - b[0]).map(([, seconds]) => seconds);
  return {status, stderr, seconds: (performance.now() - started) / 1000, threads: cpu};
}
