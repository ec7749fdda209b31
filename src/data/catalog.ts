import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalog, type Catalog, type CatalogPractice } from '../lib/build-catalog.ts';
import { loadVocabularies, type Vocabularies } from '../lib/load-vocabularies.ts';

export type PracticeData = CollectionEntry<'practices'>['data'];
export type Practice = CatalogPractice<PracticeData>;

let catalog: Promise<Catalog<PracticeData>> | undefined;
const entries = new Map<string, CollectionEntry<'practices'>>();

/**
 * The catalogue of practices, built once per build and shared by every page.
 * Drafts are included in development only, never in production output.
 */
export function getCatalog(): Promise<Catalog<PracticeData>> {
  catalog ??= getCollection('practices').then((all) => {
    for (const e of all) entries.set(e.id, e);
    return buildCatalog(
      all.map((e) => ({ slug: e.id, data: e.data })),
      loadVocabularies(),
      { includeDrafts: process.env.ATLAS_INCLUDE_DRAFTS === '1' },
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

export function vocabularies(): Vocabularies {
  return loadVocabularies();
}
