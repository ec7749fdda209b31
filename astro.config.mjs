// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import admin from './src/publishing/integrations/admin.ts';
import postBuild from './src/publishing/integrations/post-build.ts';
import pagefind from './src/publishing/integrations/pagefind.ts';
import localized404 from './src/publishing/integrations/localized-404.ts';
import { bodyGuard } from './src/catalogue/validate/compile-guard.ts';
import { siteConfig } from './src/i18n/site-config.ts';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { I18N } from './src/i18n/locales.ts';
import { SITEMAP_I18N, inSitemap, withPracticeAlternates } from './src/publishing/sitemap.ts';

const { site, base } = siteConfig();
const outDir = process.env.ATLAS_OUT_DIR || './dist';

export default defineConfig({
  site,
  base,
  outDir,
  // Tests build several content sets; each keeps its own content cache.
  cacheDir: process.env.ATLAS_OUT_DIR ? `${outDir}/../.astro-cache` : './node_modules/.astro',
  trailingSlash: 'always',
  // One cached stylesheet and no inline styles or scripts, so pages run under
  // a strict Content-Security-Policy without 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Test and bench builds write thousands of files under tests/.output and
  // .bench: the dev server must not reload on them.
  vite: { build: { assetsInlineLimit: 0 }, server: { watch: { ignored: ['**/tests/.output/**', '**/.bench/**'] } } },
  // Astro 7's Markdown engine (Sätteri) has GitHub-flavoured Markdown built in:
  // tables, footnotes, autolinks and strikethrough need no remark-gfm. Its one
  // plugin enforces the body rules (no code, no raw HTML, bounded nesting) on
  // the very tree being compiled, for Markdown and, inherited by mdx(), MDX:
  // the build refuses code even when `npm run check` was skipped.
  markdown: { processor: satteri({ mdastPlugins: [bodyGuard()] }) },
  integrations: [
    mdx(),
    // Every page with its French and Spanish twins as hreflang alternates.
    sitemap({
      i18n: SITEMAP_I18N,
      filter: (url) => inSitemap(url, site, base),
      serialize: (item) =>
        withPracticeAlternates(item, site, base, (file) => {
          const path = join(outDir, file);
          return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
        }),
    }),
    // admin() writes /admin/ before postBuild() writes the headers of every folder.
    admin(),
    postBuild(),
    localized404(),
    pagefind(),
  ],
  // English at /, French and Spanish under /fr/ and /es/ with the same path
  // segments and ids: src/i18n/locales.ts, which the rest of the code reads.
  // Each route is written once, under src/pages/[...locale]/.
  i18n: { ...I18N, locales: [...I18N.locales] },
  devToolbar: { enabled: false },
  experimental: {
    // A page whose getStaticPaths() gives a cacheKey, and whose code is
    // unchanged, is copied from the last build instead of rendered: practice
    // pages and citation files do (src/catalogue/page-keys.ts). Also tried at
    // 2,000 generated practices, peak memory of the build: the loader as it
    // is, 2.30 GB; with `collectionStorage: 'chunked'`, 2.27 GB (no gain, not
    // used); every body deferred to Astro's MDX compiler (the glob loader's
    // `deferRender`), 2.80 GB and a 30 s longer Vite build (not used).
    incrementalBuild: true,
  },
});
