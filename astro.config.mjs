// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import admin from './src/publishing/integrations/admin.ts';
import postBuild from './src/publishing/integrations/post-build.ts';
import pagefind from './src/publishing/integrations/pagefind.ts';
import localized404 from './src/publishing/integrations/localized-404.ts';
import contentStoreFromDisk from './src/publishing/integrations/content-store-from-disk.ts';
import { bodyGuard } from './src/catalogue/validate/compile-guard.ts';
import { siteConfig } from './src/i18n/site-config.ts';
import { I18N } from './src/i18n/locales.ts';
import { SITEMAP_I18N, inSitemap, withPracticeAlternates } from './src/publishing/sitemap.ts';
import { publishedManifest } from './src/catalogue/manifest.ts';

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
  vite: {
    build: { assetsInlineLimit: 0 },
    // The page scripts (search, embed, compare, the embed builder) share one
    // client core (src/client/shared/, src/search/): one chunk of every module
    // two of them use, instead of one chunk per set of pages that use it. A
    // page's script is then its own file and the core, which keeps /search/
    // within its bytes before any interaction (each file costs its headers).
    // The embed's own shared modules (its view and the builder's) stay out of it.
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  { name: 'client-core', test: (id) => !/src[\\/](?:search[\\/]embed-|client[\\/]embed[\\/])/.test(id), minShareCount: 2, priority: 2 },
                  { name: 'embed-core', minShareCount: 2, priority: 1 },
                ],
              },
            },
          },
        },
      },
    },
    server: { watch: { ignored: ['**/tests/.output/**', '**/.bench/**'] } },
  },
  // Astro 7's Markdown engine (Sätteri) has GitHub-flavoured Markdown built in:
  // tables, footnotes, autolinks and strikethrough need no remark-gfm. Its one
  // plugin enforces the body rules (no code, no raw HTML, bounded nesting) on
  // the very tree being compiled, for Markdown and, inherited by mdx(), MDX:
  // the build refuses code even when `npm run check` was skipped.
  markdown: { processor: satteri({ mdastPlugins: [bodyGuard()] }) },
  integrations: [
    mdx(),
    // The server build reads the content store from its file instead of
    // carrying it in its code, which the build's process would hold to the end.
    contentStoreFromDisk(),
    // Every page with its French and Spanish twins as hreflang alternates;
    // a practice with its translations, from the manifest the catalogue
    // published while the pages rendered (src/catalogue/manifest.ts).
    sitemap({
      i18n: SITEMAP_I18N,
      filter: (url) => inSitemap(url, site, base),
      serialize: (item) => withPracticeAlternates(item, site, base, publishedManifest()),
    }),
    // Each writes its own files at astro:build:done, from the configuration and
    // the manifest: none reads another's output, so their order does not matter.
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
