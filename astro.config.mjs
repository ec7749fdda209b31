// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';
import { siteConfig } from './src/lib/site-config.ts';

const { site, base } = siteConfig();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Astro 7's Markdown engine (Sätteri) has GitHub-flavoured Markdown built in:
  // tables, footnotes, autolinks and strikethrough need no remark-gfm.
  integrations: [mdx(), pagefind()],
  devToolbar: { enabled: false },
});
