/**
 * The site's base path with its trailing slash (`/practices-hub` →
 * `/practices-hub/`): Astro's `config.base` and `ATLAS_BASE` may come
 * without one, and every URL built under the base needs it.
 */
export function withTrailingSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}
