import { shadeClasses, shadeOf } from './shade-classes.ts';
import type { WorldGeometry } from './project-world.ts';

/** A country on the map: its shape or point, its shade, and a link when it has practices. */
export interface MapItem {
  iso3: string | undefined;
  /** 0 for none, else the class from `classes`. */
  shade: number;
  count: number;
  /** Outside the highlighted region (drawn fainter). */
  dim: boolean;
  /** Present when the country has practices; countries without are drawn but not focusable. */
  link: { href: string; label: string } | undefined;
}

export interface MapView {
  viewBox: string;
  /** Lower bounds of the shades, for the legend. */
  classes: number[];
  shapes: (MapItem & { d: string })[];
  points: (MapItem & { x: number; y: number })[];
  /** Countries with practices, most practices first: the table alternative of the map. */
  listed: { iso3: string; count: number; label: string; href: string }[];
  /** Countries with practices that the map cannot draw (listed in the note beside it). */
  undrawn: string[];
}

export interface MapOptions {
  /** Practices per ISO3 code. */
  counts: Readonly<Record<string, number>>;
  /** The link of a country page. */
  href: (iso3: string) => string;
  /** The accessible name of a country with practices: "Sierra Leone: 3 practices". */
  label: (iso3: string, count: number) => string;
  /** Countries of a highlighted region; the others are dimmed. */
  highlight?: ReadonlySet<string> | undefined;
  /** Name used to sort the table alternative alphabetically within a count. */
  sortName?: (iso3: string) => string;
  /** The page's language, whose collation orders the names ("Émirats" with "E"). */
  lang?: string;
}

/** What one map shows: the projected world with one page's counts, shades and links. */
export function mapView(world: WorldGeometry, options: MapOptions): MapView {
  const { counts, href, label, highlight } = options;
  const classes = shadeClasses(Math.max(0, ...Object.values(counts)));
  const item = (iso3: string | undefined): MapItem => {
    const count = iso3 ? (counts[iso3] ?? 0) : 0;
    return {
      iso3,
      count,
      shade: shadeOf(count, classes),
      dim: !!highlight && !(iso3 && highlight.has(iso3)),
      link: iso3 && count > 0 ? { href: href(iso3), label: label(iso3, count) } : undefined,
    };
  };
  const shapes = world.shapes.map((s) => ({ ...item(s.iso3), d: s.d }));
  // Points of countries with practices come last, so they are drawn on top and focused after the shapes.
  const points = world.points.map((p) => ({ ...item(p.iso3), x: p.x, y: p.y })).sort((a, b) => a.count - b.count);
  const name = options.sortName ?? ((iso3: string) => iso3);
  const collator = new Intl.Collator(options.lang ?? 'en');
  const listed = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([iso3, count]) => ({ iso3, count, label: label(iso3, count), href: href(iso3) }))
    .sort((a, b) => b.count - a.count || collator.compare(name(a.iso3), name(b.iso3)));
  const drawn = new Set([...world.shapes.map((s) => s.iso3), ...world.points.map((p) => p.iso3)]);
  return {
    viewBox: `0 0 ${world.width} ${world.height}`,
    classes,
    shapes,
    points,
    listed,
    undrawn: listed.filter((c) => !drawn.has(c.iso3)).map((c) => c.iso3),
  };
}
