import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalogue/build-catalog.ts';
import { CompactPath } from '../../src/coverage/compact-path.ts';
import { countCoverage } from '../../src/coverage/count-coverage.ts';
import { termLabels } from '../../src/i18n/term-labels.ts';
import { loadVocabularies } from '../../src/catalogue/load-vocabularies.ts';
import { mapView } from '../../src/coverage/map-view.ts';
import { projectWorld, type WorldGeometry } from '../../src/coverage/project-world.ts';
import { shadeClasses, shadeOf, shadeRanges } from '../../src/coverage/shade-classes.ts';
import { yearBars } from '../../src/coverage/year-bars.ts';
import { practiceEntry } from '../support/practice-entry.ts';

const vocab = loadVocabularies();
const require = createRequire(import.meta.url);
const atlas = (name: string) => JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8'));

let world: WorldGeometry | undefined;
const projected = () => (world ??= projectWorld(atlas('countries-110m.json'), atlas('countries-10m.json'), [...vocab.countries.values()]));

describe('counting coverage', () => {
  const catalog = buildCatalog(
    [
      practiceEntry('sle', { countries: ['SLE'], gcmObjectives: [6, 5], sdgTargets: ['10.7', '8.8'], period: { start: '2019-05' } }),
      practiceEntry('sle-civ', { countries: ['SLE', 'CIV'], gcmObjectives: [6, 6], sdgTargets: ['10.7'], period: { start: '2021' } }),
      practiceEntry('caribbean', { regions: ['caribbean'], gcmObjectives: [2], period: { start: '2021' } }),
      practiceEntry('world', { gcmObjectives: [23], period: { start: '2016' } }),
      practiceEntry('draft', { countries: ['FRA'], draft: true }),
      practiceEntry('sle-fr', { countries: ['SLE'], gcmObjectives: [6], translationOf: 'sle', language: 'fr' }),
    ],
    vocab,
  );
  const coverage = countCoverage(catalog.practices, vocab);

  it('counts national practices and the regional ones that name a country, once each, translations aside', () => {
    expect(coverage.total).toBe(4);
    expect(coverage.countries).toEqual({ CIV: 1, SLE: 2 });
  });

  it('counts practices without a country by the region they name, or as global', () => {
    expect(coverage.withoutCountry).toEqual({ regions: { caribbean: 1 }, global: 1 });
  });

  it('counts objectives per top region, sub-regions included, and in all', () => {
    const row = (n: number) => coverage.objectives.find((r) => r.objective === n)!;
    expect(coverage.objectives.map((r) => r.objective)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(row(6)).toEqual({ objective: 6, regions: { africa: 2 }, total: 2 });
    expect(row(2)).toEqual({ objective: 2, regions: { americas: 1 }, total: 1 });
    expect(row(23)).toEqual({ objective: 23, regions: {}, total: 1 });
    expect(row(4)).toEqual({ objective: 4, regions: {}, total: 0 });
  });

  it('groups SDG targets by goal, in the official order, with every goal listed', () => {
    expect(coverage.sdgGoals).toHaveLength(17);
    expect(coverage.sdgGoals.find((g) => g.goal === 10)).toEqual({ goal: 10, targets: [{ id: '10.7', count: 2 }], targetCount: 10 });
    expect(coverage.sdgGoals.find((g) => g.goal === 8)!.targets).toEqual([{ id: '8.8', count: 1 }]);
    expect(coverage.sdgGoals.find((g) => g.goal === 1)!.targets).toEqual([]);
  });

  it('counts practices per year of start, with the years between', () => {
    expect(coverage.years).toEqual([
      { year: 2016, count: 1 },
      { year: 2017, count: 0 },
      { year: 2018, count: 0 },
      { year: 2019, count: 1 },
      { year: 2020, count: 0 },
      { year: 2021, count: 2 },
    ]);
    expect(countCoverage([], vocab).years).toEqual([]);
  });
});

describe('shades of the map', () => {
  it('start at round numbers, at most four, spread for any maximum', () => {
    expect(shadeClasses(0)).toEqual([1]);
    expect(shadeClasses(1)).toEqual([1]);
    expect(shadeClasses(3)).toEqual([1, 2, 3]);
    expect(shadeClasses(12)).toEqual([1, 2, 5, 10]);
    expect(shadeClasses(100)).toEqual([1, 5, 10, 50]);
    expect(shadeClasses(10_000)).toEqual([1, 10, 100, 1000]);
  });

  it('put each count in its class, 0 for none', () => {
    const classes = [1, 2, 5, 10];
    expect([0, 1, 2, 4, 5, 9, 10, 500].map((n) => shadeOf(n, classes))).toEqual([0, 1, 2, 2, 3, 3, 4, 4]);
    expect(shadeRanges(classes)).toEqual([
      { from: 1, to: 1 },
      { from: 2, to: 4 },
      { from: 5, to: 9 },
      { from: 10, to: undefined },
    ]);
  });
});

describe('compact SVG paths', () => {
  it('round to whole units, draw relative lines and drop repeated points and collapsed rings', () => {
    const path = new CompactPath();
    path.moveTo(10.2, 20.4);
    path.lineTo(13.4, 20.3);
    path.lineTo(13.3, 20.2);
    path.lineTo(12.6, 18.1);
    path.lineTo(10.4, 19.6);
    path.closePath();
    path.moveTo(50, 50);
    path.lineTo(50.3, 50.2);
    path.closePath();
    path.moveTo(20, 30);
    path.lineTo(25, 30);
    path.lineTo(25, 35);
    path.lineTo(20, 30);
    path.closePath();
    expect(path.result()).toBe('M10 20l3 0 0-2zm10 10l5 0 0 5z');
  });

  it('draws the same outline as d3-geo, whole units aside', () => {
    const square = { type: 'Polygon' as const, coordinates: [[[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]]] };
    const projection = geoEqualEarth().fitSize([100, 100], square);
    const context = new CompactPath();
    geoPath(projection, context)(square);
    const absolute: number[][] = [];
    const d = context.result();
    let x = 0;
    let y = 0;
    for (const [, cmd, args] of d.matchAll(/([Mlmz])([^Mlmz]*)/g)) {
      const nums = (args!.match(/-?\d+/g) ?? []).map(Number);
      for (let i = 0; i < nums.length; i += 2) {
        x = cmd === 'M' ? nums[i]! : x + nums[i]!;
        y = cmd === 'M' ? nums[i + 1]! : y + nums[i + 1]!;
        absolute.push([x, y]);
      }
    }
    const reference = geoPath(projection).digits(0)(square)!.match(/-?\d+(\.\d+)?,-?\d+(\.\d+)?/g)!.map((p) => p.split(',').map((n) => Math.round(Number(n))));
    for (const point of absolute) expect(reference).toContainEqual(point);
    expect(absolute.length).toBeGreaterThan(3);
  });
});

describe('the projected world', () => {
  it('gives a shape to every country of the vocabulary in Natural Earth 110m', () => {
    const coarse = atlas('countries-110m.json');
    const numeric = new Set(coarse.objects.countries.geometries.map((g: { id?: string }) => g.id));
    const expected = [...vocab.countries.values()].filter((c) => numeric.has(c.m49)).map((c) => c.id);
    const shaped = new Set(projected().shapes.map((s) => s.iso3));
    expect(expected.length).toBeGreaterThan(170);
    expect(expected.filter((iso3) => !shaped.has(iso3))).toEqual([]);
  });

  it('draws small states missing from 110m as points inside the map', () => {
    const { points, width, height } = projected();
    const byIso = new Map(points.map((p) => [p.iso3, p]));
    for (const iso3 of ['TON', 'WSM', 'TUV', 'MUS', 'BRB', 'KNA', 'GRD', 'MDV', 'SGP', 'KIR', 'FSM', 'MHL', 'PLW', 'NRU']) {
      const p = byIso.get(iso3);
      expect(p, iso3).toBeDefined();
      expect(p!.x, iso3).toBeGreaterThanOrEqual(0);
      expect(p!.x, iso3).toBeLessThanOrEqual(width);
      expect(p!.y, iso3).toBeGreaterThanOrEqual(0);
      expect(p!.y, iso3).toBeLessThanOrEqual(height);
    }
    // Natural Earth draws these as part of another country or not at all: they stay in the table alternative.
    expect(projected().missing).toEqual(['BES', 'BVT', 'CCK', 'CXR', 'GLP', 'GUF', 'MTQ', 'MYT', 'REU', 'SJM', 'TKL']);
  });

  it('fits 960 units wide without Antarctica, in few bytes', () => {
    const { width, height, shapes } = projected();
    expect(width).toBe(960);
    expect(height).toBeGreaterThan(380);
    expect(height).toBeLessThan(480);
    expect(shapes.some((s) => s.iso3 === 'ATA')).toBe(false);
    const bytes = shapes.reduce((n, s) => n + s.d.length, 0);
    expect(bytes).toBeLessThan(60_000);
    expect(shapes.find((s) => s.iso3 === 'SLE')!.d).toMatch(/^M\d+ \d+l[-\d ]+z$/);
  });
});

describe('one map view', () => {
  const label = (iso3: string, count: number) => `${vocab.countries.get(iso3)!.names.en}: ${count} practices`;
  const view = mapView(projected(), {
    counts: { SLE: 3, CIV: 1, TON: 2 },
    href: (iso3) => `/countries/${iso3}/`,
    label,
    highlight: new Set(['SLE', 'CIV']),
    sortName: (iso3) => vocab.countries.get(iso3)!.names.en,
  });

  it('links each country with practices, with its count in the name, and no other', () => {
    const linked = [...view.shapes, ...view.points].filter((i) => i.link).map((i) => [i.iso3, i.link!.label, i.link!.href]);
    expect(linked.sort()).toEqual([
      ['CIV', 'Côte d’Ivoire: 1 practices', '/countries/CIV/'],
      ['SLE', 'Sierra Leone: 3 practices', '/countries/SLE/'],
      ['TON', 'Tonga: 2 practices', '/countries/TON/'],
    ]);
    expect(view.shapes.filter((s) => !s.link).every((s) => s.count === 0 && s.shade === 0)).toBe(true);
  });

  it('shades by class, dims countries outside the highlighted region, and lists the table alternative', () => {
    expect(view.classes).toEqual([1, 2, 3]);
    expect(view.shapes.find((s) => s.iso3 === 'SLE')).toMatchObject({ shade: 3, dim: false });
    expect(view.shapes.find((s) => s.iso3 === 'FRA')).toMatchObject({ shade: 0, dim: true });
    expect(view.points.at(-1)).toMatchObject({ iso3: 'TON', shade: 2 });
    expect(view.listed.map((c) => c.iso3)).toEqual(['SLE', 'TON', 'CIV']);
    expect(view.undrawn).toEqual([]);
    expect(view.viewBox).toBe(`0 0 960 ${projected().height}`);
  });

  it('names countries it cannot draw', () => {
    expect(mapView(projected(), { counts: { REU: 1 }, href: String, label }).undrawn).toEqual(['REU']);
  });
});

describe('labels of the coverage pages', () => {
  it('are the vocabularies’ labels in the page language, never English on a French or Spanish page', () => {
    const fr = termLabels(vocab, 'fr');
    const es = termLabels(vocab, 'es');
    expect(fr.region('africa')).toBe('Afrique');
    expect(es.region('africa')).toBe('África');
    expect(fr.objective(10).short).toBe('Éradiquer la traite de personnes');
    expect(es.objective(10).short).toBe('Erradicar la trata de personas');
    expect(fr.sdgGoal(1).short).toBe('Pas de pauvreté');
    expect(es.country('CIV')).toBe('Costa de Marfil');
  });

  it('name countries by their common short name in each language', () => {
    const names = (iso3: string) => (['en', 'fr', 'es'] as const).map((l) => termLabels(vocab, l).country(iso3));
    expect(names('MKD')).toEqual(['North Macedonia', 'Macédoine du Nord', 'Macedonia del Norte']);
    expect(names('MDA')).toEqual(['Moldova', 'Moldavie', 'Moldavia']);
    expect(names('KOR')).toEqual(['South Korea', 'Corée du Sud', 'Corea del Sur']);
    expect(names('USA')).toEqual(['United States', 'États-Unis', 'Estados Unidos']);
  });
});

describe('the year chart', () => {
  it('scales bars to the tallest, labels few years all and many years by five', () => {
    const chart = yearBars([{ year: 2019, count: 2 }, { year: 2020, count: 0 }, { year: 2021, count: 4 }], 300, 200);
    expect(chart.bars.map((b) => [b.year, b.height, b.labelled])).toEqual([[2019, 80, true], [2020, 0, true], [2021, 160, true]]);
    expect(chart.bars[2]!.y + chart.bars[2]!.height).toBe(chart.baseline);
    const many = yearBars(Array.from({ length: 30 }, (_, i) => ({ year: 1995 + i, count: 1 })));
    expect(many.bars.filter((b) => b.labelled).map((b) => b.year)).toEqual([1995, 2000, 2005, 2010, 2015, 2020]);
  });
});
