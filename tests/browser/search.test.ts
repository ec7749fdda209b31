/**
 * `/search/` in a real browser, on the real content, served with its
 * production headers (strict CSP). Expected result sets and counts are
 * computed here from the content files, never written by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildCatalog, type CatalogPractice } from '../../src/catalogue/build-catalog.ts';
import { loadVocabularies } from '../../src/catalogue/load-vocabularies.ts';
import { validatePractices, type CheckedPractice } from '../../src/catalogue/validate-practices.ts';
import { axeViolations, launchBrowser, openPage } from '../support/browser.ts';
import { filterValues, inLanguage as readerFinds, regionReader } from '../support/match-filters.ts';
import { REAL } from '../support/sites.ts';

const real = inject('realUrl');
const fixture = inject('fixtureUrl');

const FACETS = ['objective', 'sdg', 'region', 'country', 'theme', 'principle', 'status'] as const;
type Facet = (typeof FACETS)[number];
type Selection = Partial<Record<Facet, string[]>>;
type Practice = CatalogPractice<CheckedPractice['data']>;

let browser: Browser;
let all: Practice[];
let translations: Map<string, Practice[]>;
let files: Map<string, string>;
const vocab = loadVocabularies(join(REAL.content, 'taxonomies'));

beforeAll(async () => {
  browser = await launchBrowser();
  const { practices, problems } = await validatePractices({ dir: join(REAL.content, 'practices'), vocabularies: vocab });
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  files = new Map(practices.map((p) => [p.slug, readFileSync(p.file.startsWith('/') ? p.file : join(REAL.content, '..', p.file), 'utf8')]));
  const catalog = buildCatalog(practices.map(({ slug, data }) => ({ slug, data })), vocab);
  all = catalog.practices as Practice[];
  translations = catalog.translations as Map<string, Practice[]>;
});
afterAll(async () => {
  await browser?.close();
});

// ----- Expectations from the content files -----------------------------------

/** A practice's values for one filter: the oracle's, from its frontmatter and the taxonomies (tests/support/match-filters.ts). */
const regionsOf = regionReader(join(REAL.content, 'taxonomies'));
const valuesOf = (p: Practice, facet: Facet): string[] => filterValues(p, regionsOf)[facet];

/** What a reader of `lang` finds: each practice once, in `lang` where it exists, otherwise the original. */
const inLanguage = (lang: string) => readerFinds(all, lang);

/** OR within a filter, AND across filters. */
function matches(p: Practice, selection: Selection, except?: Facet): boolean {
  return FACETS.every((f) => f === except || !selection[f]?.length || selection[f]!.some((v) => valuesOf(p, f).includes(v)));
}

function expectedSlugs(selection: Selection, pool = inLanguage('en')): string[] {
  return pool.filter((p) => matches(p, selection)).map((p) => p.slug).sort();
}

/** Counts beside each value: for a chosen filter, without its own selection. */
function expectedCounts(selection: Selection, pool = inLanguage('en')): Record<Facet, Record<string, number>> {
  const out = {} as Record<Facet, Record<string, number>>;
  for (const f of FACETS) {
    out[f] = {};
    for (const p of pool.filter((q) => matches(q, selection, f))) for (const v of new Set(valuesOf(p, f))) out[f][v] = (out[f][v] ?? 0) + 1;
  }
  return out;
}

function query(selection: Selection, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  for (const f of FACETS) for (const v of selection[f] ?? []) params.append(f, v);
  return params.toString();
}

// ----- Page helpers -------------------------------------------------------------

/** Paths of the requests a page makes for a search index, the Atlas's or Pagefind's, as they happen. */
function indexRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.includes('/pagefind/')) paths.push(path);
  });
  return paths;
}

/** Waits until the current search has been shown (results or no results), with its counts. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const list = document.getElementById('search-results');
    const status = document.getElementById('search-status');
    const facets = document.getElementById('search-facets');
    return !!list && !list.hasAttribute('aria-busy') && !facets?.hasAttribute('aria-busy') && (status?.textContent ?? '') !== '';
  });
}

/** Every result's slug, loading "More results" until all are shown. */
async function resultSlugs(page: Page): Promise<string[]> {
  await settled(page);
  while (await page.locator('#search-more').isVisible()) {
    const before = await page.locator('#search-results > li').count();
    await page.click('#search-more');
    // Cards come in one by one: wait for the whole page of them.
    await page.waitForFunction(
      (n) => document.querySelectorAll('#search-results > li').length > n && !document.getElementById('search-results')!.hasAttribute('aria-busy'),
      before,
    );
  }
  const hrefs = await page.$$eval('#search-results > li h3 a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => /\/practices\/([^/]+)\/$/.exec(h)?.[1] ?? h).sort();
}

async function statusCount(page: Page): Promise<number> {
  const text = (await page.locator('#search-status').textContent()) ?? '';
  return Number(/\d+/.exec(text)?.[0] ?? 0);
}

/** The counts shown beside every value of every filter (hidden rows included). */
async function shownCounts(page: Page): Promise<Record<Facet, Record<string, number>>> {
  return (await page.$$eval('#search-facets fieldset', (sets) =>
    Object.fromEntries(
      sets.map((set) => [
        set.getAttribute('data-facet'),
        Object.fromEntries(
          [...set.querySelectorAll('li')].map((li) => [li.querySelector('input')!.value, Number(li.querySelector('.facet-count')!.textContent)]),
        ),
      ]),
    ),
  )) as Record<Facet, Record<string, number>>;
}

/** Shown counts equal expected ones; every value with practices is offered. */
async function expectCounts(page: Page, expected: Record<Facet, Record<string, number>>): Promise<void> {
  const shown = await shownCounts(page);
  for (const f of FACETS) {
    const want = Object.fromEntries(Object.keys(shown[f] ?? {}).map((v) => [v, expected[f][v] ?? 0]));
    expect(shown[f] ?? {}, `counts of ${f}`).toEqual(want);
    for (const [v, n] of Object.entries(expected[f])) if (n > 0) expect(Object.keys(shown[f] ?? {}), `${f}=${v} offered`).toContain(v);
  }
}

async function checkbox(page: Page, facet: Facet, value: string) {
  const box = page.locator(`fieldset[data-facet="${facet}"] input[type="checkbox"][value="${value}"]`);
  // Long filters show their first values; open them to reach the others.
  if (!(await box.isVisible())) {
    const more = page.locator(`fieldset[data-facet="${facet}"] .facet-more`);
    if ((await more.isVisible()) && (await more.getAttribute('aria-expanded')) === 'false') await more.click();
  }
  return box;
}

async function withPage<T>(fn: (page: Page, problems: string[]) => Promise<T>, context?: BrowserContext): Promise<T> {
  const { page, problems } = await openPage(context ?? browser);
  try {
    const result = await fn(page, problems);
    expect(problems, 'console, CSP, failed requests').toEqual([]);
    return result;
  } finally {
    await page.close();
  }
}

// ----- Tests -----------------------------------------------------------------------

describe('search: loading', () => {
  it('fetches nothing of the index until someone interacts, and shows the filters with their totals', async () => {
    await withPage(async (page) => {
      const index = indexRequests(page);
      await page.goto(real + 'search/');
      await page.waitForSelector('#search-facets fieldset');
      await page.waitForTimeout(500);
      expect(index).toEqual([]);
      expect(await page.locator('#search-intro').isVisible()).toBe(true);
      await expectCounts(page, expectedCounts({}));
      // No inline script anywhere: the page script is an external module.
      const inline = await page.$$eval('script:not([src])', (s) => s.map((x) => x.outerHTML));
      expect(inline).toEqual([]);
      // Focus starts Pagefind: its script, entry, metadata and WebAssembly, at once.
      await page.focus('#search-q');
      await expect.poll(() => index.filter((p) => /\/pagefind\/(pagefind\.js|pagefind-entry\.json|pagefind\.en_[0-9a-f]+\.pf_meta|wasm\.en\.pagefind)$/.test(p)).length).toBe(4);
      // The WebAssembly (named by language, no hash) is asked for with the script, not after the entry names it.
      expect(await page.$$eval('link[rel="preload"]', (links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname.replace(/^.*\/pagefind\//, '')))).toEqual(
        expect.arrayContaining(['wasm.en.pagefind']),
      );
      expect(index.filter((p) => /\/pagefind\/(index|filter|fragment)\//.test(p))).toEqual([]);
      // Typing fetches the word chunks of the words typed.
      await page.keyboard.type('diaspora');
      await expect.poll(() => index.some((p) => /\/pagefind\/index\/en_[0-9a-f]+\.pf_index$/.test(p))).toBe(true);
      await settled(page);
      // Pagefind runs on the page's thread: no worker file.
      expect(index.filter((p) => p.endsWith('pagefind-worker.js'))).toEqual([]);
    });
  });

  it('shows a text search from the URL without waiting for the long filters\' labels', async () => {
    await withPage(async (page) => {
      // The labels are held back until the results are on screen: a page that waited for them would show none.
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/search/facet-labels.json', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(real + 'search/?q=diaspora');
      await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 0, undefined, { timeout: 10_000 });
      release();
      await settled(page);
    });
  });

  it('loads the index at once when the URL carries a search', async () => {
    await withPage(async (page) => {
      await page.goto(real + 'search/?' + query({ objective: ['23'], region: ['africa'] }));
      expect(await resultSlugs(page)).toEqual(expectedSlugs({ objective: ['23'], region: ['africa'] }));
    });
  });

  it('shows first results after fetching only the files they need; the counts follow', async () => {
    await withPage(async (page) => {
      // What each search waited for: the requests started before its results were on screen.
      const before = async () => {
        await settled(page);
        return page.evaluate(() => {
          const mark = performance.getEntriesByName('search:results')[0]!.startTime;
          return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
            .filter((r) => r.startTime <= mark)
            .map((r) => new URL(r.name).pathname)
            .filter((p) => p.includes('/pagefind/'))
            .map((p) => p.replace(/^.*\/pagefind\//, '').replace(/_[0-9a-f]+\./, '_*.'));
        });
      };
      await page.goto(real + 'search/?q=diaspora');
      const text = await before();
      expect(text.filter((p) => p.startsWith('index/')).length).toBeGreaterThan(0);
      expect(text.filter((p) => p.startsWith('fragment/')).length).toBeGreaterThan(0);
      // No filter chunk and no worker: the counts wait for the results.
      expect(text.filter((p) => p.startsWith('filter/') || p.includes('worker'))).toEqual([]);
      // The filters' counts came after, from every filter's chunk.
      const all = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
      const chunks = readdirSync(join(REAL.dist, 'pagefind', 'filter')).filter((f) => f.startsWith('en_'));
      expect(all.filter((u) => /\/pagefind\/filter\/en_/.test(u))).toHaveLength(chunks.length);
      await page.goto(real + 'search/?objective=23&region=africa');
      const browse = await before();
      expect(browse.filter((p) => p.startsWith('filter/'))).toHaveLength(2);
      expect(browse.filter((p) => p.startsWith('index/'))).toEqual([]);
    });
  });

  it('with a search in the URL, shows its first results before drawing the filters', async () => {
    await withPage(async (page) => {
      // How many filters were drawn at the moment the first results were marked on screen.
      await page.addInitScript(() => {
        const mark = performance.mark.bind(performance);
        performance.mark = (name: string, options?: PerformanceMarkOptions) => {
          if (name === 'search:results') document.documentElement.dataset.filtersAtResults = String(document.querySelectorAll('#search-facets fieldset').length);
          return mark(name, options);
        };
      });
      await page.goto(real + 'search/?q=migration');
      await settled(page);
      expect(await page.getAttribute('html', 'data-filters-at-results')).toBe('0');
      expect(await page.locator('#search-facets fieldset').count()).toBeGreaterThan(0);
    });
  });

  it('shows every value with its total again when the last filter is cleared', async () => {
    await withPage(async (page) => {
      // The status with the fewest practices hides the values the others have.
      const totals = expectedCounts({});
      const rare = Object.entries(totals.status).sort((a, b) => a[1] - b[1])[0]![0];
      await page.goto(real + 'search/?status=' + rare);
      await settled(page);
      await (await checkbox(page, 'status', rare)).uncheck();
      await expect.poll(() => page.locator('#search-intro').isVisible()).toBe(true);
      await expectCounts(page, totals);
      for (const f of FACETS) {
        const hidden = await page.$$eval(`#search-facets fieldset[data-facet="${f}"] li[hidden]`, (items) => items.length);
        const long = f === 'country' || f === 'sdg';
        if (!long) expect(hidden, f).toBe(0);
      }
    });
  });
});

describe('search: each filter alone', () => {
  // One value per filter, clicked as a reader would. Every value of every
  // filter, in each language, is checked on the index itself against an
  // oracle from the content files: tests/build/search-index-filters.test.ts.
  for (const facet of FACETS) {
    it(`${facet}: a value gives the practices that have it, with the right counts, in the URL`, async () => {
      const pool = inLanguage('en');
      // The least used value with more than one practice: a few results, however large the content grows.
      const counts = expectedCounts({})[facet];
      const used = Object.keys(counts).sort((a, b) => counts[a]! - counts[b]! || a.localeCompare(b));
      const value = used.find((v) => counts[v]! > 1) ?? used[0];
      expect(value, `a value of ${facet} in use`).toBeDefined();
      expect(pool.some((p) => valuesOf(p, facet).includes(value!))).toBe(true);
      await withPage(async (page) => {
        await page.goto(real + 'search/');
        await page.waitForSelector('#search-facets fieldset');
        const box = await checkbox(page, facet, value!);
        await box.check();
        const slugs = await resultSlugs(page);
        expect(slugs, `${facet}=${value}`).toEqual(expectedSlugs({ [facet]: [value!] }));
        expect(await statusCount(page)).toBe(slugs.length);
        await expectCounts(page, expectedCounts({ [facet]: [value!] }));
        expect(new URL(page.url()).searchParams.getAll(facet)).toEqual([value]);
        await (await checkbox(page, facet, value!)).uncheck();
        await expect.poll(() => page.locator('#search-intro').isVisible()).toBe(true);
      });
    });
  }
});

describe('search: combinations', () => {
  /** Values of a filter with the most practices, for combinations that say something. */
  const top = (facet: Facet, n: number) => {
    const counts = expectedCounts({})[facet];
    return Object.keys(counts)
      .sort((a, b) => counts[b]! - counts[a]! || a.localeCompare(b))
      .slice(0, n);
  };

  it('ORs values within a filter and ANDs filters, with counts for each', async () => {
    const selections: Selection[] = [
      { objective: top('objective', 3).slice(1) },
      { objective: top('objective', 1), region: top('region', 1) },
      { region: top('region', 2), theme: top('theme', 2), status: ['completed'] },
      { principle: top('principle', 2), sdg: top('sdg', 1), objective: top('objective', 2) },
    ];
    await withPage(async (page) => {
      for (const selection of selections) {
        await page.goto(real + 'search/?' + query(selection));
        const want = expectedSlugs(selection);
        expect(await resultSlugs(page), query(selection)).toEqual(want);
        expect(await statusCount(page)).toBe(want.length);
        await expectCounts(page, expectedCounts(selection));
      }
      // One filter OR-ed wider is a superset; one more filter AND-ed is a subset.
      const a = expectedSlugs({ region: top('region', 1) });
      const b = expectedSlugs({ region: top('region', 2) });
      expect(b).toEqual(expect.arrayContaining(a));
    });
  });

  it('combines text with filters: the text results narrowed by the filters', async () => {
    await withPage(async (page) => {
      await page.goto(real + 'search/?q=diaspora');
      const text = await resultSlugs(page);
      // Every practice whose own words mention diaspora is found; every result mentions it
      // in its file or in the labels of its objectives and themes.
      // Pagefind folds accents: "diáspora" in a Spanish practice is found too.
      const plain = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      const mentions = (p: Practice) =>
        /diaspor/i.test(plain(files.get(p.slug) ?? '')) ||
        p.data.gcmObjectives.some((n) => /diaspor/i.test(vocab.objectives.get(n)?.short ?? '')) ||
        p.data.themes.some((t) => /diaspor/i.test(vocab.themes.get(t)?.label ?? '') || /diaspor/.test(t));
      const pool = inLanguage('en');
      const own = pool.filter((p) => /diaspor/i.test(plain(`${p.data.title} ${p.data.summary}`))).map((p) => p.slug);
      expect(text).toEqual(expect.arrayContaining(own));
      for (const slug of text) expect(mentions(pool.find((p) => p.slug === slug)!), slug).toBe(true);
      expect(text.length).toBeGreaterThan(0);
      // Excerpts highlight the words found.
      expect(await page.locator('#search-results mark').count()).toBeGreaterThan(0);
      const textPool = pool.filter((p) => text.includes(p.slug));
      const selection: Selection = { region: ['africa', 'europe'] };
      await page.goto(real + 'search/?q=diaspora&' + query(selection));
      expect(await resultSlugs(page)).toEqual(expectedSlugs(selection, textPool));
      await expectCounts(page, expectedCounts(selection, textPool));
    });
  });

  it('sorts by newest and by title, and by relevance only with text', async () => {
    await withPage(async (page) => {
      const selection: Selection = { objective: ['23'] };
      await page.goto(real + 'search/?' + query(selection));
      await resultSlugs(page);
      const options = async () =>
        page.$$eval('#search-sort option', (o) => (o as HTMLOptionElement[]).filter((x) => !x.hidden).map((x) => x.value));
      expect(await options()).toEqual(['newest', 'title']);
      const order = async () => (await page.$$eval('#search-results h3 a', (a) => a.map((x) => x.getAttribute('href')!))).map((h) => /practices\/([^/]+)\//.exec(h)![1]!);
      const bySlug = new Map(all.map((p) => [p.slug, p]));
      const dates = (await order()).map((s) => bySlug.get(s)!.data.publishedAt);
      expect(dates).toEqual([...dates].sort().reverse());
      await page.selectOption('#search-sort', 'title');
      await resultSlugs(page);
      expect(new URL(page.url()).searchParams.get('sort')).toBe('title');
      const titles = (await order()).map((s) => bySlug.get(s)!.data.title.toLowerCase());
      // In the language's alphabetical order (accents and case aside), as a reader expects.
      expect(titles).toEqual([...titles].sort(new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare));
      await page.goto(real + 'search/?q=migration');
      await resultSlugs(page);
      expect(await options()).toEqual(['relevance', 'newest', 'title']);
      expect(await page.inputValue('#search-sort')).toBe('relevance');
    });
  });
});

describe('search: the URL is the state', () => {
  it('restores a search from its URL, and writes changes back to it', async () => {
    await withPage(async (page) => {
      const selection: Selection = { region: ['africa'], theme: ['capacity-development', 'migration-governance'] };
      await page.goto(real + 'search/?' + query(selection, { q: 'migration' }) + '&sort=title');
      const slugs = await resultSlugs(page);
      expect(await page.inputValue('#search-q')).toBe('migration');
      expect(await page.inputValue('#search-sort')).toBe('title');
      for (const [f, values] of Object.entries(selection)) {
        for (const v of values) expect(await (await checkbox(page, f as Facet, v)).isChecked()).toBe(true);
      }
      expect(await page.locator('#search-chips button').count()).toBe(3);
      expect(slugs.length).toBe(await statusCount(page));
      // Removing a chip updates results and URL; focus stays among the chips.
      await page.click('#search-chips button[data-value="capacity-development"]');
      await settled(page);
      expect(new URL(page.url()).searchParams.getAll('theme')).toEqual(['migration-governance']);
      expect(await page.evaluate(() => !!document.activeElement?.closest('#search-chips'))).toBe(true);
      // Another filter, and the URL a colleague could open.
      await (await checkbox(page, 'status', 'completed')).check();
      await settled(page);
      const url = page.url();
      expect(new URL(url).searchParams.getAll('status')).toEqual(['completed']);
      const shown = await resultSlugs(page);
      const { page: other } = await openPage(browser);
      await other.goto(url);
      expect(await resultSlugs(other)).toEqual(shown);
      await other.close();
      // Clear all keeps the text.
      await page.click('#search-clear');
      await settled(page);
      expect(new URL(page.url()).search).toBe('?q=migration&sort=title');
    });
  });

  it('steps back and forward through filter changes; typing does not add steps', async () => {
    await withPage(async (page) => {
      await page.goto(real + 'search/');
      await page.waitForSelector('#search-facets fieldset');
      const start = await page.evaluate(() => history.length);
      await (await checkbox(page, 'region', 'africa')).check();
      await settled(page);
      await (await checkbox(page, 'status', 'completed')).check();
      await settled(page);
      expect(await page.evaluate(() => history.length)).toBe(start + 2);
      // Typing replaces the current step.
      await page.fill('#search-q', 'migration');
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('migration');
      await settled(page);
      expect(await page.evaluate(() => history.length)).toBe(start + 2);
      await page.goBack();
      await expect.poll(() => new URL(page.url()).search).toBe('?region=africa');
      expect(await resultSlugs(page)).toEqual(expectedSlugs({ region: ['africa'] }));
      expect(await (await checkbox(page, 'status', 'completed')).isChecked()).toBe(false);
      expect(await page.inputValue('#search-q')).toBe('');
      await page.goBack();
      await expect.poll(() => page.locator('#search-intro').isVisible()).toBe(true);
      expect(await (await checkbox(page, 'region', 'africa')).isChecked()).toBe(false);
      await page.goForward();
      await expect.poll(() => new URL(page.url()).search).toBe('?region=africa');
      expect(await resultSlugs(page)).toEqual(expectedSlugs({ region: ['africa'] }));
    });
  });

  it('offers to remove the narrowest filter when nothing matches', async () => {
    // Two filters that each match something but nothing together; the narrowest
    // is the one whose removal brings back the most.
    const pool = inLanguage('en');
    const totals = expectedCounts({});
    let found: { selection: Selection; keep: Facet; drop: Facet } | undefined;
    search: for (const f of ['region', 'theme', 'objective'] as const) {
      for (const g of ['status', 'principle', 'country'] as const) {
        for (const a of Object.keys(totals[f])) {
          for (const b of Object.keys(totals[g])) {
            const selection = { [f]: [a], [g]: [b] } as Selection;
            if (expectedSlugs(selection, pool).length > 0) continue;
            const withoutF = expectedSlugs({ [g]: [b] }).length;
            const withoutG = expectedSlugs({ [f]: [a] }).length;
            if (withoutF === withoutG) continue;
            found = { selection, keep: withoutF > withoutG ? g : f, drop: withoutF > withoutG ? f : g };
            break search;
          }
        }
      }
    }
    expect(found).toBeDefined();
    const { selection, keep, drop } = found!;
    await withPage(async (page) => {
      await page.goto(real + 'search/?' + query(selection));
      await settled(page);
      expect(await statusCount(page)).toBe(0);
      expect(await page.locator('#search-none').isVisible()).toBe(true);
      const offer = page.locator(`#search-none button[data-facet="${drop}"]`);
      expect(await offer.isVisible()).toBe(true);
      const remaining = expectedSlugs({ [keep]: selection[keep] });
      expect(await offer.textContent()).toContain(String(remaining.length));
      await offer.click();
      await settled(page);
      // The focus goes to the results, before "More results" (if any) moves it on.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-results-title');
      expect(await resultSlugs(page)).toEqual(remaining);
      expect(new URL(page.url()).searchParams.getAll(drop)).toEqual([]);
    });
  });
});

describe('search: keyboard and screen readers', () => {
  it('works by keyboard alone: type, choose a filter, open a result', async () => {
    await withPage(async (page) => {
      await page.goto(real + 'search/');
      await page.waitForSelector('#search-facets fieldset');
      const active = () =>
        page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return {
            id: el?.id ?? '',
            tag: el?.tagName ?? '',
            type: (el as HTMLInputElement | null)?.type ?? '',
            inFacets: !!el?.closest('#search-facets'),
            inResults: !!el?.closest('#search-results'),
            outline: el ? getComputedStyle(el).outlineStyle : 'none',
          };
        });
      const tabUntil = async (done: (a: Awaited<ReturnType<typeof active>>) => boolean) => {
        for (let i = 0; i < 250; i++) {
          await page.keyboard.press('Tab');
          const a = await active();
          if (done(a)) return a;
        }
        throw new Error('Tab never reached the target');
      };
      const input = await tabUntil((a) => a.id === 'search-q');
      expect(input.outline).not.toBe('none');
      await page.keyboard.type('migration');
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('migration');
      await settled(page);
      const box = await tabUntil((a) => a.inFacets && a.type === 'checkbox');
      expect(box.outline).not.toBe('none');
      const before = await statusCount(page);
      await page.keyboard.press('Space');
      await settled(page);
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
      expect(await statusCount(page)).toBeLessThanOrEqual(before);
      const link = await tabUntil((a) => a.inResults && a.tag === 'A');
      expect(link.outline).not.toBe('none');
      const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
      await Promise.all([page.waitForURL(href), page.keyboard.press('Enter')]);
      expect(new URL(page.url()).pathname).toMatch(/^\/practices\/[^/]+\/$/);
    });
  });

  it('moves focus to the first new result after "More results"', async () => {
    await withPage(async (page) => {
      await page.goto(real + 'search/?status=completed');
      await settled(page);
      expect(await page.locator('#search-more').isVisible()).toBe(true);
      const before = await page.locator('#search-results > li').count();
      await page.focus('#search-more');
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before);
      const index = await page.evaluate(() => {
        const li = document.activeElement?.closest('#search-results > li');
        return li ? [...document.querySelectorAll('#search-results > li')].indexOf(li) : -1;
      });
      expect(index).toBe(before);
    });
  });

  it('has no single-key shortcuts: typing letters outside fields does nothing', async () => {
    await withPage(async (page) => {
      await page.goto(real + 'search/');
      await page.waitForSelector('#search-facets fieldset');
      await page.focus('#search-results-title');
      await page.keyboard.type('s/fk?');
      expect(page.url()).toBe(real + 'search/');
      expect(await page.inputValue('#search-q')).toBe('');
    });
  });

  // Every state in the light scheme; the dark one on the state that shows the most (results, marks, chips, filters):
  // dark mode is checked on one page per template.
  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe-core with ${scheme === 'light' ? 'results, chips and no results' : 'results and chips'} (wide), ${scheme}`, async () => {
      const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
      await withPage(async (page) => {
        if (scheme === 'light') {
          await page.goto(real + 'search/');
          await page.waitForSelector('#search-facets fieldset');
          expect(await axeViolations(page)).toEqual([]);
        }
        await page.goto(real + 'search/?q=migration&region=africa&status=completed');
        await settled(page);
        expect(await page.locator('#search-results mark').count()).toBeGreaterThan(0);
        expect(await page.locator('#search-chips button').count()).toBe(2);
        expect(await axeViolations(page)).toEqual([]);
        if (scheme === 'light') {
          await page.goto(real + 'search/?q=zzzzqqqq&region=africa');
          await settled(page);
          expect(await page.locator('#search-none').isVisible()).toBe(true);
          expect(await axeViolations(page)).toEqual([]);
        }
      }, context);
      await context.close();
    });
  }

  it('passes axe-core with the filters open on a narrow screen', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    await withPage(async (page) => {
      // A country chosen: the country filter still offers every country (its own
      // choice does not narrow its counts), so the list is long enough to collapse.
      const country = Object.keys(expectedCounts({}).country).sort()[0]!;
      await page.goto(real + 'search/?country=' + country);
      await settled(page);
      expect(await page.locator('#search-filters').getAttribute('open')).toBeNull();
      await page.click('#search-filters-summary');
      const more = page.locator('fieldset[data-facet="country"] .facet-more');
      if (await more.isVisible()) await more.click();
      expect(await page.locator('fieldset[data-facet="region"]').isVisible()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      // Long filters can be narrowed by typing.
      const name = vocab.countries.get(Object.keys(expectedCounts({}).country).sort().at(-1)!)!.names.en;
      await page.fill('#facet-find-country', name.slice(0, 4));
      const visible = await page.$$eval('fieldset[data-facet="country"] li:not([hidden]) .facet-label', (l) => l.map((x) => x.textContent));
      expect(visible.length).toBeGreaterThan(0);
      for (const v of visible) expect(v!.toLowerCase()).toContain(name.slice(0, 4).toLowerCase());
    }, context);
    await context.close();
  });
});

describe('search: safety, languages, no JavaScript', () => {
  it('treats hostile URL values as data: nothing runs, unknown filters are dropped', async () => {
    await withPage(async (page) => {
      const hostile =
        '?q=' +
        encodeURIComponent('<img src=x onerror=window.__pwned=1>') +
        '&objective=' +
        encodeURIComponent('1"><script>window.__pwned=1</script>') +
        '&theme=' +
        encodeURIComponent('javascript:alert(1)') +
        '&objective=99&country=' +
        'X'.repeat(5000);
      await page.goto(real + 'search/' + hostile);
      await settled(page);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.inputValue('#search-q')).toBe('<img src=x onerror=window.__pwned=1>');
      expect(await page.locator('#search-chips button').count()).toBe(0);
      expect(await page.locator('#search-app img, #search-app script').count()).toBe(0);
      const params = new URL(page.url()).searchParams;
      expect([...params.keys()]).toEqual(['q']);
    });
  });

  it('finds each practice once in every language: its version in that language, otherwise its original, marked', async () => {
    const french = inLanguage('fr');
    // A practice written in French with no English version: English readers find the original.
    const target = french.find((p) => p.data.language === 'fr' && !p.data.translationOf && !(translations.get(p.slug)?.length));
    expect(target).toBeDefined();
    await withPage(async (page) => {
      const country = target!.data.countries?.[0];
      const selection: Selection = country ? { country: [country] } : { objective: [String(target!.primaryObjective)] };
      await page.goto(real + 'fr/search/?' + query(selection));
      expect(await page.getAttribute('html', 'lang')).toBe('fr');
      expect(await resultSlugs(page)).toEqual(expectedSlugs(selection, french));
      // The same filter on the English page: the same practice, in French, said to be so.
      await page.goto(real + 'search/?' + query(selection));
      const english = await resultSlugs(page);
      expect(english).toEqual(expectedSlugs(selection));
      expect(english).toContain(target!.slug);
      const card = page.locator('#search-results article', { has: page.locator(`a[href$="/practices/${target!.slug}/"]`) });
      expect(await card.getAttribute('lang')).toBe('fr');
      expect(await card.locator('.card-language').textContent()).toBe('In French');
      // A translated practice is found once, in the reader's language.
      for (const [original, versions] of translations) {
        const fr = versions.find((v) => v.data.language === 'fr');
        if (!fr || all.find((p) => p.slug === original)?.data.language !== 'en') continue;
        expect(inLanguage('en').map((p) => p.slug)).toContain(original);
        expect(inLanguage('en').map((p) => p.slug)).not.toContain(fr.slug);
        expect(french.map((p) => p.slug)).toContain(fr.slug);
        expect(french.map((p) => p.slug)).not.toContain(original);
      }
      // A French word of its title, from the French page.
      const word = target!.data.title.split(/\s+/).find((w) => w.length > 6 && /^[a-zà-ÿ]+$/i.test(w))!;
      await page.goto(real + 'fr/search/?q=' + encodeURIComponent(word));
      const found = await resultSlugs(page);
      expect(found).toContain(target!.slug);
      for (const slug of found) expect(french.map((p) => p.slug)).toContain(slug);
      expect(await page.locator('#search-status').textContent()).toMatch(/pratiques? trouvées?/);
      // The header of a French practice searches in French.
      await page.goto(real + `practices/${target!.slug}/`);
      expect(await page.getAttribute('.site-header form', 'action')).toBe('/fr/search/');
    });
  });

  it('works under a base path', async () => {
    await withPage(async (page) => {
      await page.goto(fixture + 'search/?q=recruitment');
      await settled(page);
      const hrefs = await page.$$eval('#search-results h3 a', (a) => a.map((x) => x.getAttribute('href')));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const h of hrefs) expect(h).toMatch(/^\/practices-hub\/practices\/[^/]+\/$/);
    });
  });

  // Timed out once in a few full runs on the 2-core machine (never alone) and the
  // cause is not found yet: retried, with its assertions unchanged, until it is.
  it('without JavaScript, explains and links to the browse pages; the header form is a GET to /search/', { retry: 2 }, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await withPage(async (page) => {
      // Step timeouts well under the test's: a rare hang here then names its step.
      await page.goto(real + 'search/?q=diaspora', { timeout: 15_000 });
      expect(await page.locator('noscript').count()).toBe(1);
      expect(await page.locator('#search-app').isVisible()).toBe(false);
      const text = await page.locator('main').textContent();
      expect(text).toContain('Search needs JavaScript');
      await page.goto(real + 'practices/', { timeout: 15_000 });
      expect(await page.getAttribute('.site-header form', 'action')).toBe('/search/');
      expect(await page.getAttribute('.site-header form', 'method')).toBe('get');
      await page.fill('#site-search', 'diaspora', { timeout: 10_000 });
      await Promise.all([page.waitForURL(/\/search\/\?/, { timeout: 10_000 }), page.press('#site-search', 'Enter')]);
      expect(new URL(page.url()).pathname).toBe('/search/');
      expect(new URL(page.url()).searchParams.get('q')).toBe('diaspora');
    }, context);
    await context.close();
  });
});
