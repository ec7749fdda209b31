import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalog, type Catalog, type CatalogPractice } from './build-catalog.ts';
import { loadVocabularies, type Vocabularies } from './load-vocabularies.ts';

/** The schema's practice type (src/schemas/practice.ts), as Astro gives it: `cover.src` is image metadata. */
export type PracticeData = CollectionEntry<'practices'>['data'];
export type Practice = CatalogPractice<PracticeData>;

let catalog: Promise<Catalog<PracticeData>> | undefined;
const entries = new Map<string, CollectionEntry<'practices'>>();

/**
 * The catalogue of practices, built once per build and shared by every page.
 * The collection holds drafts in development only: the loader decides
 * (src/catalogue/loaders/drafts.ts), and the catalogue lists what it holds.
 */
export function getCatalog(): Promise<Catalog<PracticeData>> {
  catalog ??= getCollection('practices').then((all) => {
    for (const e of all) entries.set(e.id, e);
    return buildCatalog(
      all.map((e) => ({ slug: e.id, data: e.data })),
      vocabularies(),
      { includeDrafts: true },
    );
  });
  return catalog;
}

/** The collection entry of a practice, for rendering its body. */
export function entryOf(slug: string): CollectionEntry<'practices'> {
  const entry = entries.get(slug);
  if (!entry) throw new Error(`No practice "${slug}" in the collection.`);
  return entry;
}

let vocab: Vocabularies | undefined;

/** The vocabularies, read once per build (pages ask for them thousands of times). */
export function vocabularies(): Vocabularies {
  return (vocab ??= loadVocabularies());
}
