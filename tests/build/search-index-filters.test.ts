/**
 * Every value of every filter, on the real site's built search index, in each
 * language: a query string is read and turned into Pagefind filters as the
 * search page does (src/search/), Pagefind itself (the site's own
 * pagefind.js, run in Node, over HTTP from the test server) answers, and the
 * practices and the counts beside each filter's values must be what the
 * oracle (tests/support/match-filters.ts, written from the contract and the
 * content files) says. This is the exhaustive check; the browser tests click
 * one value per filter (tests/browser/search.test.ts). Searches take a few
 * milliseconds each: the suite stays quick as the content grows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { countQueries, facetCounts, pagefindFilters, type PagefindFilters } from '../../src/search/facet-queries.ts';
import { parseState } from '../../src/search/search-state.ts';
import { validatePractices, type CheckedPractice } from '../../src/catalogue/validate-practices.ts';
import { FILTERS, filterCounts, filterValues, inLanguage, matchesFilters, regionReader, type Filter, type OraclePractice } from '../support/match-filters.ts';
import { REAL } from '../support/sites.ts';

/** The part of Pagefind's JS API (pagefind.app/docs/api) used here. */
interface Pagefind {
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<{ results: { id: string; data(): Promise<{ url: string }> }[]; filters: Record<string, Record<string, number>> } | null>;
  filters(): Promise<unknown>;
}

const real = inject('realUrl');
const regionsOf = regionReader(join(REAL.content, 'taxonomies'));
let practices: CheckedPractice[];

beforeAll(async () => {
  const result = await validatePractices({ dir: join(REAL.content, 'practices') });
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  practices = result.practices;
});

async function pagefind(lang: string): Promise<Pagefind> {
  const module = (await import(/* @vite-ignore */ pathToFileURL(join(REAL.dist, 'pagefind', 'pagefind.js')).href)) as {
    createInstance(options: Record<string, unknown>): Pagefind;
  };
  // Pagefind picks the index of the page's language, `<html lang>`, when the instance is made: a page of that language, for that moment.
  const page = globalThis as { document?: unknown };
  page.document = { currentScript: null, querySelector: (selector: string) => (selector === 'html' ? { getAttribute: (name: string) => (name === 'lang' ? lang : null) } : null) };
  let instance: Pagefind;
  try {
    instance = module.createInstance({ basePath: `${real}pagefind/`, baseUrl: '/', noWorker: true });
  } finally {
    delete page.document;
  }
  // Every filter's chunk, as the search page loads it before counting.
  await instance.filters();
  return instance;
}

/** The slugs of a search's results, from each result's page URL. */
async function slugsOf(response: Awaited<ReturnType<Pagefind['search']>>): Promise<string[]> {
  const urls = await Promise.all((response?.results ?? []).map(async (r) => (await r.data()).url));
  return urls.map((u) => /\/practices\/([^/?#]+)\/(?:\?.*)?$/.exec(u)?.[1] ?? u).sort();
}

/** Only the values with practices: a value offered with 0 is the same as one not offered. */
const nonZero = (counts: Record<string, number> | undefined) => Object.fromEntries(Object.entries(counts ?? {}).filter(([, n]) => n > 0));

describe('the search index, every value of every filter', () => {
  for (const lang of ['en', 'fr', 'es'] as const) {
    it(`${lang}: each value finds the practices that have it, with the counts of every filter`, async () => {
      const pf = await pagefind(lang);
      const pool = inLanguage(practices as OraclePractice[], lang);
      const wrong: string[] = [];
      let checked = 0;
      for (const filter of FILTERS) {
        const used = [...new Set(pool.flatMap((p) => filterValues(p, regionsOf)[filter]))].sort();
        // And an id of the vocabulary that no practice has: it finds nothing.
        const values = [...used, ...unusedValue(filter, used)];
        for (const value of values) {
          const query = `${filter}=${encodeURIComponent(value)}`;
          const state = parseState(query);
          const want = pool.filter((p) => matchesFilters(filterValues(p, regionsOf), { [filter]: [value] })).map((p) => p.slug).sort();
          const got = await slugsOf(await pf.search(null, { filters: pagefindFilters(state.filters) }));
          if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${lang} ?${query}: found [${got.join(', ')}], expected [${want.join(', ')}]`);
          const queries = countQueries(state.filters);
          const counts = facetCounts(queries, (await Promise.all(queries.map((q) => pf.search(null, { filters: q.filters })))).map((r) => r?.filters));
          const expected = filterCounts(pool, { [filter]: [value] }, regionsOf);
          for (const f of FILTERS) {
            const [shown, want] = [counts[f], expected[f]].map((c) => JSON.stringify(sortKeys(nonZero(c))));
            if (shown !== want) wrong.push(`${lang} ?${query}: counts of ${f} ${shown}, expected ${want}`);
          }
          checked++;
        }
      }
      expect(wrong).toEqual([]);
      expect(checked).toBeGreaterThan(FILTERS.length);
    });
  }

  it('ORs the values of one filter and ANDs filters, and finds nothing for a value no practice has', async () => {
    const pf = await pagefind('en');
    const pool = inLanguage(practices as OraclePractice[], 'en');
    const values = (p: OraclePractice) => filterValues(p, regionsOf);
    // The two objectives with the most practices, and the region with the most of those.
    const byCount = (filter: Filter, among = pool) => {
      const n = new Map<string, number>();
      for (const p of among) for (const v of values(p)[filter]) n.set(v, (n.get(v) ?? 0) + 1);
      return [...n].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v);
    };
    const [a, b] = byCount('objective');
    const region = byCount('region', pool.filter((p) => values(p).objective.includes(a!)))[0]!;
    for (const query of [`objective=${a}&objective=${b}`, `objective=${a}&region=${region}`, `objective=${a}&objective=${b}&region=${region}&status=completed`, 'country=ZZZ']) {
      const state = parseState(query);
      const selection = Object.fromEntries(FILTERS.map((f) => [f, new URLSearchParams(query).getAll(f)]));
      const want = pool.filter((p) => matchesFilters(values(p), selection)).map((p) => p.slug).sort();
      expect(await slugsOf(await pf.search(null, { filters: pagefindFilters(state.filters) })), query).toEqual(want);
    }
    const either = pool.filter((p) => values(p).objective.includes(a!) || values(p).objective.includes(b!));
    const both = either.filter((p) => values(p).objective.includes(a!) && values(p).objective.includes(b!));
    // OR is not AND: the two objectives together find more than the practices with both.
    expect(either.length).toBeGreaterThan(both.length);
  });
});

/** One id of the filter's vocabulary (content/taxonomies) that no practice in the pool has, if there is one. */
function unusedValue(filter: Filter, used: readonly string[]): string[] {
  const ids = (file: string) => (JSON.parse(readFileSync(join(REAL.content, 'taxonomies', file), 'utf8')) as { id: string }[]).map((r) => r.id);
  const vocabulary: Partial<Record<Filter, string[]>> = {
    objective: Array.from({ length: 23 }, (_, i) => String(i + 1)),
    sdg: ids('sdg-targets.json'),
    region: ids('regions.json'),
    country: ids('countries.json'),
    principle: ids('principles.json'),
  };
  const free = (vocabulary[filter] ?? []).find((v) => !used.includes(v));
  return free ? [free] : [];
}

function sortKeys(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
