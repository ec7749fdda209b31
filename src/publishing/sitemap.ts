import { withTrailingSlash } from '../i18n/base-path.ts';
import { DEFAULT_LANG, LANGS, PREFIXED_LANGS, type Lang } from '../i18n/locales.ts';
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

const PRACTICE_PAGE = /\/practices\/(?!page\/)[^/]+\/$/;
const ALTERNATE = new RegExp(`<link rel="alternate" hreflang="(${LANGS.join('|')})" href="([^"]+)"`, 'g');

/**
 * A practice and its translations have different slugs, so the sitemap's
 * i18n option cannot pair them; the practice page already names its
 * translations as `hreflang` alternates, and the sitemap repeats them.
 * `readPage` gives the built HTML of a page path (relative to the output folder).
 */
export function withPracticeAlternates(entry: SitemapEntry, site: string, base: string, readPage: (file: string) => string | undefined): SitemapEntry {
  if (!PRACTICE_PAGE.test(entry.url)) return entry;
  const prefix = site.replace(/\/+$/, '') + withTrailingSlash(base);
  if (!entry.url.startsWith(prefix)) return entry;
  const html = readPage(`${entry.url.slice(prefix.length)}index.html`);
  if (!html) return entry;
  const links = [...html.matchAll(ALTERNATE)].map(([, lang, url]) => ({ lang: lang!, url: url! }));
  return links.length > 1 ? { ...entry, links } : entry;
}
