/**
 * Embeds on a partner site, in Chromium. The partner page is served from an
 * origin of its own (a small server started here) and loads /embed.js from
 * another origin of the Atlas (realUrl2), as a real partner would; it sends a
 * strict CSP of its own. Expected practices come from the content files.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { validatePractices, type CheckedPractice } from '../../src/catalogue/validate-practices.ts';
import { filterValues, inLanguage, matchesFilters, newestFirst, regionReader, type Selection } from '../support/match-filters.ts';
import { axeViolations, launchBrowser, openPage } from '../support/browser.ts';
import { FIXTURE, REAL } from '../support/sites.ts';

const atlas = inject('realUrl');
const atlas2 = inject('realUrl2');
const atlasOrigin2 = new URL(atlas2).origin;

let browser: Browser;
let practices: CheckedPractice[];
const regionsOf = regionReader(join(REAL.content, 'taxonomies'));
let partner: Server;
let partnerUrl: string;
/** Partner pages by path: the body of each, wrapped in a document with a strict CSP. */
const partnerPages = new Map<string, string>();
/** The partner's own search index (the fixture site's), to merge the Atlas's into. */
const PARTNER_INDEX = join(FIXTURE.dist, 'pagefind');
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.wasm': 'application/wasm', '.css': 'text/css' };
/** A partner search page script: its own Pagefind, with the Atlas's index merged in (docs/hosting.md). */
const MERGE_SCRIPT = (atlasBundle: string) => `
const pagefind = await import('/pagefind/pagefind.js');
await pagefind.options({ mergeFilter: { source: 'Partner' } });
await pagefind.mergeIndex(${JSON.stringify(atlasBundle)}, { mergeFilter: { source: 'Practice Atlas' } });
const all = await pagefind.search('migration');
const atlasOnly = await pagefind.search('migration', { filters: { source: 'Practice Atlas' } });
const urls = async (s) => (await Promise.all(s.results.map((r) => r.data()))).map((d) => d.url);
window.__merged = { all: await urls(all), atlas: await urls(atlasOnly) };
`;

/**
 * Slugs an embed should show first, for a reader of `lang` with these
 * filters, newest first (its order without text): the oracle's, from the
 * content files (tests/support/match-filters.ts). Each test writes the
 * language and filters its query string means, literally.
 */
function expected(lang: 'en' | 'fr' | 'es', selection: Selection = {}): string[] {
  return inLanguage(practices, lang)
    .filter((p) => matchesFilters(filterValues(p, regionsOf), selection))
    .sort(newestFirst)
    .map((p) => p.slug);
}

function partnerPage(path: string, body: string): string {
  partnerPages.set(path, body);
  return partnerUrl + path;
}

/** The frame of the n-th embed on a partner page, once it shows its practices (or says there are none). */
async function embedFrame(page: Page, n: number): Promise<Frame> {
  const iframe = page.locator('[data-practice-atlas] iframe').nth(n);
  await iframe.scrollIntoViewIfNeeded();
  const frame = (await iframe.elementHandle())!;
  const content = (await frame.contentFrame())!;
  await content.waitForSelector('.embed-status:not(:empty)');
  await expect.poll(() => content.locator('.embed-status').textContent()).not.toMatch(/Loading/);
  return content;
}

const slugsIn = (frame: Frame) =>
  frame.$$eval('.embed-practice h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.replace(/^.*\/practices\/|\/$/g, '')));

const frameHeight = (page: Page, n: number) =>
  page.locator('[data-practice-atlas] iframe').nth(n).evaluate((f) => f.getBoundingClientRect().height);

const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.getElementById('atlas-embed')!.getBoundingClientRect().height));

beforeAll(async () => {
  const result = await validatePractices({ dir: join(REAL.content, 'practices') });
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  practices = result.practices;
  partner = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    if (path === '/merge.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(MERGE_SCRIPT(`${atlas2}pagefind/`));
    if (path.startsWith('/pagefind/')) {
      const file = join(PARTNER_INDEX, normalize(path.slice('/pagefind/'.length)).replace(/^(\.\.[/\\])+/, ''));
      if (!file.startsWith(PARTNER_INDEX) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
      return void res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    }
    if (path === '/search.html') {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        // What a partner's search page needs: its own scripts and Pagefind's WebAssembly, and fetches to the Atlas.
        'content-security-policy': `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; connect-src 'self' ${atlasOrigin2}`,
      });
      return void res.end('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner search</title><script type="module" src="/merge.js"></script></head><body><h1>Search</h1></body></html>');
    }
    const body = partnerPages.get(path);
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      // A careful partner: scripts and frames from the Atlas only, no inline code.
      'content-security-policy': `default-src 'self'; script-src ${atlasOrigin2}; frame-src ${atlasOrigin2}; style-src 'self'`,
    });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head><body><main><h1>Our members</h1>${body}</main><script src="${atlas2}embed.js" async></script></body></html>`);
  });
  await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
  const address = partner.address();
  partnerUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => partner?.close(resolve));
});

describe('embed on a partner site', () => {
  it('shows the expected practices, links to the Atlas in a new tab or in place, with a clean console', async () => {
    const url = partnerPage(
      '/members.html',
      '<div data-practice-atlas data-objective="23" data-limit="3"></div>' +
        '<div data-practice-atlas data-region="africa" data-theme="labour-migration dark" data-target="top" data-layout="cards" data-title="Labour migration in Africa"></div>',
    );
    const { page, problems } = await openPage(browser);
    await page.goto(url);
    expect(page.url().startsWith(atlas2)).toBe(false);

    const first = await embedFrame(page, 0);
    const objective23 = expected('en', { objective: ['23'] });
    expect(objective23.length).toBeGreaterThan(3);
    expect(await slugsIn(first)).toEqual(objective23.slice(0, 3));
    expect(await first.locator('.embed-status').textContent()).toBe(`Showing 3 of ${objective23.length}`);
    const iframe = page.locator('[data-practice-atlas] iframe').first();
    expect(await iframe.getAttribute('loading')).toBe('lazy');
    expect(new URL((await iframe.getAttribute('src'))!).origin).toBe(atlasOrigin2);
    await expect.poll(() => iframe.getAttribute('title')).toBe('Practice Atlas: practices');
    const links = first.locator('.embed-practice h2 a');
    for (const target of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).target))) expect(target).toBe('_blank');
    expect(await links.first().getAttribute('rel')).toBe('noopener');
    expect(await links.first().getAttribute('href')).toBe(`${atlas2}practices/${objective23[0]}/`);
    const more = first.locator('.embed-more a');
    expect(await more.textContent()).toBe('More on Practice Atlas (opens in a new tab)');
    expect(await more.getAttribute('href')).toBe(`${atlas2}search/?objective=23`);

    const second = await embedFrame(page, 1);
    // data-theme="labour-migration dark": a theme filter and the dark scheme.
    const africa = expected('en', { region: ['africa'], theme: ['labour-migration'] });
    expect(africa.length).toBeGreaterThan(0);
    expect(await slugsIn(second)).toEqual(africa.slice(0, 10));
    expect(await second.locator('.layout-cards .summary').count()).toBe(Math.min(africa.length, 10));
    expect(await second.evaluate(() => document.documentElement.className)).toBe('scheme-dark');
    for (const target of await second.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).target))) expect(target).toBe('_top');
    expect(await page.locator('[data-practice-atlas] iframe').nth(1).getAttribute('title')).toBe('Labour migration in Africa');
    expect(await second.locator('.embed-more a').getAttribute('href')).toBe(`${atlas2}search/?region=africa&theme=labour-migration`);

    // The frame is as tall as its content: no inner scroll bar, no gap.
    await expect.poll(async () => Math.abs((await frameHeight(page, 0)) - (await contentHeight(first)))).toBeLessThanOrEqual(1);

    // A link with target=_top replaces the partner page with the practice.
    await second.locator('.embed-practice h2 a').first().click();
    await page.waitForURL(`${atlas2}practices/${africa[0]}/`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('follows its content: taller with more practices, shorter after a narrower search', async () => {
    const url = partnerPage('/resize.html', '<div data-practice-atlas data-search data-limit="4"></div>');
    const { page, problems } = await openPage(browser);
    await page.goto(url);
    const frame = await embedFrame(page, 0);
    const all = expected('en');
    expect(await slugsIn(frame)).toEqual(all.slice(0, 4));
    await expect.poll(async () => Math.abs((await frameHeight(page, 0)) - (await contentHeight(frame)))).toBeLessThanOrEqual(1);
    const before = await frameHeight(page, 0);

    await frame.locator('.embed-show-more').click();
    await expect.poll(() => slugsIn(frame)).toEqual(all.slice(0, 8));
    // Focus moves to the first practice added.
    expect(await frame.evaluate(() => document.activeElement?.closest('li')?.matches('.embed-practices > li:nth-child(5)'))).toBe(true);
    await expect.poll(() => frameHeight(page, 0)).toBeGreaterThan(before + 100);
    const taller = await frameHeight(page, 0);

    // Text search (Pagefind, inside the frame, under the Atlas CSP).
    await frame.locator('input[type="search"]').fill('Sierra Leone');
    await expect.poll(() => frame.locator('.embed-status').textContent()).toMatch(/^(1 practice|\d practices)$/);
    const found = await slugsIn(frame);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(8);
    expect(found).toContain('sierra-leone-national-migration-policy');
    await expect.poll(() => frameHeight(page, 0)).toBeLessThan(taller - 100);
    await expect.poll(async () => Math.abs((await frameHeight(page, 0)) - (await contentHeight(frame)))).toBeLessThanOrEqual(1);
    expect(await frame.locator('.embed-more a').getAttribute('href')).toBe(`${atlas2}search/?q=Sierra+Leone`);

    // A narrower viewport makes the content taller: the frame follows.
    await page.setViewportSize({ width: 400, height: 800 });
    await expect.poll(async () => Math.abs((await frameHeight(page, 0)) - (await contentHeight(frame)))).toBeLessThanOrEqual(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('ignores height messages from anywhere but its own frame', async () => {
    const url = partnerPage('/spoof.html', '<div data-practice-atlas data-limit="2"></div>');
    const { page, problems } = await openPage(browser);
    await page.goto(url);
    const frame = await embedFrame(page, 0);
    await expect.poll(async () => Math.abs((await frameHeight(page, 0)) - (await contentHeight(frame)))).toBeLessThanOrEqual(1);
    const height = await frameHeight(page, 0);
    // The partner page itself (wrong source and origin) posts a fake height.
    await page.evaluate(() => window.postMessage({ type: 'practice-atlas:height', height: 5000 }, '*'));
    await page.waitForTimeout(200);
    expect(await frameHeight(page, 0)).toBe(height);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows French practices and interface with lang=fr', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${atlas}embed/?lang=fr`);
    await expect.poll(() => page.locator('.embed-status').textContent()).not.toMatch(/Chargement/);
    const fr = expected('fr');
    expect(fr.length).toBeGreaterThan(0);
    expect(await slugsIn(page.mainFrame())).toEqual(fr.slice(0, 10));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await page.title()).toBe('Practice Atlas\u202F: pratiques');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('orders by title with sort=title, as /search/ does', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${atlas}embed/?objective=23&sort=title&limit=50`);
    await expect.poll(() => page.locator('.embed-status').textContent()).not.toMatch(/Loading/);
    // The language's alphabetical order, accents and case aside, then the slug.
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    const titles = new Map(practices.map((p) => [p.slug, p.data.title]));
    const byTitle = expected('en', { objective: ['23'] }).sort((a, b) => collator.compare(titles.get(a)!, titles.get(b)!) || a.localeCompare(b));
    expect(byTitle.length).toBeGreaterThan(2);
    expect(await slugsIn(page.mainFrame())).toEqual(byTitle.slice(0, 50));
    expect(await page.locator('.embed-more a').getAttribute('href')).toMatch(/\/search\/\?objective=23&sort=title$/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('is French at /fr/embed/ and Spanish at /es/embed/, badges and links included', async () => {
    const { page, problems } = await openPage(browser);
    for (const [lang, loading, title] of [['fr', /Chargement/, 'Practice Atlas\u202F: pratiques'], ['es', /Cargando/, 'Practice Atlas: prácticas']] as const) {
      await page.goto(`${atlas}${lang}/embed/?objective=23`);
      await expect.poll(() => page.locator('.embed-status').textContent()).not.toMatch(loading);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await page.title()).toBe(title);
      expect(await slugsIn(page.mainFrame())).toEqual(expected(lang, { objective: ['23'] }).slice(0, 10));
      expect(await page.locator('.embed-more a').getAttribute('href')).toMatch(new RegExp(`/${lang}/search/\\?objective=23$`));
    }
    // lang= still wins over the page's language.
    await page.goto(`${atlas}fr/embed/?objective=23&lang=es`);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(problems).toEqual([]);
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`is accessible (axe-core), ${scheme} scheme: the embed and the builder`, async () => {
      const context = await browser.newContext({ colorScheme: scheme });
      const { page, problems } = await openPage(context);
      const report: string[] = [];
      // Dark mode on one page per template (the embed follows the reader's scheme, the builder); every view in light.
      // The views with theme=dark and theme=light set their scheme themselves, whatever the reader's.
      const paths = ['embed/?objective=23&search=1', 'embed/?layout=cards&theme=dark', 'embed/?layout=cards&theme=light', 'embed/builder/'];
      for (const path of scheme === 'light' ? paths : [paths[0]!, paths[3]!]) {
        await page.goto(atlas + path);
        if (path.startsWith('embed/?')) await expect.poll(() => page.locator('.embed-status').textContent()).toMatch(/practice|Showing/);
        for (const v of await axeViolations(page)) report.push(`${path}: ${v}`);
      }
      await context.close();
      expect(report).toEqual([]);
      expect(problems).toEqual([]);
    });
  }

  it('without JavaScript, says what it is and links to the Atlas', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await openPage(context);
    await page.goto(`${atlas}embed/?objective=23`);
    expect(await page.locator('#atlas-embed').textContent()).toContain('It needs JavaScript');
    expect(await page.locator('#atlas-embed a').first().getAttribute('href')).toBe('/');
    await context.close();
  });
});

describe('hostile parameters', () => {
  const HOSTILE = [
    'q=<img src=x onerror=window.__pwned=1>',
    `objective=1"><script>window.__pwned=1</script>`,
    'theme=javascript:window.__pwned=1',
    `q=${'x'.repeat(5000)}&region=${'y'.repeat(5000)}`,
    'unknown=<script>window.__pwned=1</script>&lang=<svg/onload=window.__pwned=1>&limit=1e9&layout=</style>',
    'search=1&q="><img src=x onerror=window.__pwned=1>&target=javascript:window.__pwned=1',
  ].map((q) => q.replace(/[<>"' ]/g, (c) => encodeURIComponent(c)));

  it('are shown as text or ignored on /embed/: nothing runs, no error', async () => {
    const { page, problems } = await openPage(browser);
    for (const query of HOSTILE) {
      await page.goto(`${atlas}embed/?${query}`);
      await expect.poll(() => page.locator('.embed-status').textContent()).not.toMatch(/^$|Loading/);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), query).toBeUndefined();
      expect(await page.locator('#atlas-embed img, #atlas-embed script, #atlas-embed svg').count()).toBe(0);
      for (const a of await page.locator('a').evaluateAll((as) => as.map((x) => (x as HTMLAnchorElement).href))) expect(a).toMatch(/^http:/);
    }
    // The search text is in the box, as typed.
    expect(await page.locator('input[type="search"]').inputValue()).toBe('"><img src=x onerror=window.__pwned=1>');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('are shown as text or ignored on /search/: nothing runs, no error', async () => {
    const { page, problems } = await openPage(browser);
    for (const query of HOSTILE) {
      await page.goto(`${atlas}search/?${query}`);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), query).toBeUndefined();
    }
    // Uncaught errors and CSP violations (an injected handler would be blocked and logged).
    expect(problems.filter((p) => p.startsWith('pageerror') || /Content Security Policy/i.test(p))).toEqual([]);
    await page.close();
  });
});

describe('search across sites', () => {
  it('a partner merges the Atlas index into its own Pagefind search, across origins', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${partnerUrl}/search.html`);
    const merged = (await page.waitForFunction(() => (window as unknown as { __merged?: unknown }).__merged)).jsonValue() as Promise<{ all: string[]; atlas: string[] }>;
    const { all, atlas: fromAtlas } = await merged;
    // Atlas results link to the Atlas; the partner's own stay on its site.
    expect(all.some((u) => u.startsWith(`${atlas2}practices/`))).toBe(true);
    expect(all.some((u) => u.startsWith('/practices/'))).toBe(true);
    expect(fromAtlas.length).toBeGreaterThan(0);
    expect(fromAtlas.every((u) => u.startsWith(`${atlas2}practices/`))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('embed builder', () => {
  it('updates the preview and the snippet from the form, and copies the snippet', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(atlas).origin });
    const { page, problems } = await openPage(context);
    await page.goto(`${atlas}embed/builder/`);
    expect(await page.locator('#builder-submit').isHidden()).toBe(true);
    await page.locator('#builder-objective-23').check();
    await page.locator('#builder-layout-cards').check();
    await page.locator('#builder-limit').fill('2');
    await expect.poll(() => page.locator('#builder-code').inputValue()).toContain('data-objective="23"');
    const code = await page.locator('#builder-code').inputValue();
    expect(code).toBe(
      '<div data-practice-atlas data-objective="23" data-layout="cards" data-limit="2"></div>\n<script src="https://atlas.example.org/embed.js" async></script>',
    );
    const preview = page.frameLocator('#builder-preview');
    await expect.poll(() => page.locator('#builder-preview').getAttribute('src')).toContain('objective=23&layout=cards&limit=2');
    await expect.poll(() => preview.locator('.layout-cards .embed-practice').count()).toBe(2);
    // The preview frame takes the height of its content.
    await expect.poll(async () => {
      const outer = await page.locator('#builder-preview').evaluate((f) => f.clientHeight);
      const inner = await preview.locator('#atlas-embed').evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
      return Math.abs(outer - inner);
    }).toBeLessThanOrEqual(1);
    await page.locator('#builder-copy').click();
    await expect.poll(() => page.locator('#builder-copy-status').textContent()).not.toBe('');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('works without JavaScript as a form that opens the embed', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await openPage(context);
    await page.goto(`${atlas}embed/builder/`);
    await page.locator('#builder-region-oceania').check();
    await page.locator('#builder-submit').click();
    await page.waitForURL(/\/embed\/\?/);
    expect(new URL(page.url()).searchParams.getAll('region')).toEqual(['oceania']);
    await context.close();
  });
});
