/**
 * Every Dutch text the language server shows to a clerk, in one place, so a test can run Helder over all of them
 * (test/editors/dutch.test.ts). Plain Dutch at B1: short sentences, say what to do.
 */
const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

export const nl = {
  advice: (n: number) => count(n, 'advies', 'adviezen'),
  letters: (n: number) => count(n, 'brief', 'brieven'),

  // Status bar and its tooltip (helder/summary).
  labelMeetsTarget: (target: string) => `Helder: ${target} ✓`,
  labelLevel: (level: number) => `Helder: niveau ${level}`,
  labelAdvice: (n: number) => (n === 0 ? 'Helder: geen adviezen' : `Helder: ${nl.advice(n)}`),
  labelSkipped: 'Helder: niet gecontroleerd',
  tooltipTooLarge: (millions: number) => `Helder kijkt dit document niet na. Het heeft meer dan ${millions === 1 ? 'een miljoen' : `${millions} miljoen`} tekens.`,
  tooltipNotText: 'Helder kijkt dit document niet na. Het lijkt geen tekst.',
  tooltipLevel: (level: number, score: number) => `Leesniveau: niveau ${level} van 4 (score ${score}).`,
  tooltipNoLevel: 'Helder kan het niveau van deze tekst niet bepalen.',
  tooltipNoAdvice: 'Helder heeft geen adviezen.',
  tooltipAdvice: (n: number) => `Helder heeft ${nl.advice(n)}:`,
  tooltipSuppressed: (n: number) => `Uitgezet met "helder-disable": ${n}.`,

  // Diagnostics.
  suggestion: (list: string) => `Voorstel: ${list}.`,
  or: 'of',
  documentTooLarge: (millions: number) => `Helder kijkt dit document niet na, want het is te groot. Helder kijkt documenten na tot ${millions === 1 ? 'een miljoen' : `${millions} miljoen`} tekens.`,
  documentNotText: 'Helder kijkt dit document niet na, want het lijkt geen tekst. Staan er vreemde tekens in? Sla het op als tekst (UTF-8).',
  ruleFileProblem: (field: string, ruleId: string | undefined, message: string) => `Fout in het bestand met regels (${field}${ruleId ? `, regel ${ruleId}` : ''}): ${message}`,
  configFileProblem: (field: string, message: string) => `Fout in het bestand met instellingen van Helder (${field}): ${message} Helder slaat dit deel over.`,

  // Code actions.
  replaceBy: (suggestion: string) => `Vervang door "${suggestion}"`,
  disableHere: (id: string) => `Zet het advies "${id}" hier uit`,
  addToWordList: (word: string) => `Zet "${word}" in de woordenlijst van de organisatie`,
  addWordCommand: 'Woord toevoegen',
  notHelpful: 'Dit advies helpt hier niet',
  notHelpfulCommand: 'Melden',

  // Hover.
  hoverTitle: (title: string) => `Helder: ${title}`,
  hoverBetter: 'Beter:',
  hoverWhy: 'Waarom:',
  hoverExamples: 'Voorbeelden',
  hoverBad: 'Niet zo:',
  hoverGood: 'Wel zo:',
  hoverWho: 'Wie koos dit advies:',
  hoverWhen: (who: string, date: string) => `${who}, op ${date}.`,
  hoverMore: 'Meer uitleg over dit advies',
  roles: {
    ervaringsdeskundige: 'een ervaringsdeskundige',
    inwoner: 'een inwoner',
    communicatieadviseur: 'een communicatieadviseur',
    consulent: 'een consulent',
    taaladviseur: 'een taaladviseur',
    ontwikkelteam: 'het team van Helder',
  } as Record<string, string>,

  // Window messages.
  rulesUnreadable: (reason: string) => `Helder kan de regels niet lezen. ${reason} Helder gebruikt de regels die het al had.`,
  rulesKept: (files: string) =>
    `Er staat een fout in een bestand met regels (${files}). Helder gebruikt de regels van daarvoor, tot de fout weg is. U ziet de fout in het bestand zelf.`,
  settingWrong: (details: string) => `Een instelling van Helder klopt niet. Helder slaat die instelling over. ${details}`,
  wordAdded: (word: string, path: string) => `"${word}" staat nu in de woordenlijst (${path}).`,
  wordAlreadyThere: (word: string, path: string) => `"${word}" stond al in de woordenlijst (${path}).`,
  wordNotAdded: (reason: string) => `Helder kan het woord niet toevoegen: ${reason}`,
  wordListNoPlace: 'Helder weet niet waar het bestand met instellingen moet komen. Open eerst een map.',
  wordListBadJson: (path: string) => `Helder kan het woord niet toevoegen: ${path} is geen goed JSON-bestand. Herstel het bestand eerst.`,
  wordListNotReadable: (path: string, reason: string) => `Helder kan het woord niet toevoegen: Helder kan ${path} niet lezen (${reason}).`,
  noWord: 'Er is geen woord om toe te voegen.',
  feedbackSaved: (path: string) => `Bedankt. Helder heeft uw melding bewaard in ${path}. Er staat niets anders uit uw brief in.`,
  feedbackNotSaved: (path: string, reason: string) => `Helder kan uw melding niet bewaren in ${path}: ${reason}`,
  feedbackSent: (path: string, url: string) => `Bedankt. Helder heeft uw melding bewaard in ${path} en naar het panel gestuurd (${url}). Er staat niets anders uit uw brief in.`,
  feedbackNotSent: (path: string, url: string, reason: string) => `Helder heeft uw melding bewaard in ${path}, maar kan hem niet naar het panel sturen (${url}): ${reason}`,
  studioAddressWrong: 'het adres moet beginnen met http:// of https://',
  studioRefused: (status: number) => `het panel zegt nee (code ${status}). Klopt de sleutel in de instelling helder.feedbackStudioToken?`,
  studioUnreachable: 'Helder krijgt geen antwoord. Staat het adres goed, en is de Rules Studio aan?',
  feedbackNoPlace: 'Helder weet niet waar de melding moet komen. Open eerst een map, of vul de instelling helder.feedbackFile in.',
  feedbackNoAdvice: 'Helder weet niet over welk advies dit gaat.',
  documentNotOpen: 'Dit document is niet open in de editor. Open het en probeer het opnieuw.',
  missingUri: 'Helder mist het adres van het document.',
  unknownCommand: (command: string) => `Helder kent de opdracht "${command}" niet.`,
  folderNotLocal: 'Helder kan alleen mappen op deze computer nakijken.',
  folderProgress: 'Helder kijkt de brieven na',
  folderProgressStep: (done: number, total: number) => `${done} van ${total}`,
  folderNoLetters: (folder: string) => `Helder vond geen brieven in ${folder}. Helder kijkt naar bestanden met .txt, .md, .html, .hbs, .mustache, .j2 en .jinja.`,
  folderDone: (files: number, findings: number) => `Helder heeft ${nl.letters(files)} nagekeken en vond ${nl.advice(findings)}. U ziet ze bij Problemen.`,
  folderNoAccess: 'Helder heeft geen toegang tot deze map en heeft de bestanden erin dus niet gelezen.',
  folderNotOpened: (code: string) => `Helder kan deze map niet openen (${code}) en heeft de bestanden erin dus niet gelezen.`,
  folderUnreadable: (n: number) => (n === 1 ? 'Helder kon 1 bestand of map niet lezen.' : `Helder kon ${n} bestanden of mappen niet lezen.`),
  fileTooLarge: 'het bestand is te groot (meer dan een miljoen tekens)',

  // Command line (helder-language-server --help). Each line: an option, two spaces or more, then Dutch.
  usage: (version: string) => `helder-language-server ${version}: de server van Helder voor elke editor (LSP).

Gebruik:  helder-language-server --stdio [--rules-dir MAP]

  --stdio          praat met de editor via de standaard invoer en uitvoer (dit gebruikt elke editor)
  --rules-dir MAP  gebruik de regels in deze map, niet de regels van Helder zelf
  --version        toon het nummer van deze versie
  --help           toon deze uitleg

Meer uitleg: docs/editors.md`,
  usageNoTransport: 'zeg hoe de editor met de server praat, bijvoorbeeld met --stdio.',
};
