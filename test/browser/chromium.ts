import {createServer, type Server} from 'node:http';
import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';
import {chromium, type Browser} from 'playwright-core';
import {contentTypes} from '../../packages/office-addin/scripts/serve.mjs';

/** Debian's Chromium (never a downloaded browser); .ci/run installs it. */
export const chromiumPath = '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium is missing at ${chromiumPath}. Install it with: sudo apt-get install -y chromium`);
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}


export interface StaticServer {
  url: string;
  /** Every path the server was asked for. */
  requests: string[];
  close(): Promise<void>;
}

/** A plain HTTP server for a folder, or for a function that gives a file's bytes by its path. */
export async function serveStatic(source: string | ((path: string) => Promise<Uint8Array | undefined>)): Promise<StaticServer> {
  const requests: string[] = [];
  const read =
    typeof source === 'string'
      ? async (path: string) => {
          const file = normalize(join(source, path === '/' ? 'index.html' : path));
          if (!file.startsWith(source)) return undefined;
          return readFile(file).catch(() => undefined);
        }
      : source;
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const body = await read(path);
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {'content-type': (contentTypes as Record<string, string>)[extname(path.endsWith('/') ? 'index.html' : path)] ?? 'application/octet-stream'}).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as {port: number};
  return {
    url: `http://127.0.0.1:${address.port}/`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
