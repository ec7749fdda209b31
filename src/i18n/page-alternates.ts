import { LANGS, type Lang } from '../i18n/index.ts';
import { hasLanguageTwins, localizePath, splitLangPath } from '../i18n/locales.ts';

/** A version of the current page in another language (path without base). */
export interface Alternate {
  lang: Lang;
  path: string;
  /** No version in this language: the path is the page that says so (not an hreflang alternate). */
  missing?: boolean;
}

/**
 * The language versions of a page from its URL path (base path included):
 * `/fr/themes/health/` has `/themes/health/`, `/fr/themes/health/` and
 * `/es/themes/health/`. A page with one version only (a practice, open data)
 * has none: a practice page names its translations itself.
 */
export function pageAlternates(pathname: string, base: string): Alternate[] {
  const prefix = base.replace(/\/+$/, '');
  const path = prefix && pathname.startsWith(prefix) ? pathname.slice(prefix.length) || '/' : pathname;
  const neutral = splitLangPath(path).path;
  if (!hasLanguageTwins(neutral)) return [];
  return LANGS.map((lang) => ({ lang, path: localizePath(neutral, lang) }));
}
