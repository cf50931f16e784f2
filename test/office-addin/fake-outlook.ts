/**
 * A small fake of Outlook's compose item (Mailbox 1.3): body.getAsync as text or HTML, body.setAsync, and custom
 * properties, all in Office's callback style. The text form is made from the HTML as Outlook does: tags dropped,
 * entities decoded, a new line after each block.
 */
type Callback<T> = (result: {status: 'succeeded' | 'failed'; value: T; error?: {message: string}}) => void;

export class FakeMailItem {
  writes = 0;
  private properties: Record<string, unknown> = {};
  saved: Record<string, unknown> = {};
  constructor(public html: string) {}

  get text(): string {
    return this.html
      .replace(/<(head|style|script)\b[\s\S]*?<\/\1>/gi, '')
      .replace(/<\/(p|div|li|h\d)>|<br\s*\/?>/gi, '\n')
      .replace(/<[^>]*>/g, '')
      .replace(/&nbsp;/g, '\u00a0')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  }

  body = {
    getAsync: (coercion: 'text' | 'html', callback: Callback<string>) => setTimeout(() => callback({status: 'succeeded', value: coercion === 'html' ? this.html : this.text})),
    setAsync: (data: string, options: {coercionType: 'text' | 'html'}, callback: Callback<void>) =>
      setTimeout(() => {
        if (options.coercionType !== 'html') throw new Error('the fake only writes HTML');
        this.html = data;
        this.writes++;
        callback({status: 'succeeded', value: undefined});
      }),
  };

  loadCustomPropertiesAsync(callback: Callback<unknown>): void {
    const properties = {
      get: (name: string) => this.properties[name],
      set: (name: string, value: unknown) => void (this.properties[name] = value),
      saveAsync: (done: Callback<void>) => setTimeout(() => ((this.saved = {...this.properties}), done({status: 'succeeded', value: undefined}))),
    };
    setTimeout(() => callback({status: 'succeeded', value: properties}));
  }
}
