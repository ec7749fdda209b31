import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { BUNDLE_PLACEHOLDER, readBundle, resultUrls } from '../lib/pagefind-bundle.ts';
import { withTrailingSlash } from '../lib/base-path.ts';

/**
 * The pages Pagefind indexes: one practice each (`/practices/<slug>/`, not
 * `/practices/page/<n>/`). Only they carry `data-pagefind-body`, and handing
 * Pagefind every page would cost it memory and time for nothing.
 */
const PRACTICE_PAGE = /^practices\/(?!page\/)[^/]+\/index\.html$/;
/** Pages that run Pagefind and carry the bundle's names for early fetching. */
const RUNS_PAGEFIND = /(?:^|\/)(?:search|embed)\/index\.html$/;

interface IndexFile {
  path: string;
  content: Uint8Array;
}

async function newIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

async function filesOf(index: pagefind.PagefindIndex): Promise<IndexFile[]> {
  const { files, errors } = await index.getFiles();
  if (errors.length) throw new Error(`Pagefind could not write its index: ${errors.join('; ')}`);
  return files;
}

function htmlFiles(root: string, dir = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (path !== 'pagefind' && path !== '_astro') out.push(...htmlFiles(root, path));
    } else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** Writes Pagefind's files, the result → page map, and the bundle's names into the pages that run it. */
function writeBundle(root: string, files: IndexFile[], pages: string[]): void {
  const out = join(root, 'pagefind');
  for (const file of files) {
    const target = join(out, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  writeFileSync(join(out, 'result-urls.json'), JSON.stringify(resultUrls(files)));
  const entry = files.find((f) => f.path === 'pagefind-entry.json');
  if (!entry) throw new Error('Pagefind wrote no pagefind-entry.json');
  const bundle = readBundle(Buffer.from(entry.content).toString('utf8'));
  // The value sits in a double-quoted attribute: JSON's quotes must be escaped.
  const attribute = JSON.stringify(bundle).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  for (const page of pages.filter((p) => RUNS_PAGEFIND.test(p))) {
    const path = join(root, page);
    const html = readFileSync(path, 'utf8');
    if (html.includes(BUNDLE_PLACEHOLDER)) writeFileSync(path, html.replaceAll(BUNDLE_PLACEHOLDER, attribute));
  }
}

/** The reader languages whose search lists a practice page (its `listedIn` filter, SearchRecord.astro). */
export function listedIn(html: string): string[] {
  return [...html.matchAll(/data-pagefind-filter="listedIn">([a-z]{2})</g)].map((m) => m[1]!);
}

/** The page as Pagefind reads it for one reader language's index: the same page under another `<html lang>`. */
export function inLanguageIndex(html: string, lang: string): string {
  return html.replace(/<html([^>]*?)\slang="[^"]*"/, `<html$1 lang="${lang}"`);
}

/**
 * Adds a practice page to the index of every language whose search lists it:
 * its own, and those in which the practice has no version of its own (an
 * English original is found by French readers until it has a French
 * translation). Each language's index then holds one record per practice, so
 * Pagefind ranks, sorts, filters and counts a language's search on its own.
 */
async function addPractice(index: pagefind.PagefindIndex, url: string, html: string): Promise<number> {
  const own = /<html[^>]*?\slang="([^"]*)"/.exec(html)?.[1];
  const langs = listedIn(html);
  for (const lang of langs.length ? langs : [undefined]) {
    // Pagefind keeps one record per URL across languages: the copy in another
    // language's index gets its own (the page ignores the query; cards drop it).
    const recordUrl = !lang || lang === own ? url : `${url}?lang=${lang}`;
    const { errors } = await index.addHTMLFile({ url: recordUrl, content: lang ? inLanguageIndex(html, lang) : html });
    if (errors.length) throw new Error(`Pagefind could not index ${recordUrl}: ${errors.join('; ')}`);
  }
  return Math.max(1, langs.length);
}

/** Builds the index over the built site; resolves with the number of records indexed. */
async function indexBuiltSite(root: string): Promise<{ pages: number; practices: boolean }> {
  const pages = htmlFiles(root);
  const practicePages = pages.filter((p) => PRACTICE_PAGE.test(p));
  const index = await newIndex();
  try {
    let records = 0;
    if (practicePages.length === 0) {
      // A site without practices yet gets every page indexed, as Pagefind
      // cannot write an empty index and the search page needs one.
      const { errors, page_count } = await index.addDirectory({ path: root });
      if (errors.length) throw new Error(`Pagefind could not index the site: ${errors.join('; ')}`);
      records = page_count;
    } else {
      for (const page of practicePages) {
        const html = readFileSync(join(root, page), 'utf8');
        records += await addPractice(index, `/${page.replace(/index\.html$/, '')}`, html);
      }
    }
    writeBundle(root, await filesOf(index), pages);
    return { pages: records, practices: practicePages.length > 0 };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

/**
 * In `astro dev`, `/pagefind/` is built on first use from the practice pages
 * the dev server renders, through the same templates and the same
 * `data-pagefind-*` attributes as a build: one path from a practice file to
 * its search record. It is rebuilt when content changes.
 */
function devIndex(origin: () => string, base: string, logger: AstroIntegrationLogger) {
  let files: Promise<Map<string, Uint8Array>> | undefined;
  const build = async () => {
    const api = await fetch(`${origin()}${base}api/practices.json`).then((r) => r.json() as Promise<{ practices: { url: string }[] }>);
    const index = await newIndex();
    try {
      for (const { url } of api.practices) {
        const path = new URL(url, origin()).pathname;
        const response = await fetch(`${origin()}${path}`);
        // An error page is not indexed: the build fails and the next search tries again.
        if (!response.ok) throw new Error(`${path} answered ${response.status}`);
        await addPractice(index, path, await response.text());
      }
      const built = await filesOf(index);
      const map = new Map(built.map((f) => [f.path, f.content] as const));
      map.set('result-urls.json', new TextEncoder().encode(JSON.stringify(resultUrls(built))));
      logger.info(`Pagefind indexed ${api.practices.length} practice pages for development.`);
      return map;
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
      'astro:server:setup': ({ server, logger }) => {
        let origin = '';
        server.httpServer?.once('listening', () => {
          const address = server.httpServer?.address();
          if (address && typeof address === 'object') origin = `http://localhost:${address.port}`;
        });
        const dev = devIndex(() => origin, base, logger);
        server.watcher.on('change', (file) => {
          if (/[\\/]content[\\/]/.test(file)) dev.reset();
        });
        const prefix = `${base}pagefind/`;
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0] ?? '';
          if (!path.startsWith(prefix) || !origin) return next();
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
        const { pages, practices } = await indexBuiltSite(fileURLToPath(dir));
        logger.info(`Pagefind indexed ${pages} ${practices ? 'practice records (a practice once per language that lists it)' : 'pages (no practice yet)'}.`);
      },
    },
  };
}
