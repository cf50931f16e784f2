// A local HTTPS server for sideloading the add-in into Word or Outlook on this computer:
//   pnpm --filter ./packages/office-addin build && pnpm --filter ./packages/office-addin serve [--port 3000]
// The certificate is self-signed for "localhost", made once with the selfsigned package and kept in .cert/.
// Office accepts it once the computer trusts it (docs/word.md says how). Stop the server with Ctrl+C.
import {createServer} from 'node:https';
import {existsSync} from 'node:fs';
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import {dirname, extname, join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import selfsigned from 'selfsigned';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
/** Content types of the files in the build (also used by the tests' static server). */
export const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.yaml': 'text/yaml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The certificate for localhost, made on first use and valid for a year. */
export async function localCertificate(certDir) {
  const keyFile = join(certDir, 'localhost.key');
  const certFile = join(certDir, 'localhost.crt');
  if (existsSync(keyFile) && existsSync(certFile)) return {key: await readFile(keyFile), cert: await readFile(certFile)};
  const pems = await selfsigned.generate([{name: 'commonName', value: 'localhost'}], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [
      {name: 'basicConstraints', cA: false},
      {name: 'keyUsage', digitalSignature: true, keyEncipherment: true},
      {name: 'extKeyUsage', serverAuth: true},
      {name: 'subjectAltName', altNames: [{type: 2, value: 'localhost'}, {type: 7, ip: '127.0.0.1'}]},
    ],
  });
  await mkdir(certDir, {recursive: true});
  await writeFile(keyFile, pems.private, {mode: 0o600});
  await writeFile(certFile, pems.cert);
  return {key: pems.private, cert: pems.cert};
}

export async function startDevServer({dir = join(root, 'dist'), port = 3000, certDir = join(root, '.cert')} = {}) {
  if (!existsSync(join(dir, 'taskpane.html'))) throw new Error(`In ${dir} staat geen gebouwde invoegtoepassing. Bouw hem eerst: pnpm --filter ./packages/office-addin build`);
  const server = createServer(await localCertificate(certDir), async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'https://localhost').pathname);
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir) || !existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, {'content-type': contentTypes[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache'}).end(await readFile(file));
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, 'localhost', resolve));
  return server;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const {values} = parseArgs({options: {port: {type: 'string'}, dir: {type: 'string'}}});
  const server = await startDevServer({port: Number(values.port ?? 3000), ...(values.dir ? {dir: values.dir} : {})});
  console.log(`Helder add-in on https://localhost:${server.address().port}/ (manifests: manifest-word.xml, manifest-outlook.xml). Stop with Ctrl+C.`);
}
