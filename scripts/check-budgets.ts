/**
 * Byte budgets of a built site, from its files (no browser): what each page
 * weighs gzipped with the stylesheets and scripts it loads, images aside,
 * grouped by page template, and the budgets of issue 6 as pass or fail.
 *
 *   node scripts/check-budgets.ts [--dist dist] [--base /] [--json]
 *
 * `npm test` runs the same checks over the real content (tests/build/budgets.test.ts);
 * `npm run bench` reports them for generated content sets.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parse as parseModule } from 'es-module-lexer/js';
import { parse as parseHtml } from 'node-html-parser';
import { siteFiles } from '../src/publishing/site-files.ts';
import { withTrailingSlash } from '../src/i18n/base-path.ts';
import { PREFIXED_LANGS } from '../src/i18n/locales.ts';

export const BUDGETS = {
  /** A practice page: HTML, CSS and JavaScript, gzipped. */
  practicePage: 25 * 1024,
  /** The embed view partners frame: HTML, CSS and JavaScript, gzipped. */
  embedView: 20 * 1024,
  /** The script partners paste: /embed.js, gzipped. */
  embedScript: 2 * 1024,
  /** /coverage/ in each language: HTML and CSS, gzipped, and no script at all. */
  coveragePage: 80 * 1024,
  /** The world map's inline SVG alone, gzipped (it is on the home, region and objective pages too). */
  worldMap: 40 * 1024,
  /** /compare/ in each language before any practice's data: HTML, CSS and JavaScript, gzipped. */
  comparePage: 30 * 1024,
} as const;

/** Pages that need JavaScript: search, the embeddable views and compare. Every other page works, and ships, without. */
// /contribute/ loads one small module: a gap link (?objective=&region=) pre-fills the proposal form.
export const SCRIPTED_PAGES = new RegExp(`^(?:(?:${PREFIXED_LANGS.join('|')})/)?(?:(?:search|embed)/(?:builder/)?|contribute/|compare/)index\\.html$`);

export interface PageWeight {
  /** Path of the HTML file in the site. */
  file: string;
  template: string;
  html: number;
  css: number;
  js: number;
  /** Everything above, gzipped bytes. */
  total: number;
  /** Scripts the page loads (`<script>` elements and module preloads). */
  scripts: number;
}

export interface TemplateWeight {
  template: string;
  pages: number;
  /** Gzipped bytes of the median page. */
  median: number;
  /** Gzipped bytes of the heaviest page, and which it is. */
  max: number;
  heaviest: string;
  /** Median page split, gzipped bytes. */
  html: number;
  css: number;
  js: number;
}

export interface BudgetCheck {
  name: string;
  pass: boolean;
  /** Measured value and limit, in bytes (or pages for counts). */
  value: number;
  limit: number;
  detail: string;
}

/** Which template made a page, from its path (the public URLs of the content model). */
/** The language folder of a page, from the locales (src/i18n/locales.ts). */
const LANG_DIR = new RegExp(`^(?:${PREFIXED_LANGS.join('|')})/`);

export function templateOf(file: string): string {
  // Pages of every language (`/fr/…`, `/es/…`) are made by the same templates.
  const path = file.replace(/index\.html$/, '').replace(LANG_DIR, '');
  const rules: [RegExp, string][] = [
    [/^$/, 'home'],
    [/^404\.html$/, '404'],
    [/^practices\/(page\/\d+\/)?$/, 'practices list'],
    [/^practices\/[^/]+\/$/, 'practice'],
    [/^objectives\/$/, 'objectives index'],
    [/^objectives\/[^/]+\/(page\/\d+\/)?$/, 'objective'],
    [/^regions\/$/, 'regions index'],
    [/^regions\/[^/]+\/(page\/\d+\/)?$/, 'region'],
    [/^countries\/$/, 'countries index'],
    [/^countries\/[^/]+\/(page\/\d+\/)?$/, 'country'],
    [/^themes\/$/, 'themes index'],
    [/^themes\/[^/]+\/(page\/\d+\/)?$/, 'theme'],
    [/^sdg\/$/, 'SDG targets index'],
    [/^sdg\/[^/]+\/(page\/\d+\/)?$/, 'SDG target'],
    [/^principles\/$/, 'principles index'],
    [/^principles\/[^/]+\/(page\/\d+\/)?$/, 'principle'],
    [/^search\/$/, 'search'],
    [/^embed\/$/, 'embed view'],
    [/^embed\/builder\/$/, 'embed builder'],
    [/^coverage\/$/, 'coverage'],
    [/^untranslated\/[^/]+\/$/, 'untranslated practice'],
    [/^contribute\/$/, 'contribute'],
    [/^admin\/$/, 'editor welcome'],
    [/^building-blocks\/$/, 'building blocks index'],
    [/^building-blocks\/[^/]+\/$/, 'building block'],
    [/^compare\/$/, 'compare'],
  ];
  return rules.find(([pattern]) => pattern.test(path))?.[1] ?? 'other';
}

const gzipCache = new Map<string, number>();

function gzipped(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file), { level: 6 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

/** The file of a URL found in a page, or undefined for other origins and missing files. */
function fileOf(dist: string, base: string, from: string, url: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return undefined;
  const clean = url.split(/[?#]/)[0]!;
  let path: string;
  if (clean.startsWith('/')) {
    if (!clean.startsWith(base)) return undefined;
    path = clean.slice(base.length);
  } else {
    path = posix.join(posix.dirname(from), clean);
  }
  const file = join(dist, path);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** A script and every module it imports statically (dynamic `import()` loads later, on demand). */
function scriptGraph(file: string, seen: Set<string>): void {
  if (seen.has(file)) return;
  seen.add(file);
  // es-module-lexer is what Vite reads imports with: `d === -1` marks a static import or re-export.
  const [imports] = parseModule(readFileSync(file, 'utf8'));
  for (const { n: target, d } of imports) {
    if (d !== -1 || !target?.startsWith('.')) continue;
    const next = resolve(dirname(file), target);
    if (existsSync(next)) scriptGraph(next, seen);
  }
}

/**
 * The start tags of a document with their attributes, read by an HTML parser:
 * a quoted attribute value is a value (a title may hold the text "<script>"),
 * comments are skipped, and so is the text of scripts and styles.
 */
export function* startTags(html: string): Generator<{ name: string; attrs: Record<string, string> }> {
  for (const element of parseHtml(html, { comment: false }).querySelectorAll('*')) {
    yield { name: element.rawTagName.toLowerCase(), attrs: Object.fromEntries(Object.entries(element.attributes).map(([k, v]) => [k.toLowerCase(), v])) };
  }
}

/** The gzipped weight of one page with the stylesheets and scripts it loads. */
export function pageWeight(dist: string, base: string, file: string): PageWeight {
  const html = readFileSync(join(dist, file), 'utf8');
  const css = new Set<string>();
  const js = new Set<string>();
  let scripts = 0;
  for (const { name, attrs } of startTags(html)) {
    if (name === 'link') {
      const rel = attrs.rel?.toLowerCase();
      const target = attrs.href ? fileOf(dist, base, file, attrs.href) : undefined;
      if (rel === 'stylesheet' && target) css.add(target);
      if (rel === 'modulepreload') {
        scripts++;
        if (target) scriptGraph(target, js);
      }
    } else if (name === 'script') {
      if (/^application\/(ld\+)?json$/i.test(attrs.type ?? '')) continue;
      scripts++;
      const target = attrs.src ? fileOf(dist, base, file, attrs.src) : undefined;
      if (target) scriptGraph(target, js);
    }
  }
  const sum = (files: Set<string>) => [...files].reduce((n, f) => n + gzipped(f), 0);
  const weights = { html: gzipSync(html, { level: 6 }).length, css: sum(css), js: sum(js) };
  return { file, template: templateOf(file), ...weights, total: weights.html + weights.css + weights.js, scripts };
}

/** Every HTML page of a site, weighed. */
export function pageWeights(dist: string, base = '/'): PageWeight[] {
  const prefix = withTrailingSlash(base);
  return siteFiles(dist)
    // The web editor (/admin/) is the staff's tool, not a page for readers: the budgets are the readers'.
    .filter((f) => f.endsWith('.html') && !f.startsWith('admin/'))
    .map((f) => pageWeight(dist, prefix, f));
}

/** Weights by template: median and heaviest page. */
export function templateWeights(pages: PageWeight[]): TemplateWeight[] {
  const groups = new Map<string, PageWeight[]>();
  for (const p of pages) groups.set(p.template, [...(groups.get(p.template) ?? []), p]);
  return [...groups].map(([template, list]) => {
    const sorted = [...list].sort((a, b) => a.total - b.total);
    const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
    const heaviest = sorted[sorted.length - 1]!;
    return { template, pages: list.length, median: median.total, max: heaviest.total, heaviest: heaviest.file, html: median.html, css: median.css, js: median.js };
  });
}

/** Gzipped bytes of the world map's inline SVG in a page, 0 when the page has none. */
export function mapWeight(html: string): number {
  const svg = parseHtml(html).querySelector('svg.map');
  return svg ? gzipSync(html.slice(...svg.range), { level: 6 }).length : 0;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The heaviest of some pages, undefined when there are none. */
function heaviestOf(pages: PageWeight[]): PageWeight | undefined {
  return pages.reduce<PageWeight | undefined>((m, p) => (!m || p.total > m.total ? p : m), undefined);
}

/**
 * A budget on the heaviest page of a template: it passes when that page is
 * within `limit` (and `also` holds); the detail names the page and its size,
 * then what `more` adds.
 */
function heaviestCheck(
  pages: PageWeight[],
  template: string,
  { name, limit, missing, also = true, more }: { name: string; limit: number; missing: string; also?: boolean; more?: (page: PageWeight) => string },
): BudgetCheck {
  const list = pages.filter((p) => p.template === template);
  const heaviest = heaviestOf(list);
  return {
    name,
    pass: !!heaviest && heaviest.total <= limit && also,
    value: heaviest?.total ?? 0,
    limit,
    detail: heaviest ? `heaviest of ${list.length}: ${heaviest.file}, ${kb(heaviest.total)}${more?.(heaviest) ?? ''}` : missing,
  };
}

/** The byte budgets of issue 6 over a built site. */
export function checkBudgets(dist: string, base = '/', pages: PageWeight[] = pageWeights(dist, base)): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  checks.push(
    heaviestCheck(pages, 'practice', {
      name: 'practice page ≤ 25 KB gzipped (HTML, CSS, JS)',
      limit: BUDGETS.practicePage,
      missing: 'no practice page found',
    }),
  );
  // Practice pages load one small module: the Copy button of their citation.
  const scripted = pages.filter((p) => (p.template === 'practice' ? p.scripts > 1 : p.scripts > 0 && !SCRIPTED_PAGES.test(p.file)));
  checks.push({
    name: 'no JavaScript on pages without search (practice pages: the citation\'s Copy button only)',
    pass: scripted.length === 0,
    value: scripted.length,
    limit: 0,
    detail: scripted.length ? `${scripted.length} pages load scripts, such as ${scripted.slice(0, 3).map((p) => p.file).join(', ')}` : `${pages.length - pages.filter((p) => SCRIPTED_PAGES.test(p.file)).length} pages without scripts`,
  });
  const embed = pages.find((p) => p.file === 'embed/index.html');
  checks.push({
    name: 'embed view ≤ 20 KB gzipped (HTML, CSS, JS)',
    pass: !!embed && embed.total <= BUDGETS.embedView,
    value: embed?.total ?? 0,
    limit: BUDGETS.embedView,
    detail: embed ? `embed/index.html: ${kb(embed.total)} (HTML ${kb(embed.html)}, CSS ${kb(embed.css)}, JS ${kb(embed.js)})` : 'no embed/index.html',
  });
  const embedJs = join(dist, 'embed.js');
  const embedJsSize = existsSync(embedJs) ? gzipped(embedJs) : 0;
  checks.push({
    name: 'embed.js ≤ 2 KB gzipped',
    pass: existsSync(embedJs) && embedJsSize <= BUDGETS.embedScript,
    value: embedJsSize,
    limit: BUDGETS.embedScript,
    detail: existsSync(embedJs) ? `embed.js: ${kb(embedJsSize)}` : 'no embed.js',
  });
  const coverage = pages.filter((p) => p.template === 'coverage');
  checks.push(
    heaviestCheck(pages, 'coverage', {
      name: 'coverage page ≤ 80 KB gzipped (HTML, CSS), no script',
      limit: BUDGETS.coveragePage,
      missing: 'no coverage/index.html',
      also: coverage.every((p) => p.scripts === 0 && p.js === 0),
      more: () => `; scripts on ${coverage.filter((p) => p.scripts > 0).length}`,
    }),
    heaviestCheck(pages, 'compare', {
      name: 'compare page ≤ 30 KB gzipped before data (HTML, CSS, JS)',
      limit: BUDGETS.comparePage,
      missing: 'no compare/index.html',
      more: (page) => ` (HTML ${kb(page.html)}, CSS ${kb(page.css)}, JS ${kb(page.js)})`,
    }),
  );
  const mapPage = join(dist, 'coverage', 'index.html');
  const map = existsSync(mapPage) ? mapWeight(readFileSync(mapPage, 'utf8')) : 0;
  checks.push({
    name: 'world map ≤ 40 KB gzipped',
    pass: map > 0 && map <= BUDGETS.worldMap,
    value: map,
    limit: BUDGETS.worldMap,
    detail: map ? `the map's SVG on coverage/index.html: ${kb(map)}` : 'no map on coverage/index.html',
  });
  return checks;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: process.env.ATLAS_OUT_DIR || 'dist' },
      base: { type: 'string', default: process.env.ATLAS_BASE || '/' },
      json: { type: 'boolean', default: false },
    },
  });
  const dist = resolve(values.dist);
  if (!existsSync(dist)) {
    console.error(`There is no built site at ${dist}. Run "npm run build" first.`);
    process.exit(2);
  }
  const pages = pageWeights(dist, values.base);
  const templates = templateWeights(pages);
  const checks = checkBudgets(dist, values.base, pages);
  if (values.json) console.log(JSON.stringify({ templates, checks }, null, 2));
  else {
    for (const t of templates.sort((a, b) => a.template.localeCompare(b.template))) {
      console.log(`${t.template.padEnd(18)} ${String(t.pages).padStart(6)} pages  median ${kb(t.median).padStart(9)}  max ${kb(t.max).padStart(9)}  ${t.heaviest}`);
    }
    for (const c of checks) console.log(`${c.pass ? 'PASS' : 'FAIL'}  ${c.name}: ${c.detail}`);
  }
  process.exitCode = checks.every((c) => c.pass) ? 0 : 1;
}
