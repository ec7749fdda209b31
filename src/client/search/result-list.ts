import { resultCard } from '../results/result-card.ts';
import type { SearchOutcome } from './engine.ts';
import { el as h } from './facet-panel.ts';
import { format, type Strings } from './strings.ts';

export const PAGE_SIZE = 10;

/**
 * The results of /search/, a page of cards at a time. Each card is shown as
 * soon as it and those before it are in, so on a slow connection the first
 * results do not wait for the tenth. The first card on screen sets the
 * `search:results` mark that the tests and the bench read.
 */
export class ResultList {
  private outcome: SearchOutcome | undefined;
  private rendered = 0;
  private marked = false;
  private readonly list: HTMLOListElement;
  private readonly more: HTMLButtonElement;
  private readonly shown: HTMLElement;
  private readonly s: Strings;
  private readonly base: string;
  private readonly objectiveShort: (n: string) => string | undefined;
  private readonly lang: string;
  private readonly sections: Readonly<Record<string, string>>;

  constructor(
    parts: { list: HTMLOListElement; more: HTMLButtonElement; shown: HTMLElement },
    s: Strings,
    base: string,
    objectiveShort: (n: string) => string | undefined,
    lang: string,
    sections: Readonly<Record<string, string>> = {},
  ) {
    this.lang = lang;
    this.sections = sections;
    this.list = parts.list;
    this.more = parts.more;
    this.shown = parts.shown;
    this.s = s;
    this.base = base;
    this.objectiveShort = objectiveShort;
  }

  get current(): SearchOutcome | undefined {
    return this.outcome;
  }

  /** The first results, or the answer that there are none, are on screen. */
  markResults(): void {
    if (this.marked) return;
    this.marked = true;
    performance.mark('search:results');
  }

  busy(on: boolean): void {
    if (on) this.list.setAttribute('aria-busy', 'true');
    else this.list.removeAttribute('aria-busy');
  }

  clear(outcome?: SearchOutcome): void {
    this.outcome = outcome;
    this.rendered = 0;
    this.list.replaceChildren();
    this.more.hidden = true;
    this.shown.textContent = '';
  }

  private card(c: Parameters<typeof resultCard>[0]): HTMLLIElement | undefined {
    return resultCard(c, {
      t: (key, params) => format(this.s[key], params),
      objectiveShort: this.objectiveShort,
      link: (href, text) => {
        const a = h('a', { text });
        a.href = href;
        return a;
      },
      heading: 'h3',
      text: true,
      className: 'card',
      base: this.base,
      lang: this.lang,
      sections: this.sections,
    });
  }

  /**
   * Renders the next page of results; resolves with its first item, if any.
   * `onFirst` runs as soon as that item is on the page; `current()` says
   * whether this search is still the one on screen.
   */
  async next(current: () => boolean, onFirst?: (item: HTMLLIElement) => void): Promise<HTMLLIElement | undefined> {
    const outcome = this.outcome;
    if (!outcome) return undefined;
    const slice = outcome.results.slice(this.rendered, this.rendered + PAGE_SIZE);
    const pending = slice.map((r) => r.card());
    // A failure is reported once, by the await below; the others are handled.
    for (const p of pending) p.catch(() => undefined);
    let first: HTMLLIElement | undefined;
    for (const next of pending) {
      const c = await next;
      if (!current()) return undefined;
      const item = this.card(c);
      if (!item) continue;
      this.list.append(item);
      if (!first) {
        first = item;
        onFirst?.(item);
      }
      this.markResults();
    }
    this.rendered += slice.length;
    const total = outcome.results.length;
    this.more.hidden = this.rendered >= total;
    this.shown.textContent = total > PAGE_SIZE ? format(this.s['search.shown'], { shown: Math.min(this.rendered, total), count: total }) : '';
    return first;
  }
}
