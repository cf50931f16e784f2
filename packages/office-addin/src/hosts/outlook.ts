import {HostError, occurrenceAt, type DocumentHost, type HostBlock, type TextRange} from './host.js';
import {labels} from '../labels.js';
import {replaceInHtml} from './html-replace.js';
import {promised, type CustomProperties, type MailItem} from './office-types.js';

const blockId = 'mail';

/**
 * The message being written in Outlook (compose mode, Mailbox 1.3). Outlook has no way to select words in the
 * body, so canSelect is false and the pane names the words instead. "Vervang" rewrites only the matched words in
 * the HTML body; settings are custom properties of the message.
 */
export class OutlookMessage implements DocumentHost {
  readonly name = 'Outlook';
  readonly canSelect = false;
  private properties: Promise<CustomProperties> | undefined;

  constructor(
    private readonly item: MailItem,
    private readonly pollMs = 2000,
  ) {}

  async readBlocks(): Promise<HostBlock[]> {
    const text = await promised<string>((callback) => this.item.body.getAsync('text', callback));
    return [{id: blockId, text, place: {part: 'email', paragraph: 1}, placeholders: []}];
  }

  async select(): Promise<void> {
    throw new HostError(labels.noSelect);
  }

  async replace(range: TextRange, text: string): Promise<void> {
    const plain = await promised<string>((callback) => this.item.body.getAsync('text', callback));
    const normal = (value: string) => value.replace(/\s/g, ' ');
    if (range.blockId !== blockId || plain.slice(range.start, range.end) !== range.text) throw new HostError(labels.changed);
    const occurrence = occurrenceAt(normal(plain), normal(range.text), range.start);
    const html = await promised<string>((callback) => this.item.body.getAsync('html', callback));
    const changed = replaceInHtml(html, range.text, occurrence, text);
    await promised<void>((callback) => this.item.body.setAsync(changed, {coercionType: 'html'}, callback));
  }

  watch(listener: () => void): () => void {
    // Outlook has no event for typing in the body: look again every few seconds (the pane skips a check when
    // nothing changed). This reads the message inside Outlook; nothing goes over the network.
    const timer = setInterval(listener, this.pollMs);
    return () => clearInterval(timer);
  }

  async readSetting(key: string): Promise<string | undefined> {
    const value = (await this.customProperties()).get(key);
    return typeof value === 'string' ? value : undefined;
  }

  async writeSetting(key: string, value: string): Promise<void> {
    const properties = await this.customProperties();
    properties.set(key, value);
    await promised<void>((callback) => properties.saveAsync(callback));
  }

  private customProperties(): Promise<CustomProperties> {
    this.properties ??= promised<CustomProperties>((callback) => this.item.loadCustomPropertiesAsync(callback));
    return this.properties;
  }
}
