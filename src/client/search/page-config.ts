import { FILTER_NAMES } from '../../search/search-state.ts';
import type { FacetData, FacetLabels } from '../../search/facet-data.ts';
import type { SearchKey } from '../../i18n/script-strings.ts';
import { readStrings, translator, type Translator } from '../shared/translator.ts';

/** What the search page tells its script through data attributes (SearchPage.astro). */
export interface Config {
  lang: string;
  /** Practices in this language's index. */
  total: number;
  base: string;
  facetsUrl: string;
  /** The long filters' labels that facets.json leaves out (src/search/facet-layout.ts). */
  labelsUrl: string;
  englishUrl: string;
  bundleUrl: string;
  /** The language's words that make no result alone. */
  stopWordsUrl: string;
  tr: Translator<SearchKey>;
}

export function readConfig(root: HTMLElement): Config | undefined {
  const { lang, total, base, facets, facetLabels, english, pagefind, stopWords } = root.dataset;
  const strings = readStrings<SearchKey>(root.dataset.strings);
  if (!lang || !total || !base || !facets || !facetLabels || !english || !pagefind || !stopWords || !strings) return undefined;
  return { lang, total: Number(total), base, facetsUrl: facets, labelsUrl: facetLabels, englishUrl: english, bundleUrl: pagefind, stopWordsUrl: stopWords, tr: translator(strings, lang) };
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

/** facet-labels.json: by filter, each value's label; none when it is not readable. */
export async function loadLabels(url: string): Promise<Partial<FacetLabels>> {
  const response = await fetch(url);
  const json: unknown = response.ok ? await response.json() : undefined;
  return json && typeof json === 'object' ? (json as Partial<FacetLabels>) : {};
}
