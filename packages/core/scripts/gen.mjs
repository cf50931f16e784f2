// Writes what is generated from the check registry: the `helder.rules` setting in extension/package.json, and a
// docs page skeleton docs/rules/<id>.md for a check that has none (an existing page is never overwritten).
// Run after `pnpm --filter ./packages/core build`: pnpm --filter ./packages/core gen
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {checks, checkSettingsSchema, checkDocsSkeleton} from '../dist/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const manifestPath = `${root}extension/package.json`;
const before = readFileSync(manifestPath, 'utf8');
const manifest = JSON.parse(before);
manifest.contributes.configuration.properties['helder.rules'].properties = checkSettingsSchema(checks);
const after = `${JSON.stringify(manifest, null, 2)}\n`;
if (after !== before) {
  writeFileSync(manifestPath, after);
  console.log('extension/package.json: helder.rules bijgewerkt');
}
for (const check of checks) {
  const page = `${root}docs/rules/${check.id}.md`;
  if (existsSync(page)) continue;
  writeFileSync(page, checkDocsSkeleton(check));
  console.log(`docs/rules/${check.id}.md: nieuw, vul de delen tussen [ ] in`);
}
