import { cardView, renderCard, type CardContext } from '../shared/result-card.ts';
import { el } from '../shared/el.ts';
import type { SearchOutcome } from './engine.ts';
import { PAGE_SIZE } from './view-model.ts';

/**
 * The cards of /search/, a page at a time. Each card is shown as soon as it
 * and those before it are in, so on a slow connection the first results do
 * not wait for the tenth. The first card on screen sets the `search:results`
 * mark that the tests and the bench read.
 */
export class ResultList {
  private outcome: SearchOutcome | undefined;
  private shown = 0;
  private marked = false;
  private readonly list: HTMLOListElement;
  private readonly context: CardContext;

  constructor(list: HTMLOListElement, context: CardContext) {
    this.list = list;
    this.context = context;
  }

  get current(): SearchOutcome | undefined {
    return this.outcome;
  }

  /** Results whose cards were asked for (a card whose link leads off the site is left out). */
  get rendered(): number {
    return this.shown;
  }

  /** The first results, or the answer that there are none, are on screen. */
  markResults(): void {
    if (this.marked) return;
    this.marked = true;
    performance.mark('search:results');
  }

  clear(outcome?: SearchOutcome): void {
    this.outcome = outcome;
    this.shown = 0;
    this.list.replaceChildren();
  }

  /**
   * Renders the next page of results; resolves with its first item, if any.
   * `onFirst` runs as soon as that item is on the page; `current()` says
   * whether this search is still the one on screen.
   */
  async next(current: () => boolean, onFirst?: (item: HTMLLIElement) => void): Promise<HTMLLIElement | undefined> {
    const outcome = this.outcome;
    if (!outcome) return undefined;
    const slice = outcome.results.slice(this.shown, this.shown + PAGE_SIZE);
    const pending = slice.map((r) => r.card());
    // A failure is reported once, by the await below; the others are handled.
    for (const p of pending) p.catch(() => undefined);
    let first: HTMLLIElement | undefined;
    for (const next of pending) {
      const view = cardView(await next, this.context);
      if (!current()) return undefined;
      if (!view) continue;
      const item = renderCard(view, { link: (href, text) => el('a', { text, attrs: { href } }), heading: 'h3', text: true, className: 'card' }, this.context.tr.lang);
      this.list.append(item);
      if (!first) {
        first = item;
        onFirst?.(item);
      }
      this.markResults();
    }
    this.shown += slice.length;
    return first;
  }
}
