/**
 * `npm run bench`: the Atlas at scale, measured in one run, against what a
 * team would get from plain Astro and from Pagefind's Default UI and
 * Component UI over the same index.
 *
 *   npm run bench                         N = 1,000, 5,000 and 10,000 (about 25 minutes on 2 cores)
 *   npm run bench -- --sizes 200 --rebuild-at 200 --no-browser   a quick run
 *   npm run bench -- --runs 5 --strict    more browser runs; exit 1 when a budget fails
 *
 * For each N, on generated content (scripts/generate-practices.ts, written to
 * .bench/, never to content/):
 * - the bare baseline (scripts/bench/baseline/: the same N MDX files through a
 *   minimal Astro + MDX site, one page per file) and the full Atlas build,
 *   one after the other, each from an empty cache: wall time and the peak
 *   memory of the whole process tree (scripts/bench/process-tree.ts);
 * - at the `--rebuild-at` size (5,000), one practice changed (a sentence
 *   added to its body) and the Atlas built again over its own cache and
 *   output, as a deploy after an edit would;
 * - sizes of dist/ and of the Pagefind index;
 * - dist/ served with gzip as a CDN would (scripts/lib/static-server.ts), in
 *   headless Chromium with a cold cache: /search/ loaded, then three text
 *   queries and one filter-only browse, measured with scripts/measure-search.ts;
 *   the same with Pagefind's Default UI and Component UI over the same index
 *   (scripts/bench/default-ui.ts, component-ui.ts), and Pagefind's floor for
 *   each query, computed from the built files (scripts/bench/pagefind-floor.ts);
 * - the gzipped weight of each page template (scripts/check-budgets.ts).
 *
 * Prints a table and the budgets as PASS or FAIL, and writes the same figures
 * to .bench/results.json. Budgets are figures to read, not timed tests: the
 * exit code is 0 when the bench ran, whatever the budgets say (1 with
 * --strict when one fails), and 2 when it could not run (a build failed).
 * Run it on a quiet machine: timings share the CPU with anything else.
 */
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { generatePractices } from './generate-practices.ts';
import { checkBudgets, pageWeights, templateWeights, type BudgetCheck, type TemplateWeight } from './check-budgets.ts';
import { measureSearch, type Measurement } from './measure-search.ts';
import { startStaticServer } from './lib/static-server.ts';
import { runMeasured, type MeasuredRun } from './bench/process-tree.ts';
import { DEFAULT_UI_PATH, removeDefaultUiPage, writeDefaultUiPage } from './bench/default-ui.ts';
import { COMPONENT_UI_PATH, removeComponentUiPage, writeComponentUiPage } from './bench/component-ui.ts';
import { pagefindFloor, type Floor } from './bench/pagefind-floor.ts';
import { projectRoot } from '../src/catalogue/content-paths.ts';
import { CHROMIUM, launchChromium, wireCounter } from './lib/chromium.ts';

const BENCH = join(projectRoot, '.bench');
const BIN = join(projectRoot, 'node_modules', '.bin');

/** The three text queries and the browse of the issue. */
export const QUERIES = [
  { name: '"labour migration"', query: 'q=labour+migration' },
  { name: '"diaspora"', query: 'q=diaspora' },
  { name: '"trafficking"', query: 'q=trafficking' },
  { name: 'browse objective=23 & region=africa', query: 'objective=23&region=africa', browse: true },
] as const;

/** Budgets of the issue, in the units measured. */
export const LIMITS = {
  /** ms per built page, Atlas / baseline. */
  pageTimeRatio: 1,
  buildMemoryRatio: 1,
  /** Bytes before first results, as a multiple of Pagefind's floor for the query. */
  floorRatio: 1.1,
  querySpeedup: 2,
  /** /search/ before any interaction. */
  idleSearchBytes: 30 * 1024,
  /** The size at which the build and query budgets are set. */
  size: 10_000,
  /** Whole build, Atlas wall time / baseline wall time, at `wholeBuildSize`. */
  wholeBuildRatio: 2,
  wholeBuildSize: 5_000,
  /** One practice changed and rebuilt, as a share of the full build's wall time, at `wholeBuildSize`. */
  rebuildShare: 0.25,
} as const;

interface BuildFigures {
  wallMs: number;
  msPerPractice: number;
  msPerPage: number;
  peakRss: number;
  peakProcessRss: number;
  /** User + system CPU time of the build's process tree. */
  cpuMs: number;
  distBytes: number;
  pages: number;
}

type Figures = Pick<Measurement, 'bytes' | 'bytesBeforeResults' | 'requests' | 'firstResultsMs' | 'status'>;

interface QueryFigures {
  name: string;
  atlas: Figures;
  defaultUi: Figures | null;
  componentUi: Figures | null;
  /** Default UI time / Atlas time (higher is better for the Atlas). */
  speedup: number | null;
  /** Component UI time / Atlas time. */
  componentSpeedup: number | null;
  /** Pagefind's floor for the query (text queries only). */
  floor: Floor | null;
}

interface RebuildFigures {
  /** The practice file changed, relative to the content set. */
  changed: string;
  wallMs: number;
  cpuMs: number;
  peakRss: number;
  /** Rebuild wall time / the full build's. */
  share: number;
}

interface LoadFigures {
  bytes: number;
  requests: number;
}

export interface SizeResult {
  practices: number;
  generateMs: number;
  atlas: BuildFigures & { pagefindBytes: number };
  baseline: BuildFigures;
  /** Per built page, whole build (wall time), and peak memory: Atlas / baseline. */
  ratio: { time: number; wall: number; memory: number };
  /** One practice changed, then built again over the cache (at the `--rebuild-at` sizes). */
  rebuild: RebuildFigures | null;
  search: {
    runs: number;
    load: { atlas: LoadFigures; defaultUi: LoadFigures; componentUi: LoadFigures };
    queries: QueryFigures[];
  } | null;
  templates: TemplateWeight[];
  byteBudgets: BudgetCheck[];
}

export interface BenchResult {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryBytes: number; node: string; platform: string };
  seed: number;
  sizes: SizeResult[];
  budgets: BudgetCheck[];
  totalMs: number;
}

function folderBytes(dir: string): { bytes: number; files: number; html: number } {
  let bytes = 0;
  let files = 0;
  let html = 0;
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        bytes += statSync(path).size;
        files++;
        if (entry.name.endsWith('.html')) html++;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { bytes, files, html };
}

function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

function buildFigures(run: MeasuredRun, practices: number, dist: string): BuildFigures {
  const size = folderBytes(dist);
  return {
    wallMs: Math.round(run.wallMs),
    msPerPractice: run.wallMs / practices,
    msPerPage: run.wallMs / Math.max(1, size.html),
    peakRss: run.peakRss,
    peakProcessRss: run.peakProcessRss,
    cpuMs: Math.round(run.cpuMs),
    distBytes: size.bytes,
    pages: size.html,
  };
}

function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, PATH: `${BIN}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/** The bare baseline: plain Astro + MDX over the same files, one page each. */
async function buildBaseline(content: string, out: string, logFile: string): Promise<MeasuredRun> {
  // Built from a copy under .bench/, with the project's own Astro found up
  // the folder tree (no install of its own), so its generated types never
  // mix with the project's.
  const root = join(BENCH, 'baseline-site');
  rmSync(root, { recursive: true, force: true });
  cpSync(join(projectRoot, 'scripts', 'bench', 'baseline'), root, { recursive: true });
  rmSync(out, { recursive: true, force: true });
  return runMeasured(join(BIN, 'astro'), ['build'], {
    cwd: root,
    env: env({ BASELINE_CONTENT_DIR: content, BASELINE_OUT_DIR: join(out, 'dist'), BASELINE_CACHE_DIR: join(out, 'cache') }),
    logFile,
  });
}

/** The Atlas, as `npm run build` builds it, from an empty cache (or over its last build's cache and output: `clean` false). */
async function buildAtlas(content: string, out: string, logFile: string, clean = true): Promise<MeasuredRun> {
  if (clean) rmSync(out, { recursive: true, force: true });
  return runMeasured(join(BIN, 'astro'), ['build'], {
    cwd: projectRoot,
    env: env({ ATLAS_CONTENT_DIR: content, ATLAS_OUT_DIR: join(out, 'dist'), ATLAS_BASE: '/' }),
    logFile,
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Bytes and requests of loading a page with nothing typed, cold cache, until the network is idle. */
async function measureLoad(url: string, server: Server, runs: number): Promise<LoadFigures> {
  const browser = await launchChromium();
  const wire = wireCounter(server);
  try {
    const visits: LoadFigures[] = [];
    for (let i = 0; i <= runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let requests = 0;
      page.on('requestfinished', () => requests++);
      const before = wire.snapshot();
      await page.goto(url, { waitUntil: 'networkidle' });
      const bytes = wire.since(before);
      await context.close();
      // The first visit warms Chromium up, as in measure-search.ts.
      if (i > 0) visits.push({ bytes, requests });
    }
    return { bytes: median(visits.map((v) => v.bytes)), requests: median(visits.map((v) => v.requests)) };
  } finally {
    await browser.close();
  }
}

async function measureSite(dist: string, runs: number): Promise<NonNullable<SizeResult['search']>> {
  writeDefaultUiPage(dist);
  writeComponentUiPage(dist);
  const { server, url } = await startStaticServer({ root: dist, base: '/' });
  try {
    const load = {
      atlas: await measureLoad(`${url}search/`, server, runs),
      defaultUi: await measureLoad(`${url}${DEFAULT_UI_PATH}`, server, runs),
      componentUi: await measureLoad(`${url}${COMPONENT_UI_PATH}`, server, runs),
    };
    const atlas = await measureSearch(url, { runs, server, scenarios: QUERIES.map((q) => ({ name: q.name, path: `search/?${q.query}` })) });
    const text = QUERIES.filter((q) => !('browse' in q));
    const ui = (path: string) => measureSearch(url, { runs, server, scenarios: text.map((q) => ({ name: q.name, path: `${path}?${q.query}` })) });
    const defaultUi = await ui(DEFAULT_UI_PATH);
    const componentUi = await ui(COMPONENT_UI_PATH);
    const pick = (m: Measurement): Figures => ({
      bytes: m.bytes,
      bytesBeforeResults: m.bytesBeforeResults,
      requests: m.requests,
      firstResultsMs: m.firstResultsMs,
      status: m.status.trim(),
    });
    const queries = QUERIES.map((q, i): QueryFigures => {
      const a = atlas[i]!;
      const d = defaultUi.find((m) => m.name === q.name);
      const c = componentUi.find((m) => m.name === q.name);
      return {
        name: q.name,
        atlas: pick(a),
        defaultUi: d ? pick(d) : null,
        componentUi: c ? pick(c) : null,
        speedup: d ? d.firstResultsMs / Math.max(1, a.firstResultsMs) : null,
        componentSpeedup: c ? c.firstResultsMs / Math.max(1, a.firstResultsMs) : null,
        floor: 'browse' in q ? null : pagefindFloor(dist, '/', 'en', a.chunkPaths),
      };
    });
    return { runs, load, queries };
  } finally {
    await new Promise((resolve) => server.close(resolve));
    removeDefaultUiPage(dist);
    removeComponentUiPage(dist);
  }
}

/** Adds a sentence to the body of one practice (the first in file order), so its page, record and data change. */
function changeOnePractice(content: string): string {
  const dir = join(content, 'practices');
  const first = readdirSync(dir).sort()[0]!;
  const file = statSync(join(dir, first)).isDirectory() ? join(dir, first, 'index.mdx') : join(dir, first);
  appendFileSync(file, '\nA sentence added after the first build, to measure a rebuild.\n');
  return relative(content, file);
}

async function benchSize(practices: number, seed: number, runs: number, browser: boolean, rebuildAt: Set<number>): Promise<SizeResult> {
  const content = join(BENCH, `content-${practices}`);
  const logs = join(BENCH, 'logs');
  mkdirSync(logs, { recursive: true });
  log(`N = ${practices.toLocaleString('en')}: generating practices into ${relative(projectRoot, content)}`);
  const generated = await generatePractices({ count: practices, dir: content, seed });

  log(`N = ${practices.toLocaleString('en')}: bare baseline build (plain Astro + MDX)`);
  const baselineOut = join(BENCH, `baseline-${practices}`);
  const baselineRun = await buildBaseline(content, baselineOut, join(logs, `baseline-${practices}.log`));
  if (baselineRun.exitCode !== 0) throw new Error(`The baseline build failed (see .bench/logs/baseline-${practices}.log):\n${baselineRun.tail}`);

  log(`N = ${practices.toLocaleString('en')}: Atlas build`);
  const atlasOut = join(BENCH, `atlas-${practices}`);
  const atlasRun = await buildAtlas(content, atlasOut, join(logs, `atlas-${practices}.log`));
  if (atlasRun.exitCode !== 0) throw new Error(`The Atlas build failed (see .bench/logs/atlas-${practices}.log):\n${atlasRun.tail}`);
  const dist = join(atlasOut, 'dist');
  let rebuild: RebuildFigures | null = null;
  if (rebuildAt.has(practices)) {
    const changed = changeOnePractice(content);
    log(`N = ${practices.toLocaleString('en')}: Atlas rebuild after a change to ${changed}`);
    const again = await buildAtlas(content, atlasOut, join(logs, `atlas-${practices}-rebuild.log`), false);
    if (again.exitCode !== 0) throw new Error(`The Atlas rebuild failed (see .bench/logs/atlas-${practices}-rebuild.log):\n${again.tail}`);
    rebuild = { changed, wallMs: Math.round(again.wallMs), cpuMs: Math.round(again.cpuMs), peakRss: again.peakRss, share: again.wallMs / atlasRun.wallMs };
  }

  const atlas = {
    ...buildFigures(atlasRun, practices, dist),
    pagefindBytes: folderBytes(join(dist, 'pagefind')).bytes,
  };
  const baseline = buildFigures(baselineRun, practices, join(baselineOut, 'dist'));
  log(`N = ${practices.toLocaleString('en')}: page weights`);
  const pages = pageWeights(dist, '/');
  const templates = templateWeights(pages).sort((a, b) => a.template.localeCompare(b.template));
  const byteBudgets = checkBudgets(dist, '/', pages);
  let search: SizeResult['search'] = null;
  if (browser) {
    log(`N = ${practices.toLocaleString('en')}: search in headless Chromium (${runs} runs each, cold cache)`);
    search = await measureSite(dist, runs);
  }
  return {
    practices,
    generateMs: Math.round(generated.ms),
    atlas,
    baseline,
    ratio: { time: atlas.msPerPage / baseline.msPerPage, wall: atlas.wallMs / baseline.wallMs, memory: atlas.peakRss / baseline.peakRss },
    rebuild,
    search,
    templates,
    byteBudgets,
  };
}

const KB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const GB = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
const S = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The budgets of the issue, from the results (build and query at 10,000; bytes at every size). */
export function budgets(sizes: SizeResult[]): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const at = sizes.find((s) => s.practices === LIMITS.size) ?? sizes[sizes.length - 1];
  if (!at) return checks;
  const where = at.practices === LIMITS.size ? `at ${LIMITS.size.toLocaleString('en')}` : `at ${at.practices.toLocaleString('en')} (the budget is set at ${LIMITS.size.toLocaleString('en')})`;
  checks.push({
    name: `ms per built page ${where} ≤ the bare baseline's`,
    pass: at.ratio.time <= LIMITS.pageTimeRatio,
    value: at.atlas.msPerPage,
    limit: at.baseline.msPerPage,
    detail: `${at.atlas.msPerPage.toFixed(2)} ms (${at.atlas.pages.toLocaleString('en')} pages in ${S(at.atlas.wallMs)}) vs ${at.baseline.msPerPage.toFixed(2)} ms (${at.baseline.pages.toLocaleString('en')} pages in ${S(at.baseline.wallMs)}): ${at.ratio.time.toFixed(2)} ×`,
  });
  checks.push({
    name: `peak memory of the build ${where} ≤ the baseline's`,
    pass: at.ratio.memory <= LIMITS.buildMemoryRatio,
    value: at.atlas.peakRss,
    limit: at.baseline.peakRss,
    detail: `${GB(at.atlas.peakRss)} vs ${GB(at.baseline.peakRss)}: ${at.ratio.memory.toFixed(2)} ×`,
  });
  const whole = sizes.find((s) => s.practices === LIMITS.wholeBuildSize);
  const wholeAt = `at ${LIMITS.wholeBuildSize.toLocaleString('en')}`;
  if (whole) {
    checks.push({
      name: `whole build ${wholeAt} ≤ ${LIMITS.wholeBuildRatio} × the bare baseline's`,
      pass: whole.ratio.wall <= LIMITS.wholeBuildRatio,
      value: whole.atlas.wallMs,
      limit: whole.baseline.wallMs * LIMITS.wholeBuildRatio,
      detail: `${S(whole.atlas.wallMs)} vs ${S(whole.baseline.wallMs)}: ${whole.ratio.wall.toFixed(2)} ×`,
    });
  }
  const rebuilt = whole?.rebuild ? whole : sizes.find((s) => s.rebuild);
  if (rebuilt?.rebuild) {
    const where = rebuilt.practices === LIMITS.wholeBuildSize ? wholeAt : `at ${rebuilt.practices.toLocaleString('en')} (the budget is set at ${LIMITS.wholeBuildSize.toLocaleString('en')})`;
    checks.push({
      name: `one practice changed ${where}, rebuilt, ≤ ${LIMITS.rebuildShare * 100}% of a full build`,
      pass: rebuilt.rebuild.share <= LIMITS.rebuildShare,
      value: rebuilt.rebuild.wallMs,
      limit: rebuilt.atlas.wallMs * LIMITS.rebuildShare,
      detail: `${S(rebuilt.rebuild.wallMs)} vs ${S(rebuilt.atlas.wallMs)}: ${(rebuilt.rebuild.share * 100).toFixed(0)}%`,
    });
  }
  if (at.search) {
    checks.push({
      name: `/search/ before any interaction ${where} ≤ 30 KB`,
      pass: at.search.load.atlas.bytes <= LIMITS.idleSearchBytes,
      value: at.search.load.atlas.bytes,
      limit: LIMITS.idleSearchBytes,
      detail: `${KB(at.search.load.atlas.bytes)} in ${at.search.load.atlas.requests} requests`,
    });
  }
  for (const q of at.search?.queries.filter((q) => q.defaultUi) ?? []) {
    if (q.floor) {
      checks.push({
        name: `bytes to first results of ${q.name} ${where} ≤ ${LIMITS.floorRatio} × Pagefind's floor`,
        pass: q.atlas.bytesBeforeResults <= q.floor.bytes * LIMITS.floorRatio,
        value: q.atlas.bytesBeforeResults,
        limit: Math.floor(q.floor.bytes * LIMITS.floorRatio),
        detail: `${KB(q.atlas.bytesBeforeResults)} vs floor ${KB(q.floor.bytes)}: ${(q.atlas.bytesBeforeResults / q.floor.bytes).toFixed(2)} ×`,
      });
    }
    for (const [ui, figures, speedup] of [
      ['Default UI', q.defaultUi, q.speedup],
      ['Component UI', q.componentUi, q.componentSpeedup],
    ] as const) {
      if (!figures) continue;
      checks.push({
        name: `first results of ${q.name} ${where} ≥ ${LIMITS.querySpeedup} × as fast as the ${ui}`,
        pass: (speedup ?? 0) >= LIMITS.querySpeedup,
        value: q.atlas.firstResultsMs,
        limit: Math.floor(figures.firstResultsMs / LIMITS.querySpeedup),
        detail: `${q.atlas.firstResultsMs} ms vs ${figures.firstResultsMs} ms: ${(speedup ?? 0).toFixed(2)} × as fast`,
      });
    }
  }
  for (const s of sizes) for (const b of s.byteBudgets) checks.push({ ...b, name: `${b.name} (N = ${s.practices.toLocaleString('en')})` });
  return checks;
}

function table(result: BenchResult): string {
  const sizes = result.sizes;
  const head = (title: string) => `\n${title}\n${'─'.repeat(Math.max(40, 44 + 22 * sizes.length))}`;
  const row = (label: string, cells: string[]) => `${label.padEnd(44)}${cells.map((c) => c.padStart(22)).join('')}`;
  const lines: string[] = [];
  const m = result.machine;
  lines.push(`Practice Atlas bench — ${m.cpus} cores (${m.cpuModel}), ${GB(m.memoryBytes)} RAM, Node ${m.node}, seed ${result.seed}`);
  lines.push(head('Build (one after the other, empty caches)'));
  lines.push(row('practices', sizes.map((s) => s.practices.toLocaleString('en'))));
  lines.push(row('Atlas: wall time', sizes.map((s) => S(s.atlas.wallMs))));
  lines.push(row('Atlas: CPU time (user + system)', sizes.map((s) => S(s.atlas.cpuMs))));
  lines.push(row('Atlas: ms per practice', sizes.map((s) => s.atlas.msPerPractice.toFixed(1))));
  lines.push(row('Atlas: ms per built page', sizes.map((s) => s.atlas.msPerPage.toFixed(2))));
  lines.push(row('Atlas: peak memory, process tree', sizes.map((s) => GB(s.atlas.peakRss))));
  lines.push(row('Atlas: pages built', sizes.map((s) => s.atlas.pages.toLocaleString('en'))));
  lines.push(row('Atlas: dist/', sizes.map((s) => MB(s.atlas.distBytes))));
  lines.push(row('Atlas: Pagefind index', sizes.map((s) => MB(s.atlas.pagefindBytes))));
  lines.push(row('baseline: wall time', sizes.map((s) => S(s.baseline.wallMs))));
  lines.push(row('baseline: CPU time (user + system)', sizes.map((s) => S(s.baseline.cpuMs))));
  lines.push(row('baseline: ms per practice', sizes.map((s) => s.baseline.msPerPractice.toFixed(1))));
  lines.push(row('baseline: pages built', sizes.map((s) => s.baseline.pages.toLocaleString('en'))));
  lines.push(row('baseline: ms per built page', sizes.map((s) => s.baseline.msPerPage.toFixed(2))));
  lines.push(row('baseline: peak memory, process tree', sizes.map((s) => GB(s.baseline.peakRss))));
  lines.push(row('baseline: dist/', sizes.map((s) => MB(s.baseline.distBytes))));
  lines.push(row('Atlas / baseline: whole build', sizes.map((s) => `${s.ratio.wall.toFixed(2)} ×`)));
  lines.push(row('Atlas / baseline: whole build, CPU time', sizes.map((s) => `${(s.atlas.cpuMs / s.baseline.cpuMs).toFixed(2)} ×`)));
  lines.push(row('Atlas / baseline: ms per page', sizes.map((s) => `${s.ratio.time.toFixed(2)} ×`)));
  lines.push(row('Atlas / baseline: memory', sizes.map((s) => `${s.ratio.memory.toFixed(2)} ×`)));
  if (sizes.some((s) => s.rebuild)) {
    lines.push(row('one practice changed: rebuild wall time', sizes.map((s) => (s.rebuild ? S(s.rebuild.wallMs) : '-'))));
    lines.push(row('one practice changed: share of full build', sizes.map((s) => (s.rebuild ? `${(s.rebuild.share * 100).toFixed(0)}%` : '-'))));
    lines.push(row('one practice changed: CPU time, share', sizes.map((s) => (s.rebuild ? `${S(s.rebuild.cpuMs)}, ${((s.rebuild.cpuMs / s.atlas.cpuMs) * 100).toFixed(0)}%` : '-'))));
    lines.push(row('one practice changed: peak memory', sizes.map((s) => (s.rebuild ? GB(s.rebuild.peakRss) : '-'))));
  }
  if (sizes.some((s) => s.search)) {
    const runs = sizes.find((s) => s.search)!.search!.runs;
    lines.push(head(`Search (headless Chromium, gzip, cold cache, median of ${runs}; KB until the network is idle / requests / ms to first results)`));
    lines.push(row('load /search/: Atlas', sizes.map((s) => (s.search ? `${KB(s.search.load.atlas.bytes)} / ${s.search.load.atlas.requests}` : '-'))));
    lines.push(row('load search page: Default UI', sizes.map((s) => (s.search ? `${KB(s.search.load.defaultUi.bytes)} / ${s.search.load.defaultUi.requests}` : '-'))));
    lines.push(row('load search page: Component UI', sizes.map((s) => (s.search ? `${KB(s.search.load.componentUi.bytes)} / ${s.search.load.componentUi.requests}` : '-'))));
    for (const [i, q] of QUERIES.entries()) {
      const get = (s: SizeResult) => s.search?.queries[i];
      lines.push(row(`${q.name}: Atlas`, sizes.map((s) => { const g = get(s); return g ? `${KB(g.atlas.bytes)} / ${g.atlas.requests} / ${g.atlas.firstResultsMs}` : '-'; })));
      lines.push(row(`${q.name}: Atlas, KB before results`, sizes.map((s) => { const g = get(s); return g ? KB(g.atlas.bytesBeforeResults) : '-'; })));
      lines.push(row(`${q.name}: Pagefind floor`, sizes.map((s) => { const g = get(s); return g?.floor ? KB(g.floor.bytes) : '-'; })));
      lines.push(row(`${q.name}: Default UI`, sizes.map((s) => { const g = get(s); return g?.defaultUi ? `${KB(g.defaultUi.bytes)} / ${g.defaultUi.requests} / ${g.defaultUi.firstResultsMs}` : 'n/a'; })));
      lines.push(row(`${q.name}: Component UI`, sizes.map((s) => { const g = get(s); return g?.componentUi ? `${KB(g.componentUi.bytes)} / ${g.componentUi.requests} / ${g.componentUi.firstResultsMs}` : 'n/a'; })));
      lines.push(row(`${q.name}: speed-up vs Default, Component`, sizes.map((s) => { const g = get(s); return g?.speedup && g.componentSpeedup ? `${g.speedup.toFixed(2)} ×, ${g.componentSpeedup.toFixed(2)} ×` : '-'; })));
    }
  }
  lines.push(head('Page templates (gzipped HTML + CSS + JS, images aside: median / heaviest)'));
  const names = [...new Set(sizes.flatMap((s) => s.templates.map((t) => t.template)))].sort();
  for (const name of names) {
    lines.push(row(name, sizes.map((s) => { const t = s.templates.find((x) => x.template === name); return t ? `${KB(t.median)} / ${KB(t.max)}` : '-'; })));
  }
  lines.push(head('Budgets'));
  for (const b of result.budgets) lines.push(`${b.pass ? 'PASS' : 'FAIL'}  ${b.name}: ${b.detail}`);
  lines.push(`\nBench wall time: ${S(result.totalMs)}; figures in ${relative(process.cwd(), join(BENCH, 'results.json'))}`);
  return lines.join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,5000,10000' },
      'rebuild-at': { type: 'string', default: String(LIMITS.wholeBuildSize) },
      runs: { type: 'string', default: '3' },
      seed: { type: 'string', default: '20240906' },
      'no-browser': { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log('Usage: npm run bench [-- --sizes 1000,5000,10000] [--rebuild-at 5000] [--runs 3] [--seed N] [--no-browser] [--strict]');
    return 0;
  }
  const numbers = (list: string) => list.split(',').filter((s) => s.trim()).map((s) => Number(s.trim().replace(/_/g, '')));
  const sizes = numbers(values.sizes);
  const rebuildAt = new Set(numbers(values['rebuild-at']));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1) || [...rebuildAt].some((n) => !Number.isInteger(n) || n < 1)) {
    console.error('--sizes and --rebuild-at take whole numbers, such as --sizes 1000,5000,10000 --rebuild-at 5000');
    return 2;
  }
  const browser = !values['no-browser'];
  if (browser && !existsSync(CHROMIUM)) {
    console.error(`Chromium is not at ${CHROMIUM}: install it (apt-get install chromium), set CHROMIUM_PATH, or pass --no-browser.`);
    return 2;
  }
  const started = performance.now();
  mkdirSync(BENCH, { recursive: true });
  const seed = Number(values.seed);
  const runs = Math.max(1, Number(values.runs) || 3);
  const results: SizeResult[] = [];
  for (const n of sizes) results.push(await benchSize(n, seed, runs, browser, rebuildAt));
  const result: BenchResult = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryBytes: totalmem(), node: process.version, platform: process.platform },
    seed,
    sizes: results,
    budgets: budgets(results),
    totalMs: Math.round(performance.now() - started),
  };
  writeFileSync(join(BENCH, 'results.json'), JSON.stringify(result, null, 2) + '\n');
  console.log(table(result));
  return values.strict && result.budgets.some((b) => !b.pass) ? 1 : 0;
}

if (import.meta.main) {
  main().then(
    (code) => (process.exitCode = code),
    (error: Error) => {
      console.error(`The bench could not run: ${error.message}`);
      process.exitCode = 2;
    },
  );
}
