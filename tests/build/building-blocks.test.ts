/**
 * Building blocks, evidence, freshness and compare on the fixture site (built
 * under /practices-hub/ with ATLAS_TODAY=2026-12-01). Which practice uses
 * which block is read from the content files; figures and sentences are
 * written out here.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog, type Catalog } from '../../src/catalogue/build-catalog.ts';
import { loadVocabularies } from '../../src/catalogue/load-vocabularies.ts';
import { pickLanguageVersions } from '../../src/i18n/pick-language-versions.ts';
import { validatePractices } from '../../src/catalogue/validate-practices.ts';
import { FIXTURE } from '../support/sites.ts';

const BASE = FIXTURE.base;
let catalog: Catalog;

const file = (path: string) => join(FIXTURE.dist, path, path.includes('.') ? '' : 'index.html');
const read = (path: string) => readFileSync(file(path), 'utf8');
const page = (path: string): HTMLElement => parse(read(path));
const slugOf = (href: string) => href.replace(`${BASE}practices/`, '').replace(/\/$/, '');
/** The "At a glance" facts of a page: each label with its values (list items, or the whole value). */
function glance(path: string): Record<string, string[]> {
  const facts: Record<string, string[]> = {};
  const dl = page(path).querySelector('.glance dl')!;
  let label = '';
  for (const el of dl.childNodes as HTMLElement[]) {
    if (el.tagName === 'DT') label = el.text.trim();
    if (el.tagName === 'DD') {
      const items = el.querySelectorAll('li');
      facts[label] = items.length ? items.map((li) => li.text.trim()) : [el.text.trim()];
    }
  }
  return facts;
}
const cards = (doc: HTMLElement) => doc.querySelectorAll('.card h3 a, .card h2 a').map((a) => slugOf(a.getAttribute('href')!));

beforeAll(async () => {
  const { practices, problems } = await validatePractices({ dir: join(FIXTURE.content, 'practices') });
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  catalog = buildCatalog(practices.map((p) => ({ slug: p.slug, data: p.data })), loadVocabularies());
});

/** The practices a reader of `lang` should see on a block's page: those whose versions name it, each once. */
function expectedUsers(id: string, lang: string): string[] {
  const users = catalog.practices.filter((p) => [p, ...(catalog.translations.get(p.slug) ?? [])].some((v) => v.data.buildingBlocks?.includes(id)));
  return pickLanguageVersions(users, lang, catalog.translations).map((p) => p.slug).sort();
}

describe('building block pages', () => {
  it('exist in three languages for each published block, and never for a draft', () => {
    for (const prefix of ['', 'fr/', 'es/']) {
      expect(existsSync(file(`${prefix}building-blocks/`)), prefix).toBe(true);
      for (const id of ['fixture-pre-departure-orientation', 'fixture-migrant-resource-centre']) {
        expect(existsSync(file(`${prefix}building-blocks/${id}/`)), `${prefix}${id}`).toBe(true);
      }
      // A translation is joined to its block, not a block of its own; a draft is not published.
      expect(existsSync(file(`${prefix}building-blocks/fixture-pre-departure-orientation-fr/`))).toBe(false);
      expect(existsSync(file(`${prefix}building-blocks/fixture-draft-block/`))).toBe(false);
      expect(read(`${prefix}building-blocks/`)).not.toContain('Fixture draft building block');
    }
  });

  it('list every practice that uses the block, in the reader\'s language, with a compare link', () => {
    for (const lang of ['en', 'fr', 'es']) {
      const doc = page(`${lang === 'en' ? '' : `${lang}/`}building-blocks/fixture-pre-departure-orientation/`);
      const listed = cards(doc).sort();
      expect(listed, lang).toEqual(expectedUsers('fixture-pre-departure-orientation', lang));
      const compare = doc.querySelector('a.compare-link')!.getAttribute('href')!;
      const url = new URL(compare, 'https://atlas.example.org');
      expect(url.pathname).toBe(`${BASE}${lang === 'en' ? '' : `${lang}/`}compare/`);
      expect(url.searchParams.getAll('practice').sort()).toEqual(listed);
    }
    // French readers see the French practice and the block's French text.
    const fr = page('fr/building-blocks/fixture-pre-departure-orientation/');
    expect(cards(fr)).toContain('alpha-fair-recruitment-fr');
    expect(fr.querySelector('h1')!.text).toBe('Orientation avant le départ (fixture)');
    expect(fr.querySelectorAll('.prose h2').map((h) => h.text)).toEqual(["Ce que c’est", 'Comment ça marche', 'Conditions de réussite', 'Écueils']);
    // Spanish has no version of it: the English text, marked as English.
    const es = page('es/building-blocks/fixture-pre-departure-orientation/');
    expect(es.querySelector('article.block')!.getAttribute('lang')).toBe('en');
    expect(es.querySelector('html')!.getAttribute('lang')).toBe('es');
  });

  it('show a title with markup as text', () => {
    for (const path of ['building-blocks/fixture-migrant-resource-centre/', 'building-blocks/', 'practices/alpha-fair-recruitment/', 'compare/']) {
      const raw = read(path);
      // Inside quoted attribute values "<" is inert; everywhere else it must be escaped.
      expect(raw.replace(/="[^"]*"/g, '=""'), path).not.toContain('<script>window.__pwned');
      expect(parse(raw).querySelectorAll('script').filter((s) => s.text.includes('__pwned')), path).toEqual([]);
    }
    expect(page('building-blocks/fixture-migrant-resource-centre/').querySelector('h1')!.text).toBe('Fixture migrant resource centre <script>window.__pwned = 1</script>');
  });
});

describe('a practice page', () => {
  it('lists its building blocks, each with the other practices that share it', () => {
    const doc = page('practices/alpha-fair-recruitment/');
    const section = doc.querySelector('.blocks-used')!;
    expect(section.querySelector('h2')!.text).toBe('Building blocks used');
    const links = section.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(links).toContain(`${BASE}building-blocks/fixture-pre-departure-orientation/`);
    expect(links).toContain(`${BASE}building-blocks/fixture-migrant-resource-centre/`);
    expect(links).toContain(`${BASE}practices/zeta-single-file/`);
    expect(links).toContain(`${BASE}compare/?practice=alpha-fair-recruitment&practice=zeta-single-file`);
    // Its own translation is not "another practice".
    expect(links).not.toContain(`${BASE}practices/alpha-fair-recruitment-fr/`);
    expect(section.text).toContain('No other practice in the Atlas uses it yet.');
    // The French translation names no block itself: it shows its original's, in French, with French links.
    const fr = page('practices/alpha-fair-recruitment-fr/').querySelector('.blocks-used')!;
    expect(fr.querySelector('h2')!.text).toBe('Briques utilisées');
    expect(fr.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(`${BASE}fr/building-blocks/fixture-pre-departure-orientation/`);
    expect(fr.text).toContain('Orientation avant le départ (fixture)');
  });

  it('shows reach and budget formatted for its language, and what helped and held it back', () => {
    const alpha = glance('practices/alpha-fair-recruitment/');
    expect(alpha['Reach']).toEqual(['23,096 workers placed abroad (2023)', '412 complaints resolved']);
    expect(alpha['Budget']).toEqual(['€1,500,000 (2020-2023; Fixture Fund contribution)']);
    expect(alpha['What made it work']).toEqual(['a fixture law on recruitment agencies', 'data shared by the fixture statistics office']);
    expect(alpha['What held it back']).toEqual(['short fixture funding cycles']);
    const zeta = glance('practices/zeta-single-file/');
    expect(zeta['Reach']).toEqual(['1,200,000 trainees (2019-12)']);
    expect(zeta['Budget']).toEqual(['₱250,000.50']);
    // The French version shows no evidence of its own (it has none), and formats numbers the French way elsewhere.
    expect(glance('practices/alpha-fair-recruitment-fr/')['Réalisations chiffrées']).toBeUndefined();
  });

  it('says an ongoing status was not confirmed for three years, wherever the status shows', () => {
    const status = page('practices/alpha-fair-recruitment/').querySelector('.glance .status-stale')!;
    expect(status.text).toBe('Ongoing as of 2021, not confirmed since');
    // Published in January 2025: still fresh on 1 December 2026.
    const fr = page('practices/alpha-fair-recruitment-fr/').querySelector('.glance')!;
    expect(fr.querySelector('.status-stale')).toBeNull();
    expect(fr.querySelector('.status-ongoing')!.text).toBe('En cours');
    // Cards: the English listing shows the stale original, the French one the fresh translation.
    const card = page('objectives/6/').querySelectorAll('.card').find((c) => c.querySelector('h2 a, h3 a')!.getAttribute('href')!.endsWith('/alpha-fair-recruitment/'))!;
    expect(card.querySelector('.status-stale')!.text).toBe('Ongoing as of 2021, not confirmed since');
    expect(page('es/objectives/6/').querySelector('.status-stale')!.text).toBe('En curso en 2021, sin confirmar desde entonces');
    // Search results read it from the index's metadata (tests/unit/search-records.test.ts).
  });

  it('offers "Add to comparison" on its cards, a plain link', () => {
    const add = page('practices/').querySelector('.card a[data-compare-add="zeta-single-file"]')!;
    expect(add.getAttribute('href')).toBe(`${BASE}compare/?practice=zeta-single-file`);
    expect(page('fr/practices/').querySelector('.card a[data-compare-add="zeta-single-file"]')!.getAttribute('href')).toBe(`${BASE}fr/compare/?practice=zeta-single-file`);
  });
});

describe('open data', () => {
  const api = () => JSON.parse(read('api/practices.json')) as { practices: Record<string, unknown>[] };

  it('/api/practices/<slug>.json holds one practice\'s record of /api/practices.json', () => {
    for (const record of api().practices) {
      const one = JSON.parse(read(`api/practices/${record.slug}.json`));
      const { buildingBlocks, ...rest } = one;
      const { buildingBlocks: own, ...expected } = record;
      expect(rest).toEqual(expected);
      // A translation carries the blocks of its original, so compare shows them.
      if (record.slug === 'alpha-fair-recruitment-fr') expect(buildingBlocks).toEqual(['fixture-pre-departure-orientation', 'fixture-migrant-resource-centre']);
      else expect(buildingBlocks).toEqual(own);
    }
    expect(existsSync(file('api/practices/epsilon-draft.json'))).toBe(false);
  });

  it('carries the evidence fields in /api/practices.json, the CSV and the JSON feed', () => {
    const alpha = api().practices.find((p) => p.slug === 'alpha-fair-recruitment')!;
    expect(alpha.reach).toEqual([{ count: 23096, unit: 'workers placed abroad', asOf: '2023' }, { count: 412, unit: 'complaints resolved' }]);
    expect(alpha.budget).toEqual({ amount: 1500000, currency: 'EUR', period: '2020-2023', note: 'Fixture Fund contribution' });
    const rows = parseCsv(read('api/practices.csv'), { columns: true }) as Record<string, string>[];
    const row = rows.find((r) => r.slug === 'alpha-fair-recruitment')!;
    expect(row.buildingBlocks).toBe('fixture-pre-departure-orientation;fixture-migrant-resource-centre');
    expect(row.reach).toBe('23096 workers placed abroad (2023);412 complaints resolved');
    expect([row.budgetAmount, row.budgetCurrency, row.budgetPeriod, row.budgetNote]).toEqual(['1500000', 'EUR', '2020-2023', 'Fixture Fund contribution']);
    expect(row.constraints).toBe('short fixture funding cycles');
    const feed = JSON.parse(read('feeds/practices.json'));
    const item = feed.items.find((i: { url: string }) => i.url.endsWith('/alpha-fair-recruitment/'));
    expect(item._practice_atlas.budget.currency).toBe('EUR');
    expect(item._practice_atlas.buildingBlocks).toEqual(['fixture-pre-departure-orientation', 'fixture-migrant-resource-centre']);
    expect(read('feeds/practices.xml')).toContain(`scheme="https://atlas.example.org${BASE}building-blocks/"`);
  });

  it('/api/building-blocks.json lists every published block with its translations and practices', () => {
    const data = JSON.parse(read('api/building-blocks.json'));
    expect(data.count).toBe(2);
    const orientation = data.buildingBlocks.find((b: { id: string }) => b.id === 'fixture-pre-departure-orientation');
    expect(orientation.url).toBe(`https://atlas.example.org${BASE}building-blocks/fixture-pre-departure-orientation/`);
    expect(orientation.translations).toEqual([{ language: 'fr', title: 'Orientation avant le départ (fixture)', summary: expect.stringContaining('Une brique de test') }]);
    expect(orientation.practices.sort()).toEqual(['alpha-fair-recruitment', 'zeta-single-file']);
    expect(orientation.draft).toBeUndefined();
  });
});

describe('the block filter', () => {
  it('is in each language\'s facets with the block\'s title in that language', () => {
    const fr = JSON.parse(read('fr/search/facets.json'));
    expect(fr.facets.block).toEqual([
      { v: 'fixture-migrant-resource-centre', l: 'Fixture migrant resource centre <script>window.__pwned = 1</script>', n: 1 },
      { v: 'fixture-pre-departure-orientation', l: 'Orientation avant le départ (fixture)', n: 2 },
    ]);
    const en = JSON.parse(read('search/facets.json'));
    expect(en.facets.block.find((f: { v: string }) => f.v === 'fixture-pre-departure-orientation').l).toBe('Fixture pre-departure orientation');
  });

});

describe('the compare page', () => {
  it('exists in three languages, works from its URL in a script, and says how to choose without one', () => {
    for (const prefix of ['', 'fr/', 'es/']) {
      const doc = page(`${prefix}compare/`);
      expect(doc.querySelector('#compare-none')).not.toBeNull();
      expect(doc.querySelector('#compare-app')!.getAttribute('data-base')).toBe(BASE);
      expect(doc.querySelectorAll('script[src]')).toHaveLength(1);
      // No inline script: the page runs under the strict CSP.
      expect(doc.querySelectorAll('script:not([src])').filter((s) => s.getAttribute('type') !== 'application/ld+json')).toHaveLength(0);
    }
    const labels = JSON.parse(page('fr/compare/').querySelector('#compare-app')!.getAttribute('data-labels')!);
    expect(labels.blocks['fixture-pre-departure-orientation']).toBe('Orientation avant le départ (fixture)');
    expect(labels.countries.SLE).toBe('Sierra Leone');
  });
});
