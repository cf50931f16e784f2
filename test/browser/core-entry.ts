// Bundled for the browser by core-in-browser.test.ts: the core's check() with the add-in's fetch loader.
import {check} from '@helder/core';
import {createFetchLoader} from '../../packages/office-addin/src/fetch-loader.js';

const loader = createFetchLoader(new URL('./', location.href));

(globalThis as {helderCheck?: unknown}).helderCheck = async (text: string) => {
  const result = await check(text, {loader});
  return {
    findings: result.findings.map(({ruleId, entryId, actual, expected, offset, length}) => ({ruleId, entryId, actual, expected, offset, length})),
    readability: result.readability,
    ruleErrors: result.ruleErrors.length,
  };
};
