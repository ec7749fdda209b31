/**
 * Coverage over the built sites: the map's, the table's and the open data's
 * numbers are those of the content, every country with practices is a named
 * link, and the map cannot go blank without a test failing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTranslations, countPractices } from '../../src/i18n/index.ts';
import { buildCatalog } from '../../src/catalogue/build-catalog.ts';
import { countCoverage, TOP_REGIONS, type Coverage } from '../../src/coverage/count-coverage.ts';
import { loadVocabularies } from '../../src/catalogue/load-vocabularies.ts';
import { validatePractices } from '../../src/catalogue/validate-practices.ts';
import { FIXTURE, REAL } from '../support/sites.ts';

const vocab = loadVocabularies();
const t = useTranslations('en');
/**
 * Places with practices that Natural Earth, the map's data, has at no scale:
 * the map lists them in its note, and the table links them.
 */
const NOT_IN_NATURAL_EARTH = new Set(['TKL']);

describe.each([
  ['real', REAL],
  ['fixture', FIXTURE],
] as const)('coverage of the %s site', (_name, site) => {
  let expected: Coverage;
  let catalog: ReturnType<typeof buildCatalog>;
  const read = (path: string) => readFileSync(join(site.dist, path), 'utf8');
  const page = (path: string): HTMLElement => parse(read(join(path, 'index.html')));

  beforeAll(async () => {
    const result = await validatePractices({ dir: join(site.content, 'practices') });
    catalog = buildCatalog(result.practices.map((p) => ({ slug: p.slug, data: p.data })), vocab);
    expected = countCoverage(catalog.practices, vocab);
    expect(expected.total).toBeGreaterThan(3);
  });

  it('publishes the counts of the content in /api/coverage.json', () => {
    const api = JSON.parse(read('api/coverage.json'));
    expect(api).toEqual({ ...JSON.parse(JSON.stringify(expected)), regions: [...TOP_REGIONS] });
  });

  it('links every country with practices from the map, named with its count, and no other', () => {
    const map = page('coverage').querySelector('svg.map')!;
    const links = map.querySelectorAll('a').map((a) => [a.getAttribute('href'), a.getAttribute('aria-label')]);
    const countries = Object.entries(expected.countries).filter(([iso3]) => !NOT_IN_NATURAL_EARTH.has(iso3));
    expect(countries.length).toBeGreaterThan(2);
    for (const iso3 of Object.keys(expected.countries).filter((c) => NOT_IN_NATURAL_EARTH.has(c))) {
      expect(page('coverage').querySelector('.map-note')!.text).toContain(vocab.countries.get(iso3)!.names.en);
    }
    expect(links.sort()).toEqual(
      countries.map(([iso3, n]) => [`${site.base}countries/${iso3}/`, `${vocab.countries.get(iso3)!.names.en}: ${countPractices(t, n)}`]).sort(),
    );
    for (const a of map.querySelectorAll('a')) expect(a.querySelector('path, circle'), a.toString().slice(0, 80)).not.toBeNull();
  });

  it('maps only the practices of an objective on its page, and of a region on its page', () => {
    const linked = (path: string) => page(path).querySelectorAll('svg.map a').map((a) => a.getAttribute('href')!).sort();
    const hrefs = (c: Coverage) => Object.keys(c.countries).filter((iso3) => !NOT_IN_NATURAL_EARTH.has(iso3)).map((iso3) => `${site.base}countries/${iso3}/`).sort();
    let checked = 0;
    for (const [n, list] of catalog.byObjective) {
      expect(linked(`objectives/${n}`), `objective ${n}`).toEqual(hrefs(countCoverage(list, vocab)));
      checked++;
    }
    for (const id of ['africa', 'americas', 'europe']) {
      const list = catalog.byRegion.get(id) ?? [];
      if (!list.length) continue;
      expect(linked(`regions/${id}`), id).toEqual(hrefs(countCoverage(list, vocab)));
      // Countries outside the region are dimmed.
      expect(page(`regions/${id}`).querySelectorAll('svg.map path.map-dim').length).toBeGreaterThan(50);
    }
    expect(checked).toBeGreaterThan(2);
  });

  it('draws the whole world: a stable viewBox and a path for each country', () => {
    for (const path of ['', 'coverage', 'fr/coverage', 'regions/africa', 'objectives/23']) {
      const map = page(path).querySelector('svg.map');
      expect(map, `${path}/ should have the map`).not.toBeNull();
      expect(map!.getAttribute('viewBox')).toMatch(/^0 0 960 4\d\d$/);
      const shapes = map!.querySelectorAll('path[class^="map-s"]');
      expect(shapes.length, path).toBeGreaterThanOrEqual(170);
      expect(shapes.every((p) => /^M\d+ \d+l/.test(p.getAttribute('d') ?? '')), path).toBe(true);
      expect(map!.querySelectorAll('circle').length, path).toBeGreaterThan(50);
    }
  });

  it('has no script on the map pages', () => {
    for (const path of ['', 'coverage', 'fr/coverage', 'es/coverage', 'regions/africa', 'objectives/23']) {
      // JSON-LD is data, not a script.
      expect(page(path).querySelectorAll('script:not([type="application/ld+json"])'), path).toHaveLength(0);
    }
  });

  it('shows the objective × region counts of the content, with links to search and gaps marked', () => {
    const rows = page('coverage').querySelectorAll('.coverage-table tbody tr');
    expect(rows).toHaveLength(23);
    rows.forEach((row, i) => {
      const counts = expected.objectives[i]!;
      const cells = row.querySelectorAll('td');
      expect(cells).toHaveLength(TOP_REGIONS.length + 1);
      [...TOP_REGIONS, 'total'].forEach((region, j) => {
        const count = region === 'total' ? counts.total : (counts.regions[region] ?? 0);
        const cell = cells[j]!;
        if (count === 0) {
          expect(cell.classList.contains('gap')).toBe(true);
          expect(cell.text).toContain('No practices yet');
        } else {
          const a = cell.querySelector('a')!;
          expect(a.text).toBe(String(count));
          if (region !== 'total') expect(a.getAttribute('href')).toBe(`${site.base}search/?objective=${counts.objective}&region=${region}`);
        }
      });
    });
  });

  it('lists SDG targets by goal and years of start as the content has them', () => {
    const doc = page('coverage');
    const targets = doc.querySelectorAll('.sdg-targets a').map((a) => a.text);
    expect(targets).toEqual(expected.sdgGoals.flatMap((g) => g.targets.map((t) => t.id)));
    const years = doc.querySelectorAll('.year-chart tbody tr').map((r) => [Number(r.querySelector('th')!.text), Number(r.querySelector('td')!.text)]);
    expect(years).toEqual(expected.years.map((y) => [y.year, y.count]));
    expect(doc.querySelectorAll('.year-chart rect.bar')).toHaveLength(expected.years.filter((y) => y.count > 0).length);
  });

  it('shows empty objectives on the home page as gaps with a link to contribute', () => {
    const gaps = page('').querySelectorAll('.objective-grid li.gap');
    const empty = expected.objectives.filter((o) => o.total === 0).length;
    expect(gaps).toHaveLength(empty);
    for (const gap of gaps) expect(gap.querySelector('.count a')!.getAttribute('href')).toMatch(/\/contribute\/\?objective=\d+$/);
  });

  it('marks labels not yet in French or Spanish as English', () => {
    for (const lang of ['fr', 'es'] as const) {
      const doc = page(`${lang}/coverage`);
      expect(doc.querySelector('html')!.getAttribute('lang')).toBe(lang);
      const africa = doc.querySelectorAll('.coverage-table thead a')[0]!;
      if (africa.text === 'Africa') expect(africa.getAttribute('lang')).toBe('en');
      expect(doc.querySelector('svg.map a[aria-label^="Côte d"]')?.getAttribute('aria-label') ?? '').not.toMatch(/practices?$/);
    }
  });
});
