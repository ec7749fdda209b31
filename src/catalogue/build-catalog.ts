import type { PracticeData } from '../schemas/practice.ts';
import type { Vocabularies } from './load-vocabularies.ts';
import { yearOf } from './dates.ts';

/**
 * The fields of a practice that browsing and search need: a view of the one
 * practice type, the schema's output (src/schemas/practice.ts), so that a
 * field changed there changes here too.
 */
export type PracticeFields = Pick<
  PracticeData,
  | 'title'
  | 'summary'
  | 'gcmObjectives'
  | 'themes'
  | 'sdgTargets'
  | 'guidingPrinciples'
  | 'countries'
  | 'regions'
  | 'scope'
  | 'status'
  | 'statusAsOf'
  | 'period'
  | 'publishedAt'
  | 'updatedAt'
  | 'language'
  | 'translationOf'
  | 'draft'
  | 'buildingBlocks'
>;

export interface CatalogPractice<D extends PracticeFields = PracticeFields> {
  slug: string;
  data: D;
  /** Scope as written, or derived from countries and regions. */
  scope: 'local' | 'national' | 'regional' | 'global';
  /** Every region the practice is found under: its countries' and its own, with their parents. */
  regions: string[];
  /** The primary GCM objective (the first listed). */
  primaryObjective: number;
  /** "2019–2021", "2019–", "2019". */
  years: string;
}

export interface Catalog<D extends PracticeFields = PracticeFields> {
  /** Published practices, newest first. */
  practices: CatalogPractice<D>[];
  bySlug: Map<string, CatalogPractice<D>>;
  byObjective: Map<number, CatalogPractice<D>[]>;
  bySdgTarget: Map<string, CatalogPractice<D>[]>;
  byRegion: Map<string, CatalogPractice<D>[]>;
  byCountry: Map<string, CatalogPractice<D>[]>;
  byTheme: Map<string, CatalogPractice<D>[]>;
  byPrinciple: Map<string, CatalogPractice<D>[]>;
  /** By building block id: the practices that name it (each version that does). */
  byBlock: Map<string, CatalogPractice<D>[]>;
  /** For each practice, the other language versions of it (original and translations). */
  translations: Map<string, CatalogPractice<D>[]>;
}

/** Scope as the content model derives it when a practice does not state it. */
export function deriveScope(data: Pick<PracticeFields, 'scope' | 'countries' | 'regions'>): CatalogPractice['scope'] {
  if (data.scope) return data.scope;
  const countries = data.countries?.length ?? 0;
  const regions = data.regions?.length ?? 0;
  if (!countries && !regions) return 'global';
  if (countries === 1 && !regions) return 'national';
  return 'regional';
}

/** Regions of a practice: those of its countries and those it names, each with its parents. */
export function deriveRegions(
  data: Pick<PracticeFields, 'countries' | 'regions'>,
  vocab: Pick<Vocabularies, 'countries' | 'regions'>,
): string[] {
  const found = new Set<string>();
  const addWithParents = (id: string | undefined) => {
    while (id && !found.has(id)) {
      found.add(id);
      id = vocab.regions.get(id)?.parent;
    }
  };
  for (const code of data.countries ?? []) {
    const country = vocab.countries.get(code);
    if (!country) continue;
    addWithParents(country.intermediateRegion ?? country.subRegion);
    addWithParents(country.subRegion);
    addWithParents(country.region);
  }
  for (const id of data.regions ?? []) addWithParents(id);
  return [...found];
}

export function formatYears(period: PracticeFields['period']): string {
  const start = yearOf(period.start);
  if (!period.end) return `${start}–`;
  const end = yearOf(period.end);
  return end === start ? String(start) : `${start}–${end}`;
}

/** Newest first: by publication date, then title, so the order never depends on file order. */
export function compareNewestFirst(a: CatalogPractice, b: CatalogPractice): number {
  return (
    b.data.publishedAt.localeCompare(a.data.publishedAt) ||
    a.data.title.localeCompare(b.data.title, 'en') ||
    a.slug.localeCompare(b.slug)
  );
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Builds every index the site needs in one pass over the practices, so pages
 * look up their lists instead of filtering the whole collection each time.
 * Drafts are kept only when `includeDrafts` (development).
 */
export function buildCatalog<D extends PracticeFields>(
  entries: { slug: string; data: D }[],
  vocab: Pick<Vocabularies, 'countries' | 'regions'>,
  { includeDrafts = false }: { includeDrafts?: boolean } = {},
): Catalog<D> {
  const practices = entries
    .filter((e) => includeDrafts || !e.data.draft)
    .map<CatalogPractice<D>>(({ slug, data }) => ({
      slug,
      data,
      scope: deriveScope(data),
      regions: deriveRegions(data, vocab),
      primaryObjective: data.gcmObjectives[0]!,
      years: formatYears(data.period),
    }))
    .sort(compareNewestFirst);

  const catalog: Catalog<D> = {
    practices,
    bySlug: new Map(practices.map((p) => [p.slug, p])),
    byObjective: new Map(),
    bySdgTarget: new Map(),
    byRegion: new Map(),
    byCountry: new Map(),
    byTheme: new Map(),
    byPrinciple: new Map(),
    byBlock: new Map(),
    translations: new Map(),
  };
  const groups = new Map<string, CatalogPractice<D>[]>();
  for (const p of practices) {
    for (const n of p.data.gcmObjectives) push(catalog.byObjective, n, p);
    for (const t of p.data.sdgTargets ?? []) push(catalog.bySdgTarget, t, p);
    for (const r of p.regions) push(catalog.byRegion, r, p);
    for (const c of p.data.countries ?? []) push(catalog.byCountry, c, p);
    for (const t of p.data.themes) push(catalog.byTheme, t, p);
    for (const g of p.data.guidingPrinciples ?? []) push(catalog.byPrinciple, g, p);
    for (const b of p.data.buildingBlocks ?? []) push(catalog.byBlock, b, p);
    push(groups, p.data.translationOf ?? p.slug, p);
  }
  for (const [root, members] of groups) {
    const original = catalog.bySlug.get(root);
    const all = original && !members.includes(original) ? [original, ...members] : members;
    if (all.length < 2) continue;
    for (const p of all) catalog.translations.set(p.slug, all.filter((o) => o !== p));
  }
  return catalog;
}
