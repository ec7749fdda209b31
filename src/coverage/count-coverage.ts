import type { CatalogPractice } from '../catalogue/build-catalog.ts';
import { yearOf } from '../catalogue/dates.ts';
import type { Vocabularies } from '../catalogue/load-vocabularies.ts';

/** The five UN M49 regions: the columns of the objective × region table. */
export const TOP_REGIONS = ['africa', 'americas', 'asia', 'europe', 'oceania'] as const;

export interface Coverage {
  /** Practices counted. */
  total: number;
  /** Practices per country (ISO3), national ones and regional ones that name it; countries without practices are absent. */
  countries: Record<string, number>;
  /** Practices that name no country: per region they name (the region as written, not its parents), and global ones. */
  withoutCountry: { regions: Record<string, number>; global: number };
  /** One row per GCM objective, in order: practices per region (with sub-regions) and in all. */
  objectives: { objective: number; regions: Record<string, number>; total: number }[];
  /** Every SDG goal, in order, with the targets in use and their practices. */
  sdgGoals: { goal: number; targets: { id: string; count: number }[]; targetCount: number }[];
  /** Practices per year of start, from the first to the last, years without any included. */
  years: { year: number; count: number }[];
}

type Counted = Pick<CatalogPractice, 'slug' | 'regions' | 'data'>;

function add(record: Record<string, number>, key: string): void {
  record[key] = (record[key] ?? 0) + 1;
}

/**
 * Where practices are and where none exist yet, counted from the practices
 * themselves (never from pages), so the map, the tables and
 * `/api/coverage.json` agree. A practice counts once per country, region,
 * objective, target and year it names, and once whatever its number of
 * languages: a translation of a practice in the set is not counted again.
 * SDG targets follow the official order of the vocabulary (10.7 before 10.a).
 */
export function countCoverage(
  all: readonly Counted[],
  vocab: Pick<Vocabularies, 'objectives' | 'sdgGoals' | 'sdgTargets'>,
): Coverage {
  const slugs = new Set(all.map((p) => p.slug));
  const practices = all.filter((p) => !(p.data.translationOf && slugs.has(p.data.translationOf)));
  const countries: Record<string, number> = {};
  const withoutCountry = { regions: {} as Record<string, number>, global: 0 };
  const objectiveRows = new Map([...vocab.objectives.keys()].map((n) => [n, { objective: n, regions: {} as Record<string, number>, total: 0 }]));
  const targets: Record<string, number> = {};
  const years = new Map<number, number>();
  for (const p of practices) {
    const named = new Set(p.data.countries ?? []);
    for (const c of named) add(countries, c);
    if (!named.size) {
      const regions = new Set(p.data.regions ?? []);
      for (const r of regions) add(withoutCountry.regions, r);
      if (!regions.size) withoutCountry.global++;
    }
    const inRegions = TOP_REGIONS.filter((r) => p.regions.includes(r));
    for (const n of new Set(p.data.gcmObjectives)) {
      const row = objectiveRows.get(n);
      if (!row) continue;
      row.total++;
      for (const r of inRegions) add(row.regions, r);
    }
    for (const t of new Set(p.data.sdgTargets ?? [])) add(targets, t);
    const year = yearOf(p.data.period.start);
    years.set(year, (years.get(year) ?? 0) + 1);
  }
  const sdgGoals = [...vocab.sdgGoals.keys()].map((goal) => {
    const all = [...vocab.sdgTargets.values()].filter((t) => t.goal === goal);
    return {
      goal,
      targets: all.filter((t) => targets[t.id]).map((t) => ({ id: t.id, count: targets[t.id]! })),
      targetCount: all.length,
    };
  });
  const known = [...years.keys()];
  const first = Math.min(...known);
  const last = Math.max(...known);
  const yearRows = known.length ? Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i, count: years.get(first + i) ?? 0 })) : [];
  return {
    total: practices.length,
    countries: Object.fromEntries(Object.entries(countries).sort(([a], [b]) => a.localeCompare(b))),
    withoutCountry,
    objectives: [...objectiveRows.values()],
    sdgGoals,
    years: yearRows,
  };
}
