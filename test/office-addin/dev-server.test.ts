import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {request} from 'node:https';
import {X509Certificate} from 'node:crypto';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Server} from 'node:https';

/** The HTTPS dev server for sideloading: a self-signed certificate for localhost and the built files. */
const root = fileURLToPath(new URL('../../', import.meta.url));
const certDir = mkdtempSync(join(tmpdir(), 'helder-cert-'));
let server: Server;
let port: number;

beforeAll(async () => {
  const {startDevServer} = await import('../../packages/office-addin/scripts/serve.mjs');
  server = await startDevServer({dir: join(root, 'packages/office-addin/dist'), port: 0, certDir});
  port = (server.address() as {port: number}).port;
});

afterAll(() => {
  server?.close();
  rmSync(certDir, {recursive: true, force: true});
});

function get(path: string, ca: string): Promise<{status: number; body: string}> {
  return new Promise((resolve, reject) => {
    request({host: 'localhost', port, path, ca}, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({status: response.statusCode ?? 0, body}));
    })
      .on('error', reject)
      .end();
  });
}

describe('the HTTPS dev server', () => {
  it('serves the task pane over HTTPS with a certificate for localhost that a client can trust', async () => {
    const ca = readFileSync(join(certDir, 'localhost.crt'), 'utf8');
    const certificate = new X509Certificate(ca);
    expect(certificate.subject).toContain('CN=localhost');
    expect(certificate.subjectAltName).toContain('DNS:localhost');
    expect(certificate.checkHost('localhost')).toBe('localhost');
    const page = await get('/taskpane.html', ca);
    expect(page.status).toBe(200);
    expect(page.body).toContain('appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect((await get('/manifest-word.xml', ca)).body).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect((await get('/../package.json', ca)).status).toBe(404);
  });
});
