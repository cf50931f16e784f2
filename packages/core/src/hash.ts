// Cache keys for data in the loader's caches: the spelling snapshot and the readability lexicon (bytes), the parsed
// rules and lists (texts).

/** Two 32-bit FNV-1a style hashes over the bytes, as 16 hex digits: a cache key, not a security measure. */
export function hashBytes(parts: Uint8Array[]): string {
  // `| 0` keeps both in int32 from the start (Math.imul and ^ make them int32 anyway): a start value above 2^31
  // made V8 deoptimise the loop ("lost precision") while hashing the spelling snapshot in every worker.
  let first = 0x811c9dc5 | 0;
  let second = 0x01000193 | 0;
  for (const part of parts) {
    const words = Math.floor(part.length / 4);
    const aligned = part.byteOffset % 4 === 0 ? new Uint32Array(part.buffer, part.byteOffset, words) : new Uint32Array(part.slice(0, words * 4).buffer);
    for (let index = 0; index < words; index++) {
      const value = aligned[index]!;
      first = Math.imul(first ^ value, 0x01000193);
      second = Math.imul(second ^ value, 0x5bd1e995) ^ (second >>> 15);
    }
    for (let index = words * 4; index < part.length; index++) first = Math.imul(first ^ part[index]!, 0x01000193);
    first = Math.imul(first ^ part.length, 0x01000193);
    second = Math.imul(second ^ part.length, 0x5bd1e995);
  }
  return (first >>> 0).toString(16).padStart(8, '0') + (second >>> 0).toString(16).padStart(8, '0');
}

/** FNV-1a over the names and texts of data files: a cheap key that changes with any edit. */
export function hashTexts(version: number, names: string[], texts: string[]): string {
  let hash = 0x811c9dc5;
  for (const part of [String(version), ...names, ...texts]) {
    for (let index = 0; index < part.length; index++) {
      hash ^= part.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 0xff;
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
