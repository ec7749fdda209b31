/**
 * A content set from the benchmark's generator (scripts/generate-practices.ts)
 * is valid, builds under a base path, and shows what only a large catalogue
 * shows: listings longer than a page are split into pages under their own URL
 * (`/objectives/5/page/2/`), together listing exactly the practices of the value.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatePractices } from '../../scripts/generate-practices.ts';
import { buildCatalog, type Catalog, type CatalogPractice } from '../../src/catalogue/build-catalog.ts';
import { loadVocabularies } from '../../src/catalogue/load-vocabularies.ts';
import { PAGE_SIZE, pageCount } from '../../src/i18n/paginate.ts';
import { pickLanguageVersions } from '../../src/i18n/pick-language-versions.ts';
import { validatePractices, type CheckedPractice } from '../../src/catalogue/validate-practices.ts';
import { buildSite } from '../support/build-site.ts';
import { OUTPUT, ROOT } from '../support/sites.ts';

const SITE = { content: join(OUTPUT, 'generated', 'content'), dist: join(OUTPUT, 'generated', 'dist'), base: '/hub/' };
const COUNT = 150;
const vocab = loadVocabularies();
let catalog: Catalog;
let checked: CheckedPractice[];

function page(path: string): HTMLElement | undefined {
  const file = join(SITE.dist, path, 'index.html');
  return existsSync(file) ? parse(readFileSync(file, 'utf8')) : undefined;
}

/** Slugs of the cards of every page of a listing, in order, and how many pages it had. */
function listingSlugs(path: string): { slugs: string[]; pages: number } {
  const slugs: string[] = [];
  let pages = 0;
  for (let n = 1; ; n++) {
    const doc = page(n === 1 ? path : `${path}page/${n}/`);
    if (!doc) break;
    pages = n;
    slugs.push(...doc.querySelectorAll('.card h2 a').map((a) => a.getAttribute('href')!.replace(`${SITE.base}practices/`, '').replace(/\/$/, '')));
  }
  return { slugs, pages };
}

beforeAll(async () => {
  await generatePractices({ count: COUNT, dir: SITE.content, seed: 7 });
  const { problems, practices } = await validatePractices({ dir: join(SITE.content, 'practices') });
  expect(problems).toEqual([]);
  checked = practices;
  catalog = buildCatalog(practices.map((p) => ({ slug: p.slug, data: p.data })), vocab);
  rmSync(SITE.dist, { recursive: true, force: true });
  const { status, output } = await buildSite(SITE);
  expect(status, output.slice(-3000)).toBe(0);
}, 240_000);

describe('a generated content set', () => {
  it('is deterministic for a seed, and never written into content/', async () => {
    const a = join(OUTPUT, 'generated', 'again');
    await generatePractices({ count: COUNT, dir: a, seed: 7 });
    const files = (dir: string) => readdirSync(join(dir, 'practices'), { recursive: true }).map(String).sort();
    expect(files(a)).toEqual(files(SITE.content));
    const first = catalog.practices[0]!.slug;
    const text = (dir: string) => {
      const folder = join(dir, 'practices', first, 'index.mdx');
      return readFileSync(existsSync(folder) ? folder : join(dir, 'practices', `${first}.mdx`), 'utf8');
    };
    expect(text(a)).toBe(text(SITE.content));
    rmSync(a, { recursive: true, force: true });
    await expect(generatePractices({ count: 1, dir: join(ROOT, 'content') })).rejects.toThrow(/Refusing/);
    await expect(generatePractices({ count: 1, dir: join(ROOT, 'content', 'x') })).rejects.toThrow(/Refusing/);
  });

  it('spreads every facet and has translations, covers and single-file practices', () => {
    expect(catalog.practices).toHaveLength(COUNT);
    expect(catalog.byObjective.size).toBeGreaterThan(15);
    expect(catalog.byTheme.size).toBeGreaterThan(15);
    expect(catalog.byCountry.size).toBeGreaterThan(30);
    expect(catalog.translations.size).toBeGreaterThan(0);
    expect(new Set(catalog.practices.map((p) => p.data.language))).toEqual(new Set(['en', 'fr', 'es']));
    expect(new Set(catalog.practices.map((p) => p.scope))).toEqual(new Set(['local', 'national', 'regional', 'global']));
    expect(checked.filter((p) => p.data.cover).length).toBe(3);
    expect(readdirSync(join(SITE.content, 'practices')).some((f) => f.endsWith('.mdx'))).toBe(true);
  });

  it('builds a page for each practice, with its body rendered', () => {
    for (const p of catalog.practices) {
      const doc = page(`practices/${p.slug}/`)!;
      expect(doc.querySelector('h1')!.text).toBe(p.data.title);
      expect(doc.querySelectorAll('.prose h2').filter((h) => h.id !== 'footnote-label').length).toBe(6);
    }
  });

  it('renders images in the text as optimised pictures, and JSX through MDX', () => {
    const source = (slug: string) => {
      const folder = join(SITE.content, 'practices', slug, 'index.mdx');
      return readFileSync(existsSync(folder) ? folder : join(SITE.content, 'practices', `${slug}.mdx`), 'utf8');
    };
    const withImage = catalog.practices.filter((p) => source(p.slug).includes('](./cover.jpg)'));
    expect(withImage).toHaveLength(3);
    for (const p of withImage) {
      const img = page(`practices/${p.slug}/`)!.querySelector('.prose img')!;
      expect(img.getAttribute('src')).toMatch(new RegExp(`^${SITE.base}_astro/.+\\.(webp|jpg|avif)$`));
      expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
      expect(img.getAttribute('alt')).toMatch(/^Fields and hills near /);
    }
    const withJsx = catalog.practices.filter((p) => source(p.slug).includes('<abbr'));
    expect(withJsx).toHaveLength(1);
    const abbr = page(`practices/${withJsx[0]!.slug}/`)!.querySelector('.prose abbr')!;
    expect(abbr.getAttribute('title')).toBe('Global Compact for Safe, Orderly and Regular Migration');
    expect(abbr.text).toBe('GCM');
  });
});

describe('paginated listings', () => {
  const cases: [string, Map<string | number, { slug: string }[]>][] = [];
  beforeAll(() => {
    cases.push(
      ['objectives', catalog.byObjective],
      ['regions', catalog.byRegion],
      ['countries', catalog.byCountry],
      ['themes', catalog.byTheme],
      ['sdg', catalog.bySdgTarget],
      ['principles', catalog.byPrinciple],
    );
  });

  // Each language lists a practice once: its version in that language where there is one, otherwise the original.
  const shown = (list: { slug: string }[], lang: 'en' | 'fr' | 'es') =>
    pickLanguageVersions(list as CatalogPractice[], lang, catalog.translations).map((p) => p.slug);

  it('list every practice of a value once, newest first, PAGE_SIZE a page, in each language', () => {
    let paginated = 0;
    let translated = 0;
    for (const [folder, index] of cases) {
      for (const [id, list] of index) {
        for (const lang of ['en', 'fr', 'es'] as const) {
          const path = `${lang === 'en' ? '' : `${lang}/`}${folder}/${id}/`;
          const { slugs, pages } = listingSlugs(path);
          const expected = shown(list, lang);
          expect(slugs, path).toEqual(expected);
          expect(pages, path).toBe(pageCount(expected.length));
          if (pages > 1 && lang === 'en') paginated++;
          if (lang === 'fr' && expected.some((slug) => catalog.bySlug.get(slug)!.data.translationOf)) translated++;
        }
      }
    }
    expect(paginated).toBeGreaterThan(5);
    expect(translated).toBeGreaterThan(0);
  });

  it('link their pages under the base path and say which page is shown', () => {
    const [n, all] = [...catalog.byObjective].sort((a, b) => b[1].length - a[1].length)[0]!;
    const list = shown(all, 'en');
    expect(list.length).toBeGreaterThan(PAGE_SIZE);
    const first = page(`objectives/${n}/`)!;
    expect(first.querySelector(`.pagination a[rel="next"]`)!.getAttribute('href')).toBe(`${SITE.base}objectives/${n}/page/2/`);
    const second = page(`objectives/${n}/page/2/`)!;
    expect(second.querySelector('h1')!.text).toMatch(new RegExp(`, page 2 of ${pageCount(list.length)}$`));
    expect(second.querySelector(`.pagination a[rel="prev"]`)!.getAttribute('href')).toBe(`${SITE.base}objectives/${n}/`);
    expect(second.querySelectorAll('.breadcrumbs a').map((a) => a.getAttribute('href'))).toContain(`${SITE.base}objectives/${n}/`);
    expect(second.querySelector('link[rel="canonical"]')!.getAttribute('href')).toMatch(new RegExp(`/hub/objectives/${n}/page/2/$`));
  });
});
