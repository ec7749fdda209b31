/**
 * The web editor in the built site: only /admin/editor/ has the CMS, it is
 * whole (no file fetched from elsewhere), its configuration is generated, and
 * its own Content-Security-Policy is the header's, for hosts that send none.
 * /admin/ is its first screen, an Atlas page in three languages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/publishing/security-headers.ts';
import { siteFiles } from '../../src/publishing/site-files.ts';
import { FIXTURE, REAL } from '../support/sites.ts';

const read = (path: string) => readFileSync(join(FIXTURE.dist, path), 'utf8');

describe('/admin/ in the built site', () => {
  it('is the only page that loads the CMS', () => {
    const pages = siteFiles(FIXTURE.dist).filter((f) => f.endsWith('.html'));
    const loading = pages.filter((f) => parse(read(f)).querySelectorAll('script[src*="sveltia"], link[rel="cms-config-url"]').length > 0);
    expect(loading).toEqual(['admin/editor/index.html']);
    const admin = parse(read('admin/editor/index.html'));
    expect(admin.querySelectorAll('script').map((s) => s.getAttribute('src'))).toEqual([`${FIXTURE.base}admin/sveltia-cms.js`]);
    expect(admin.querySelectorAll('[style], style')).toHaveLength(0);
  });

  it('has everything the CMS loads, served from the site', () => {
    const script = read('admin/sveltia-cms.js');
    expect(script).not.toMatch(/https:\/\/cdn\.jsdelivr\.net|https:\/\/unpkg\.com\/@sveltia\/cms/);
    for (const [, path] of script.matchAll(new RegExp(`${FIXTURE.base}admin/(fonts/[^)'"\`\\s]+)`, 'g'))) {
      expect(existsSync(join(FIXTURE.dist, 'admin', path!)), path).toBe(true);
    }
    const { version } = JSON.parse(read('admin/cms/package.json')) as { version: string };
    for (const locale of ['fr', 'es-CO']) expect(existsSync(join(FIXTURE.dist, 'admin', `cms@${version}`, 'locales', `${locale}.json`))).toBe(true);
  });

  it('has a generated configuration for pull requests on GitHub', () => {
    const config = parseYaml(read('admin/config.yml')) as { backend: { name: string }; publish_mode: string; collections: unknown[] };
    expect(read('admin/config.yml')).toMatch(/^# Generated at build time from src\/schemas\/practice\.ts/);
    expect(config).toMatchObject({ backend: { name: 'github' }, publish_mode: 'editorial_workflow' });
    // Practices, and the building blocks they share.
    expect((config.collections as { name: string }[]).map((c) => c.name)).toEqual(['practices', 'buildingBlocks']);
  });

  it('carries the header\'s policy in the page too, for hosts without headers', () => {
    const header = headersFor(parseHeadersFile(read('_headers')), `${FIXTURE.base}admin/editor/`)['Content-Security-Policy']!;
    const meta = parse(read('admin/editor/index.html')).querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(header.split('; ').filter((d) => !d.startsWith('frame-ancestors'))).toEqual(meta.split('; '));
    expect(header).toContain("script-src 'self';");
  });
});

describe('/admin/: the editor\'s first screen', () => {
  const page = (dist: string, path: string) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));

  it('explains, in three languages, who can sign in and what saving does, in the Atlas\'s look', () => {
    for (const [path, lang, h1] of [
      ['admin', 'en', 'The web editor'],
      ['fr/admin', 'fr', 'L’éditeur en ligne'],
      ['es/admin', 'es', 'El editor web'],
    ] as const) {
      const doc = page(FIXTURE.dist, path);
      expect(doc.querySelector('html')!.getAttribute('lang')).toBe(lang);
      expect(doc.querySelector('h1')!.text).toBe(h1);
      expect(doc.querySelector('title')!.text).toBe(`${h1} | Practice Atlas`);
      expect(doc.querySelector('.site-header')).not.toBeNull();
      expect(doc.querySelectorAll('h2')).toHaveLength(3);
      expect(doc.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
      expect(doc.querySelectorAll('script')).toHaveLength(0);
    }
  });

  it('without a sign-in proxy, says so and leads to the form rather than to a button that hangs', () => {
    const doc = page(FIXTURE.dist, 'admin');
    expect(doc.querySelector('[data-no-sign-in]')!.text).toContain('ATLAS_CMS_AUTH_URL');
    const primary = doc.querySelector('.actions .button')!;
    expect(primary.getAttribute('href')).toBe(`${FIXTURE.base}contribute/`);
    expect(doc.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(`${FIXTURE.base}admin/editor/`);
    expect(doc.text).not.toContain('Sign In with GitHub');
  });

  it('with one (the real site is built with ATLAS_CMS_AUTH_URL), opens the editor', () => {
    const doc = page(REAL.dist, 'admin');
    expect(doc.querySelector('[data-no-sign-in]')).toBeNull();
    expect(doc.querySelector('.actions .button')!.getAttribute('href')).toBe(`${REAL.base}admin/editor/`);
    expect(doc.text).toContain('Sign In with GitHub');
  });
});
