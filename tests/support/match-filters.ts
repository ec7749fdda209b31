/**
 * The oracle of the search and embed tests: what `/search/` and `/embed/`
 * must find, written from the contract (../shared/CONTENT-MODEL.md: the query
 * parameters of `/search/` and `/embed/`, "Listings and search in a
 * language", regions "derived from countries") and the content files alone.
 * Nothing here calls the code under test (the search record, the index, the
 * query reader, the catalogue's listings): the filter names are the
 * contract's, written out; regions come from the taxonomy files; a
 * practice's values come from its frontmatter as the check reads it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The contract's filter parameters, in its order. */
export const FILTERS = ['objective', 'sdg', 'region', 'country', 'theme', 'principle', 'status', 'block'] as const;
export type Filter = (typeof FILTERS)[number];
export type Selection = Partial<Record<Filter, readonly string[]>>;

/** The frontmatter fields the oracle reads. */
export interface OraclePractice {
  slug: string;
  data: {
    title: string;
    language: string;
    publishedAt: string;
    status: string;
    gcmObjectives: readonly number[];
    themes: readonly string[];
    sdgTargets?: readonly string[] | undefined;
    countries?: readonly string[] | undefined;
    regions?: readonly string[] | undefined;
    guidingPrinciples?: readonly string[] | undefined;
    buildingBlocks?: readonly string[] | undefined;
    translationOf?: string | undefined;
    draft?: boolean | undefined;
  };
}

interface CountryRow { id: string; region?: string; subRegion?: string; intermediateRegion?: string }
interface RegionRow { id: string; parent?: string }

/**
 * A practice's regions: those of its countries and those it names, each with
 * every region above it (`region=africa` finds a practice in Sierra Leone),
 * read from content/taxonomies/countries.json and regions.json.
 */
export function regionReader(taxonomies: string): (p: OraclePractice) => string[] {
  const countries = new Map((JSON.parse(readFileSync(join(taxonomies, 'countries.json'), 'utf8')) as CountryRow[]).map((c) => [c.id, c]));
  const parents = new Map((JSON.parse(readFileSync(join(taxonomies, 'regions.json'), 'utf8')) as RegionRow[]).map((r) => [r.id, r.parent]));
  const upwards = (id: string | undefined): string[] => (id ? [id, ...upwards(parents.get(id))] : []);
  return (p) => {
    const found = new Set<string>();
    for (const code of p.data.countries ?? []) {
      const c = countries.get(code);
      for (const id of [c?.intermediateRegion, c?.subRegion, c?.region]) for (const r of upwards(id)) found.add(r);
    }
    for (const id of p.data.regions ?? []) for (const r of upwards(id)) found.add(r);
    return [...found].sort();
  };
}

/** A practice's value for each filter, as the contract names them: ids as in URLs. */
export function filterValues(p: OraclePractice, regionsOf: (p: OraclePractice) => string[]): Record<Filter, string[]> {
  const d = p.data;
  return {
    objective: d.gcmObjectives.map(String),
    sdg: [...(d.sdgTargets ?? [])],
    region: regionsOf(p),
    country: [...(d.countries ?? [])],
    theme: [...d.themes],
    principle: [...(d.guidingPrinciples ?? [])],
    status: [d.status],
    block: [...(d.buildingBlocks ?? [])],
  };
}

/**
 * Values of one parameter are OR-ed, parameters are AND-ed, and a parameter
 * without values does not filter; `except` leaves one parameter out (the
 * counts beside a chosen filter's values).
 */
export function matchesFilters(values: Partial<Record<Filter, readonly string[]>>, selected: Selection, except?: Filter): boolean {
  return FILTERS.every((name) => {
    const wanted = selected[name];
    if (name === except || !wanted || wanted.length === 0) return true;
    const has = values[name] ?? [];
    return wanted.some((v) => has.includes(v));
  });
}

/**
 * What a reader of `lang` finds: each published practice once, its version in
 * `lang` where there is one, otherwise its original.
 */
export function inLanguage<P extends OraclePractice>(practices: readonly P[], lang: string): P[] {
  const published = practices.filter((p) => !p.data.draft);
  const groups = new Map<string, P[]>();
  for (const p of published) {
    const key = p.data.translationOf ?? p.slug;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.entries()].map(([original, versions]) => versions.find((v) => v.data.language === lang) ?? versions.find((v) => v.slug === original) ?? versions[0]!);
}

/** Listings' and browsing's order: newest first, then by title, then by slug. */
export function newestFirst(a: OraclePractice, b: OraclePractice): number {
  return b.data.publishedAt.localeCompare(a.data.publishedAt) || a.data.title.localeCompare(b.data.title, 'en') || a.slug.localeCompare(b.slug);
}

/** How many practices of `pool` have each value of each filter, when the other chosen filters apply (not its own). */
export function filterCounts(pool: readonly OraclePractice[], selected: Selection, regionsOf: (p: OraclePractice) => string[]): Record<Filter, Record<string, number>> {
  const out = Object.fromEntries(FILTERS.map((f) => [f, {} as Record<string, number>])) as Record<Filter, Record<string, number>>;
  for (const p of pool) {
    const values = filterValues(p, regionsOf);
    for (const f of FILTERS) {
      if (!matchesFilters(values, selected, f)) continue;
      for (const v of new Set(values[f])) out[f][v] = (out[f][v] ?? 0) + 1;
    }
  }
  return out;
}
