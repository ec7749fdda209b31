import type { Lang } from '../i18n/index.ts';

const PREFIXED = /^\/(fr|es)(\/.*)$/;

/**
 * Paths that exist once, whatever the reader's language: a practice page (in
 * the practice's own language), open data and the embed script.
 */
function isLanguageNeutral(path: string): boolean {
  return /^\/practices\/(?!page\/)[^/]+\/$/.test(path) || path.startsWith('/api/') || path === '/embed.js';
}

/**
 * The path of a page in a language: English at `/objectives/5/`, French and
 * Spanish under `/fr/` and `/es/` with the same segments and ids. Paths that
 * have one version only come back unchanged. Paths are without the base path.
 */
export function localizePath(path: string, lang: Lang): string {
  if (lang === 'en' || isLanguageNeutral(path)) return path;
  return `/${lang}${path}`;
}

/** The language of a path and the path without its language prefix: `/fr/themes/` → `fr`, `/themes/`. */
export function splitLangPath(path: string): { lang: Lang; path: string } {
  const m = PREFIXED.exec(path);
  if (m) return { lang: m[1] as Lang, path: m[2]! };
  if (path === '/fr' || path === '/es') return { lang: path.slice(1) as Lang, path: '/' };
  return { lang: 'en', path };
}

/** Whether a page path (without language prefix) has a French and a Spanish twin. */
export function hasLanguageTwins(path: string): boolean {
  return !isLanguageNeutral(path);
}
