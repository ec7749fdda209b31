import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readdirSync, writeFileSync } from 'node:fs';
import { formatHeadersFile, headerRules, isMixedFolder } from '../security-headers.ts';
import { withTrailingSlash } from '../../i18n/base-path.ts';
import { adminOutput } from './admin.ts';
import { notFoundFile } from './localized-404.ts';

/**
 * Writes `_headers`: one rule per top-level folder and file of the built
 * site, and one level further down in the folders whose pages differ in
 * policy (`isMixedFolder`: the language folders, the embed's). The site is
 * read as the other integrations leave it, whichever runs first: Pagefind's
 * folder, the web editor's files, and each 404 page as `404.html`.
 */
function writeHeaders(site: string, base: string): void {
  const dirs = new Set<string>(['pagefind']);
  const files = new Set<string>();
  const add = (path: string, isDir: boolean) => {
    const moved = isDir ? notFoundFile(`${path}/index.html`) : undefined;
    if (moved) files.add(moved);
    else (isDir ? dirs : files).add(path);
  };
  const walk = (rel: string) => {
    for (const e of readdirSync(join(site, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.name.startsWith('_headers')) continue;
      if (e.isDirectory()) {
        add(path, true);
        if (isMixedFolder(path)) walk(path);
      } else if (e.isFile()) add(path, false);
    }
  };
  walk('');
  for (const name of adminOutput(base)) {
    const [first, ...rest] = name.split('/');
    add(`admin/${first}`, rest.length > 0);
  }
  writeFileSync(join(site, '_headers'), formatHeadersFile(headerRules(base, [...dirs], [...files])));
}

/**
 * After the build: writes robots.txt and `_headers`. The search
 * index is the Pagefind integration's (src/publishing/integrations/pagefind.ts).
 */
export default function postBuild(): AstroIntegration {
  let base = '/';
  let site = '';
  return {
    name: 'practice-atlas-post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
        site = (config.site ?? '').replace(/\/+$/, '');
      },
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        // The sitemap itself is @astrojs/sitemap's (astro.config.mjs), with hreflang alternates.
        writeFileSync(join(root, 'robots.txt'), `User-agent: *\nAllow: /\nSitemap: ${site}${base}sitemap-index.xml\n`);
        writeHeaders(root, base);
      },
    },
  };
}
