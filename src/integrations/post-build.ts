import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readdirSync, writeFileSync } from 'node:fs';
import { LANGUAGE_FOLDERS, formatHeadersFile, headerRules } from '../lib/security-headers.ts';
import { sitemapXml } from '../lib/sitemap.ts';
import { siteFiles } from '../lib/site-files.ts';

/**
 * Writes `_headers`: one rule per top-level folder and file of the built site,
 * and inside a language folder (`fr/`, `es/`) one per folder and file of its
 * own, so that `/fr/search/` can run Pagefind while `/fr/` cannot.
 */
function writeHeaders(site: string, base: string): void {
  const entries = readdirSync(site, { withFileTypes: true }).filter((e) => !e.name.startsWith('_headers'));
  const sections: string[] = ['pagefind'];
  const files: string[] = [];
  for (const e of entries) {
    if (e.isFile()) files.push(e.name);
    else if (!LANGUAGE_FOLDERS.includes(e.name)) sections.push(e.name);
    else {
      files.push(`${e.name}/`);
      for (const child of readdirSync(join(site, e.name), { withFileTypes: true })) {
        (child.isDirectory() ? sections : files).push(`${e.name}/${child.name}`);
      }
    }
  }
  writeFileSync(join(site, '_headers'), formatHeadersFile(headerRules(base, [...new Set(sections)], files)));
}

/**
 * After the build: writes the sitemap, robots.txt and `_headers`. The search
 * index is the Pagefind integration's (src/integrations/pagefind.ts).
 */
export default function postBuild(): AstroIntegration {
  let base = '/';
  let site = '';
  return {
    name: 'practice-atlas-post-build',
    hooks: {
      'astro:config:setup': ({ command }) => {
        // Drafts are for `astro dev` only. Decided from the command, not from
        // NODE_ENV, which test runners and CI set to other values.
        process.env.ATLAS_INCLUDE_DRAFTS = command === 'dev' ? '1' : '0';
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = (config.site ?? '').replace(/\/+$/, '');
      },
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const files = siteFiles(root);
        writeFileSync(join(root, 'sitemap.xml'), sitemapXml(files, site, base));
        writeFileSync(join(root, 'robots.txt'), `User-agent: *\nAllow: /\nSitemap: ${site}${base}sitemap.xml\n`);
        writeHeaders(root, base);
      },
    },
  };
}
