import { safeResultUrl } from '../../search/safe-result-url.ts';
import type { ResultCard } from '../search/engine.ts';
import { isLang } from '../../i18n/locales.ts';

/**
 * One result card, for /search/ and /embed/: title link, text (the excerpt
 * with the matched words marked, else the summary), a link to the section
 * that matched, the primary objective, and where, when and status. Everything
 * from the index reaches the page as text nodes, never as HTML, and a link is
 * used only when it resolves to a page of this site (same origin, under its
 * base path).
 */
export type CardKey =
  | 'card.where'
  | 'card.when'
  | 'card.status'
  | 'card.section'
  | 'objective.label'
  | 'glance.global'
  | 'status.planned'
  | 'status.ongoing'
  | 'status.completed'
  | 'status.stale'
  | 'card.inLanguage.en'
  | 'card.inLanguage.fr'
  | 'card.inLanguage.es';

export interface CardOptions {
  t: (key: CardKey, params?: Record<string, string | number>) => string;
  /** The objectives' short titles, by number. */
  objectiveShort: (n: string) => string | undefined;
  /** A link to a page of the site, given its path (the search page's plain link, or the embed's link out of the frame). */
  link: (href: string, text: string) => HTMLAnchorElement;
  heading: 'h2' | 'h3';
  /** Show the text (summary or excerpt): cards do, the embed's compact list does not. */
  text: boolean;
  /** Class of the card's `article`. */
  className: string;
  /** The site's base path. */
  base: string;
  /** Standard section titles in the page's language (sectionNames), for "Matched in". */
  sections?: Readonly<Record<string, string>>;
  /** The page's language: a practice in another is marked with its own. */
  lang: string;
}

const OBJECTIVE = /^(?:[1-9]|1\d|2[0-3])$/;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The URL as a path of this site (`/base/practices/x/#results`), or undefined when it leads anywhere else. */
function sitePath(raw: string, base: string): string | undefined {
  const safe = safeResultUrl(raw, { origin: location.origin, base });
  if (!safe) return undefined;
  // Practice pages take no query: a copy in another language's index carries `?lang=` (src/publishing/integrations/pagefind.ts).
  const url = new URL(safe);
  return url.pathname + url.hash;
}

function badge(n: string, { t, objectiveShort }: CardOptions): HTMLElement {
  const label = t('objective.label', { n });
  const wrap = h('p', 'objective');
  const mark = h('span', 'badge');
  mark.title = label;
  const number = h('span', undefined, n);
  number.setAttribute('aria-hidden', 'true');
  mark.append(h('span', 'visually-hidden', `${label}: `), number);
  wrap.append(mark, ' ', objectiveShort(n) ?? '');
  return wrap;
}

export function resultCard(card: ResultCard, options: CardOptions): HTMLLIElement | undefined {
  const { t } = options;
  const href = sitePath(card.url, options.base);
  if (!href) return undefined;
  const item = h('article', options.className);
  const other = card.lang !== options.lang && isLang(card.lang) ? card.lang : undefined;
  // Screen readers read the title and text in the practice's own language.
  if (other) item.lang = other;
  const title = h(options.heading);
  title.append(options.link(href, card.title || href));
  item.append(title);
  if (other) {
    const marker = h('p', 'card-language', options.t(`card.inLanguage.${other}`));
    marker.lang = options.lang;
    item.append(marker);
  }
  if (options.text) {
    const text = h('p', 'summary');
    if (card.excerpt) {
      text.classList.add('excerpt');
      for (const s of card.excerpt) text.append(s.mark ? h('mark', undefined, s.text) : document.createTextNode(s.text));
    } else text.textContent = card.summary;
    item.append(text);
    const section = card.section && sitePath(card.section.url, options.base);
    if (card.section && section) {
      const p = h('p', 'card-section');
      p.append(options.link(section, t('card.section', { section: options.sections?.[card.section.title] ?? card.section.title })));
      item.append(p);
    }
  }
  if (OBJECTIVE.test(card.objective)) item.append(badge(card.objective, options));
  const facts = h('dl', 'facts');
  const fact = (label: string, value: string, className?: string) => facts.append(h('dt', undefined, label), h('dd', className, value));
  fact(t('card.where'), card.place || t('glance.global'));
  if (card.years) fact(t('card.when'), card.years);
  // A status the interface has no word for is left out, never shown as another.
  if (card.status === 'planned' || card.status === 'ongoing' || card.status === 'completed') {
    // Freshness: an ongoing status last confirmed years ago says so (src/catalogue/freshness.ts).
    if (card.status === 'ongoing' && card.staleSince) fact(t('card.status'), t('status.stale', { status: t('status.ongoing'), year: card.staleSince }), 'status-ongoing status-stale');
    else fact(t('card.status'), t(`status.${card.status}`), `status-${card.status}`);
  }
  item.append(facts);
  const li = h('li');
  li.append(item);
  return li;
}
