import {createNodeLoader} from '@helder/node';
import {checkDocument, type HelderDocument} from '@helder/core';

export const loader = createNodeLoader();

export const checkOf = (document: HelderDocument) => checkDocument(document, {loader});

/** Every finding must point at exactly its characters in its block. */
export function expectExactOffsets(document: HelderDocument, findings: Awaited<ReturnType<typeof checkOf>>['findings']): void {
  for (const finding of findings) {
    const text = document.blocks[finding.location.block]!.text;
    if (text.slice(finding.location.start, finding.location.end) !== finding.actual) throw new Error(`offsets of ${finding.ruleId} "${finding.actual}" do not match block text`);
  }
}
