/**
 * The web editor in the built site: only /admin/ has the CMS, it is whole
 * (no file fetched from elsewhere), its configuration is generated, and its
 * own Content-Security-Policy is the header's, for hosts that send none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/lib/security-headers.ts';
import { siteFiles } from '../../src/lib/site-files.ts';
import { FIXTURE } from '../support/sites.ts';

const read = (path: string) => readFileSync(join(FIXTURE.dist, path), 'utf8');

describe('/admin/ in the built site', () => {
  it('is the only page that loads the CMS', () => {
    const pages = siteFiles(FIXTURE.dist).filter((f) => f.endsWith('.html'));
    const loading = pages.filter((f) => /sveltia|\/admin\//i.test(read(f).replace(/<a [^>]*>/g, '')));
    expect(loading).toEqual(['admin/index.html']);
    const admin = parse(read('admin/index.html'));
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
    const header = headersFor(parseHeadersFile(read('_headers')), `${FIXTURE.base}admin/`)['Content-Security-Policy']!;
    const meta = parse(read('admin/index.html')).querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(header.split('; ').filter((d) => !d.startsWith('frame-ancestors'))).toEqual(meta.split('; '));
    expect(header).toContain("script-src 'self';");
  });
});
