import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/**
 * Builds the Pagefind index over the finished site. Only practice pages carry
 * `data-pagefind-body`, so listing pages stay out of results; filters and the
 * date sort come from `data-pagefind-filter` / `data-pagefind-sort` attributes.
 */
export default function pagefind(): AstroIntegration {
  return {
    name: 'practice-atlas-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { createIndex, close } = await import('pagefind');
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        logger.info(`Pagefind indexed ${added.page_count} practice pages.`);
        await close();
      },
    },
  };
}
