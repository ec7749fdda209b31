import { geoCentroid, geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { CompactPath } from './compact-path.ts';

/** A country drawn as a shape, or (too small for the map's scale) as a point. */
export interface CountryShape {
  /** ISO 3166-1 alpha-3, or undefined for areas with no code of their own (Kosovo, N. Cyprus). */
  iso3: string | undefined;
  /** Path data, in map units. */
  d: string;
}

export interface CountryPoint {
  iso3: string;
  x: number;
  y: number;
}

/** The world, projected once per build: every page's map reuses it with its own counts. */
export interface WorldGeometry {
  width: number;
  height: number;
  shapes: CountryShape[];
  points: CountryPoint[];
  /** Countries of the vocabulary that neither data set draws (French overseas departments are part of France in Natural Earth). */
  missing: string[];
}

/** Room kept around points at the edge of the map, in map units (a marker's radius). */
const POINT_MARGIN = 6;

type CountryTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

function featuresOf(topology: CountryTopology): Feature<Geometry, { name: string }>[] {
  return (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
}

/**
 * Projects Natural Earth countries with Equal Earth (an equal-area
 * projection: no country looks bigger than it is), fitted to `width` units
 * without Antarctica, which holds no practice and would take a fifth of the
 * height. Countries are matched on their ISO 3166-1 numeric code, which the
 * vocabulary keeps as `m49` (the same numbers), and a place Natural Earth draws
 * without a code (Kosovo) on its `mapName`. A country missing from the
 * coarse data, or whose shape rounds away, becomes a point at the centroid of
 * its shape in the detailed data (`points`), so Tuvalu and Tonga stay visible.
 */
export function projectWorld(
  coarse: CountryTopology,
  detailed: CountryTopology,
  countries: { id: string; m49?: string; mapName?: string }[],
  width = 960,
): WorldGeometry {
  const iso3ByNumeric = new Map(countries.flatMap((c) => (c.m49 ? [[c.m49, c.id] as const] : [])));
  // Natural Earth draws Kosovo without a numeric code: such shapes are matched by name.
  const iso3ByMapName = new Map(countries.flatMap((c) => (c.mapName ? [[c.mapName, c.id] as const] : [])));
  const iso3Of = (f: Feature<Geometry, { name: string }>) =>
    f.id === undefined ? iso3ByMapName.get(f.properties.name) : iso3ByNumeric.get(String(f.id));
  const drawn = featuresOf(coarse).filter((f) => f.id !== '010');
  const projection = geoEqualEarth().fitWidth(width, { type: 'FeatureCollection', features: drawn });
  const bounds = geoPath(projection).bounds({ type: 'FeatureCollection', features: drawn });
  const height = Math.ceil(bounds[1][1]);
  const shapes: CountryShape[] = [];
  const shaped = new Set<string>();
  for (const f of drawn) {
    const context = new CompactPath();
    geoPath(projection, context)(f);
    const d = context.result();
    const iso3 = iso3Of(f);
    if (!d) continue;
    shapes.push({ iso3, d });
    if (iso3) shaped.add(iso3);
  }
  const detailedByIso3 = new Map(featuresOf(detailed).flatMap((f) => {
    const iso3 = iso3Of(f);
    return iso3 ? [[iso3, f] as const] : [];
  }));
  const points: CountryPoint[] = [];
  const missing: string[] = [];
  for (const c of countries) {
    if (shaped.has(c.id)) continue;
    const f = detailedByIso3.get(c.id);
    const xy = f && projection(geoCentroid(f));
    // Kept inside the frame by a marker's radius: Tuvalu's centroid lies east of the coarse data's edge.
    const inside = (v: number, max: number) => Math.min(max - POINT_MARGIN, Math.max(POINT_MARGIN, Math.round(v)));
    if (xy) points.push({ iso3: c.id, x: inside(xy[0], width), y: inside(xy[1], height) });
    else missing.push(c.id);
  }
  return { width, height, shapes, points, missing };
}
