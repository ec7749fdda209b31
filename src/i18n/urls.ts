/**
 * Paths of the public URLs of the content model, without the base path.
 * Pages add the base with `href()`; open data adds the site origin too.
 */
export const paths = {
  home: () => '/',
  practices: (page = 1) => pagePath('/practices/', page),
  practice: (slug: string) => `/practices/${slug}/`,
  /** A practice's reference file: `cite.bib`, `cite.ris` or `cite.json`. */
  citation: (slug: string, file: string) => `/practices/${slug}/${file}`,
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
  blocks: () => '/building-blocks/',
  block: (id: string) => `/building-blocks/${id}/`,
  /** Two to four practices side by side; without slugs, the page that explains how to choose them. */
  compare: (slugs: readonly string[] = []) => {
    const query = new URLSearchParams(slugs.map((s) => ['practice', s])).toString();
    return query ? `/compare/?${query}` : '/compare/';
  },
  practiceData: (slug: string) => `/api/practices/${slug}.json`,
  blocksData: () => '/api/building-blocks.json',
  /** The ways to propose a practice; a gap link names the objective and region it would fill. */
  contribute: (gap?: { objective?: number | undefined; region?: string | undefined }) => {
    const query = new URLSearchParams();
    if (gap?.objective) query.set('objective', String(gap.objective));
    if (gap?.region) query.set('region', gap.region);
    const qs = query.toString();
    return qs ? `/contribute/?${qs}` : '/contribute/';
  },
} as const;

/**
 * Page `page` of a paginated listing whose first page is `path`: the path
 * itself, then `<path>page/<n>/` (`/objectives/5/page/2/`), which can never
 * collide with a practice, a facet value or another listing.
 */
export function pagePath(path: string, page: number): string {
  return page > 1 ? `${path}page/${page}/` : path;
}

/** Prefixes a site path with the base path (`/practices-hub/`). */
export function withBase(base: string, path: string): string {
  return base.replace(/\/+$/, '') + path;
}

/** Absolute URL of a site path, for open data, feeds and sharing tags. */
export function absoluteUrl(site: string, base: string, path: string): string {
  return site.replace(/\/+$/, '') + withBase(base, path);
}
