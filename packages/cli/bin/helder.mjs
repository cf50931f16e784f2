#!/usr/bin/env node
// A fixed entry point: pnpm links bins before the workspace builds dist/, so the bin must exist in the checkout.
// dist/helder.mjs is dist/bin.js with its modules bundled into one file (scripts/bundle.mjs): a faster start.
import '../dist/helder.mjs';
