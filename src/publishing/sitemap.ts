import { withTrailingSlash } from '../i18n/base-path.ts';
import { DEFAULT_LANG, LANGS, PREFIXED_LANGS, type Lang } from '../i18n/locales.ts';
import type { Manifest } from '../catalogue/manifest.ts';
/**
 * Which pages the sitemap lists (`@astrojs/sitemap`, with the French and
 * Spanish twins of each page as `hreflang` alternates). Search and embeds, in
 * every language, are left out: they are not documents to index. The 404
 * pages are left out by the integration itself. Drafts never reach the
 * production build, so they cannot appear.
 */
const EXCLUDED = new RegExp(`^(?:(?:${PREFIXED_LANGS.join('|')})/)?(?:search|embed|untranslated)/`);

/** Whether an absolute page URL of the site (base path included) belongs in the sitemap. */
export function inSitemap(url: string, site: string, base: string): boolean {
  const prefix = site.replace(/\/+$/, '') + withTrailingSlash(base);
  const path = url.startsWith(prefix) ? url.slice(prefix.length) : new URL(url).pathname.replace(/^\//, '');
  return !EXCLUDED.test(path);
}

/** The sitemap's own options for the site's locales: the default at `/`, the others under `/<lang>/`. */
export const SITEMAP_I18N = { defaultLocale: DEFAULT_LANG, locales: Object.fromEntries(LANGS.map((l) => [l, l])) as Record<Lang, Lang> };

/** A sitemap entry as `@astrojs/sitemap` hands it to `serialize`. */
export interface SitemapEntry {
  url: string;
  links?: { url: string; lang: string }[] | undefined;
}

/**
 * A practice and its translations have different slugs, so the sitemap's
 * i18n option cannot pair them: the manifest (src/catalogue/manifest.ts)
 * names each practice's versions, as its page's `hreflang` links do, and
 * the sitemap repeats them. `manifest` is the one the catalogue published
 * during the build.
 */
export function withPracticeAlternates(entry: SitemapEntry, site: string, base: string, manifest: Pick<Manifest, 'practices'> | undefined): SitemapEntry {
  const prefix = site.replace(/\/+$/, '') + withTrailingSlash(base);
  if (!manifest || !entry.url.startsWith(prefix)) return entry;
  const byPath = pagesOf(manifest);
  const practice = byPath.get(`/${entry.url.slice(prefix.length)}`);
  if (!practice) return entry;
  const links = practice.alternates.filter((a) => !a.missing).map((a) => ({ lang: a.lang, url: prefix + a.path.replace(/^\//, '') }));
  return links.length > 1 ? { ...entry, links } : entry;
}

const pages = new WeakMap<object, Map<string, Manifest['practices'][number]>>();

/** The manifest's practices by page path, once per manifest (the sitemap asks once per page). */
function pagesOf(manifest: Pick<Manifest, 'practices'>): Map<string, Manifest['practices'][number]> {
  let found = pages.get(manifest);
  if (!found) pages.set(manifest, (found = new Map(manifest.practices.map((p) => [p.path, p]))));
  return found;
}
