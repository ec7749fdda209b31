import { FILTER_NAMES, cleanQuery, readFilters, readSort, serializeState, type Filters, type Sort } from './search-state.ts';
import { LANGS, type Lang } from '../i18n/locales.ts';

/**
 * The query parameters of `/embed/`: the text and filters of `/search/`
 * (read by src/search/search-state.ts), and the display options, from untrusted input: every value is data. Values that
 * cannot be valid are dropped, options out of range are clamped, unknown
 * names are ignored; nothing here throws.
 *
 * `theme` is both a filter (theme ids) and the colour scheme (`light`,
 * `dark`, `auto`), as the issue words it: the three colour words are never
 * theme ids, so the value decides which one is meant.
 */

export const EMBED_LANGS = LANGS;
export type EmbedLang = Lang;
export const EMBED_LAYOUTS = ['list', 'cards'] as const;
export type EmbedLayout = (typeof EMBED_LAYOUTS)[number];
export const COLOR_SCHEMES = ['auto', 'light', 'dark'] as const;
export type ColorScheme = (typeof COLOR_SCHEMES)[number];
export const LINK_TARGETS = ['blank', 'top'] as const;
export type LinkTarget = (typeof LINK_TARGETS)[number];

export const LIMIT_DEFAULT = 10;
export const LIMIT_MIN = 1;
export const LIMIT_MAX = 50;
export type { Filters };

export interface EmbedParams {
  q: string;
  filters: Filters;
  /** As on /search/: relevance (newest first without text), newest or title. */
  sort: Sort;
  layout: EmbedLayout;
  limit: number;
  /** Show a search box inside the embed. */
  search: boolean;
  colorScheme: ColorScheme;
  /** Interface language, and the language of the practices shown. */
  lang: EmbedLang;
  /** Where practice links open: a new tab, or in place of the partner's page. */
  target: LinkTarget;
}

export const EMBED_DEFAULTS: Omit<EmbedParams, 'filters'> = {
  q: '',
  sort: 'relevance',
  layout: 'list',
  limit: LIMIT_DEFAULT,
  search: false,
  colorScheme: 'auto',
  lang: 'en',
  target: 'blank',
};

function oneOf<T extends string>(values: readonly T[], raw: string | undefined): T | undefined {
  const v = raw?.trim().toLowerCase().replace(/^_/, '');
  return values.find((x) => x === v);
}

/** The limit as a whole number in range; anything unreadable is the default. */
export function clampLimit(raw: string | undefined): number {
  if (raw === undefined || !/^\s*\d{1,6}\s*$/.test(raw)) return LIMIT_DEFAULT;
  return Math.min(LIMIT_MAX, Math.max(LIMIT_MIN, Number(raw)));
}

/**
 * Reads the parameters of `/embed/` from a query string or its parsed form.
 * `pageLang` is the language of the page that reads them (`/fr/embed/` is
 * French); a `lang` parameter overrides it.
 */
export function parseEmbedParams(input: string | URLSearchParams, pageLang: EmbedLang = EMBED_DEFAULTS.lang): EmbedParams {
  const params = typeof input === 'string' ? new URLSearchParams(input) : input;
  const first = (name: string) => params.getAll(name).find((v) => v.trim() !== '');
  // `theme` is also the colour scheme: its three words are never theme ids.
  const filters = readFilters(params, (name, value) => !(name === 'theme' && (COLOR_SCHEMES as readonly string[]).includes(value)));
  const scheme = params.getAll('theme').map((v) => oneOf(COLOR_SCHEMES, v)).find(Boolean);
  const search = first('search')?.trim().toLowerCase();
  return {
    q: cleanQuery(params.getAll('q').join(' ')),
    filters,
    sort: readSort(params),
    layout: oneOf(EMBED_LAYOUTS, first('layout')) ?? EMBED_DEFAULTS.layout,
    limit: clampLimit(first('limit')),
    search: search === '1' || search === 'true' || search === 'yes' || search === 'on',
    colorScheme: scheme ?? EMBED_DEFAULTS.colorScheme,
    lang: oneOf(EMBED_LANGS, first('lang')) ?? pageLang,
    target: oneOf(LINK_TARGETS, first('target')) ?? EMBED_DEFAULTS.target,
  };
}

/**
 * The canonical query string (without `?`) of a selection: the search's own
 * (`q`, the filters in the contract's order, `sort`: serializeState, as
 * `/search/` writes it), then the display options that differ from the
 * defaults. `searchOnly` keeps what `/search/` understands.
 */
export function embedQuery(params: Partial<Omit<EmbedParams, 'filters'>> & { filters?: Partial<Filters> }, { searchOnly = false } = {}): string {
  const query = new URLSearchParams(serializeState({ q: params.q ?? '', filters: Object.fromEntries(FILTER_NAMES.map((name) => [name, params.filters?.[name] ?? []])) as Filters, sort: params.sort ?? 'relevance' }));
  if (!searchOnly) {
    if (params.layout && params.layout !== EMBED_DEFAULTS.layout) query.append('layout', params.layout);
    if (params.limit && params.limit !== EMBED_DEFAULTS.limit) query.append('limit', String(params.limit));
    if (params.search) query.append('search', '1');
    if (params.colorScheme && params.colorScheme !== EMBED_DEFAULTS.colorScheme) query.append('theme', params.colorScheme);
    if (params.lang && params.lang !== EMBED_DEFAULTS.lang) query.append('lang', params.lang);
    if (params.target && params.target !== EMBED_DEFAULTS.target) query.append('target', params.target);
  }
  return query.toString();
}
