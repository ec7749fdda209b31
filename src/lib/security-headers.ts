/**
 * HTTP headers for the built site, written to `dist/_headers` (the format
 * Netlify and Cloudflare Pages read) and applied by the local server, so the
 * pages are tested under the same strict Content-Security-Policy they ship with.
 *
 * No 'unsafe-inline' anywhere: pages have no inline script or style.
 * WebAssembly (`wasm`: 'wasm-unsafe-eval' and same-origin workers) only where
 * Pagefind runs: the search pages and the embed view, and `/pagefind/`
 * itself, whose worker (Pagefind's own UIs) runs under its script's policy.
 */
export function contentSecurityPolicy({ frameAncestors, wasm = false }: { frameAncestors: string; wasm?: boolean }): string {
  return [
    "default-src 'self'",
    wasm ? "script-src 'self' 'wasm-unsafe-eval'" : "script-src 'self'",
    wasm ? "worker-src 'self'" : "worker-src 'none'",
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

/** Folders of the French and Spanish pages, whose sections get rules of their own. */
export const LANGUAGE_FOLDERS = ['fr', 'es'];

/** Sections whose pages run Pagefind: the search pages (in every language) and the embed view. */
export function runsPagefind(section: string): boolean {
  return /^(?:(?:fr|es)\/)?(?:search|embed)$/.test(section) || section === 'pagefind';
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
  const searching = { 'Content-Security-Policy': contentSecurityPolicy({ frameAncestors: "'self'", wasm: true }), ...COMMON_HEADERS };
  const embeddable = { 'Content-Security-Policy': contentSecurityPolicy({ frameAncestors: '*', wasm: true }), ...COMMON_HEADERS };
  const open = { 'Access-Control-Allow-Origin': '*', ...COMMON_HEADERS };
  const rules: HeaderRule[] = [{ pattern: b, headers: strict }];
  for (const section of [...sections].sort()) {
    const pattern = `${b}${section}/*`;
    if (section === 'embed' || /^(?:fr|es)\/embed$/.test(section)) rules.push({ pattern, headers: embeddable });
    // Open data, feeds and Pagefind's index may be read by partner sites.
    else if (section === 'pagefind') {
      const csp = contentSecurityPolicy({ frameAncestors: "'self'", wasm: true });
      rules.push({ pattern, headers: { ...open, ...strict, 'Content-Security-Policy': csp } });
    } else if (section === 'api' || section === 'feeds') rules.push({ pattern, headers: { ...open, ...strict } });
    // File names that change with their content can be kept for a year.
    else if (section === '_astro') rules.push({ pattern, headers: { ...strict, ...IMMUTABLE } });
    else rules.push({ pattern, headers: runsPagefind(section) ? searching : strict });
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
