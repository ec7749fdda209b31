/**
 * Whether drafts (`draft: true`) are published: in Astro's development mode
 * only, that is `astro dev`. `astro build` (and `astro check`) run in
 * production mode and leave them out. The loaders decide it, so a draft is
 * never in the content store of a build, and no page, feed, search record,
 * sitemap entry or `/api/` file can show it.
 *
 * The mode is Astro's (`--mode`, "development" for `astro dev`), not
 * NODE_ENV, which test runners and CI set to other values. Outside Astro
 * (unit tests importing a loader) there is no mode, and no draft.
 */
export function publishesDrafts(mode: string | undefined = import.meta.env?.MODE): boolean {
  return mode === 'development';
}
