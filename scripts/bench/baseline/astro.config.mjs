// @ts-check
/**
 * The bare baseline of `npm run bench`: what a team gets from plain Astro and
 * MDX for the same files, one page per practice and nothing else. The bench
 * copies this folder to .bench/ and builds it there with the project's own
 * Astro (no install of its own); BASELINE_CONTENT_DIR points it at the
 * generated practices, BASELINE_OUT_DIR says where the site goes.
 */
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  outDir: process.env.BASELINE_OUT_DIR || './dist',
  cacheDir: process.env.BASELINE_CACHE_DIR || './node_modules/.astro',
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
