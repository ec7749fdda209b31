import type { Segment } from '../../search/excerpt-segments.ts';
import { safeResultUrl } from '../../search/safe-result-url.ts';
import { isLang } from '../../i18n/locales.ts';
import { el } from './el.ts';
import type { Translator } from './translator.ts';
import type { CardKey } from '../../i18n/script-strings.ts';

export type { CardKey };

/** What a result card shows, from the result's Pagefind fragment (src/client/search/engine.ts). */
export interface ResultCard {
  url: string;
  title: string;
  summary: string;
  /** Where the words matched, with them marked; absent for a browse by filters. */
  excerpt?: Segment[];
  /** The section the best match is in, when it is not the top of the page. */
  section?: { title: string; url: string };
  objective: string;
  place: string;
  years: string;
  status: string;
  /** The year an ongoing status was last confirmed, when that is more than three years ago; else empty. */
  staleSince: string;
  /** The practice's language: another than the page's when it has no version in the page's. */
  lang: string;
}

/** Where the card is shown: the site's origin and base path, the page's language and what it calls things. */
export interface CardContext {
  tr: Translator<CardKey>;
  origin: string;
  base: string;
  /** The objectives' short titles, by number. */
  objectiveShort: (n: string) => string | undefined;
  /** Standard section titles in the page's language (sectionNames), for "Matched in". */
  sections?: Readonly<Record<string, string>>;
}

/** One card as the page shows it: every text worded, every link checked. */
export interface CardView {
  /** A path of this site. */
  href: string;
  title: string;
  /** The practice's language, when it is not the page's; the card says so in the page's. */
  otherLang?: { lang: string; note: string };
  /** The excerpt with its marks, else the summary. */
  text: Segment[];
  excerpt: boolean;
  section?: { href: string; text: string };
  objective?: { n: string; label: string; short: string };
  facts: { label: string; value: string; className?: string }[];
}

const OBJECTIVE = /^(?:[1-9]|1\d|2[0-3])$/;

/** The URL as a path of this site (`/base/practices/x/#results`), or undefined when it leads anywhere else. */
function sitePath(raw: string, { origin, base }: CardContext): string | undefined {
  const safe = safeResultUrl(raw, { origin, base });
  if (!safe) return undefined;
  // Practice pages take no query: a copy in another language's index carries `?lang=` (src/publishing/integrations/pagefind.ts).
  const url = new URL(safe);
  return url.pathname + url.hash;
}

/**
 * A result as a card, for /search/ and /embed/: the title, the text (the
 * excerpt with the matched words marked, else the summary), the section that
 * matched, the primary objective, and where, when and status. Undefined when
 * its link would lead off this site (same origin, under its base path).
 */
export function cardView(card: ResultCard, context: CardContext): CardView | undefined {
  const { t } = context.tr;
  const href = sitePath(card.url, context);
  if (!href) return undefined;
  const other = card.lang !== context.tr.lang && isLang(card.lang) ? card.lang : undefined;
  const section = card.section && sitePath(card.section.url, context);
  const facts: CardView['facts'] = [{ label: t('card.where'), value: card.place || t('glance.global') }];
  if (card.years) facts.push({ label: t('card.when'), value: card.years });
  // A status the interface has no word for is left out, never shown as another.
  if (card.status === 'planned' || card.status === 'ongoing' || card.status === 'completed') {
    // Freshness: an ongoing status last confirmed years ago says so (src/catalogue/freshness.ts).
    const stale = card.status === 'ongoing' && card.staleSince;
    facts.push({
      label: t('card.status'),
      value: stale ? t('status.stale', { status: t('status.ongoing'), year: card.staleSince }) : t(`status.${card.status}`),
      className: stale ? 'status-ongoing status-stale' : `status-${card.status}`,
    });
  }
  return {
    href,
    title: card.title || href,
    ...(other ? { otherLang: { lang: other, note: t(`card.inLanguage.${other}`) } } : {}),
    text: card.excerpt ?? [{ text: card.summary, mark: false }],
    excerpt: !!card.excerpt,
    ...(card.section && section ? { section: { href: section, text: t('card.section', { section: context.sections?.[card.section.title] ?? card.section.title }) } } : {}),
    ...(OBJECTIVE.test(card.objective)
      ? { objective: { n: card.objective, label: t('objective.label', { n: card.objective }), short: context.objectiveShort(card.objective) ?? '' } }
      : {}),
    facts,
  };
}

export interface CardLayout {
  /** A link to a page of the site, given its path (the search page's plain link, or the embed's link out of the frame). */
  link: (href: string, text: string) => HTMLAnchorElement;
  heading: 'h2' | 'h3';
  /** Show the text (summary or excerpt) and the section: cards do, the embed's compact list does not. */
  text: boolean;
  /** Class of the card's `article`. */
  className: string;
}

/** The card in the page: text nodes only, never markup. */
export function renderCard(view: CardView, { link, heading, text, className }: CardLayout, pageLang: string): HTMLLIElement {
  const item = el('article', { className });
  // Screen readers read the title and text in the practice's own language.
  if (view.otherLang) item.lang = view.otherLang.lang;
  item.append(el(heading, {}, link(view.href, view.title)));
  if (view.otherLang) item.append(el('p', { className: 'card-language', text: view.otherLang.note, attrs: { lang: pageLang } }));
  if (text) {
    item.append(
      el('p', { className: view.excerpt ? 'summary excerpt' : 'summary' }, ...view.text.map((s) => (s.mark ? el('mark', { text: s.text }) : s.text))),
    );
    if (view.section) item.append(el('p', { className: 'card-section' }, link(view.section.href, view.section.text)));
  }
  if (view.objective) {
    const { n, label, short } = view.objective;
    const badge = el('span', { className: 'badge', attrs: { title: label } }, el('span', { className: 'visually-hidden', text: `${label}: ` }), el('span', { text: n, attrs: { 'aria-hidden': 'true' } }));
    item.append(el('p', { className: 'objective' }, badge, ' ', short));
  }
  item.append(el('dl', { className: 'facts' }, ...view.facts.flatMap((f) => [el('dt', { text: f.label }), el('dd', { text: f.value, ...(f.className ? { className: f.className } : {}) })])));
  return el('li', {}, item);
}
