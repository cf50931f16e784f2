/** Why a file cannot be read. Each code has one Dutch reason a clerk can act on. */
export type DocumentErrorCode =
  | 'empty'
  | 'too-large'
  | 'corrupt'
  | 'no-document'
  | 'encrypted'
  | 'zip-bomb'
  | 'xml-dtd'
  | 'xml-invalid'
  | 'old-word'
  | 'wrong-type'
  | 'unknown-format'
  | 'not-text';

/** A file Helder cannot read. `message` names the file; `reason` is the plain Dutch reason alone. */
export class DocumentError extends Error {
  override readonly name = 'DocumentError';
  constructor(
    readonly fileName: string,
    readonly code: DocumentErrorCode,
    readonly reason: string,
  ) {
    super(`${fileName}: ${reason}`);
  }
}

export const maxDocumentBytes = 50 * 1024 * 1024;

const resave = 'Open het in Word of LibreOffice en sla het opnieuw op.';

export const reasons = {
  empty: () => 'Het bestand is leeg. Er staat geen tekst in om na te kijken.',
  tooLarge: (bytes: number) => `Het bestand is te groot (${Math.round(bytes / 1024 / 1024)} megabyte). Helder leest bestanden tot ${maxDocumentBytes / 1024 / 1024} megabyte.`,
  corrupt: () => `Het bestand is kapot. Helder kan het niet openen. ${resave}`,
  noDocument: () => `In dit bestand staat geen tekst van Word. Het bestand is kapot of het is geen Word-bestand. ${resave}`,
  encrypted: () => 'Het bestand heeft een wachtwoord. Daarom kan Helder het niet lezen. Haal het wachtwoord weg in Word (Bestand, Info, Document beveiligen) en sla het op. Kijk het daarna opnieuw na.',
  zipBomb: (detail: string) => `Het bestand wordt bij het uitpakken veel te groot (${detail}). Zo'n bestand kan de computer vastzetten. Helder leest het daarom niet.`,
  // A DTD or entity declaration: text that grows by itself while it is read, or that is fetched from elsewhere.
  dtd: (part: string) =>
    `Een deel van het bestand (${part}) heeft een vreemde opbouw. Er staan stukjes in die bij het lezen vanzelf groter worden of iets van buiten ophalen. Word en LibreOffice maken dat nooit. Het kan een aanval zijn. Helder leest het daarom niet.`,
  xmlInvalid: (part: string, line: number) => `Een deel van het bestand (${part}, regel ${line}) is kapot. ${resave}`,
  oldWord: () =>
    'Dit is een oud Word-bestand (.doc). Helder leest alleen het nieuwe soort (.docx). Open het bestand in Word of LibreOffice en sla het op als .docx. Veel bestanden tegelijk omzetten kan ook, met: libreoffice --headless --convert-to docx *.doc',
  wrongType: (extension: string, actual: string) => `Dit bestand is geen ${extension}-bestand, al zegt de naam dat wel. ${actual} Geef het bestand de goede naam of sla het opnieuw op als ${extension}.`,
  unknownFormat: (extension: string) => `Helder kan dit soort bestand (${extension || 'zonder extensie'}) niet lezen. Helder leest .docx, .dotx, .docm, .odt, .ott, .html, .htm, .eml, .md en .txt.`,
  notText: () => 'Dit lijkt geen tekstbestand. Er staan veel tekens in die geen tekst zijn.',
};
