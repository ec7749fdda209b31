import type { Filters } from '../../lib/embed-params.ts';
import { FILTER_NAMES } from '../../lib/search-record.ts';

/** The part of Pagefind's JS API the embed uses. */
interface Pagefind {
  search(term: string, options: { filters: Record<string, { any: string[] }> }): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}

let loading: Promise<Pagefind> | undefined;

/** Pagefind, loaded once, only when an embed searches text. */
function pagefind(base: string): Promise<Pagefind> {
  loading ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>;
  return loading;
}

/** A text search: how many practices match, and their slugs best first, loaded as needed. */
export interface TextHits {
  total: number;
  slugs(count: number): Promise<string[]>;
}

/**
 * Searches the text of practices with the same filters (values OR-ed,
 * filters AND-ed, as on /search/). Pagefind picks the index of the page's
 * language, which the embed sets from `lang` before loading it.
 */
export async function textSearch(base: string, q: string, filters: Filters): Promise<TextHits> {
  const api = await pagefind(base);
  const pf: Record<string, { any: string[] }> = {};
  for (const name of FILTER_NAMES) if (filters[name].length) pf[name] = { any: filters[name] };
  const { results } = await api.search(q, { filters: pf });
  const found: (string | undefined)[] = [];
  return {
    total: results.length,
    async slugs(count) {
      const missing = results.slice(found.length, count);
      const urls = await Promise.all(missing.map((r) => r.data().then((d) => d.url)));
      for (const url of urls) found.push(/\/practices\/([a-z0-9-]+)\/?(?:[?#]|$)/.exec(url)?.[1]);
      return found.slice(0, count).filter((s): s is string => s !== undefined);
    },
  };
}
