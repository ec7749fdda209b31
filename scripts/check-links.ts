/**
 * Checks every internal link and asset reference of a built site: each
 * `href`/`src`/`srcset` that points into the site must resolve to a file.
 * Usage: node scripts/check-links.ts [dist] [base]
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { siteFiles } from '../src/publishing/site-files.ts';

export interface BrokenLink {
  page: string;
  url: string;
}

function resolves(root: string, base: string, pathname: string): boolean {
  if (!pathname.startsWith(base)) return false;
  const rel = decodeURIComponent(pathname.slice(base.length));
  const file = join(root, rel);
  if (existsSync(file) && statSync(file).isFile()) return true;
  return existsSync(join(file, 'index.html'));
}

export function checkLinks(root: string, base = '/'): { pages: number; links: number; broken: BrokenLink[] } {
  const pages = siteFiles(root).filter((f) => f.endsWith('.html'));
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const page of pages) {
    const doc = parse(readFileSync(join(root, page), 'utf8'));
    const pageUrl = new URL(base + page.replace(/(^|\/)index\.html$/, '$1'), 'http://site.invalid');
    const urls: string[] = [];
    for (const el of doc.querySelectorAll('[href], [src], [srcset]')) {
      for (const attr of ['href', 'src']) {
        const v = el.getAttribute(attr);
        if (v) urls.push(v);
      }
      const srcset = el.getAttribute('srcset');
      if (srcset) urls.push(...srcset.split(',').map((s) => s.trim().split(/\s+/)[0]!).filter(Boolean));
    }
    for (const raw of urls) {
      const url = new URL(raw, pageUrl);
      if (url.origin !== pageUrl.origin) continue;
      links++;
      if (!resolves(root, base, url.pathname)) broken.push({ page, url: raw });
    }
  }
  return { pages: pages.length, links, broken };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? 'dist';
  const base = process.argv[3] ?? '/';
  const { pages, links, broken } = checkLinks(root, base);
  for (const b of broken) console.log(`${b.page}: broken link ${b.url}`);
  console.log(`${pages} pages, ${links} internal links, ${broken.length} broken.`);
  process.exit(broken.length ? 1 : 0);
}
