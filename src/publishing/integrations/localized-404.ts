import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LANGS, localeParam } from '../../i18n/locales.ts';

/**
 * The 404 page is one route for every language (`src/pages/[...locale]/404.astro`),
 * which Astro writes as `404/index.html` and `fr/404/index.html`. Hosts that
 * serve the nearest `404.html` for a missing path (Cloudflare Pages, the
 * Atlas's own server) look for `404.html` and `fr/404.html`: each moves there.
 */
/** Where a 404 page written by Astro ends up (`404/index.html` → `404.html`, `fr/404/index.html` → `fr/404.html`); undefined for any other file. */
export function notFoundFile(path: string): string | undefined {
  const match = /^((?:[a-z]{2}\/)?)404\/index\.html$/.exec(path);
  return match && (match[1] === '' || LANGS.some((l) => `${localeParam(l)}/` === match[1])) ? `${match[1]}404.html` : undefined;
}

export default function localized404(): AstroIntegration {
  return {
    name: 'practice-atlas-localized-404',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        for (const lang of LANGS) {
          const folder = localeParam(lang) ? `${out}${localeParam(lang)}/` : out;
          if (!existsSync(`${folder}404/index.html`)) continue;
          renameSync(`${folder}404/index.html`, `${folder}404.html`);
          rmdirSync(`${folder}404`);
        }
        logger.info(`404 pages of ${LANGS.join(', ')} at [<lang>/]404.html.`);
      },
    },
  };
}
