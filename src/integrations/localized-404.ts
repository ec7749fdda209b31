import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Astro writes the English 404 as `404.html` but `fr/404.astro` as
 * `fr/404/index.html`. Hosts that serve the nearest `404.html` for a missing
 * path (Cloudflare Pages, the Atlas's own server) look for `fr/404.html`, so
 * the French and Spanish 404 pages move there.
 */
export default function localized404(langs: readonly string[] = ['fr', 'es']): AstroIntegration {
  return {
    name: 'practice-atlas-localized-404',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        for (const lang of langs) {
          const from = `${out}${lang}/404/index.html`;
          if (!existsSync(from)) continue;
          renameSync(from, `${out}${lang}/404.html`);
          rmdirSync(`${out}${lang}/404`);
        }
        logger.info(`404 pages of ${langs.join(', ')} at <lang>/404.html.`);
      },
    },
  };
}
