import { FILTER_NAMES } from '../../search/search-state.ts';
import type { FacetData } from './facet-data.ts';
import { CLIENT_KEYS, type Strings } from './strings.ts';

/** What the search page tells its script through data attributes (SearchPage.astro). */
export interface Config {
  lang: string;
  /** Practices in this language's index. */
  total: number;
  base: string;
  facetsUrl: string;
  englishUrl: string;
  bundleUrl: string;
  strings: Strings;
}

export function readConfig(root: HTMLElement): Config | undefined {
  const { lang, total, base, facets, english, pagefind, strings } = root.dataset;
  if (!lang || !total || !base || !facets || !english || !pagefind || !strings) return undefined;
  try {
    const parsed = JSON.parse(strings) as Partial<Strings>;
    if (!CLIENT_KEYS.every((key) => typeof parsed[key] === 'string')) return undefined;
    return { lang, total: Number(total), base, facetsUrl: facets, englishUrl: english, bundleUrl: pagefind, strings: parsed as Strings };
  } catch {
    return undefined;
  }
}

export function byId<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`Search page: #${id} is missing.`);
  return found as T;
}

function isFacetData(data: unknown): data is FacetData {
  if (!data || typeof data !== 'object') return false;
  const { facets, total } = data as Partial<FacetData>;
  return typeof total === 'number' && !!facets && FILTER_NAMES.every((name) => Array.isArray(facets[name]));
}

export async function loadFacets(url: string): Promise<FacetData> {
  const response = await fetch(url);
  const json: unknown = response.ok ? await response.json() : undefined;
  if (!isFacetData(json)) throw new Error('facets.json is not readable');
  return json;
}
