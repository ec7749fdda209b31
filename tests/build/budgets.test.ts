/**
 * The byte budgets of issue 6 over the real site as `npm run build` makes it
 * (and the fixture site, built under a base path): they depend only on the
 * content and the templates, so they are checks here; timings stay in
 * `npm run bench`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, mapWeight, pageWeights, startTags, templateOf, type PageWeight } from '../../scripts/check-budgets.ts';
import { readFileSync } from 'node:fs';
import { FIXTURE, REAL } from '../support/sites.ts';

const sites = [
  ['real', REAL],
  ['fixture', FIXTURE],
] as const;

describe.each(sites)('byte budgets of the %s site', (_name, site) => {
  let pages: PageWeight[] | undefined;
  const weights = () => (pages ??= pageWeights(site.dist, site.base));

  it('weighs every page with the stylesheets and scripts it loads', () => {
    const home = weights().find((p) => p.file === 'index.html')!;
    expect(home.html).toBeGreaterThan(500);
    expect(home.css).toBeGreaterThan(500);
    expect(home.js).toBe(0);
    const search = weights().find((p) => p.file === 'search/index.html')!;
    expect(search.js).toBeGreaterThan(500);
    expect(weights().filter((p) => p.template === 'other').map((p) => p.file)).toEqual([]);
  });

  it('loads the coverage styles only on pages that draw coverage, not on /search/', () => {
    const stylesheets = (file: string) =>
      [...startTags(readFileSync(join(site.dist, file), 'utf8'))]
        .filter((t) => t.name === 'link' && t.attrs.rel === 'stylesheet' && t.attrs.href)
        .map((t) => readFileSync(join(site.dist, t.attrs.href!.slice(site.base.length)), 'utf8'))
        .join('\n');
    expect(stylesheets('coverage/index.html')).toContain('.world-map');
    expect(stylesheets('index.html')).toContain('.world-map');
    expect(stylesheets('search/index.html')).not.toContain('.world-map');
    expect(stylesheets('practices/index.html')).not.toContain('.world-map');
  });

  it('keeps every practice page within 25 KB gzipped, HTML, CSS and JavaScript', () => {
    const practices = weights().filter((p) => p.template === 'practice');
    expect(practices.length).toBeGreaterThan(4);
    const over = practices.filter((p) => p.total > BUDGETS.practicePage).map((p) => `${p.file}: ${p.total} bytes`);
    expect(over).toEqual([]);
  });

  it('ships no JavaScript on pages without search, but the citation\'s Copy button on practice pages', () => {
    const practices = weights().filter((p) => p.template === 'practice');
    // One small module: the Copy button of "Cite this practice".
    for (const p of practices) expect(p.scripts, p.file).toBe(1);
    const scripted = weights().filter((p) => p.scripts > 0 && p.template !== 'practice').map((p) => p.file);
    expect(scripted.sort()).toEqual(
      ['compare/index.html', 'contribute/index.html', 'embed/builder/index.html', 'embed/index.html', 'es/compare/index.html', 'es/contribute/index.html', 'es/embed/builder/index.html', 'es/embed/index.html', 'es/search/index.html', 'fr/compare/index.html', 'fr/contribute/index.html', 'fr/embed/builder/index.html', 'fr/embed/index.html', 'fr/search/index.html', 'search/index.html'].filter((f) => existsSync(join(site.dist, f))),
    );
  });

  it('keeps the embed view within 20 KB and embed.js within 2 KB, gzipped', () => {
    const checks = checkBudgets(site.dist, site.base, weights());
    expect(checks.filter((c) => !c.pass).map((c) => `${c.name}: ${c.detail}`)).toEqual([]);
    expect(checks.find((c) => c.name.startsWith('embed view'))!.value).toBeGreaterThan(1000);
    expect(checks.find((c) => c.name.startsWith('embed.js'))!.value).toBeGreaterThan(300);
  });

  it('keeps /compare/ within 30 KB gzipped before any practice\'s data, in each language', () => {
    const compare = weights().filter((p) => p.template === 'compare');
    expect(compare.map((p) => p.file).sort()).toEqual(['compare/index.html', 'es/compare/index.html', 'fr/compare/index.html']);
    for (const p of compare) {
      expect(p.total, p.file).toBeLessThanOrEqual(BUDGETS.comparePage);
      // Its script is what lays practices side by side: a page without it would pass any budget.
      expect(p.js, p.file).toBeGreaterThan(1000);
    }
    const check = checkBudgets(site.dist, site.base, weights()).find((c) => c.name.startsWith('compare page'))!;
    expect(check.pass, check.detail).toBe(true);
    console.log(`${_name}: ${check.detail}`);
  });

  it('keeps /coverage/ within 80 KB gzipped without script in each language, and the map within 40 KB', () => {
    const coverage = weights().filter((p) => p.template === 'coverage');
    expect(coverage.map((p) => p.file).sort()).toEqual(['coverage/index.html', 'es/coverage/index.html', 'fr/coverage/index.html']);
    for (const p of coverage) {
      expect(p.total, p.file).toBeLessThanOrEqual(BUDGETS.coveragePage);
      expect(p.scripts, p.file).toBe(0);
    }
    const checks = checkBudgets(site.dist, site.base, weights());
    const map = checks.find((c) => c.name.startsWith('world map'))!;
    expect(map.pass, map.detail).toBe(true);
    // A blank map would pass any budget: the whole world weighs several kilobytes.
    expect(map.value).toBeGreaterThan(5000);
    const home = weights().find((p) => p.file === 'index.html')!;
    console.log(`${_name}: /coverage/ ${coverage[0]!.total} B, map ${map.value} B, home ${home.total} B gzipped`);
    expect(mapWeight(readFileSync(join(site.dist, 'index.html'), 'utf8'))).toBeGreaterThan(5000);
  });
});

describe('reading pages', () => {
  it('finds scripts and stylesheets by their tags, not by text in attributes or comments', () => {
    const html = '<title>x</title><meta content="a <script src=/x.js></script> b"><!-- <script src="/y.js"> --><link rel=stylesheet href="/a.css"><script type="module" src=\'/m.js\'></script><script type="application/ld+json">{"a":"<link rel=stylesheet href=/b.css>"}</script>';
    const tags = [...startTags(html)].filter((t) => t.name === 'script' || t.name === 'link');
    expect(tags).toEqual([
      { name: 'link', attrs: { rel: 'stylesheet', href: '/a.css' } },
      { name: 'script', attrs: { type: 'module', src: '/m.js' } },
      { name: 'script', attrs: { type: 'application/ld+json' } },
    ]);
  });
});

describe('page templates', () => {
  it('are recognised from the public URLs', () => {
    expect(templateOf('index.html')).toBe('home');
    expect(templateOf('practices/index.html')).toBe('practices list');
    expect(templateOf('practices/page/3/index.html')).toBe('practices list');
    expect(templateOf('practices/sierra-leone-national-migration-policy/index.html')).toBe('practice');
    expect(templateOf('objectives/23/index.html')).toBe('objective');
    expect(templateOf('objectives/23/page/2/index.html')).toBe('objective');
    expect(templateOf('sdg/10.7/index.html')).toBe('SDG target');
    expect(templateOf('fr/search/index.html')).toBe('search');
    expect(templateOf('embed/index.html')).toBe('embed view');
    expect(templateOf('404.html')).toBe('404');
    expect(templateOf('coverage/index.html')).toBe('coverage');
    expect(templateOf('es/coverage/index.html')).toBe('coverage');
    expect(templateOf('fr/objectives/23/page/2/index.html')).toBe('objective');
    expect(templateOf('es/404.html')).toBe('404');
    expect(templateOf('es/index.html')).toBe('home');
    expect(templateOf('compare/index.html')).toBe('compare');
    expect(templateOf('fr/compare/index.html')).toBe('compare');
    expect(templateOf('building-blocks/index.html')).toBe('building blocks index');
    expect(templateOf('es/building-blocks/pre-departure-orientation/index.html')).toBe('building block');
  });
});
