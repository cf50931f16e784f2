import {readDocument} from '/work/h4/packages/documents/dist/index.js';
import {benchLetterDocx} from '/work/h4/packages/documents/test/fixtures/make-fixtures.mjs';
const files = [];
for (let n = 1; n <= 40; n++) files.push(new Uint8Array(await benchLetterDocx(n)));
for (let r = 0; r < 5; r++) { for (const f of files) await readDocument(f, 'a.docx'); }
const t=[];for (let r = 0; r < 7; r++) {const s = performance.now(); for (const f of files) await readDocument(f, 'a.docx'); t.push(performance.now()-s);} t.sort((a,b)=>a-b); console.log('median per file', (t[3]/40).toFixed(2));
