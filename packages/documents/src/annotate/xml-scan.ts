/**
 * A small XML tokenizer for rewriting a part that the reader has already parsed (and so validated): it keeps the
 * exact source of every token, so everything Helder does not change is copied character for character.
 * Hand-written loops, linear in the length of the part.
 */
export interface XmlToken {
  kind: 'open' | 'close' | 'empty' | 'text' | 'other';
  /** Element name with its prefix, as in the source ('w:t'); '' for text and other tokens. */
  name: string;
  start: number;
  end: number;
}

export function tokenize(xml: string): XmlToken[] {
  const tokens: XmlToken[] = [];
  let index = 0;
  while (index < xml.length) {
    if (xml.charCodeAt(index) !== 60 /* < */) {
      const next = xml.indexOf('<', index);
      const end = next === -1 ? xml.length : next;
      tokens.push({kind: 'text', name: '', start: index, end});
      index = end;
      continue;
    }
    const special = specialEnd(xml, index);
    if (special !== undefined) {
      tokens.push({kind: 'other', name: '', start: index, end: special});
      index = special;
      continue;
    }
    // A tag: find its '>' outside quoted attribute values (a value may hold '>').
    let cursor = index + 1;
    let quote = 0;
    while (cursor < xml.length) {
      const code = xml.charCodeAt(cursor);
      if (quote !== 0) {
        if (code === quote) quote = 0;
      } else if (code === 34 || code === 39) quote = code;
      else if (code === 62 /* > */) break;
      cursor++;
    }
    const end = Math.min(cursor + 1, xml.length);
    const closing = xml.charCodeAt(index + 1) === 47; /* / */
    let nameEnd = index + (closing ? 2 : 1);
    while (nameEnd < end && !isNameEnd(xml.charCodeAt(nameEnd))) nameEnd++;
    const name = xml.slice(index + (closing ? 2 : 1), nameEnd);
    const kind = closing ? 'close' : xml.charCodeAt(end - 2) === 47 ? 'empty' : 'open';
    tokens.push({kind, name, start: index, end});
    index = end;
  }
  return tokens;
}

/** End of a comment, CDATA section, processing instruction or declaration that starts at `index`. */
function specialEnd(xml: string, index: number): number | undefined {
  const close = (marker: string, terminator: string) => {
    if (!xml.startsWith(marker, index)) return undefined;
    const found = xml.indexOf(terminator, index + marker.length);
    return found === -1 ? xml.length : found + terminator.length;
  };
  return close('<!--', '-->') ?? close('<![CDATA[', ']]>') ?? close('<?', '?>') ?? close('<!', '>');
}

function isNameEnd(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 47 || code === 62;
}

const entities: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"};

/** Text content as the XML parser gives it: the five entities and character references decoded. */
export function decodeText(raw: string): string {
  if (!raw.includes('&')) return raw;
  let out = '';
  let index = 0;
  while (index < raw.length) {
    const amp = raw.indexOf('&', index);
    if (amp === -1) break;
    const semicolon = raw.indexOf(';', amp);
    out += raw.slice(index, amp);
    const name = semicolon === -1 ? '' : raw.slice(amp + 1, semicolon);
    if (name.startsWith('#x') || name.startsWith('#X')) out += String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    else if (name.startsWith('#')) out += String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    else out += entities[name] ?? `&${name};`;
    index = semicolon === -1 ? raw.length : semicolon + 1;
  }
  return out + raw.slice(index);
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/** The highest number in any w:id="…" of the part, so new comments and changes get ids of their own. */
export function maxWordId(xml: string): number {
  let max = -1;
  let index = xml.indexOf('w:id="');
  while (index !== -1) {
    const end = xml.indexOf('"', index + 6);
    const value = Number(xml.slice(index + 6, end));
    if (Number.isSafeInteger(value) && value > max) max = value;
    index = xml.indexOf('w:id="', end);
  }
  return max;
}

/** The attributes of one start tag (source of the token), decoded. */
export function attributesOf(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  let index = tag.search(/[\s/>]/);
  while (index !== -1 && index < tag.length) {
    const equals = tag.indexOf('=', index);
    if (equals === -1) break;
    const name = tag.slice(index, equals).trim();
    const quote = tag[equals + 1];
    if (quote !== '"' && quote !== "'") break;
    const close = tag.indexOf(quote, equals + 2);
    if (close === -1) break;
    attributes[name] = decodeText(tag.slice(equals + 2, close));
    index = close + 1;
  }
  return attributes;
}
