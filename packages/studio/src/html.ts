/** HTML is built from strings; every value from outside goes through `esc`, the `html` tag does that by itself. */
export class Html {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (char) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[char]!);
}

const part = (value: unknown): string => (value instanceof Html ? value.value : Array.isArray(value) ? value.map(part).join('') : value === undefined || value === null || value === false ? '' : esc(value));

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0]!;
  for (const [index, value] of values.entries()) out += part(value) + strings[index + 1]!;
  return new Html(out);
}

export const raw = (value: string) => new Html(value);

/** Icons are decoration next to a text, never alone: hidden from screen readers. */
const paths: Record<string, string> = {
  zoek: 'M10 2a8 8 0 1 0 4.9 14.3l5.4 5.4 1.4-1.4-5.4-5.4A8 8 0 0 0 10 2zm0 2a6 6 0 1 1 0 12 6 6 0 0 1 0-12z',
  plus: 'M11 4h2v7h7v2h-7v7h-2v-7H4v-2h7z',
  lijst: 'M4 5h16v2H4zm0 6h16v2H4zm0 6h16v2H4z',
  bericht: 'M3 4h18v13H7l-4 4zm2 2v10.2L6.2 15H19V6z',
  gebruiker: 'M12 2a5 5 0 1 1 0 10 5 5 0 0 1 0-10zm0 12c5 0 9 2.2 9 5v3H3v-3c0-2.8 4-5 9-5z',
  vink: 'M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z',
  kruis: 'M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z',
  uit: 'M10 3h10v18H10v-2h8V5h-8zm-1 5 1.4 1.4L8.8 11H16v2H8.8l1.6 1.6L9 16l-4-4z',
};

export const icon = (name: keyof typeof paths) => raw(`<svg class="studio-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24"><path d="${paths[name]}"/></svg>`);
