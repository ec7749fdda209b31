import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blocksOf, getBlocks } from './blocks.ts';
import { entryOf, type Practice } from './catalog.ts';
import { taxonomiesDir } from './content-paths.ts';
import { buildDay } from './freshness.ts';
import type { Catalog } from './build-catalog.ts';
import type { PracticeData } from './catalog.ts';

let vocabularyDigest: string | undefined;

/** The vocabularies as files (labels in every language): pages show them, and Astro does not see them as code. */
function vocabularies(): string {
  if (vocabularyDigest) return vocabularyDigest;
  const hash = createHash('sha256');
  const dir = taxonomiesDir();
  for (const name of readdirSync(dir).sort()) hash.update(name).update(readFileSync(join(dir, name)));
  return (vocabularyDigest = hash.digest('hex'));
}

/**
 * The `cacheKey` of a practice page for Astro's incremental build
 * (astro.config.mjs, `experimental.incrementalBuild`): it changes whenever
 * anything the page shows changes, so an unchanged page is copied from the
 * last build instead of rendered. Astro itself adds the page's code (its
 * module graph: templates, dictionaries) and the config.
 *
 * The page shows the practice (its entry's digest: frontmatter and body),
 * its translations, its related practices, the building blocks of all its
 * versions and the other practices using them (their digests, in order: a new neighbour changes the
 * key), and vocabulary labels; and the day of the build, since status labels
 * say whether an "ongoing" status has gone stale. Its search record is not
 * in the page (src/catalogue/manifest.ts), so other practices' ranks are not
 * part of the key. `related` is what the page
 * lists.
 */
export async function practicePageKey(practice: Practice, related: Practice[], catalog: Catalog<PracticeData>): Promise<string> {
  const { byId } = await getBlocks();
  // The file's path too: the page links to it (edit and history links).
  const digest = (slug: string) => {
    const entry = entryOf(slug);
    return `${slug}:${entry.filePath ?? ''}:${entry.digest ?? ''}`;
  };
  const hash = createHash('sha256').update(vocabularies()).update(buildDay().toISOString().slice(0, 10));
  hash.update(digest(practice.slug));
  for (const p of catalog.translations.get(practice.slug) ?? []) hash.update(digest(p.slug));
  for (const p of related) hash.update(digest(p.slug));
  for (const id of await blocksOf(practice)) {
    const block = byId.get(id);
    hash.update(`block ${id}`);
    for (const version of block?.versions.values() ?? []) hash.update(`${version.id}:${version.digest ?? ''}`);
    for (const p of catalog.byBlock.get(id) ?? []) hash.update(digest(p.slug));
  }
  return hash.digest('hex');
}
