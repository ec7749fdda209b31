import { FILTER_NAMES, type FilterName } from './search-record.ts';

/**
 * The query parameters of `/embed/` (and the filter part, shared with
 * `/search/`), read from untrusted input: every value is data. Values that
 * cannot be valid are dropped, options out of range are clamped, unknown
 * names are ignored; nothing here throws.
 *
 * `theme` is both a filter (theme ids) and the colour scheme (`light`,
 * `dark`, `auto`), as the issue words it: the three colour words are never
 * theme ids, so the value decides which one is meant.
 */

export const EMBED_LANGS = ['en', 'fr', 'es'] as const;
export type EmbedLang = (typeof EMBED_LANGS)[number];
export const EMBED_LAYOUTS = ['list', 'cards'] as const;
export type EmbedLayout = (typeof EMBED_LAYOUTS)[number];
export const COLOR_SCHEMES = ['auto', 'light', 'dark'] as const;
export type ColorScheme = (typeof COLOR_SCHEMES)[number];
export const LINK_TARGETS = ['blank', 'top'] as const;
export type LinkTarget = (typeof LINK_TARGETS)[number];

export const LIMIT_DEFAULT = 10;
export const LIMIT_MIN = 1;
export const LIMIT_MAX = 50;
/** Longest search text kept; longer input is cut, not rejected. */
export const QUERY_MAX = 200;
/** Most values kept per filter; a selection longer than this is not a real one. */
export const VALUES_MAX = 30;

export type Filters = Record<FilterName, string[]>;

export interface EmbedParams {
  q: string;
  filters: Filters;
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
  layout: 'list',
  limit: LIMIT_DEFAULT,
  search: false,
  colorScheme: 'auto',
  lang: 'en',
  target: 'blank',
};

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const VALUE_PATTERNS: Record<FilterName, RegExp> = {
  objective: /^(?:[1-9]|1\d|2[0-3])$/,
  sdg: /^\d{1,2}\.(?:\d{1,2}|[a-z])$/,
  region: ID,
  country: /^[A-Z]{3}$/,
  theme: ID,
  principle: ID,
  status: /^(?:planned|ongoing|completed)$/,
};

/** An empty selection: every filter present, none with values. */
export function emptyFilters(): Filters {
  return Object.fromEntries(FILTER_NAMES.map((name) => [name, []])) as unknown as Filters;
}

/** A filter value as the index holds it, or undefined when it cannot be one. */
export function normalizeFilterValue(name: FilterName, raw: string): string | undefined {
  if (raw.length > 64) return undefined;
  let value = raw.trim();
  if (name === 'country') value = value.toUpperCase();
  if (name === 'theme' && (COLOR_SCHEMES as readonly string[]).includes(value)) return undefined;
  return VALUE_PATTERNS[name].test(value) ? value : undefined;
}

function oneOf<T extends string>(values: readonly T[], raw: string | undefined): T | undefined {
  const v = raw?.trim().toLowerCase().replace(/^_/, '');
  return values.find((x) => x === v);
}

/** Whitespace collapsed, control characters removed, cut at QUERY_MAX. */
export function cleanQuery(raw: string): string {
  return raw
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, QUERY_MAX)
    .trim();
}

/** The limit as a whole number in range; anything unreadable is the default. */
export function clampLimit(raw: string | undefined): number {
  if (raw === undefined || !/^\s*\d{1,6}\s*$/.test(raw)) return LIMIT_DEFAULT;
  return Math.min(LIMIT_MAX, Math.max(LIMIT_MIN, Number(raw)));
}

/** Reads the parameters of `/embed/` from a query string or its parsed form. */
export function parseEmbedParams(input: string | URLSearchParams): EmbedParams {
  const params = typeof input === 'string' ? new URLSearchParams(input) : input;
  const first = (name: string) => params.getAll(name).find((v) => v.trim() !== '');
  const filters = emptyFilters();
  for (const name of FILTER_NAMES) {
    const seen = new Set<string>();
    for (const raw of params.getAll(name)) {
      const value = normalizeFilterValue(name, raw);
      if (value !== undefined && seen.size < VALUES_MAX) seen.add(value);
    }
    filters[name] = [...seen];
  }
  const scheme = params.getAll('theme').map((v) => oneOf(COLOR_SCHEMES, v)).find(Boolean);
  const search = first('search')?.trim().toLowerCase();
  return {
    q: cleanQuery(params.getAll('q').join(' ')),
    filters,
    layout: oneOf(EMBED_LAYOUTS, first('layout')) ?? EMBED_DEFAULTS.layout,
    limit: clampLimit(first('limit')),
    search: search === '1' || search === 'true' || search === 'yes' || search === 'on',
    colorScheme: scheme ?? EMBED_DEFAULTS.colorScheme,
    lang: oneOf(EMBED_LANGS, first('lang')) ?? EMBED_DEFAULTS.lang,
    target: oneOf(LINK_TARGETS, first('target')) ?? EMBED_DEFAULTS.target,
  };
}

/** True when at least one filter has a value. */
export function hasFilters(filters: Filters): boolean {
  return FILTER_NAMES.some((name) => filters[name].length > 0);
}

/**
 * The canonical query string (without `?`) of a selection: `q`, the filters in
 * a fixed order, then the display options that differ from the defaults.
 * `searchOnly` keeps what `/search/` understands (the text and the filters).
 */
export function embedQuery(params: Partial<EmbedParams> & { filters?: Partial<Filters> }, { searchOnly = false } = {}): string {
  const query = new URLSearchParams();
  if (params.q) query.append('q', params.q);
  for (const name of FILTER_NAMES) for (const v of params.filters?.[name] ?? []) query.append(name, v);
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
