/**
 * Checks over the fixture site, built under the base path /practices-hub/:
 * every expected page exists and lists exactly the practices the content
 * files say it should; drafts are absent; content is escaped; links resolve.
 * Expected sets are computed from the content files, not written by hand.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/check-links.ts';
import { buildCatalog, type Catalog, type CatalogPractice } from '../../src/catalogue/build-catalog.ts';
import { loadVocabularies } from '../../src/catalogue/load-vocabularies.ts';
import { pickLanguageVersions } from '../../src/i18n/pick-language-versions.ts';
import { siteFiles } from '../../src/publishing/site-files.ts';
import { parseHeadersFile } from '../../src/publishing/security-headers.ts';
import { validatePractices, type CheckedPractice } from '../../src/catalogue/validate-practices.ts';
import { FIXTURE } from '../support/sites.ts';

const vocab = loadVocabularies();
let all: CheckedPractice[];
let catalog: Catalog;

function page(path: string): HTMLElement {
  const file = join(FIXTURE.dist, path, path.endsWith('.html') ? '' : 'index.html');
  expect(existsSync(file), `${path} should exist`).toBe(true);
  return parse(readFileSync(file, 'utf8'));
}

/** Slugs of the practice cards on a listing page, in page order. */
function listed(doc: HTMLElement): string[] {
  return doc
    .querySelectorAll('.card h2 a, .card h3 a')
    .map((a) => a.getAttribute('href')!.replace(`${FIXTURE.base}practices/`, '').replace(/\/$/, ''));
}

/** The slugs an English listing shows: each practice once, its English version where it has one (translationOf). */
const slugs = (list: CatalogPractice[] | undefined) => pickLanguageVersions(list ?? [], 'en', catalog.translations).map((p) => p.slug);

beforeAll(async () => {
  const result = await validatePractices({ dir: join(FIXTURE.content, 'practices') });
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  all = result.practices;
  catalog = buildCatalog(all.map((p) => ({ slug: p.slug, data: p.data })), vocab);
});

describe('practice pages', () => {
  it('has a page for each published practice, which carries no search record (the manifest makes it)', () => {
    expect(catalog.practices.length).toBeGreaterThan(4);
    for (const p of catalog.practices) {
      const doc = page(`practices/${p.slug}/`);
      expect(doc.querySelector('h1')!.text).toBe(p.data.title);
      expect(doc.querySelectorAll('h1')).toHaveLength(1);
      expect(doc.querySelector('html')!.getAttribute('lang')).toBe(p.data.language);
      expect(doc.querySelector('[data-pagefind-body], [data-pagefind-filter], [data-pagefind-meta], [data-pagefind-sort]')).toBeNull();
    }
  });

  it('indexes practice pages only: each language’s index holds what its readers find, each practice once', () => {
    const entry = JSON.parse(readFileSync(join(FIXTURE.dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    for (const lang of ['en', 'fr', 'es']) {
      expect(entry.languages[lang].page_count, lang).toBe(pickLanguageVersions(catalog.practices, lang, catalog.translations).length);
    }
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'es', 'fr']);
  });

  it('shows the at-a-glance facts with names, not codes', () => {
    const p = catalog.bySlug.get('alpha-fair-recruitment')!;
    const doc = page('practices/alpha-fair-recruitment/');
    const glance = doc.querySelector('.glance')!.text;
    expect(glance).toContain('Fair recruitment and decent work');
    expect(glance).toContain('Sierra Leone');
    expect(glance).toContain('Western Africa');
    expect(glance).toContain('Facilitate orderly, safe, regular and responsible migration');
    expect(glance).toContain('Fixture Fund');
    expect(glance).toContain('Internal monitoring or review');
    expect(p.scope).toBe('regional');
    expect(glance).toContain('Regional');
    // Breadcrumbs: Practices / primary objective.
    expect(doc.querySelector('.breadcrumbs')!.text).toContain('Objective 6');
    // GitHub-flavoured Markdown: a table, a footnote and an autolink.
    const prose = doc.querySelector('.prose')!;
    expect(prose.querySelector('table')).not.toBeNull();
    expect(prose.querySelector('a[href="https://example.org"]')).not.toBeNull();
    expect(prose.querySelector('[data-footnotes], .footnotes, section.footnotes')).not.toBeNull();
    // Links between translations, both ways.
    expect(doc.querySelector(`a[href="${FIXTURE.base}practices/alpha-fair-recruitment-fr/"][hreflang="fr"]`)).not.toBeNull();
    expect(page('practices/alpha-fair-recruitment-fr/').querySelector(`a[href="${FIXTURE.base}practices/alpha-fair-recruitment/"]`)).not.toBeNull();
  });

  it('processes the cover image with width, height and modern formats', () => {
    const doc = page('practices/beta-caribbean-displacement/');
    const img = doc.querySelector('.cover img')!;
    expect(img.getAttribute('alt')).toBe('A diagram of partner countries linked by arrows');
    expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
    expect(Number(img.getAttribute('height'))).toBeGreaterThan(0);
    const types = doc.querySelectorAll('.cover source').map((s) => s.getAttribute('type'));
    expect(types).toEqual(['image/avif', 'image/webp']);
    expect(doc.querySelector('.cover source')!.getAttribute('srcset')).toMatch(/ 480w/);
  });

  it('escapes text from content: a <script> in a title is shown as text', () => {
    const raw = readFileSync(join(FIXTURE.dist, 'practices', 'delta-escaping', 'index.html'), 'utf8');
    // Inside quoted attribute values "<" is inert; everywhere else it must be escaped.
    const outsideAttributes = raw.replace(/="[^"]*"/g, '=""');
    expect(outsideAttributes).not.toContain('<script>window.__pwned');
    expect(outsideAttributes).not.toContain('<img src=x');
    expect(outsideAttributes).not.toContain('<b>Institute');
    expect(raw).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    const doc = parse(raw);
    expect(doc.querySelector('h1')!.text).toBe('Practice with <script>window.__pwned = 1</script> in its title');
    // JSON-LD carries the title as data, with "<" escaped (tests/build/reuse-formats.test.ts); no script runs it.
    expect(doc.querySelectorAll('script:not([type="application/ld+json"])').filter((s) => s.text.includes('__pwned')).length).toBe(0);
    expect(doc.querySelectorAll('img[onerror], b')).toEqual([]);
  });
});

describe('drafts', () => {
  it('never appear in production output: pages, listings, index, data, sitemap', () => {
    const draft = all.find((p) => p.data.draft)!;
    expect(draft).toBeDefined();
    for (const file of siteFiles(FIXTURE.dist)) {
      if (!/\.(html|json|xml|csv|atom|txt)$/.test(file) && !file.startsWith('pagefind/')) continue;
      const text = readFileSync(join(FIXTURE.dist, file));
      expect(text.includes(draft.slug), `${file} mentions the draft`).toBe(false);
      expect(text.includes(draft.data.title), `${file} mentions the draft`).toBe(false);
    }
    expect(existsSync(join(FIXTURE.dist, 'countries', 'FJI'))).toBe(false);
  });
});

describe('listing pages', () => {
  it('lists exactly the practices of each objective, newest first, and has all 23', () => {
    for (let n = 1; n <= 23; n++) {
      const doc = page(`objectives/${n}/`);
      expect(listed(doc)).toEqual(slugs(catalog.byObjective.get(n)));
      if (!catalog.byObjective.get(n)) expect(doc.querySelector('.notice')!.text).toMatch(/No practice/);
    }
  });

  it('lists a sub-region practice under its region too', () => {
    for (const region of vocab.regions.keys()) {
      expect(listed(page(`regions/${region}/`))).toEqual(slugs(catalog.byRegion.get(region)));
    }
    expect(slugs(catalog.byRegion.get('americas'))).toContain('beta-caribbean-displacement');
    expect(slugs(catalog.byRegion.get('africa'))).toContain('alpha-fair-recruitment');
  });

  it('lists exactly the practices of each country, theme, principle and SDG target in use', () => {
    for (const [iso3, list] of catalog.byCountry) expect(listed(page(`countries/${iso3}/`))).toEqual(slugs(list));
    for (const id of vocab.themes.keys()) expect(listed(page(`themes/${id}/`))).toEqual(slugs(catalog.byTheme.get(id)));
    for (const id of vocab.principles.keys()) expect(listed(page(`principles/${id}/`))).toEqual(slugs(catalog.byPrinciple.get(id)));
    for (const [id, list] of catalog.bySdgTarget) expect(listed(page(`sdg/${id}/`))).toEqual(slugs(list));
    // Only targets in use get a page.
    expect(existsSync(join(FIXTURE.dist, 'sdg', '1.1'))).toBe(false);
  });

  it('lists every practice on /practices/, newest first', () => {
    expect(listed(page('practices/'))).toEqual(slugs(catalog.practices));
    const dates = catalog.practices.map((p) => p.data.publishedAt);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('links each listing to the same selection in search', () => {
    expect(page('objectives/6/').querySelector(`a[href="${FIXTURE.base}search/?objective=6"]`)).not.toBeNull();
    expect(page('regions/africa/').querySelector(`a[href="${FIXTURE.base}search/?region=africa"]`)).not.toBeNull();
  });
});

describe('open data', () => {
  it('publishes every practice with derived fields and absolute URLs', () => {
    const api = JSON.parse(readFileSync(join(FIXTURE.dist, 'api', 'practices.json'), 'utf8'));
    expect(api.count).toBe(catalog.practices.length);
    const alpha = api.practices.find((p: { slug: string }) => p.slug === 'alpha-fair-recruitment');
    expect(alpha.url).toBe('https://atlas.example.org/practices-hub/practices/alpha-fair-recruitment/');
    expect(alpha.scope).toBe('regional');
    expect(alpha.derivedRegions).toEqual(expect.arrayContaining(['western-africa', 'sub-saharan-africa', 'africa']));
    expect(alpha.gcmObjectives).toEqual([6, 23]);
    const beta = api.practices.find((p: { slug: string }) => p.slug === 'beta-caribbean-displacement');
    expect(beta.cover.alt).toBeTruthy();
    expect(beta.cover.url).toMatch(/^https:\/\/atlas\.example\.org\/practices-hub\/_astro\/.+\.jpg$/);
    expect(api.practices.find((p: { slug: string }) => p.slug === 'gamma-global-data').scope).toBe('global');
  });
});

describe('the whole site', () => {
  it('has no broken internal links under the base path', () => {
    const { pages, broken } = checkLinks(FIXTURE.dist, FIXTURE.base);
    expect(pages).toBeGreaterThan(50);
    expect(broken).toEqual([]);
  });

  it('has one h1, a lang, a title, a description and a skip link on every page', () => {
    // The web editor's page is the CMS's shell (tests/build/admin-site.test.ts);
    // the embed view is a fragment for partners' frames, without site header or description.
    const skipped = (f: string) => f.startsWith('admin/editor/') || /^((fr|es)\/)?embed\/index\.html$/.test(f);
    for (const file of siteFiles(FIXTURE.dist).filter((f) => f.endsWith('.html') && !skipped(f))) {
      const doc = parse(readFileSync(join(FIXTURE.dist, file), 'utf8'));
      expect(doc.querySelectorAll('h1'), file).toHaveLength(1);
      expect(doc.querySelector('html')!.getAttribute('lang'), file).toMatch(/^(en|fr|es)$/);
      expect(doc.querySelector('title')!.text.length, file).toBeGreaterThan(5);
      expect(doc.querySelector('meta[name="description"]'), file).not.toBeNull();
      expect(doc.querySelector('a.skip-link[href="#main"]'), file).not.toBeNull();
    }
  });

  it('has no inline scripts or styles, so it runs under a strict CSP', () => {
    for (const file of siteFiles(FIXTURE.dist).filter((f) => f.endsWith('.html'))) {
      const doc = parse(readFileSync(join(FIXTURE.dist, file), 'utf8'));
      for (const s of doc.querySelectorAll('script')) {
        const type = s.getAttribute('type') ?? '';
        if (type === 'application/json' || type === 'application/ld+json') continue;
        expect(s.getAttribute('src'), `${file} has an inline script`).toBeTruthy();
      }
      expect(doc.querySelectorAll('style'), `${file} has a <style>`).toHaveLength(0);
      expect(doc.querySelectorAll('[style]'), `${file} has a style attribute`).toHaveLength(0);
    }
    const headers = readFileSync(join(FIXTURE.dist, '_headers'), 'utf8');
    expect(headers).toContain(`${FIXTURE.base}practices/*\n  Content-Security-Policy: default-src 'self'`);
    // Only the web editor's rule allows inline style attributes (its widgets set them).
    const loose = parseHeadersFile(headers).filter((r) => r.headers['Content-Security-Policy']?.includes('unsafe-inline'));
    expect(loose.map((r) => r.pattern)).toEqual([`${FIXTURE.base}admin/editor/*`]);
  });

  it('lists published pages in the sitemap', () => {
    const sitemap = readFileSync(join(FIXTURE.dist, 'sitemap-0.xml'), 'utf8');
    for (const p of catalog.practices) {
      expect(sitemap).toContain(`<loc>https://atlas.example.org/practices-hub/practices/${p.slug}/</loc>`);
    }
  });
});
