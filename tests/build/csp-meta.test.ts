/**
 * Issue 11: every page carries its Content-Security-Policy in a meta tag, for
 * hosts that ignore `_headers` (GitHub Pages), and that policy is the one the
 * `_headers` rules send for the page, minus `frame-ancestors`, which a meta
 * tag cannot carry.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { headersFor, metaPolicyForPath, parseHeadersFile } from '../../src/publishing/security-headers.ts';
import { siteFiles } from '../../src/publishing/site-files.ts';
import { FIXTURE } from '../support/sites.ts';

/**
 * Pages not built with BaseLayout, which must add the meta tag themselves
 * (`metaPolicyForPath`). The embed page is the lead's (issue 10); remove it
 * from here once it has the tag.
 */
const OWN_HEAD = new Set<string>();

describe('the CSP meta tag', () => {
  const rules = parseHeadersFile(readFileSync(join(FIXTURE.dist, '_headers'), 'utf8'));
  const pages = siteFiles(FIXTURE.dist).filter((f) => f.endsWith('.html'));

  it('is on every page, first in the head, with the policy of the page header but frame-ancestors', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages.filter((f) => !OWN_HEAD.has(f))) {
      const path = FIXTURE.base + file.replace(/index\.html$/, '');
      const head = parse(readFileSync(join(FIXTURE.dist, file), 'utf8')).querySelector('head')!;
      const metas = head.querySelectorAll('meta[http-equiv="Content-Security-Policy"]');
      expect(metas, file).toHaveLength(1);
      const content = metas[0]!.getAttribute('content');
      expect(content, file).toBe(metaPolicyForPath(path, FIXTURE.base));
      // Before any element that loads something: a policy applies only to what follows it.
      const first = head.childNodes.filter((n) => n.nodeType === 1).map((n) => (n as unknown as { rawTagName: string }).rawTagName);
      expect(first.slice(0, 2), file).toEqual(['meta', 'meta']);
      const header = headersFor(rules, path)['Content-Security-Policy'];
      if (header) expect(header.replace(/; frame-ancestors [^;]+/, ''), file).toBe(content);
    }
  });

  it('lets only the pages that run Pagefind run WebAssembly and workers', () => {
    for (const file of pages.filter((f) => !OWN_HEAD.has(f))) {
      const content = parse(readFileSync(join(FIXTURE.dist, file), 'utf8')).querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
      const pagefind = /^((fr|es)\/)?(search|embed)\/index\.html$/.test(file) && !file.includes('builder');
      expect(content.includes("'wasm-unsafe-eval'"), file).toBe(pagefind);
      expect(content.includes("worker-src 'self'"), file).toBe(pagefind);
    }
  });
});
