'use strict';
// Hunspell's Emscripten runtime through require(), in a CommonJS file of its own. An ES import of the runtime
// (780 KB of CommonJS) makes Node scan all of it for named exports first: about 60 ms of every start. Node
// scans only this small file. Bundlers take the require() as it is, and hunspell-asm's package.json maps the
// file to its browser runtime there. (Plain JavaScript, copied to dist by the build: see package.json.)
const factory = require('hunspell-asm/dist/cjs/lib/node/hunspell.js');

module.exports = {factory};
