#!/usr/bin/env node
// A fixed entry point: pnpm links bins before the workspace builds dist/, so the bin must exist in the checkout.
// dist/helder.cjs is dist/bin.js with its modules bundled into one file (scripts/bundle.mjs); runBundle starts it
// with V8's code cache from an earlier `helder check` (src/code-cache.ts): a faster start.
import {fileURLToPath} from 'node:url';
import {runBundle} from '../dist/code-cache.js';

runBundle(fileURLToPath(new URL('../dist/helder.cjs', import.meta.url)), () => process.argv[2] === 'check');
