import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { forgetManifest, publishedManifest, type Manifest } from '../../catalogue/manifest.ts';
import { withTrailingSlash } from '../../i18n/base-path.ts';
import { LANGS, type Lang } from '../../i18n/locales.ts';
import { recordDocument } from '../../search/record-document.ts';
import { releaseMemory } from './release-memory.ts';
import { releaseCitationEngines } from '../api/citation-engines.ts';

/**
 * The search index, from the manifest (src/catalogue/manifest.ts), never
 * from built pages: each practice's record document (recordDocument) goes
 * to Pagefind through its Node API, in the build and in `astro dev` alike.
 *
 * How it gets the manifest: the catalogue computes it while the pages
 * render (the search, embed and practice pages read it) and publishes it on
 * a process-wide key (`publishedManifest`), since the integration and the
 * pages are two module graphs of one process; `astro:build:done` runs after
 * every page, so the manifest is there and complete. The development server
 * asks itself for /api/practices.json, which reads the manifest, and then
 * reads the same key. Nothing depends on the order of the integrations.
 */

/**
 * How Pagefind's indexer (a Rust program built with jemalloc, which reads
 * `_RJEM_MALLOC_CONF`) should hand memory back: at once, instead of keeping
 * freed pages for ten seconds. Writing an index frees and allocates
 * gigabytes in turn; at 10,000 practices this lowers the indexer's peak
 * from about 2.6 GiB to 2.1 GiB for some 10% more indexing time. A value set
 * by whoever runs the build wins.
 */
const INDEXER_MEMORY = 'dirty_decay_ms:0,muzzy_decay_ms:0';

async function newIndex(): Promise<pagefind.PagefindIndex> {
  // The indexer starts with the first index and inherits the environment then.
  const own = process.env._RJEM_MALLOC_CONF;
  process.env._RJEM_MALLOC_CONF = own ?? INDEXER_MEMORY;
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    return index;
  } finally {
    if (own === undefined) delete process.env._RJEM_MALLOC_CONF;
  }
}

/** Adds a practice's record in one language's index. */
async function addRecord(index: pagefind.PagefindIndex, practice: Manifest['practices'][number], lang: Lang): Promise<void> {
  const { url, content } = recordDocument(practice, lang);
  const { errors } = await index.addHTMLFile({ url, content });
  if (errors.length) throw new Error(`Pagefind could not index ${url}: ${errors.join('; ')}`);
}

/** The practices in the search of a language: those that list it (one version of each practice). */
const listedIn = (manifest: Manifest, lang: Lang) => manifest.practices.filter((p) => p.listedIn.includes(lang));

interface Entry {
  languages: Record<string, unknown>;
}

/**
 * Writes the index, one language after another: each language's index is
 * written to disk and freed before the next starts, so the build holds one
 * language's index at a time (issue 20: memory at 10,000 practices). Each
 * write leaves an entry file naming its language only; the one left at
 * the end names all of them. Resolves with the number of records.
 */
async function writeIndex(root: string, manifest: Manifest): Promise<number> {
  const out = join(root, 'pagefind');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  let entry: Entry = { languages: {} };
  let records = 0;
  try {
    for (const lang of LANGS) {
      const listed = listedIn(manifest, lang);
      if (listed.length === 0) continue;
      const index = await newIndex();
      try {
        for (const practice of listed) await addRecord(index, practice, lang);
        const { errors } = await index.writeFiles({ outputPath: out });
        if (errors.length) throw new Error(`Pagefind could not write the ${lang} index: ${errors.join('; ')}`);
        // The entry as Pagefind wrote it, with the languages written before.
        const written = JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8')) as Entry;
        entry = { ...written, languages: { ...entry.languages, ...written.languages } };
        records += listed.length;
      } finally {
        await index.deleteIndex();
      }
    }
    if (records === 0) {
      // No practice yet: an index without records, so the search page loads and finds nothing.
      const index = await newIndex();
      await index.writeFiles({ outputPath: out });
      await index.deleteIndex();
    } else writeFileSync(join(out, 'pagefind-entry.json'), JSON.stringify(entry));
    return records;
  } finally {
    await pagefind.close();
  }
}

/**
 * In `astro dev`, `/pagefind/` is built on first use from the same manifest
 * and the same record documents as a build, and again after content changes.
 */
function devIndex(origin: () => string, base: string, logger: AstroIntegrationLogger) {
  let files: Promise<Map<string, Uint8Array>> | undefined;
  const build = async () => {
    // Rendering /api/practices.json makes the catalogue compute (or recompute, after a change) and publish the manifest.
    const response = await fetch(`${origin()}${base}api/practices.json`);
    if (!response.ok) throw new Error(`${base}api/practices.json answered ${response.status}`);
    const manifest = publishedManifest();
    if (!manifest) throw new Error('The catalogue published no manifest.');
    const index = await newIndex();
    try {
      let records = 0;
      for (const lang of LANGS) {
        for (const practice of listedIn(manifest, lang)) {
          await addRecord(index, practice, lang);
          records++;
        }
      }
      const { files: built, errors } = await index.getFiles();
      if (errors.length) throw new Error(errors.join('; '));
      logger.info(`Pagefind indexed ${records} practice records for development.`);
      return new Map(built.map((f) => [f.path, f.content] as const));
    } finally {
      await index.deleteIndex();
    }
  };
  return {
    get: (path: string) => {
      files ??= build();
      const current = files;
      current.catch(() => {
        if (files === current) files = undefined;
      });
      return current.then((map) => map.get(path));
    },
    reset: () => {
      files = undefined;
    },
  };
}

const TYPES: Record<string, string> = { js: 'text/javascript', json: 'application/json', css: 'text/css' };

export default function pagefindIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'practice-atlas-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
      },
      'astro:build:start': () => {
        forgetManifest();
      },
      'astro:server:setup': ({ server, logger }) => {
        // The server asks itself for /api/practices.json where it was asked for the index.
        let origin = '';
        const dev = devIndex(() => origin, base, logger);
        server.watcher.on('change', (file) => {
          if (/[\\/]content[\\/]/.test(file)) dev.reset();
        });
        const prefix = `${base}pagefind/`;
        server.middlewares.use((req, res, next) => {
          // The URL as requested: Astro's own middleware takes the base path off `req.url`.
          const path = ((req as { originalUrl?: string }).originalUrl ?? req.url ?? '').split('?')[0] ?? '';
          if (!path.startsWith(prefix) || !req.headers.host) return next();
          origin = `http://${req.headers.host}`;
          dev
            .get(decodeURIComponent(path.slice(prefix.length)))
            .then((content) => {
              if (!content) return next();
              res.setHeader('Content-Type', TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream');
              res.end(Buffer.from(content));
            })
            .catch((error: unknown) => {
              logger.error(`Pagefind could not index the development site: ${String(error)}`);
              next();
            });
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const manifest = publishedManifest();
        if (!manifest) throw new Error('The catalogue published no manifest during the build: no page read it (src/catalogue/manifest.ts).');
        // Every page is written: the citation engines (about 90 MB each) are garbage from here.
        releaseCitationEngines();
        const { before, after } = releaseMemory();
        const gib = (bytes: number) => (bytes / 1024 ** 3).toFixed(2);
        logger.info(`The build holds ${gib(after)} GiB before indexing (${gib(before)} GiB before its memory was released).`);
        const records = await writeIndex(fileURLToPath(dir), manifest);
        logger.info(`Pagefind indexed ${records} practice records (a practice once per language that lists it).`);
      },
    },
  };
}
