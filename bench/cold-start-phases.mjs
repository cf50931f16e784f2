// One cold `helder check`-like run in this process, split into its phases (used by bench/cold-start.mjs, which
// runs it as a whole process several times). Prints one JSON line: CPU ms (user + system) per phase.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const letter = readFileSync(join(root, 'examples/brief-bijzondere-bijstand.txt'), 'utf8');
const phases = {};
let last = process.cpuUsage();
const mark = (name) => {
  const now = process.cpuUsage();
  phases[name] = (now.user - last.user + now.system - last.system) / 1000;
  last = now;
};
const dist = (path) => import(pathToFileURL(join(root, 'packages', path)).href);
const [core, node] = await Promise.all([dist('core/dist/index.js'), dist('node/dist/index.js'), dist('cli/dist/main.js')]);
const {readabilityData} = await dist('core/dist/readability/plugin.js');
const {spellerFor} = await dist('core/dist/spelling/hunspell.js');
mark('modules');
const resources = await core.loadResources(node.createNodeLoader());
mark('rules and lists');
await readabilityData(resources);
mark('readability data');
await spellerFor(resources);
mark('spelling dictionary');
await core.check(letter, {resources});
mark('the check');
console.log(JSON.stringify(phases));
