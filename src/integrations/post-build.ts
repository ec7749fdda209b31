import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readdirSync, writeFileSync } from 'node:fs';
import { formatHeadersFile, headerRules } from '../lib/security-headers.ts';
import { sitemapXml } from '../lib/sitemap.ts';
import { siteFiles } from '../lib/site-files.ts';

/** Writes `_headers`, one rule per top-level folder and file of the built site. */
function writeHeaders(site: string, base: string): void {
  const entries = readdirSync(site, { withFileTypes: true }).filter((e) => !e.name.startsWith('_headers'));
  const sections = entries.filter((e) => e.isDirectory()).map((e) => e.name).concat('pagefind');
  const files = entries.filter((e) => e.isFile()).map((e) => e.name);
  writeFileSync(join(site, '_headers'), formatHeadersFile(headerRules(base, [...new Set(sections)], files)));
}

/**
 * After the build: writes the sitemap, robots.txt and `_headers`, then builds
 * the Pagefind index over the finished site. Only practice pages carry
 * `data-pagefind-body`, so listing pages stay out of results; filters and the
 * date sort come from `data-pagefind-filter` / `data-pagefind-sort` attributes.
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
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        writeFileSync(join(root, 'sitemap.xml'), sitemapXml(siteFiles(root), site, base));
        writeFileSync(join(root, 'robots.txt'), `User-agent: *\nAllow: /\nSitemap: ${site}${base}sitemap.xml\n`);
        writeHeaders(root, base);
        const { createIndex, close } = await import('pagefind');
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: root });
        if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        logger.info(`Pagefind read ${added.page_count} pages and indexed the practice pages among them.`);
        await close();
      },
    },
  };
}
