import PostalMime from 'postal-mime';
import type {TextBlock} from '@helder/core';
import {BlockBuilder} from './block.js';
import {readHtml} from './html.js';
import {DocumentError, reasons} from './errors.js';

/**
 * An e-mail (.eml): the subject and the body. A mail with a plain and an HTML body holds the same letter twice:
 * the plain body is read, its offsets are exact; the HTML body only when there is no plain one.
 */
export async function readEmail(bytes: Uint8Array, fileName: string): Promise<TextBlock[]> {
  let email: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    email = await PostalMime.parse(bytes);
  } catch {
    throw new DocumentError(fileName, 'corrupt', reasons.corrupt());
  }
  const blocks: TextBlock[] = [];
  if (email.subject && /\S/.test(email.subject)) {
    const subject = new BlockBuilder({part: 'subject', paragraph: 1});
    subject.append(email.subject, 'subject', 0);
    blocks.push(subject.build()!);
  }
  if (email.text && /\S/.test(email.text)) blocks.push(...plainTextBlocks(email.text.replace(/\r\n?/g, '\n')));
  else if (email.html) blocks.push(...readHtml(email.html, 'email'));
  return blocks;
}

/** One block per paragraph (text between blank lines), so a finding says "e-mail, alinea 3". */
function plainTextBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let paragraph = 0;
  for (const match of text.matchAll(/[^\n]+(?:\n(?![ \t]*(?:\n|$))[^\n]*)*/g)) {
    const builder = new BlockBuilder({part: 'email', paragraph: ++paragraph});
    builder.append(match[0], 'text', match.index);
    const block = builder.build();
    if (block) blocks.push(block);
    else paragraph--;
  }
  return blocks;
}
