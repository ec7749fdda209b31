import type { EmbedLayout } from '../../lib/embed-params.ts';
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

/** The practices as a list (title and facts) or as cards (with the summary). */
export function renderPractices(
  records: readonly ResultCard[],
  {
    layout,
    practiceUrl,
    objectives,
    link,
  }: { layout: EmbedLayout; practiceUrl: (path: string) => string; objectives: Record<string, string>; link: LinkOptions },
): HTMLUListElement {
  const { t } = link;
  const list = el('ul', `embed-practices layout-${layout}`);
  for (const r of records) {
    const item = el('li', 'embed-practice');
    const title = el('h2');
    title.append(outLink(practiceUrl(r.url), r.title, link));
    item.append(title);
    if (layout === 'cards') item.append(el('p', 'summary', r.summary));
    const objective = el('p', 'objective');
    const badge = el('span', 'badge');
    badge.title = t('objective.label', { n: r.objective });
    badge.append(el('span', 'visually-hidden', t('objective.label', { n: r.objective }) + ': '));
    const number = el('span', undefined, String(r.objective));
    number.setAttribute('aria-hidden', 'true');
    badge.append(number);
    objective.append(badge, ' ', objectives[String(r.objective)] ?? '');
    item.append(objective);
    const facts = el('dl', 'facts');
    const fact = (label: string, value: string, className?: string) => facts.append(el('dt', undefined, label), el('dd', className, value));
    fact(t('card.where'), r.place || t('glance.global'));
    fact(t('card.when'), r.years);
    // A status the interface has no word for is left out, never shown as another.
    if (r.status === 'planned' || r.status === 'ongoing' || r.status === 'completed') fact(t('card.status'), t(`status.${r.status}`), `status-${r.status}`);
    item.append(facts);
    list.append(item);
  }
  return list;
}
