import type { Region } from '../schemas/taxonomies.ts';

/** Regions depth-first: each region, then its sub-regions, then theirs; siblings by name. */
export function regionTree(regions: Map<string, Region>): { region: Region; depth: number }[] {
  const children = new Map<string | undefined, Region[]>();
  for (const r of regions.values()) {
    const list = children.get(r.parent) ?? [];
    list.push(r);
    children.set(r.parent, list);
  }
  const out: { region: Region; depth: number }[] = [];
  const walk = (parent: string | undefined, depth: number) => {
    for (const r of (children.get(parent) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'en'))) {
      out.push({ region: r, depth });
      walk(r.id, depth + 1);
    }
  };
  walk(undefined, 0);
  return out;
}
