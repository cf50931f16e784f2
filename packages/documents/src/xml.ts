import {SaxesParser, type SaxesTagPlain} from 'saxes';
import {DocumentError, reasons} from './errors.js';

export interface XmlHandler {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

/**
 * A streaming XML parser that never expands entities: a DOCTYPE is refused at once (no DTD is read or fetched),
 * and saxes itself rejects any entity other than the five XML ones.
 */
export function createXmlParser(fileName: string, part: string, handler: XmlHandler): {write(chunk: string): void; close(): void} {
  const parser = new SaxesParser({xmlns: false, position: true});
  let failure: DocumentError | undefined;
  const fail = (error: DocumentError) => {
    failure ??= error;
    throw failure;
  };
  parser.on('doctype', () => fail(new DocumentError(fileName, 'xml-dtd', reasons.dtd(part))));
  parser.on('opentag', (tag: SaxesTagPlain) => handler.open(tag.name, tag.attributes as Record<string, string>));
  parser.on('closetag', (tag: SaxesTagPlain) => handler.close(tag.name));
  parser.on('text', (text: string) => handler.text(text));
  parser.on('cdata', (text: string) => handler.text(text));
  parser.on('error', (error: Error) => {
    if (/entity/i.test(error.message)) fail(new DocumentError(fileName, 'xml-dtd', reasons.dtd(part)));
    fail(new DocumentError(fileName, 'xml-invalid', reasons.xmlInvalid(part, parser.line)));
  });
  // Parse errors arrive as DocumentError through the error handler; anything else is a bug and stays visible.
  const guard = (action: () => void) => {
    if (failure) throw failure;
    action();
  };
  return {
    write: (chunk) => guard(() => parser.write(chunk)),
    close: () => guard(() => parser.close()),
  };
}
