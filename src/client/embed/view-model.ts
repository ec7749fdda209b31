/**
 * What /embed/ shows, as data: a pure function of its parameters and the
 * search's results, so that the page script only renders it
 * (src/client/embed/embed-page.ts) and the unit tests read it without a
 * browser (tests/unit/embed-view.test.ts).
 */
import { embedQuery, type EmbedParams } from '../../search/embed-params.ts';
import { localizePath } from '../../i18n/locales.ts';
import type { EmbedKey } from '../../i18n/script-strings.ts';
import { cardView, type CardContext, type CardView, type ResultCard } from '../shared/result-card.ts';
import type { Translator } from '../shared/translator.ts';

export interface EmbedView {
  /** The live region: how many match, or how many of them are shown. */
  status: string;
  cards: CardView[];
  /** "Show more": fewer are shown than match. */
  showMore: boolean;
  /** The same search on the Atlas, in the embed's language: an absolute URL. */
  moreHref: string;
}

/**
 * The view of the embed for its text `q` (the parameters' own, or what the
 * reader typed in its search box) when `total` practices match and the
 * first of them are `records`. `context.origin` and `context.base` are the
 * Atlas's.
 */
export function embedView(
  params: Pick<EmbedParams, 'filters' | 'sort' | 'lang'>,
  q: string,
  found: { total: number; records: readonly ResultCard[] },
  context: CardContext & { tr: Translator<EmbedKey> },
): EmbedView {
  const { tr } = context;
  const { total, records } = found;
  const query = embedQuery({ q, filters: params.filters, sort: params.sort }, { searchOnly: true });
  const path = localizePath('/search/', params.lang) + (query ? `?${query}` : '');
  return {
    status:
      records.length < total
        ? tr.t('embed.showing', { shown: records.length, count: total })
        : tr.plural({ zero: 'embed.empty', one: 'count.practice', other: 'count.practices' }, total),
    cards: records.map((r) => cardView(r, context)).filter((c): c is CardView => c !== undefined),
    showMore: records.length < total,
    moreHref: new URL(context.base + path.replace(/^\//, ''), context.origin).href,
  };
}
