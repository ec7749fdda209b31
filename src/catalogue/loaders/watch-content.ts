import { relative, sep } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { contentDir, projectRoot } from '../content-paths.ts';

/**
 * In `astro dev`, loads a collection again when a file in `folders` changes,
 * is added or removed, as Astro's glob loader reloads an entry. For practices
 * the whole content folder counts: a practice's validity depends on the
 * building blocks and the vocabularies too. A burst of changes (an editor saving several
 * files) gives one reload; a reload that fails (content an editor is still
 * writing) is logged, and the last good content stays on screen.
 *
 * Nothing happens in a build, which has no watcher.
 */
export function watchContent(context: LoaderContext, load: () => Promise<void>, folders: string[] = [contentDir()]): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  for (const folder of folders) watcher.add(folder);
  let queue: Promise<void> = Promise.resolve();
  let pending = false;
  const reload = (changed: string) => {
    if (pending || !folders.some((folder) => changed.startsWith(folder + sep))) return;
    pending = true;
    queue = queue.then(async () => {
      pending = false;
      try {
        await load();
        logger.info(`Reloaded after a change to ${relative(projectRoot, changed)}`);
      } catch (error) {
        logger.error((error as Error).message);
      }
    });
  };
  watcher.on('change', reload);
  watcher.on('add', reload);
  watcher.on('unlink', reload);
}
