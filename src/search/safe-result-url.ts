import { withTrailingSlash } from '../i18n/base-path.ts';
/**
 * A link taken from data (a search result, an embed's record) before it is
 * put in a page: resolved against the site's origin and base path, and kept
 * only when it stays on this site, under the base. Anything else (another
 * origin, `javascript:`, `data:`, `//evil.example`, a path that climbs out of
 * the base with `..` or `%2e%2e`) gives undefined, so the caller can leave
 * the link out. Pure, for the search and embed scripts and their tests.
 */
export function safeResultUrl(href: string, { origin, base }: { origin: string; base: string }): string | undefined {
  const prefix = withTrailingSlash(base);
  let site: URL;
  let url: URL;
  try {
    site = new URL(prefix, origin);
    url = new URL(href, site);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.origin !== site.origin || url.username || url.password) return undefined;
  // URL parsing has already resolved "..", "%2e%2e" and backslashes; an encoded slash stays a character.
  if (!url.pathname.startsWith(site.pathname) || /%2f|%5c/i.test(url.pathname)) return undefined;
  return url.href;
}
