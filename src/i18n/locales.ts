/**
 * The locales of the Atlas: one concept, one module. Astro's `i18n` config
 * (astro.config.mjs) is the object below, and everything else that needs the
 * list of languages — the schema, the validation, the routes, the embed, the
 * headers, the sitemap, the 404 pages, the budgets — reads it from here, so a
 * language is added in one place. Plain TypeScript without `astro:` imports:
 * the check, the scripts and the integrations read it outside Astro too.
 */
export const I18N = {
  locales: ['en', 'fr', 'es'],
  defaultLocale: 'en',
  routing: { prefixDefaultLocale: false },
} as const;

export type Lang = (typeof I18N.locales)[number];
/** Every language, the default first. */
export const LANGS: readonly Lang[] = I18N.locales;
/** The language of unprefixed URLs (`/objectives/5/`). */
export const DEFAULT_LANG: Lang = I18N.defaultLocale;
/** The languages under a prefix (`/fr/`, `/es/`): the translations of the interface. */
export const PREFIXED_LANGS: readonly Lang[] = LANGS.filter((l) => l !== DEFAULT_LANG);

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * Paths that exist once, whatever the reader's language: a practice page (in
 * the practice's own language), its cite files, open data, the embed script
 * and the web editor behind /admin/ (its interface follows the browser).
 */
function isLanguageNeutral(path: string): boolean {
  return /^\/practices\/(?!page\/)[^/]+\/(?:cite\.\w+)?$/.test(path) || path.startsWith('/api/') || path === '/embed.js' || /^\/admin\/./.test(path);
}

/**
 * The one path localizer: the path of a page in a language. English at
 * `/objectives/5/`, French and Spanish under `/fr/` and `/es/` with the same
 * segments and ids. Paths that have one version only come back unchanged.
 * Paths are without the base path; a query string or fragment is kept.
 */
export function localizePath(path: string, lang: Lang): string {
  const bare = splitLangPath(path).path;
  if (lang === DEFAULT_LANG || isLanguageNeutral(bare.replace(/[?#].*$/, ''))) return bare;
  return `/${lang}${bare}`;
}

const PREFIX = new RegExp(`^/(${PREFIXED_LANGS.join('|')})(?=[/?#]|$)`);

/** The language of a path and the path without its language prefix: `/fr/themes/` → `fr`, `/themes/`. */
export function splitLangPath(path: string): { lang: Lang; path: string } {
  const m = PREFIX.exec(path);
  if (!m) return { lang: DEFAULT_LANG, path };
  const rest = path.slice(m[0].length);
  return { lang: m[1] as Lang, path: rest.startsWith('/') ? rest : `/${rest}` };
}

/** Whether a page path (without language prefix) has a version in every language. */
export function hasLanguageTwins(path: string): boolean {
  return !isLanguageNeutral(path);
}

/** The `[...locale]` route parameter of a language: undefined for the default (no prefix). */
export function localeParam(lang: Lang): string | undefined {
  return lang === DEFAULT_LANG ? undefined : lang;
}

interface StaticPath {
  params: Record<string, string | undefined>;
  props?: Record<string, unknown>;
}

/**
 * `getStaticPaths` of a route under `src/pages/[...locale]/`: the paths of one
 * language (from `perLang`, none for a page without parameters of its own)
 * for every language, each with its `locale` parameter and its `lang` prop.
 */
export async function localePaths<P extends StaticPath>(
  perLang: (lang: Lang) => P[] | Promise<P[]> = () => [{ params: {} } as P],
): Promise<{ params: P['params'] & { locale: string | undefined }; props: NonNullable<P['props']> & { lang: Lang } }[]> {
  const out = [];
  for (const lang of LANGS) {
    for (const path of await perLang(lang)) {
      out.push({ params: { ...path.params, locale: localeParam(lang) }, props: { ...(path.props ?? {}), lang } as NonNullable<P['props']> & { lang: Lang } });
    }
  }
  return out;
}
