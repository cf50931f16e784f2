/** The Dutch texts of the VS Code client (the server has its own: packages/language-server/src/messages.ts). */
export const nl = {
  openLetterFirst: 'Open eerst een brief. Dan kan Helder hem nakijken.',
  checked: (label: string, findings: number) => `${label}. ${findings === 1 ? 'Er is 1 advies' : `Er zijn ${findings} adviezen`}.`,
  notChecked: 'Helder kijkt dit soort bestand niet na. Helder kijkt alleen naar tekst, Markdown, webpagina\'s en sjablonen.',
  documentFailed: (reason: string) => `Helder kan dit document niet nakijken: ${reason}`,
  openFolderFirst: 'Open eerst een map met brieven.',
  folderProgress: 'Helder kijkt de brieven in deze map na',
  folderFailed: (reason: string) => `Helder kan de map niet nakijken: ${reason}`,
  statusClick: 'Klik om de adviezen te zien.',
};
