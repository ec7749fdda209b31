import type { CatalogPractice, PracticeFields } from '../catalogue/build-catalog.ts';
import type { Vocabularies } from '../catalogue/load-vocabularies.ts';
import type { Lang } from '../i18n/index.ts';
import { compareTargetIds } from '../catalogue/compare-target-ids.ts';
import { termLabels } from '../i18n/term-labels.ts';
import { regionTree } from '../catalogue/region-tree.ts';
import { FILTER_NAMES, searchFilters, type FilterName } from './search-record.ts';
import { sectionNames } from '../i18n/sections.ts';
import { COLLAPSED_SIZE, LONG_FACETS, type LongFacet } from './facet-layout.ts';

/**
 * What `/search/facets.json` (and `/fr/search/…`, `/es/search/…`) holds: the
 * filter values in use in one language's index, in display order, with their
 * labels and how many practices have each. The search page draws its filters
 * from it without fetching the index, and reads unknown URL values against it.
 */
export interface FacetValue {
  /** The id: the URL value and the Pagefind filter value. */
  v: string;
  /** Label in the page's language; in `facets.json`, absent past the first values of a long filter (see splitLabels). */
  l?: string;
  /** Practices with this value, before any search. */
  n: number;
  /** Depth in the region tree (regions only; 0 for a region). */
  d?: number;
}

export interface FacetData {
  lang: Lang;
  /** Practices in this language's index. */
  total: number;
  facets: Record<FilterName, FacetValue[]>;
  /** Standard section titles of practices, worded in this language (sectionNames), for "Matched in". */
  sections?: Record<string, string>;
}

/** An SDG target's text in a few words: "Facilitate orderly, safe, regular…". */
export function shortTargetText(text: string, max = 56): string {
  // "By 2030," / "D'ici à 2030," / "De aquí a 2030,": the deadline is the same for every target of a goal.
  let s = text.replace(/^(?:By|D['’]ici (?:à )?|De aquí a|Para) ?\d{4},\s*/i, '').trim();
  s = s.charAt(0).toUpperCase() + s.slice(1);
  if (s.length <= max) return s;
  const cut = s.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut.slice(0, max)).replace(/[\s,;:.]+$/, '')}…`;
}

type Practice = Pick<CatalogPractice<PracticeFields>, 'data' | 'regions'>;

/** `blockTitles`: each building block's title in `lang` (the original's where it has no version in it). */
export function buildFacetData(practices: Practice[], vocab: Vocabularies, lang: Lang, blockTitles: ReadonlyMap<string, string> = new Map()): FacetData {
  const counts = Object.fromEntries(FILTER_NAMES.map((name) => [name, new Map<string, number>()])) as Record<FilterName, Map<string, number>>;
  for (const practice of practices) {
    const filters = searchFilters(practice);
    for (const name of FILTER_NAMES) {
      for (const value of new Set(filters[name])) counts[name].set(value, (counts[name].get(value) ?? 0) + 1);
    }
  }
  const used = (name: FilterName) => [...counts[name].keys()];
  const n = (name: FilterName, v: string) => counts[name].get(v) ?? 0;
  const byLabel = (a: FacetValue, b: FacetValue) => (a.l ?? '').localeCompare(b.l ?? '', lang);

  const regionOrder = regionTree(vocab.regions);
  const L = termLabels(vocab, lang);
  const facets: Record<FilterName, FacetValue[]> = {
    objective: used('objective')
      .sort((a, b) => Number(a) - Number(b))
      .map((v) => ({ v, l: L.objective(Number(v)).short, n: n('objective', v) })),
    sdg: used('sdg')
      .sort(compareTargetIds)
      .map((v) => ({ v, l: shortTargetText(L.sdgTarget(v)), n: n('sdg', v) })),
    region: regionOrder
      .filter(({ region }) => counts.region.has(region.id))
      .map(({ region, depth }) => ({ v: region.id, l: L.region(region.id), n: n('region', region.id), d: depth })),
    country: used('country')
      .map((v) => ({ v, l: L.country(v), n: n('country', v) }))
      .sort(byLabel),
    theme: used('theme')
      .map((v) => ({ v, l: L.theme(v).label, n: n('theme', v) }))
      .sort(byLabel),
    principle: [...vocab.principles.keys()]
      .filter((v) => counts.principle.has(v))
      .map((v) => ({ v, l: L.principle(v), n: n('principle', v) })),
    status: (['planned', 'ongoing', 'completed'] as const)
      .filter((v) => counts.status.has(v))
      .map((v) => ({ v, l: L.status(v), n: n('status', v) })),
    // A block that is not published (a draft) has no label and no page: it is not offered.
    block: used('block')
      .filter((v) => blockTitles.has(v))
      .map((v) => ({ v, l: blockTitles.get(v)!, n: n('block', v) }))
      .sort(byLabel),
  };
  return { lang, total: practices.length, facets, sections: sectionNames(lang) };
}

/** The labels `facet-labels.json` holds: a long filter's values past its first ones, by id. */
export type FacetLabels = Record<LongFacet, Record<string, string>>;

/**
 * The data split in two: `facets.json`, which the page needs before any
 * interaction (every value, with the labels of all but the long filters'
 * values past their first COLLAPSED_SIZE), and `facet-labels.json`, the
 * labels of those, which it fetches when a reader starts to search.
 */
export function splitLabels(data: FacetData): { facets: FacetData; labels: FacetLabels } {
  const facets = { ...data.facets };
  const labels = {} as FacetLabels;
  for (const name of LONG_FACETS) {
    labels[name] = Object.fromEntries(data.facets[name].slice(COLLAPSED_SIZE).map((v) => [v.v, v.l ?? v.v]));
    facets[name] = data.facets[name].map((v, i) => (i < COLLAPSED_SIZE ? v : { v: v.v, n: v.n }));
  }
  return { facets: { ...data, facets }, labels };
}
