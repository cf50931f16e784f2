import {createFetchLoader} from './fetch-loader.js';
import {labels} from './labels.js';
import {MemoryDocument} from './hosts/memory.js';
import {OutlookMessage} from './hosts/outlook.js';
import {WordDocument} from './hosts/word.js';
import type {DocumentHost} from './hosts/host.js';
import type {MailItem, OfficeDocument, WordApi} from './hosts/office-types.js';
import {Pane} from './pane.js';

interface OfficeGlobal {
  onReady(): Promise<{host: string | null}>;
  context: {document: OfficeDocument; mailbox?: {item: MailItem}; requirements: {isSetSupported(name: string, version: string): boolean}};
}

declare global {
  interface Window {
    /** Set when the pane runs outside Office: the document in memory and the pane, for tests and for trying it. */
    helder?: {document: MemoryDocument; pane: Pane};
    /** Outside Office: a letter to open at once (set by the budget benchmark before the page loads). */
    helderInitialText?: string;
  }
}

async function hostFor(): Promise<DocumentHost> {
  const office = (globalThis as {Office?: OfficeGlobal}).Office;
  // In Office (taskpane.html) a missing Office.js means it could not load: never fall back to a document in memory.
  if (!office && document.body.dataset.office === 'required') throw new Error('Office.js is not loaded');
  if (!office) {
    const memory = new MemoryDocument(new URLSearchParams(location.search).get('document') ?? 'voorbeeld');
    return memory;
  }
  const info = await office.onReady();
  if (info.host === 'Outlook' && office.context.mailbox) return new OutlookMessage(office.context.mailbox.item);
  const word = (globalThis as {Word?: WordApi}).Word!;
  const supported = (name: string, version: string) => office.context.requirements.isSetSupported(name, version);
  return new WordDocument(word, office.context.document, {fields: supported('WordApi', '1.4'), notes: supported('WordApi', '1.5'), textBoxes: supported('WordApiDesktop', '1.2')});
}

async function start(): Promise<void> {
  const root = document.getElementById('helder-pane')!;
  try {
    // Made first, so the data files load while Office starts.
    const loader = createFetchLoader(new URL('./', location.href));
    const host = await hostFor();
    const pane = new Pane({host, loader, root});
    await pane.start();
    if (host instanceof MemoryDocument) {
      window.helder = {document: host, pane};
      if (window.helderInitialText !== undefined) {
        host.open(window.helderInitialText);
        await pane.check(true);
      }
    } else await pane.check(true);
    // The service worker keeps the add-in's own files, so the pane opens without the intranet server too.
    if ('serviceWorker' in navigator && isSecureContext) navigator.serviceWorker.register('sw.js').catch(() => undefined);
  } catch (error) {
    console.error(error);
    root.textContent = labels.loadFailed;
  }
}

void start();
