import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/index.ts';
import { getCatalog, type Practice } from './catalog.ts';
import { practicesFor } from './listings.ts';

export type BlockEntry = CollectionEntry<'buildingBlocks'>;

export interface Block {
  /** The block's id: the file name of its original version. */
  id: string;
  /** The original (not a translation). */
  original: BlockEntry;
  /** Its versions by language, the original included. */
  versions: Map<string, BlockEntry>;
}

export interface Blocks {
  /** Published blocks, by title of the original (English order). */
  list: Block[];
  byId: Map<string, Block>;
}

let blocks: Promise<Blocks> | undefined;

/**
 * The building blocks, once per build. A translation is an entry of its own
 * (`language` + `translationOf`), whatever its file name; it joins its
 * original here. The collection holds drafts in development only (the loader
 * decides, src/catalogue/loaders/drafts.ts).
 */
export function getBlocks(): Promise<Blocks> {
  blocks ??= getCollection('buildingBlocks').then((all) => {
    const byId = new Map<string, Block>();
    for (const e of all) {
      if (e.data.translationOf === undefined) byId.set(e.id, { id: e.id, original: e, versions: new Map([[e.data.language, e]]) });
    }
    for (const e of all) {
      const target = e.data.translationOf === undefined ? undefined : byId.get(e.data.translationOf);
      if (target && !target.versions.has(e.data.language)) target.versions.set(e.data.language, e);
    }
    const list = [...byId.values()].sort((a, b) => a.original.data.title.localeCompare(b.original.data.title, 'en'));
    return { list, byId };
  });
  return blocks;
}

/** The version of a block a reader of `lang` sees: theirs where written, else the original. */
export function blockIn(block: Block, lang: Lang): BlockEntry {
  return block.versions.get(lang) ?? block.original;
}

/** A block's title in a language (the original's when it has no version in it). */
export async function blockTitle(id: string, lang: Lang): Promise<string> {
  const block = (await getBlocks()).byId.get(id);
  return block ? blockIn(block, lang).data.title : id;
}

/** Titles of every block in one language, for filters and labels. */
export async function blockTitles(lang: Lang): Promise<Map<string, string>> {
  const { list } = await getBlocks();
  return new Map(list.map((b) => [b.id, blockIn(b, lang).data.title]));
}

/**
 * The practices that use a block, as a reader of `lang` sees them: each once,
 * in their language where it exists, newest first. A practice counts when any
 * of its versions names the block.
 */
export async function practicesUsing(id: string, lang: Lang): Promise<Practice[]> {
  const catalog = await getCatalog();
  return practicesFor(catalog.byBlock.get(id) ?? [], lang);
}

/**
 * The practice with `buildingBlocks` from all its versions (published blocks
 * only), for the filters of search: a translation is found under the blocks
 * its original names.
 */
export async function withAllBlocks<P extends Practice>(practice: P): Promise<P> {
  const buildingBlocks = await blocksOf(practice);
  return { ...practice, data: { ...practice.data, buildingBlocks } };
}

/** The ids of the blocks a practice uses, from any of its versions. */
export async function blocksOf(practice: Practice): Promise<string[]> {
  const catalog = await getCatalog();
  const ids = new Set(practice.data.buildingBlocks ?? []);
  for (const v of catalog.translations.get(practice.slug) ?? []) for (const id of v.data.buildingBlocks ?? []) ids.add(id);
  const { byId } = await getBlocks();
  return [...ids].filter((id) => byId.has(id));
}
