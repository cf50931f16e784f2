#!/usr/bin/env node
// A fixed entry point: pnpm links bins before the workspace builds dist/, so the bin must exist in the checkout.
import '../dist/bin.js';
