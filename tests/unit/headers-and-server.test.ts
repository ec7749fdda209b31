import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { get } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { PERMISSIONS_POLICY, contentSecurityPolicy, formatHeadersFile, headerRules, headersFor, metaPolicyForPath, parseHeadersFile, policyForPath } from '../../src/publishing/security-headers.ts';
import { inSitemap, withPracticeAlternates } from '../../src/publishing/sitemap.ts';

describe('security headers', () => {
  const rules = headerRules(
    '/hub/',
    ['practices', 'embed', 'embed/builder', 'fr', 'fr/search', 'fr/embed', 'fr/practices', 'api', 'pagefind', '_astro', 'search'],
    ['index.html', 'embed.js', '404.html', 'embed/index.html', 'fr/index.html', 'fr/embed/index.html'],
  );
  const csp = (path: string) => headersFor(rules, path)['Content-Security-Policy'] ?? '';

  it('is strict everywhere: no inline code, WebAssembly and workers only where Pagefind runs, framing only for embeds', () => {
    const strict = contentSecurityPolicy({ frameAncestors: "'self'", trustedTypes: true });
    expect(strict).toMatchInlineSnapshot(`"default-src 'self'; script-src 'self'; worker-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-src 'self'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'; object-src 'none'; require-trusted-types-for 'script'"`);
    expect(strict).not.toContain('unsafe-inline');
    for (const page of ['/hub/', '/hub/practices/x/', '/hub/fr/', '/hub/fr/practices/x/', '/hub/embed/builder/', '/hub/404.html']) {
      expect(csp(page), page).not.toContain('wasm');
      expect(csp(page), page).toContain("worker-src 'none'");
      expect(csp(page), page).toContain("require-trusted-types-for 'script'");
    }
    // The pages that run Pagefind, in every language.
    for (const page of ['/hub/search/', '/hub/fr/search/', '/hub/embed/', '/hub/embed/index.html', '/hub/fr/embed/']) {
      expect(csp(page), page).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(csp(page), page).toContain("worker-src 'self'");
      expect(csp(page), page).not.toContain('trusted-types');
    }
    // Pagefind's own scripts (its worker) may run WebAssembly.
    expect(csp('/hub/pagefind/pagefind-worker.js')).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp('/hub/practices/x/')).toContain("frame-ancestors 'self'");
    expect(csp('/hub/embed/')).toContain('frame-ancestors *');
    expect(csp('/hub/fr/embed/')).toContain('frame-ancestors *');
    expect(csp('/hub/embed/builder/')).toContain("frame-ancestors 'self'");
    expect(csp('/hub/')).toContain("frame-ancestors 'self'");
    expect(headersFor(rules, '/hub/api/practices.json')['Access-Control-Allow-Origin']).toBe('*');
    expect(headersFor(rules, '/hub/embed.js')['Access-Control-Allow-Origin']).toBe('*');
  });

  it('gives every path, a 404 for an unknown one too, the common headers', () => {
    for (const path of ['/hub/', '/hub/no-such-section/x', '/hub/practices/a/', '/hub/embed.js']) {
      expect(headersFor(rules, path), path).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Permissions-Policy': PERMISSIONS_POLICY });
    }
  });

  it('never lets two CSPs apply to one path (hosts would merge them)', () => {
    for (const path of ['/hub/', '/hub/embed/', '/hub/embed/builder/', '/hub/fr/', '/hub/fr/search/', '/hub/fr/embed/', '/hub/practices/a/', '/hub/api/x.json', '/hub/embed.js', '/hub/404.html', '/hub/search/', '/hub/pagefind/index/en_613c259.pf_index']) {
      const matching = rules.filter((r) => (r.pattern.endsWith('*') ? path.startsWith(r.pattern.slice(0, -1)) : path === r.pattern));
      expect(matching.filter((r) => r.headers['Content-Security-Policy']), path).toHaveLength(path.endsWith('embed.js') ? 0 : 1);
      expect(matching.filter((r) => r.headers['X-Content-Type-Options']), path).toHaveLength(1);
    }
  });

  it('gives the meta tag the same policy as the header, without frame-ancestors', () => {
    for (const path of ['/hub/', '/hub/search/', '/hub/fr/embed/', '/hub/embed/builder/', '/hub/practices/a/']) {
      expect(metaPolicyForPath(path, '/hub/'), path).toBe(csp(path).replace(/; frame-ancestors [^;]+/, ''));
      expect(policyForPath(path, '/hub/'), path).toBe(csp(path));
    }
  });

  it('lets hashed assets and the versioned search index be cached for a year, and nothing else', () => {
    const cache = (path: string) => headersFor(rules, path)['Cache-Control'];
    expect(cache('/hub/_astro/engine.D46ZtcPs.js')).toBe('public, max-age=31536000, immutable');
    for (const chunk of ['index/en_613c259.pf_index', 'filter/en_2bee958.pf_filter', 'fragment/fr_96d4efd.pf_fragment']) {
      expect(cache(`/hub/pagefind/${chunk}`), chunk).toBe('public, max-age=31536000, immutable');
      // Merged with the folder's rule: still one policy, still open to partners.
      expect(headersFor(rules, `/hub/pagefind/${chunk}`)['Access-Control-Allow-Origin'], chunk).toBe('*');
    }
    for (const path of ['/hub/pagefind/pagefind.js', '/hub/pagefind/pagefind-entry.json', '/hub/pagefind/wasm.en.pagefind']) expect(cache(path), path).toBeUndefined();

    for (const path of ['/hub/', '/hub/search/', '/hub/search/facets.json', '/hub/practices/a/', '/hub/api/x.json', '/hub/embed.js']) expect(cache(path), path).toBeUndefined();
  });

  it('lets a section replace or add a directive by name, keeping the others', () => {
    const policy = contentSecurityPolicy({ frameAncestors: "'self'", directives: { 'connect-src': "'self' https://api.github.com", 'img-src': "'self' https:" } });
    expect(policy).toContain("connect-src 'self' https://api.github.com;");
    expect(policy).toContain("img-src 'self' https:;");
    expect(policy.match(/connect-src/g)).toHaveLength(1);
    expect(policy).toContain("script-src 'self';");
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
    mkdirSync(join(root, 'fr'));
    writeFileSync(join(root, 'fr', '404.html'), '<h1>Page introuvable</h1>');
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
      // The nearest 404.html up the tree, as Cloudflare Pages serves it.
      const missingFrench = await fetch(url + 'fr/pratiques/inconnue/');
      expect(missingFrench.status).toBe(404);
      expect(await missingFrench.text()).toContain('Page introuvable');
      expect(await (await fetch(url + 'francais/')).text()).toContain('Not found');
      expect((await fetch(url + '..%2f..%2fetc/passwd')).status).not.toBe(200);
      expect((await fetch(url.replace('/hub/', '/other/'))).status).toBe(404);
    } finally {
      server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('sitemap alternates of a translated practice', () => {
  it('names the versions the manifest gives, not the page saying one is missing, and leaves other pages alone', () => {
    const manifest = {
      practices: [
        {
          path: '/practices/a/',
          alternates: [
            { lang: 'en' as const, path: '/practices/a/' },
            { lang: 'fr' as const, path: '/practices/a-fr/' },
            { lang: 'es' as const, path: '/es/untranslated/a/', missing: true },
          ],
        },
        { path: '/practices/b/', alternates: [{ lang: 'en' as const, path: '/practices/b/' }, { lang: 'fr' as const, path: '/fr/untranslated/b/', missing: true }] },
      ],
    } as unknown as Parameters<typeof withPracticeAlternates>[3];
    expect(withPracticeAlternates({ url: 'https://ex.org/hub/practices/a/' }, 'https://ex.org', '/hub/', manifest).links).toEqual([
      { lang: 'en', url: 'https://ex.org/hub/practices/a/' },
      { lang: 'fr', url: 'https://ex.org/hub/practices/a-fr/' },
    ]);
    expect(withPracticeAlternates({ url: 'https://ex.org/hub/practices/b/' }, 'https://ex.org', '/hub/', manifest).links).toBeUndefined();
    expect(withPracticeAlternates({ url: 'https://ex.org/hub/practices/page/2/' }, 'https://ex.org', '/hub/', manifest).links).toBeUndefined();
    expect(withPracticeAlternates({ url: 'https://ex.org/hub/practices/a/' }, 'https://ex.org', '/hub/', undefined).links).toBeUndefined();
  });
});
