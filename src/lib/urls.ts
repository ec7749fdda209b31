/**
 * Paths of the public URLs of the content model, without the base path.
 * Pages add the base with `href()`; open data adds the site origin too.
 */
export const paths = {
  home: () => '/',
  practices: (page = 1) => (page > 1 ? `/practices/page/${page}/` : '/practices/'),
  practice: (slug: string) => `/practices/${slug}/`,
  objectives: () => '/objectives/',
  objective: (n: number) => `/objectives/${n}/`,
  sdgTargets: () => '/sdg/',
  sdgTarget: (id: string) => `/sdg/${id}/`,
  regions: () => '/regions/',
  region: (id: string) => `/regions/${id}/`,
  countries: () => '/countries/',
  country: (iso3: string) => `/countries/${iso3}/`,
  themes: () => '/themes/',
  theme: (id: string) => `/themes/${id}/`,
  principles: () => '/principles/',
  principle: (id: string) => `/principles/${id}/`,
  search: (params?: Record<string, string | number | (string | number)[]>) => {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(params ?? {})) {
      for (const v of Array.isArray(value) ? value : [value]) query.append(name, String(v));
    }
    const qs = query.toString();
    return qs ? `/search/?${qs}` : '/search/';
  },
  api: () => '/api/practices.json',
} as const;

/** Prefixes a site path with the base path (`/practices-hub/`). */
export function withBase(base: string, path: string): string {
  return base.replace(/\/+$/, '') + path;
}

/** Absolute URL of a site path, for open data, feeds and sharing tags. */
export function absoluteUrl(site: string, base: string, path: string): string {
  return site.replace(/\/+$/, '') + withBase(base, path);
}
