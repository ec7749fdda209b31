import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { get } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { contentSecurityPolicy, formatHeadersFile, headerRules, headersFor, parseHeadersFile } from '../../src/lib/security-headers.ts';
import { inSitemap, withPracticeAlternates } from '../../src/lib/sitemap.ts';

describe('security headers', () => {
  const rules = headerRules('/hub/', ['practices', 'embed', 'api', 'pagefind', '_astro', 'search'], ['index.html', 'embed.js', '404.html']);

  it('is strict everywhere: no inline code, no WebAssembly or workers, framing only for embeds', () => {
    const csp = contentSecurityPolicy({ frameAncestors: "'self'" });
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('wasm-unsafe-eval');
    expect(csp).not.toContain('worker-src');
    // Pagefind's own scripts (its worker, if used from this origin) may run WebAssembly.
    expect(headersFor(rules, '/hub/pagefind/pagefind-worker.js')['Content-Security-Policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(headersFor(rules, '/hub/practices/x/')['Content-Security-Policy']).not.toContain('wasm');
    expect(csp).not.toContain('unsafe-inline');
    expect(headersFor(rules, '/hub/practices/x/')['Content-Security-Policy']).toContain("frame-ancestors 'self'");
    expect(headersFor(rules, '/hub/embed/')['Content-Security-Policy']).toContain('frame-ancestors *');
    expect(headersFor(rules, '/hub/')['Content-Security-Policy']).toContain("frame-ancestors 'self'");
    expect(headersFor(rules, '/hub/api/practices.json')['Access-Control-Allow-Origin']).toBe('*');
    expect(headersFor(rules, '/hub/embed.js')['Access-Control-Allow-Origin']).toBe('*');
  });

  it('never lets two CSPs apply to one path (hosts would merge them)', () => {
    for (const path of ['/hub/', '/hub/embed/', '/hub/practices/a/', '/hub/api/x.json', '/hub/embed.js', '/hub/404.html', '/hub/search/', '/hub/search/index/en-0123456789/t/a.json']) {
      const matching = rules.filter((r) => (r.pattern.endsWith('*') ? path.startsWith(r.pattern.slice(0, -1)) : path === r.pattern));
      // embed.js is a script partners load, not a page: it needs no policy of its own.
      expect(matching.filter((r) => r.headers['Content-Security-Policy']), path).toHaveLength(path.endsWith('embed.js') ? 0 : 1);
    }
  });

  it('lets hashed assets and the versioned search index be cached for a year, and nothing else', () => {
    const cache = (path: string) => headersFor(rules, path)['Cache-Control'];
    expect(cache('/hub/_astro/engine.D46ZtcPs.js')).toBe('public, max-age=31536000, immutable');
    expect(cache('/hub/search/index/en-0123456789/c/0.json')).toBe('public, max-age=31536000, immutable');
    for (const path of ['/hub/', '/hub/search/', '/hub/search/facets.json', '/hub/practices/a/', '/hub/api/x.json', '/hub/embed.js']) expect(cache(path), path).toBeUndefined();
  });

  it('round-trips through the _headers format', () => {
    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
  });
});

describe('sitemap', () => {
  it('lists documents under the base path in every language, not search or embeds', () => {
    const listed = (path: string) => inSitemap(`https://ex.org/hub/${path}`, 'https://ex.org', '/hub/');
    for (const path of ['', 'practices/a/', 'fr/', 'es/themes/health/', 'fr/regions/africa/']) expect(listed(path), path).toBe(true);
    for (const path of ['search/', 'fr/search/', 'es/search/', 'embed/', 'embed/builder/', 'fr/embed/builder/']) expect(listed(path), path).toBe(false);
  });
});

describe('the static server', () => {
  it('serves the base path, directory indexes, gzip, 404 and the site headers', async () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-serve-'));
    mkdirSync(join(root, 'practices', 'a'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<h1>Home</h1>');
    writeFileSync(join(root, 'practices', 'a', 'index.html'), '<h1>A</h1>');
    writeFileSync(join(root, '404.html'), '<h1>Not found</h1>');
    writeFileSync(join(root, '_headers'), formatHeadersFile(headerRules('/hub/', ['practices'], ['index.html', '404.html'])));
    const { server, url } = await startStaticServer({ root, base: '/hub/' });
    try {
      const page = await fetch(url + 'practices/a/', { headers: { 'accept-encoding': 'gzip' } });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(await page.text()).toBe('<h1>A</h1>');
      const gzipped = await new Promise<{ encoding?: string; body: Buffer }>((resolve) =>
        get(url + 'practices/a/', { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
        }),
      );
      expect(gzipped.encoding).toBe('gzip');
      expect(gunzipSync(gzipped.body).toString()).toBe('<h1>A</h1>');
      const redirect = await fetch(url + 'practices/a', { redirect: 'manual' });
      expect(redirect.status).toBe(301);
      expect(redirect.headers.get('location')).toBe('/hub/practices/a/');
      const missing = await fetch(url + 'nothing/');
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain('Not found');
      expect((await fetch(url + '..%2f..%2fetc/passwd')).status).not.toBe(200);
      expect((await fetch(url.replace('/hub/', '/other/'))).status).toBe(404);
    } finally {
      server.close();
    }
  });
});

describe('sitemap alternates of a translated practice', () => {
  it('repeats the alternates the practice page names, and leaves other pages alone', () => {
    const page = '<link rel="alternate" hreflang="fr" href="https://ex.org/hub/practices/a-fr/"><link rel="alternate" hreflang="en" href="https://ex.org/hub/practices/a/">';
    const read = (file: string) => (file === 'practices/a/index.html' ? page : undefined);
    expect(withPracticeAlternates({ url: 'https://ex.org/hub/practices/a/' }, 'https://ex.org', '/hub/', read).links).toEqual([
      { lang: 'fr', url: 'https://ex.org/hub/practices/a-fr/' },
      { lang: 'en', url: 'https://ex.org/hub/practices/a/' },
    ]);
    expect(withPracticeAlternates({ url: 'https://ex.org/hub/practices/b/' }, 'https://ex.org', '/hub/', read).links).toBeUndefined();
    expect(withPracticeAlternates({ url: 'https://ex.org/hub/practices/page/2/' }, 'https://ex.org', '/hub/', read).links).toBeUndefined();
  });
});
