// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import admin from './src/integrations/admin.ts';
import postBuild from './src/integrations/post-build.ts';
import { siteConfig } from './src/lib/site-config.ts';

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
  vite: { build: { assetsInlineLimit: 0 } },
  // Astro 7's Markdown engine (Sätteri) has GitHub-flavoured Markdown built in:
  // tables, footnotes, autolinks and strikethrough need no remark-gfm.
  // admin() writes /admin/ before postBuild() writes the headers of every folder.
  integrations: [mdx(), admin(), postBuild()],
  devToolbar: { enabled: false },
});
