import type { EmbedLayout } from '../../search/embed-params.ts';
import { resultCard } from '../results/result-card.ts';
import type { ResultCard } from '../search/engine.ts';
import type { EmbedTranslate } from './strings.ts';

/** An element with text content only: data never becomes markup. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export interface LinkOptions {
  target: '_blank' | '_top';
  t: EmbedTranslate;
}

/** A link out of the frame: a new tab (said to screen readers) or the whole window. */
export function outLink(href: string, text: string, { target, t }: LinkOptions): HTMLAnchorElement {
  const a = el('a', undefined, text);
  a.href = href;
  a.target = target;
  if (target === '_blank') {
    a.rel = 'noopener';
    a.append(el('span', 'visually-hidden', ' ' + t('embed.newTab')));
  }
  return a;
}

/** The practices as a list (title and facts) or as cards (with the text), with the search page's card. */
export function renderPractices(
  records: readonly ResultCard[],
  { layout, objectives, sections, link, base, lang }: { layout: EmbedLayout; objectives: Record<string, string>; sections?: Record<string, string>; link: LinkOptions; base: string; lang: string },
): HTMLUListElement {
  const list = el('ul', `embed-practices layout-${layout}`);
  for (const record of records) {
    const item = resultCard(record, {
      t: link.t,
      objectiveShort: (n) => objectives[n],
      // Out of the frame, the partner's page must not resolve the link: it is absolute.
      link: (path, text) => outLink(new URL(path, location.origin).href, text, link),
      heading: 'h2',
      text: layout === 'cards',
      className: 'embed-practice',
      base,
      lang,
      ...(sections ? { sections } : {}),
    });
    if (item) list.append(item);
  }
  return list;
}
