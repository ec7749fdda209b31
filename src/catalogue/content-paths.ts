import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project root: the nearest folder above this module with a package.json.
 * Walking up (rather than a fixed `../../`) keeps it right when the build has
 * bundled this module into `dist/.prerender/chunks/`.
 */
export const projectRoot = findRoot(dirname(fileURLToPath(import.meta.url)));

function findRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}

/**
 * The content directory. `ATLAS_CONTENT_DIR` points the site, the checker and
 * the tests at another content set (fixtures, benchmarks) without touching
 * `content/`. Relative paths resolve against the project root.
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  const dir = env.ATLAS_CONTENT_DIR?.trim();
  if (!dir) return join(projectRoot, 'content');
  return isAbsolute(dir) ? dir : resolve(projectRoot, dir);
}

/** Practices of a content set: `<content>/practices`. */
export function practicesDir(env?: Record<string, string | undefined>): string {
  return join(contentDir(env), 'practices');
}

/** Building blocks of a content set: `<content>/building-blocks` (it may not exist yet). */
export function buildingBlocksDir(env?: Record<string, string | undefined>): string {
  return join(contentDir(env), 'building-blocks');
}

/**
 * Vocabularies of a content set. A content set without its own `taxonomies/`
 * (a test fixture, a benchmark) uses the project's, so vocabularies are not
 * copied around.
 */
export function taxonomiesDir(env?: Record<string, string | undefined>): string {
  const own = join(contentDir(env), 'taxonomies');
  return existsSync(own) ? own : join(projectRoot, 'content', 'taxonomies');
}
