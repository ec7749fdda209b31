import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Astro's module of the content layer's store (astro/dist/content/consts.js), as resolved by Vite. */
const STORE_MODULE_ID = '\0astro:data-layer-content';

/**
 * The module Astro generates for a store kept in one file: the file's text in
 * a string literal, parsed when the module runs. (Tested by its ends: the
 * literal is the whole store, tens of megabytes.)
 */
const INLINED_STORE = { start: 'export default JSON.parse("', end: '")' };

/** What the build says when its server code reads the store from the file (the build's tests look for it). */
const STORE_READ_FROM_DISK = 'The server build reads the content store from its file instead of carrying it in its code.';

/** The module Astro generates when there is no store yet. */
const NO_STORE = 'export default new Map()';

/**
 * The store module's code, reading the store from its file when it runs;
 * the same code when there is no store; undefined when Astro generated a
 * module of another shape (which is then left as it is).
 */
export function storeModuleFromDisk(code: string, storeFile: string): string | undefined {
  if (code.trim() === NO_STORE) return code;
  if (!code.startsWith(INLINED_STORE.start) || !code.trimEnd().endsWith(INLINED_STORE.end)) return undefined;
  return [`import { readFileSync } from 'node:fs';`, `export default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));`].join('\n');
}

/**
 * Has the server build read the content store from its file instead of
 * carrying it in its code.
 *
 * Why: Astro bundles the store (every practice's data and rendered body) into
 * the server build as one string literal, `export default JSON.parse("…")`.
 * The build renders the pages with that code, in its own process, and V8 then
 * keeps the module's source and the literal for as long as the process lives,
 * besides the store it parsed: two more copies of the store, each twice its
 * size on disk once a single character outside Latin-1 (’, —) is in it;
 * and the bundler parses a module of that size. Read from the file, the text
 * is garbage as soon as it is parsed. At 10,000 practices (issue 20: peak
 * memory) the build held 1.62 GiB when Pagefind started indexing, and 1.13 GiB
 * with the store read from its file; the peak of the whole build went from
 * 3.87 to 3.40 GiB. The store and the pages are the same: the file is the
 * one Astro wrote for this build and inlined until now, in the build's
 * cache. The server build of a static site only runs during the build, so
 * nothing published depends on the path.
 *
 * When Astro generates the module in another shape, it is left as it is and
 * the build says so (the store is then held twice more, nothing else changes).
 */
export default function contentStoreFromDisk(): AstroIntegration {
  let storeFile = '';
  let logger: AstroIntegrationLogger | undefined;
  const plugin: Plugin = {
    name: 'practice-atlas:content-store-from-disk',
    apply: 'build',
    enforce: 'post',
    applyToEnvironment: (environment) => environment.config.consumer === 'server',
    transform: {
      filter: { id: new RegExp(`^${STORE_MODULE_ID}$`) },
      handler(code) {
        const fromDisk = storeModuleFromDisk(code, storeFile);
        if (fromDisk === code) return undefined;
        if (fromDisk === undefined) {
          logger?.warn('The content store module is not in the shape this integration knows: the build carries the store in its code (more memory, same site).');
          return undefined;
        }
        logger?.info(STORE_READ_FROM_DISK);
        return { code: fromDisk, map: { mappings: '' } };
      },
    },
  };
  return {
    name: 'practice-atlas-content-store-from-disk',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, logger: own }) => {
        logger = own;
        // Where Astro writes the store for a build (astro/dist/content/paths.js: getDataStoreFile).
        storeFile = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
