/**
 * Measures what a search costs a visitor: for each scenario, in a fresh
 * headless Chromium (cold cache), the bytes transferred (encoded response
 * bodies, as sent with gzip by scripts/lib/static-server.ts), the number of
 * requests, and the milliseconds from navigation start to the first results
 * on screen (the `search:results` performance mark of the search page).
 *
 *   node scripts/measure-search.ts [--dist dist] [--base /] [--runs 5] [--json]
 *
 * The benchmark imports `measureSearch()` to run other scenarios or sites.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { startStaticServer } from './lib/static-server.ts';
import { launchChromium, wireCounter } from './lib/chromium.ts';

export interface Scenario {
  name: string;
  /** Path and query under the base path: `search/?q=diaspora`. */
  path: string;
}

export interface Measurement {
  name: string;
  url: string;
  /**
   * Bytes transferred: encoded (gzip) responses with their headers, as the
   * server wrote them when it is given; else the sizes Chromium reports
   * (which miss the body of a worker's own script).
   */
  bytes: number;
  /**
   * Of those, the bytes of requests started before the first results were on
   * screen (Resource Timing's transferSize): what the results waited for, not
   * what follows them (the Atlas's filter counts, a worker's own script).
   */
  bytesBeforeResults: number;
  requests: number;
  /** Requests under `/pagefind/` (the index and its code). */
  pagefindRequests: number;
  /** Paths of Pagefind's word chunks and fragments requested before the first results (for Pagefind's floor). */
  chunkPaths: string[];
  /** Navigation start to first results rendered. */
  firstResultsMs: number;
  /** Results announced by the page. */
  status: string;
}

export const DEFAULT_SCENARIOS: Scenario[] = [
  { name: 'text "diaspora"', path: 'search/?q=diaspora' },
  { name: 'browse objective=23 & region=africa', path: 'search/?objective=23&region=africa' },
];


/** One cold visit: a new context, so nothing comes from the cache. */
async function visit(browser: Browser, url: string, wire?: ReturnType<typeof wireCounter>): Promise<Omit<Measurement, 'name'>> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const before = wire?.snapshot();
  const pending: Promise<void>[] = [];
  let reported = 0;
  let requests = 0;
  let pagefindRequests = 0;
  page.on('requestfinished', (request) => {
    requests++;
    if (new URL(request.url()).pathname.includes('/pagefind/')) pagefindRequests++;
    pending.push(
      request.sizes().then((sizes) => {
        reported += sizes.responseBodySize + sizes.responseHeadersSize;
      }),
    );
  });
  await page.goto(url);
  const handle = await page
    .waitForFunction(() => performance.getEntriesByName('search:results')[0]?.startTime, undefined, { timeout: 30_000, polling: 10 })
    .catch((error: unknown) => {
      throw new Error(`${url}: no results or "no results" on screen within 30 s (${error instanceof Error ? error.message : String(error)})`);
    });
  const firstResultsMs = Number(await handle.jsonValue());
  // Requests still in flight when the results appeared belong to this search too.
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const { bytesBeforeResults, chunkPaths } = await page.evaluate((mark) => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    let sum = nav?.transferSize ?? 0;
    const chunks: string[] = [];
    for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      if (r.startTime > mark) continue;
      sum += r.transferSize;
      const path = new URL(r.name).pathname;
      if (/\/pagefind\/(?:index|fragment)\//.test(path)) chunks.push(path);
    }
    return { bytesBeforeResults: sum, chunkPaths: chunks };
  }, firstResultsMs);
  const status = (await page.locator('#search-status').textContent()) ?? '';
  await context.close();
  const bytes = wire && before ? wire.since(before) : reported;
  return { url, bytes, bytesBeforeResults, requests, pagefindRequests, chunkPaths, firstResultsMs, status };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Measures each scenario `runs` times against a site already served at
 * `siteUrl` (ending in the base path, `/`), and returns the medians. Pass
 * the Node server that serves it to count bytes as written on the wire.
 */
export async function measureSearch(
  siteUrl: string,
  { scenarios = DEFAULT_SCENARIOS, runs = 5, server }: { scenarios?: Scenario[]; runs?: number; server?: Server } = {},
): Promise<Measurement[]> {
  const browser = await launchChromium();
  const wire = server ? wireCounter(server) : undefined;
  try {
    const out: Measurement[] = [];
    for (const scenario of scenarios) {
      const visits = [];
      // One warm-up visit: the first Chromium page pays for its own start-up.
      await visit(browser, siteUrl + scenario.path, wire);
      for (let i = 0; i < runs; i++) visits.push(await visit(browser, siteUrl + scenario.path, wire));
      out.push({
        name: scenario.name,
        url: visits[0]!.url,
        bytes: median(visits.map((v) => v.bytes)),
        bytesBeforeResults: median(visits.map((v) => v.bytesBeforeResults)),
        requests: median(visits.map((v) => v.requests)),
        pagefindRequests: median(visits.map((v) => v.pagefindRequests)),
        chunkPaths: visits[0]!.chunkPaths,
        firstResultsMs: Math.round(median(visits.map((v) => v.firstResultsMs))),
        status: visits[0]!.status,
      });
    }
    return out;
  } finally {
    await browser.close();
  }
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: process.env.ATLAS_OUT_DIR || 'dist' },
      base: { type: 'string', default: process.env.ATLAS_BASE || '/' },
      runs: { type: 'string', default: '5' },
      json: { type: 'boolean', default: false },
    },
  });
  const root = resolve(values.dist);
  if (!existsSync(root)) {
    console.error(`There is no built site at ${root}. Run "npm run build" first.`);
    process.exit(1);
  }
  const { server, url } = await startStaticServer({ root, base: values.base });
  try {
    const results = await measureSearch(url, { runs: Math.max(1, Number(values.runs) || 5), server });
    if (values.json) console.log(JSON.stringify(results, null, 2));
    else {
      for (const r of results) {
        console.log(
          `${r.name}: ${(r.bytes / 1024).toFixed(1)} KiB transferred in ${r.requests} requests ` +
            `(${r.pagefindRequests} under /pagefind/); first results at ${r.firstResultsMs} ms (${r.status.trim()})`,
        );
      }
    }
  } finally {
    server.close();
  }
}
