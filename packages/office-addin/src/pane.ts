import {checkDocument, checks, feedbackRecord, startsSentence, type DataLoader, type FeedbackRecord, type DocumentCheckResult, type DocumentFinding, type ReadabilityResult} from '@helder/core';
import {HostError, type DocumentHost, type HostBlock, type TextRange} from './hosts/host.js';
import {labels} from './labels.js';

const ignoredSetting = 'genegeerd';
const feedbackKey = 'helder:feedback';
const checkTitles = new Map(checks.map((item) => [item.id, item.title]));

export interface PaneOptions {
  host: DocumentHost;
  loader: DataLoader;
  root: HTMLElement;
  /** Wait this long after the last change before checking again. */
  debounceMs?: number;
}

/** A finding of the core's document check with what the pane needs to find its words again in the host. */
export interface PaneFinding extends DocumentFinding {
  /** The same advice on the same words: what "Negeer" hides in this document. */
  key: string;
  range: TextRange;
}

export interface PaneResult extends Omit<DocumentCheckResult, 'findings'> {
  findings: PaneFinding[];
}

/** Check the host's blocks as one letter with the core, and point each finding at its block in the host. */
export async function checkHostBlocks(blocks: HostBlock[], loader: DataLoader): Promise<PaneResult> {
  const result = await checkDocument({blocks, textFormat: 'text', notices: []}, {loader});
  const findings = result.findings.map((finding) => {
    const {block, start, end} = finding.location;
    return {...finding, key: `${finding.ruleId}/${finding.entryId ?? ''}/${finding.actual}`, range: {blockId: blocks[block]!.id, start, end, text: finding.actual}};
  });
  return {...result, findings};
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Array<Node | string>) => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
};

/** The task pane: a plain web app over a DocumentHost. */
export class Pane {
  result: PaneResult | undefined;
  private ignored = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private lastText: string | undefined;
  private openDetails: string | undefined;
  private readonly status: HTMLElement;
  private readonly level: HTMLElement;
  private readonly summary: HTMLElement;
  private readonly findings: HTMLElement;
  private readonly feedback: HTMLElement;

  constructor(private readonly options: PaneOptions) {
    const {root} = options;
    const checkButton = element('button', {type: 'button', class: 'utrecht-button utrecht-button--primary-action', id: 'helder-check'}, labels.check);
    checkButton.addEventListener('click', () => void this.check(true));
    this.status = element('p', {class: 'utrecht-paragraph helder-status', role: 'status', 'aria-live': 'polite', id: 'helder-status'});
    this.level = element('section', {'aria-labelledby': 'helder-level-heading', id: 'helder-level'});
    this.summary = element('section', {'aria-labelledby': 'helder-summary-heading', id: 'helder-summary'});
    this.findings = element('section', {'aria-labelledby': 'helder-findings-heading', id: 'helder-findings'});
    this.feedback = element('section', {'aria-labelledby': 'helder-feedback-heading', id: 'helder-feedback'});
    root.replaceChildren(
      element('h1', {class: 'utrecht-heading-2'}, labels.title),
      element('p', {class: 'utrecht-paragraph'}, labels.intro),
      element('div', {class: 'utrecht-button-group'}, checkButton),
      this.status,
      this.level,
      this.findings,
      this.summary,
      this.feedback,
    );
    options.host.watch(() => this.schedule());
  }

  /** Read the ignored findings of this document; call once before the first check. */
  async start(): Promise<void> {
    this.say(labels.loading);
    const stored = await this.options.host.readSetting(ignoredSetting);
    if (stored) for (const key of JSON.parse(stored) as string[]) this.ignored.add(key);
  }

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.check(), this.options.debounceMs ?? 400);
  }

  /** Check the document now; a change during a check runs one more check after it. */
  async check(force = false): Promise<void> {
    if (force) this.lastText = undefined;
    clearTimeout(this.timer);
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          const blocks = await this.options.host.readBlocks();
          // The hosts call the watcher for every key stroke or cursor move: check only when the text changed.
          const text = JSON.stringify(blocks);
          if (text === this.lastText) continue;
          this.lastText = text;
          if (!this.result) this.say(labels.checking);
          this.result = await checkHostBlocks(blocks, this.options.loader);
          this.render();
        } catch (error) {
          this.fail(error);
        }
      } while (this.again);
    })();
    try {
      await this.running;
    } finally {
      this.running = undefined;
    }
  }

  private visible(): PaneFinding[] {
    return (this.result?.findings ?? []).filter((finding) => !this.ignored.has(finding.key));
  }

  private render(): void {
    const result = this.result!;
    const focused = (document.activeElement as HTMLElement | null)?.dataset.focusKey;
    this.renderLevel(result.readability);
    this.renderSummary(result);
    this.renderFindings();
    this.renderFeedback();
    const hidden = result.findings.length - this.visible().length;
    this.say(hidden > 0 ? labels.ignoredCount(hidden) : '');
    // For the budget benchmark: when the findings of a check are on screen.
    performance.mark('helder-checked');
    if (focused) {
      // The button that had focus may be gone (its finding was fixed or ignored): keep keyboard users in the list.
      const again = this.options.root.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focused)}"]`);
      (again ?? this.options.root.querySelector<HTMLElement>('#helder-findings-heading'))?.focus();
    }
  }

  private renderLevel(readability: ReadabilityResult | null): void {
    const heading = element('h2', {class: 'utrecht-heading-3', id: 'helder-level-heading'}, labels.levelHeading);
    if (!readability?.lint) {
      this.level.replaceChildren(heading, element('p', {class: 'utrecht-paragraph'}, labels.noLevel));
      return;
    }
    const verdict = readability.verdict;
    const parts: Node[] = [heading, element('p', {class: 'utrecht-paragraph helder-level', id: 'helder-level-value'}, labels.level(readability.lint.level))];
    if (verdict) {
      parts.push(element('p', {class: `utrecht-paragraph helder-verdict helder-verdict--${verdict.reached ? 'reached' : 'missed'}`, id: 'helder-verdict'}, verdict.label));
      if (verdict.reasons.length > 0) parts.push(element('ul', {class: 'utrecht-unordered-list'}, ...verdict.reasons.map((reason) => element('li', {class: 'utrecht-unordered-list__item'}, reason.text))));
    }
    this.level.replaceChildren(...parts);
  }

  private renderSummary(result: PaneResult): void {
    const readability = result.readability;
    const words = readability?.words ?? result.stats.words;
    const sentences = readability?.sentenceCount ?? result.stats.sentences;
    const average = readability?.averageSentenceLength ?? (sentences ? words / sentences : 0);
    const row = (label: string, value: string) => [element('dt', {class: 'utrecht-data-list__item-key'}, label), element('dd', {class: 'utrecht-data-list__item-value'}, value)];
    this.summary.replaceChildren(
      element('h2', {class: 'utrecht-heading-3', id: 'helder-summary-heading'}, labels.summaryHeading),
      element(
        'dl',
        {class: 'utrecht-data-list helder-summary'},
        ...row(labels.words, String(words)),
        ...row(labels.sentences, String(sentences)),
        ...row(labels.sentenceLength, average.toLocaleString('nl-NL', {maximumFractionDigits: 1})),
      ),
    );
  }

  private renderFindings(): void {
    const visible = this.visible();
    const heading = element('h2', {class: 'utrecht-heading-3', id: 'helder-findings-heading', tabindex: '-1'}, labels.findingsHeading);
    const parts: Node[] = [heading];
    if (visible.length === 0) parts.push(element('p', {class: 'utrecht-paragraph'}, labels.noFindings));
    else parts.push(element('p', {class: 'utrecht-paragraph'}, labels.selectHint));
    const groups = new Map<string, PaneFinding[]>();
    for (const finding of visible) groups.set(finding.ruleId, [...(groups.get(finding.ruleId) ?? []), finding]);
    for (const [ruleId, items] of groups) {
      const title = checkTitles.get(ruleId) ?? ruleId;
      const headingId = `helder-group-${ruleId}`;
      parts.push(
        element(
          'section',
          {class: 'helder-group', 'aria-labelledby': headingId, 'data-rule': ruleId},
          element('h3', {class: 'utrecht-heading-4', id: headingId}, `${title} `, element('span', {class: 'helder-count'}, `(${labels.count(items.length)})`)),
          element('ul', {class: 'helder-list'}, ...items.map((finding) => this.renderFinding(finding))),
        ),
      );
    }
    this.findings.replaceChildren(...parts);
  }

  private renderFinding(finding: PaneFinding): HTMLElement {
    const id = `${finding.key}@${finding.range.blockId}:${finding.range.start}`;
    const words = element('button', {type: 'button', class: 'utrecht-button utrecht-button--subtle helder-finding', 'data-focus-key': `select:${id}`}, element('span', {class: 'helder-words'}, `„${finding.actual}”`), ` ${finding.message}`);
    words.addEventListener('click', () => void this.select(finding));
    const actions = element('div', {class: 'utrecht-button-group helder-actions'});
    const suggestions = finding.expected.slice(0, 3);
    // At 320 px a full "Vervang door …" per button takes a line each: the words say it once, the buttons say it to screen readers.
    if (suggestions.length > 0) actions.append(element('span', {class: 'helder-replace-label', 'aria-hidden': 'true'}, labels.replaceBy));
    for (const suggestion of suggestions) {
      const replace = element('button', {type: 'button', class: 'utrecht-button utrecht-button--secondary-action', 'aria-label': labels.replace(suggestion), 'data-focus-key': `replace:${id}:${suggestion}`}, suggestion);
      replace.addEventListener('click', () => void this.replace(finding, suggestion));
      actions.append(replace);
    }
    const ignore = element('button', {type: 'button', class: 'utrecht-button utrecht-button--subtle', 'data-focus-key': `ignore:${id}`, 'aria-label': `${labels.ignore}: ${finding.actual}`}, labels.ignore);
    ignore.addEventListener('click', () => void this.ignore(finding));
    const open = this.openDetails === id;
    const detailId = `helder-detail-${CSS.escape(id).replace(/[^\w-]/g, '_')}`;
    const toggle = element('button', {type: 'button', class: 'utrecht-button utrecht-button--subtle', 'aria-expanded': String(open), 'aria-controls': detailId, 'data-focus-key': `details:${id}`}, open ? labels.closeDetails : labels.details);
    toggle.addEventListener('click', () => {
      this.openDetails = open ? undefined : id;
      this.render();
    });
    actions.append(ignore, toggle);
    const item = element('li', {class: 'helder-item'}, words, actions);
    if (open) item.append(this.renderDetail(finding, detailId));
    return item;
  }

  private renderDetail(finding: PaneFinding, id: string): HTMLElement {
    const detail = element('div', {class: 'helder-detail', id, role: 'region', 'aria-label': labels.details});
    if (finding.explanation) detail.append(element('p', {class: 'utrecht-paragraph'}, finding.explanation));
    if (finding.provenance) detail.append(element('p', {class: 'utrecht-paragraph helder-provenance'}, labels.provenance(finding.provenance.role, finding.provenance.date, finding.provenance.decision)));
    detail.append(element('p', {class: 'utrecht-paragraph'}, labels.place(finding.location.label)));
    const feedback = element('button', {type: 'button', class: 'utrecht-button utrecht-button--secondary-action', 'data-focus-key': `feedback:${finding.key}`}, labels.notHelpful);
    feedback.addEventListener('click', () => {
      const block = this.result?.text.slice(this.result.blockStarts[finding.location.block]) ?? '';
      const {wordCount: _count, ...record} = feedbackRecord(finding.ruleId, finding.entryId, finding.actual, new Date(), startsSentence(block, finding.location.start));
      saveFeedback(record);
      this.renderFeedback();
      this.say(labels.notHelpfulSaved);
    });
    detail.append(element('div', {class: 'utrecht-button-group'}, feedback));
    return detail;
  }

  /** What the clerk said does not help, as a file for the curation panel (the Rules Studio imports it). */
  private renderFeedback(): void {
    const records = storedFeedback();
    if (records.length === 0) return void this.feedback.replaceChildren();
    const save = element('button', {type: 'button', class: 'utrecht-button utrecht-button--secondary-action', id: 'helder-feedback-save'}, labels.feedbackSave);
    save.addEventListener('click', () => downloadFeedback(records));
    this.feedback.replaceChildren(
      element('h2', {class: 'utrecht-heading-3', id: 'helder-feedback-heading'}, labels.feedbackHeading),
      element('p', {class: 'utrecht-paragraph'}, labels.feedbackCount(records.length)),
      element('p', {class: 'utrecht-paragraph'}, labels.feedbackHow),
      element('div', {class: 'utrecht-button-group'}, save),
    );
  }

  private async select(finding: PaneFinding): Promise<void> {
    if (!this.options.host.canSelect) return this.say(labels.noSelect);
    try {
      await this.options.host.select(finding.range);
    } catch (error) {
      this.fail(error);
    }
  }

  private async replace(finding: PaneFinding, suggestion: string): Promise<void> {
    try {
      await this.options.host.replace(finding.range, suggestion);
      await this.check(true);
      this.say(labels.replaced(suggestion));
    } catch (error) {
      this.fail(error);
    }
  }

  private async ignore(finding: PaneFinding): Promise<void> {
    this.ignored.add(finding.key);
    this.render();
    this.say(labels.ignored);
    try {
      await this.options.host.writeSetting(ignoredSetting, JSON.stringify([...this.ignored]));
    } catch (error) {
      this.fail(error);
    }
  }

  private say(text: string): void {
    this.status.textContent = text;
  }

  private fail(error: unknown): void {
    console.error(error);
    this.say(error instanceof HostError ? error.message : labels.failed);
  }
}

type FeedbackStorage = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * Feedback stays in this browser's storage (never the sentence) until the clerk saves it as a file for the
 * curation panel: nothing is sent anywhere from the pane.
 */
export function saveFeedback(item: FeedbackRecord, storage: FeedbackStorage = localStorage): void {
  storage.setItem(feedbackKey, JSON.stringify([...storedFeedback(storage), item]));
}

export function storedFeedback(storage: FeedbackStorage = localStorage): FeedbackRecord[] {
  try {
    const list: unknown = JSON.parse(storage.getItem(feedbackKey) ?? '[]');
    return Array.isArray(list) ? (list as FeedbackRecord[]) : [];
  } catch {
    return [];
  }
}

/** The records as JSON Lines, the format of the editor's feedback file that the Rules Studio imports. */
export function feedbackFile(records: FeedbackRecord[]): string {
  return records.map((record) => JSON.stringify(record)).join('\n') + '\n';
}

function downloadFeedback(records: FeedbackRecord[]): void {
  // A blob: address is made in this page; nothing leaves the computer.
  const url = URL.createObjectURL(new Blob([feedbackFile(records)], {type: 'application/x-ndjson'}));
  const link = element('a', {href: url, download: `helder-meldingen-${new Date().toISOString().slice(0, 10)}.jsonl`});
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
