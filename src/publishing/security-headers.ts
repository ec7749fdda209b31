import { withTrailingSlash } from '../i18n/base-path.ts';
import { PREFIXED_LANGS } from '../i18n/locales.ts';
/**
 * HTTP headers for the built site, written to `dist/_headers` (the format
 * Netlify and Cloudflare Pages read) and applied by the local server, so the
 * pages are tested under the same strict Content-Security-Policy they ship
 * with. Every page also carries the policy in a `<meta>` tag
 * (src/layouts/BaseLayout.astro), for hosts that ignore `_headers`, such as
 * GitHub Pages: both come from `pagePolicy()` below, so they cannot differ.
 *
 * No 'unsafe-inline' anywhere: pages have no inline script or style.
 * WebAssembly and workers only where Pagefind runs: the search pages, the
 * embed (which searches too) and Pagefind's own files, whose worker runs
 * under the policy of its own script. Every other page gets neither
 * (`worker-src 'none'`), and Trusted Types (`require-trusted-types-for
 * 'script'`): none of their scripts writes HTML into the page, so an
 * injected `innerHTML` fails instead of running. The Pagefind pages are left
 * without Trusted Types: a search library may build result HTML.
 */

/** The languages whose pages live under `/<lang>/`; English is at the root. */
const LANGUAGE_DIRS = new Set<string>(PREFIXED_LANGS);

export interface PolicyOptions {
  /** Who may frame the page: `'self'`, or `*` for the embed. */
  frameAncestors: string;
  /** Pagefind runs here: WebAssembly and its worker. */
  pagefind?: boolean;
  /** Scripts here may not write HTML strings into the page. */
  trustedTypes?: boolean;
  /** Pagefind's own scripts (its worker): WebAssembly, nothing else. */
  wasm?: boolean;
  /**
   * Directives replaced or added by name, for a section with needs of its
   * own (a web editor under /admin/ talking to an API): `{ 'connect-src':
   * "'self' https://api.github.com" }`. Keep such a branch in `pagePolicy`.
   */
  directives?: Record<string, string>;
}

export function contentSecurityPolicy({ frameAncestors, pagefind = false, trustedTypes = false, wasm = false, directives = {} }: PolicyOptions): string {
  const base = [
    "default-src 'self'",
    pagefind || wasm ? "script-src 'self' 'wasm-unsafe-eval'" : "script-src 'self'",
    pagefind ? "worker-src 'self'" : wasm ? undefined : "worker-src 'none'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    `frame-ancestors ${frameAncestors}`,
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
    trustedTypes ? "require-trusted-types-for 'script'" : undefined,
  ].filter((d): d is string => d !== undefined);
  const named = new Map(base.map((d) => [d.split(' ')[0]!, d]));
  for (const [name, value] of Object.entries(directives)) named.set(name, `${name} ${value}`);
  return [...named.values()].join('; ');
}

/** The section of a site path: its first segment after the base and the language (`search`, `embed/builder`...). */
function sectionOf(path: string, base: string): string[] {
  const b = withTrailingSlash(base);
  const rest = path.startsWith(b) ? path.slice(b.length) : path.replace(/^\/+/, '');
  const parts = rest.split('/').filter(Boolean);
  if (parts[0] && LANGUAGE_DIRS.has(parts[0])) parts.shift();
  return parts;
}

/**
 * The policy of the page at `path` (a URL path under `base`, such as
 * `/fr/search/`). One function for the header and the meta tag; a section
 * that needs another policy gets a branch here (and `directives` if the
 * options above are not enough).
 */
export function pagePolicy(path: string, base = '/'): PolicyOptions {
  const [first, second] = sectionOf(path, base);
  if (first === 'pagefind') return { frameAncestors: "'self'", wasm: true };
  // The embed, in any language, is framed by partner sites; its builder is a page of the site.
  if (first === 'embed' && second !== 'builder') return { frameAncestors: '*', pagefind: true };
  if (first === 'search') return { frameAncestors: "'self'", pagefind: true };
  return { frameAncestors: "'self'", trustedTypes: true };
}

/**
 * The CSP header of the page at `path`: the web editor's own under
 * `/admin/editor/`, else from pagePolicy(). `/admin/` itself, the editor's
 * first screen, is an ordinary page of the site with the ordinary policy.
 */
export function policyForPath(path: string, base = '/'): string {
  const [first, second] = sectionOf(path, base);
  if (first === 'admin' && second === 'editor') return adminContentSecurityPolicy(process.env.ATLAS_CMS_AUTH_URL);
  return contentSecurityPolicy(pagePolicy(path, base));
}

/**
 * The same policy for a `<meta http-equiv="Content-Security-Policy">`, which
 * cannot carry `frame-ancestors` (browsers ignore it there): framing is
 * protected only where the host sends the header.
 */
export function metaPolicyForPath(path: string, base = '/'): string {
  return policyForPath(path, base)
    .split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ');
}

/**
 * The web editor at `/admin/` only (Sveltia CMS, served from this site): it
 * calls GitHub's API (and GitHub's status page, to say when GitHub is down),
 * reads its own logo from a `data:` URL, shows GitHub avatars, keeps the
 * images being uploaded as `blob:` URLs (and reads them back), and styles
 * its widgets with inline `style` attributes. It never runs inline
 * scripts, eval or code from elsewhere. `authUrl` is the origin of the OAuth
 * proxy (docs/web-editor.md), if any.
 */
export function adminContentSecurityPolicy(authUrl?: string): string {
  const github = 'https://api.github.com';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
    "media-src 'self' blob:",
    "font-src 'self'",
    `connect-src 'self' data: blob: ${github} https://www.githubstatus.com${authUrl ? ` ${new URL(authUrl).origin}` : ''}`,
    "frame-src 'self' blob:",
    "frame-ancestors 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

/** For files whose URL changes when they do: Astro's hashed assets. */
export const IMMUTABLE: Record<string, string> = { 'Cache-Control': 'public, max-age=31536000, immutable' };

/** Powerful features no page of the Atlas uses, refused to it and to anything it frames. */
export const PERMISSIONS_POLICY = 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()';

/**
 * Headers every response gets, from one catch-all rule, so that a 404 for any
 * path has them too. Its Content-Security-Policy comes from the 404 page's
 * meta tag: a CSP in the catch-all would add a second policy to every path.
 */
export const COMMON_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': PERMISSIONS_POLICY,
};

export interface HeaderRule {
  /** Netlify/Cloudflare path pattern: exact, or ending in `*`. */
  pattern: string;
  headers: Record<string, string>;
}

/**
 * Folders whose pages do not all share one policy: the language folders
 * (`/fr/search/` differs from `/fr/practices/`), the embed's (`/embed/`
 * is framable, `/embed/builder/` is not) and the web editor's (`/admin/` is
 * a page of the site, `/admin/editor/` the editor). Their rules go one level down.
 */
export function isMixedFolder(dir: string): boolean {
  const parts = dir.split('/').filter(Boolean);
  if (parts.length === 1 && LANGUAGE_DIRS.has(parts[0]!)) return true;
  const rest = parts[0] && LANGUAGE_DIRS.has(parts[0]) ? parts.slice(1) : parts;
  // `/admin/` is a page of the site; the editor under it, `/admin/editor/`, has its own policy.
  return rest.length === 1 && (rest[0] === 'embed' || rest[0] === 'admin');
}

/**
 * One CSP rule per folder or file, so no path gets two CSPs: hosts merge the
 * headers of overlapping rules, and two CSPs would combine into the stricter
 * one, taking `frame-ancestors *` away from `/embed/`. `dirs` and `files`
 * are paths relative to the site's root; a mixed folder (`isMixedFolder`)
 * gets a rule for its own index and its children are listed in turn. The
 * overlapping rule carries no CSP: the catch-all's common headers.
 */
/** Pagefind's folders of content-hashed chunks. */
const PAGEFIND_CHUNK_DIRS = ['index', 'filter', 'fragment'] as const;

export function headerRules(base: string, dirs: string[], files: string[]): HeaderRule[] {
  const b = withTrailingSlash(base);
  const csp = (path: string) => ({ 'Content-Security-Policy': policyForPath(path, b) });
  const open = { 'Access-Control-Allow-Origin': '*' };
  const rules: HeaderRule[] = [{ pattern: `${b}*`, headers: COMMON_HEADERS }, { pattern: b, headers: csp(b) }];
  for (const dir of [...dirs].sort()) {
    const url = `${b}${dir}/`;
    if (isMixedFolder(dir)) {
      rules.push({ pattern: url, headers: csp(url) });
      continue;
    }
    const pattern = `${url}*`;
    const section = dir.split('/')[0];
    // Open data, feeds and Pagefind's index may be read by partner sites.
    if (section === 'pagefind' || section === 'api' || section === 'feeds') rules.push({ pattern, headers: { ...open, ...csp(url) } });
    // File names that change with their content can be kept for a year.
    else if (section === '_astro') rules.push({ pattern, headers: { ...csp(url), ...IMMUTABLE } });
    else rules.push({ pattern, headers: csp(url) });
    // Pagefind names its word, filter and fragment chunks after their content,
    // so a returning reader's next search fetches only chunks it lacks. These
    // rules add no CSP: hosts merge them with the folder's rule above.
    if (dir === 'pagefind') for (const chunks of PAGEFIND_CHUNK_DIRS) rules.push({ pattern: `${url}${chunks}/*`, headers: IMMUTABLE });
  }
  for (const file of [...files].sort()) {
    // embed.js is a script partners load, not a page: it needs no policy of its own.
    rules.push({ pattern: `${b}${file}`, headers: file === 'embed.js' ? open : csp(`${b}${file}`) });
  }
  return rules;
}

export function formatHeadersFile(rules: HeaderRule[]): string {
  return (
    '# Generated at build time by src/publishing/security-headers.ts: edit that file, not this one.\n' +
    rules
      .map((r) => `${r.pattern}\n${Object.entries(r.headers).map(([k, v]) => `  ${k}: ${v}`).join('\n')}`)
      .join('\n') +
    '\n'
  );
}

/** Parses a `_headers` file (for the local server and for tests). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const i = line.indexOf(':');
      if (i > 0 && rules.length) rules.at(-1)!.headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}

/** Headers for a path: every matching rule, in order, as the hosts apply them. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const match = rule.pattern.endsWith('*') ? path.startsWith(rule.pattern.slice(0, -1)) : path === rule.pattern;
    if (match) Object.assign(out, rule.headers);
  }
  return out;
}
