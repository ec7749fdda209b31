/**
 * HTTP headers for the built site, written to `dist/_headers` (the format
 * Netlify and Cloudflare Pages read) and applied by the local server, so the
 * pages are tested under the same strict Content-Security-Policy they ship with.
 *
 * No 'unsafe-inline' anywhere: pages have no inline script or style. No
 * 'wasm-unsafe-eval' and no workers either: the Atlas's search reads its own
 * index in plain JavaScript. Only `/pagefind/` allows WebAssembly (`wasm`):
 * a worker runs under the policy of its own script, so Pagefind's worker,
 * used from this origin (Pagefind's Default UI, the bench), needs it there.
 */
export function contentSecurityPolicy({ frameAncestors, wasm = false }: { frameAncestors: string; wasm?: boolean }): string {
  return [
    "default-src 'self'",
    wasm ? "script-src 'self' 'wasm-unsafe-eval'" : "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    `frame-ancestors ${frameAncestors}`,
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
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

/**
 * For files whose URL changes when they do: Astro's hashed assets and the
 * search index, whose folder is named after its content (`en-1a2b3c4d5e`).
 * A returning reader's search then costs no requests for what it already has.
 */
export const IMMUTABLE: Record<string, string> = { 'Cache-Control': 'public, max-age=31536000, immutable' };

export const COMMON_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

export interface HeaderRule {
  /** Netlify/Cloudflare path pattern: exact, or ending in `*`. */
  pattern: string;
  headers: Record<string, string>;
}

/**
 * One rule per top-level section of the site, so no path gets two CSPs:
 * hosts merge the headers of overlapping rules, and two CSPs would combine
 * into the stricter one, taking `frame-ancestors *` away from `/embed/`.
 * The one overlapping rule, `/search/index/*`, sets caching only.
 */
export function headerRules(base: string, sections: string[], files: string[]): HeaderRule[] {
  const b = base.endsWith('/') ? base : base + '/';
  const strict = { 'Content-Security-Policy': contentSecurityPolicy({ frameAncestors: "'self'" }), ...COMMON_HEADERS };
  const embeddable = { 'Content-Security-Policy': contentSecurityPolicy({ frameAncestors: '*' }), ...COMMON_HEADERS };
  const open = { 'Access-Control-Allow-Origin': '*', ...COMMON_HEADERS };
  const rules: HeaderRule[] = [{ pattern: b, headers: strict }];
  for (const section of [...sections].sort()) {
    const pattern = `${b}${section}/*`;
    if (section === 'embed') rules.push({ pattern, headers: embeddable });
    else if (section === 'admin') {
      const csp = adminContentSecurityPolicy(process.env.ATLAS_CMS_AUTH_URL);
      rules.push({ pattern, headers: { ...COMMON_HEADERS, 'Content-Security-Policy': csp } });
    }
    // Open data, feeds and Pagefind's index may be read by partner sites.
    else if (section === 'pagefind') {
      const csp = contentSecurityPolicy({ frameAncestors: "'self'", wasm: true });
      rules.push({ pattern, headers: { ...open, ...strict, 'Content-Security-Policy': csp } });
    } else if (section === 'api' || section === 'feeds') rules.push({ pattern, headers: { ...open, ...strict } });
    // File names that change with their content can be kept for a year.
    else if (section === '_astro') rules.push({ pattern, headers: { ...strict, ...IMMUTABLE } });
    else rules.push({ pattern, headers: strict });
    if (section === 'search') rules.push({ pattern: `${b}search/index/*`, headers: IMMUTABLE });
  }
  for (const file of [...files].sort()) {
    const headers = file === 'embed.js' ? open : strict;
    rules.push({ pattern: `${b}${file}`, headers });
  }
  return rules;
}

export function formatHeadersFile(rules: HeaderRule[]): string {
  return (
    '# Generated at build time by src/lib/security-headers.ts: edit that file, not this one.\n' +
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
