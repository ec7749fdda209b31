import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { countCoverage, type Coverage } from './count-coverage.ts';
import { projectWorld, type WorldGeometry } from './project-world.ts';
import { getCatalog, vocabularies, type Practice } from '../catalogue/catalog.ts';

const require = createRequire(import.meta.url);

let world: WorldGeometry | undefined;

/**
 * The projected world, once per build. Shapes from Natural Earth 110m; points
 * for small states from the 10m data (read at build time only, never shipped).
 */
export function worldGeometry(): WorldGeometry {
  const read = (name: string) => JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8'));
  return (world ??= projectWorld(read('countries-110m.json'), read('countries-10m.json'), [...vocabularies().countries.values()]));
}

let all: Promise<Coverage> | undefined;

/** Coverage of every published practice, shared by /coverage/, the home page and /api/coverage.json. */
export function siteCoverage(): Promise<Coverage> {
  return (all ??= getCatalog().then((c) => countCoverage(c.practices, vocabularies())));
}

/** Coverage of some practices (an objective's, a region's). */
export function coverageOf(practices: readonly Practice[]): Coverage {
  return countCoverage(practices, vocabularies());
}

/** ISO3 codes of the countries in a region or sub-region. */
export function countriesIn(region: string): Set<string> {
  const inside = [...vocabularies().countries.values()].filter((c) => [c.region, c.subRegion, c.intermediateRegion].includes(region));
  return new Set(inside.map((c) => c.id));
}
