import {checks, type DataLoader, type ReadabilityResult} from '@helder/core';
import {checkBlocks, type BlockFinding, type BlocksResult} from './check-blocks.js';
import {HostError, type DocumentHost} from './hosts/host.js';
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

/** One piece of feedback for the curation panel: the rule and the matched words, never the sentence. */
export interface Feedback {
  ruleId: string;
  entryId?: string;
  words: string;
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Array<Node | string>) => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
};

/** The task pane: a plain web app over a DocumentHost. */
export class Pane {
  result: BlocksResult | undefined;
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

  constructor(private readonly options: PaneOptions) {
    const {root} = options;
    const checkButton = element('button', {type: 'button', class: 'utrecht-button utrecht-button--primary-action', id: 'helder-check'}, labels.check);
    checkButton.addEventListener('click', () => void this.check(true));
    this.status = element('p', {class: 'utrecht-paragraph helder-status', role: 'status', 'aria-live': 'polite', id: 'helder-status'});
    this.level = element('section', {'aria-labelledby': 'helder-level-heading', id: 'helder-level'});
    this.summary = element('section', {'aria-labelledby': 'helder-summary-heading', id: 'helder-summary'});
    this.findings = element('section', {'aria-labelledby': 'helder-findings-heading', id: 'helder-findings'});
    root.replaceChildren(
      element('h1', {class: 'utrecht-heading-2'}, labels.title),
      element('p', {class: 'utrecht-paragraph'}, labels.intro),
      element('div', {class: 'utrecht-button-group'}, checkButton),
      this.status,
      this.level,
      this.findings,
      this.summary,
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
          this.result = await checkBlocks(blocks, {loader: this.options.loader});
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

  private visible(): BlockFinding[] {
    return (this.result?.findings ?? []).filter((finding) => !this.ignored.has(finding.key));
  }

  private render(): void {
    const result = this.result!;
    const focused = (document.activeElement as HTMLElement | null)?.dataset.focusKey;
    this.renderLevel(result.readability);
    this.renderSummary(result);
    this.renderFindings();
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

  private renderSummary(result: BlocksResult): void {
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
    const groups = new Map<string, BlockFinding[]>();
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

  private renderFinding(finding: BlockFinding): HTMLElement {
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

  private renderDetail(finding: BlockFinding, id: string): HTMLElement {
    const detail = element('div', {class: 'helder-detail', id, role: 'region', 'aria-label': labels.details});
    if (finding.explanation) detail.append(element('p', {class: 'utrecht-paragraph'}, finding.explanation));
    if (finding.provenance) detail.append(element('p', {class: 'utrecht-paragraph helder-provenance'}, labels.provenance(finding.provenance.role, finding.provenance.date, finding.provenance.decision)));
    detail.append(element('p', {class: 'utrecht-paragraph'}, labels.place(finding.place)));
    const feedback = element('button', {type: 'button', class: 'utrecht-button utrecht-button--secondary-action', 'data-focus-key': `feedback:${finding.key}`}, labels.notHelpful);
    feedback.addEventListener('click', () => {
      saveFeedback({ruleId: finding.ruleId, ...(finding.entryId ? {entryId: finding.entryId} : {}), words: finding.actual});
      this.say(labels.notHelpfulSaved);
    });
    detail.append(element('div', {class: 'utrecht-button-group'}, feedback));
    return detail;
  }

  private async select(finding: BlockFinding): Promise<void> {
    if (!this.options.host.canSelect) return this.say(labels.noSelect);
    try {
      await this.options.host.select(finding.range);
    } catch (error) {
      this.fail(error);
    }
  }

  private async replace(finding: BlockFinding, suggestion: string): Promise<void> {
    try {
      await this.options.host.replace(finding.range, suggestion);
      await this.check(true);
      this.say(labels.replaced(suggestion));
    } catch (error) {
      this.fail(error);
    }
  }

  private async ignore(finding: BlockFinding): Promise<void> {
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

/** Feedback stays in this browser's storage: the curation panel collects it from there (never the sentence). */
export function saveFeedback(item: Feedback, storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage): void {
  const list = JSON.parse(storage.getItem(feedbackKey) ?? '[]') as Feedback[];
  list.push(item);
  storage.setItem(feedbackKey, JSON.stringify(list));
}
