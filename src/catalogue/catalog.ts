import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './content-paths.ts';
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalog, type Catalog, type CatalogPractice } from './build-catalog.ts';
import { loadVocabularies, type Vocabularies } from './load-vocabularies.ts';
import { buildManifest, publishManifest, type Manifest, type ManifestBody } from './manifest.ts';
import { getBlocks } from './blocks.ts';
import { buildDay } from './freshness.ts';

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

let manifest: Promise<Manifest> | undefined;

/**
 * The manifest of the site (src/catalogue/manifest.ts), computed once from
 * the catalogue and published for the integrations that run after the pages
 * (the search index, the sitemap).
 */
export function getManifest(): Promise<Manifest> {
  manifest ??= Promise.all([getCatalog(), getBlocks()]).then(([catalog, { byId }]) => {
    const blocks = new Map([...byId].map(([id, block]) => [id, { titles: [...block.versions.values()].map((v) => v.data.title) }]));
    const built = buildManifest({ catalog, vocab: vocabularies(), blocks, body: (slug) => searchBody(entryOf(slug)), today: buildDay(), engine: pagefindVersion() });
    publishManifest(built);
    return built;
  });
  return manifest;
}

/**
 * The body as the content layer holds it: rendered by Astro's Markdown
 * renderer, or the MDX source of a body rendered with its page only (the
 * loader keeps one or the other: src/catalogue/loaders/practices-loader.ts).
 */
function searchBody(entry: CollectionEntry<'practices'>): ManifestBody {
  if (entry.rendered) return { html: entry.rendered.html };
  if (entry.body !== undefined) return { mdx: entry.body };
  throw new Error(`Practice "${entry.id}" has neither a rendered body nor its source: the practices loader keeps one of them.`);
}

/** The installed Pagefind's version (its package exports neither its package.json nor a `require` entry to find it by). */
function pagefindVersion(): string {
  return (JSON.parse(readFileSync(join(projectRoot, 'node_modules', 'pagefind', 'package.json'), 'utf8')) as { version: string }).version;
}
