import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { BUNDLE_PLACEHOLDER, readBundle, resultUrls } from '../pagefind-bundle.ts';
import { withTrailingSlash } from '../../i18n/base-path.ts';
import { LANGS } from '../../i18n/locales.ts';

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

/** Writes one language's Pagefind files; returns its part of the entry and of the result → page map. */
function writeFiles(root: string, files: IndexFile[]): { languages: Record<string, unknown>; version: string; urls: Record<string, string> } {
  const out = join(root, 'pagefind');
  let entry: { version: string; languages: Record<string, unknown> } | undefined;
  for (const file of files) {
    if (file.path === 'pagefind-entry.json') {
      entry = JSON.parse(Buffer.from(file.content).toString('utf8')) as typeof entry;
      continue;
    }
    const target = join(out, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  if (!entry) throw new Error('Pagefind wrote no pagefind-entry.json');
  return { languages: entry.languages, version: entry.version, urls: resultUrls(files) };
}

/** Writes the entry of every language's index, the result → page map, and the bundle's names into the pages that run Pagefind. */
function writeBundle(root: string, entry: { version: string; languages: Record<string, unknown> }, urls: Record<string, string>, pages: string[]): void {
  const out = join(root, 'pagefind');
  const entryText = JSON.stringify(entry);
  writeFileSync(join(out, 'pagefind-entry.json'), entryText);
  writeFileSync(join(out, 'result-urls.json'), JSON.stringify(urls));
  const bundle = readBundle(entryText);
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

/**
 * The page as Pagefind reads it for one reader language's index: the same
 * page under that `<html lang>`, with the place and tags worded in that
 * language (SearchRecord.astro writes one block per language that lists it).
 */
export function inLanguageIndex(html: string, lang: string): string {
  return html
    .replace(/<html([^>]*?)\slang="[^"]*"/, `<html$1 lang="${lang}"`)
    .replace(/<div hidden data-pagefind-ignore data-search-lang="([a-z]{2})">[\s\S]*?<\/div>/g, (block, l: string) => (l === lang ? block : ''));
}

/**
 * Adds a practice page to one language's index. A language lists a practice
 * in its own language, and those in which it has no version of its own (an
 * English original is found by French readers until it has a French
 * translation), so each language's index holds one record per practice and
 * Pagefind ranks, sorts, filters and counts a language's search on its own.
 */
async function addPractice(index: pagefind.PagefindIndex, url: string, html: string, lang: string | undefined): Promise<void> {
  const own = /<html[^>]*?\slang="([^"]*)"/.exec(html)?.[1];
  // The copy in another language's index gets a URL of its own (the page ignores the query; cards drop it).
  const recordUrl = !lang || lang === own ? url : `${url}?lang=${lang}`;
  const { errors } = await index.addHTMLFile({ url: recordUrl, content: lang ? inLanguageIndex(html, lang) : html });
  if (errors.length) throw new Error(`Pagefind could not index ${recordUrl}: ${errors.join('; ')}`);
}

/**
 * Builds the index over the built site, one language after another: each
 * language's index is written and freed before the next starts, so the
 * build holds one language's index at a time (issue 20: memory at 10,000
 * practices). Resolves with the number of records indexed.
 */
async function indexBuiltSite(root: string): Promise<{ pages: number; practices: boolean }> {
  const pages = htmlFiles(root);
  const practicePages = pages.filter((p) => PRACTICE_PAGE.test(p));
  const entry: { version: string; languages: Record<string, unknown> } = { version: '', languages: {} };
  const urls: Record<string, string> = {};
  const write = (files: IndexFile[]) => {
    const part = writeFiles(root, files);
    entry.version = part.version;
    Object.assign(entry.languages, part.languages);
    Object.assign(urls, part.urls);
  };
  let records = 0;
  try {
    if (practicePages.length === 0) {
      // A site without practices yet gets every page indexed, as Pagefind
      // cannot write an empty index and the search page needs one.
      const index = await newIndex();
      const { errors, page_count } = await index.addDirectory({ path: root });
      if (errors.length) throw new Error(`Pagefind could not index the site: ${errors.join('; ')}`);
      records = page_count;
      write(await filesOf(index));
      await index.deleteIndex();
    } else {
      // Which languages list each page: read once, a few bytes per page.
      const lists = new Map(practicePages.map((page) => [page, listedIn(readFileSync(join(root, page), 'utf8'))]));
      for (const lang of LANGS) {
        const listed = practicePages.filter((page) => lists.get(page)!.includes(lang));
        if (listed.length === 0) continue;
        const index = await newIndex();
        try {
          for (const page of listed) await addPractice(index, `/${page.replace(/index\.html$/, '')}`, readFileSync(join(root, page), 'utf8'), lang);
          write(await filesOf(index));
          records += listed.length;
        } finally {
          await index.deleteIndex();
        }
      }
      // Pages listed nowhere (none today) would still be searchable in their own language.
      const unlisted = practicePages.filter((page) => lists.get(page)!.length === 0);
      if (unlisted.length) throw new Error(`No language lists ${unlisted.join(', ')}: its search record has no listedIn filter.`);
    }
    writeBundle(root, entry, urls, pages);
    return { pages: records, practices: practicePages.length > 0 };
  } finally {
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
        const html = await response.text();
        const langs = listedIn(html);
        for (const lang of langs.length ? langs : [undefined]) await addPractice(index, path, html, lang);
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
