import {check, type CheckResult, type Finding, type HelderOptions} from '@helder/core';
import type {TextBlock, TextRange} from './hosts/host.js';

/** A finding of the core with the block it is in and its offsets inside that block. */
export interface BlockFinding extends Finding {
  key: string;
  range: TextRange;
  place: string;
}

export interface BlocksResult {
  findings: BlockFinding[];
  readability: CheckResult['readability'];
  stats: CheckResult['stats'];
}

// An empty line between blocks: the core starts a new paragraph there, so a sentence never crosses two blocks.
const separator = '\n\n';

/**
 * A placeholder (content control, merge field) becomes «…» of the same length, which the core knows as a
 * template placeholder: it is never checked as words, and every offset stays the same.
 */
export function maskPlaceholders(block: TextBlock): string {
  let text = block.text.replace(/[\r\u000b]/g, '\n');
  for (const {start, end} of block.placeholders) {
    let masked = '';
    for (let left = end - start; left > 0; ) {
      const size = left > 122 && left - 122 < 3 ? left - 3 : Math.min(left, 122);
      masked += size >= 3 ? `«${'x'.repeat(size - 2)}»` : 'x'.repeat(size);
      left -= size;
    }
    text = text.slice(0, start) + masked + text.slice(end);
  }
  return text;
}

/** Check the blocks as one letter and give each finding back in its block. */
export async function checkBlocks(blocks: TextBlock[], options: HelderOptions): Promise<BlocksResult> {
  const starts: number[] = [];
  let length = 0;
  for (const block of blocks) {
    starts.push(length);
    length += block.text.length + separator.length;
  }
  const text = blocks.map(maskPlaceholders).join(separator);
  const result = await check(text, options);
  const findings: BlockFinding[] = [];
  let index = 0;
  for (const finding of result.findings) {
    while (index + 1 < blocks.length && starts[index + 1]! <= finding.offset) index++;
    const block = blocks[index]!;
    const start = finding.offset - starts[index]!;
    const end = start + finding.length;
    if (end > block.text.length) continue; // cannot happen: sentences never cross blocks
    if (block.placeholders.some((placeholder) => placeholder.start < end && start < placeholder.end)) continue;
    findings.push({
      ...finding,
      key: `${finding.ruleId}/${finding.entryId ?? ''}/${finding.actual}`,
      range: {blockId: block.id, start, end, text: block.text.slice(start, end)},
      place: block.place,
    });
  }
  return {findings, readability: result.readability, stats: result.stats};
}
