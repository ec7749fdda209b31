/**
 * The browse pages in a real browser, served with their production headers
 * (strict CSP): accessible (axe-core in light, and in dark on one page per
 * template), usable by keyboard,
 * working without JavaScript, with a clean console.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser, openPage } from '../support/browser.ts';

let browser: Browser;
const fixture = inject('fixtureUrl');

const PAGES = [
  '',
  'practices/',
  'practices/alpha-fair-recruitment/',
  'practices/alpha-fair-recruitment-fr/',
  'practices/beta-caribbean-displacement/',
  'practices/delta-escaping/',
  'objectives/',
  'objectives/6/',
  'objectives/9/',
  'sdg/',
  'sdg/10.7/',
  'regions/',
  'regions/africa/',
  'countries/SLE/',
  'themes/',
  'themes/labour-migration/',
  'principles/',
  'principles/human-rights/',
  'no-such-page/',
];

/** Dark mode on the first page of each template of PAGES ("objectives/*" for objectives/6/); light runs on all of them. */
const templateOf = (path: string) => path.split('/').filter(Boolean).map((segment, i) => (i === 0 ? segment : '*')).join('/');
const ONE_PER_TEMPLATE = PAGES.filter((path, i) => PAGES.findIndex((other) => templateOf(other) === templateOf(path)) === i);

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('browse pages', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`pass axe-core (WCAG 2.2 A/AA) with a clean console, ${scheme} scheme`, async () => {
      const context = await browser.newContext({ colorScheme: scheme });
      const { page, problems } = await openPage(context);
      const report: string[] = [];
      const consoleProblems: string[] = [];
      for (const path of scheme === 'light' ? PAGES : ONE_PER_TEMPLATE) {
        problems.length = 0;
        await page.goto(fixture + path);
        for (const v of await axeViolations(page)) report.push(`${path}: ${v}`);
        // The 404 page answers 404 on purpose, and Chromium logs that.
        const expected = path === 'no-such-page/' ? /404/ : /^$/;
        consoleProblems.push(...problems.filter((p) => !expected.test(p)).map((p) => `${path}: ${p}`));
      }
      await context.close();
      expect(report).toEqual([]);
      expect(consoleProblems).toEqual([]);
      // One axe run per page, and the map pages are large: the whole list takes minutes on a busy machine.
    }, 300_000);
  }

  it('work without JavaScript: content, links and the search form are there', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await openPage(context);
    await page.goto(fixture + 'objectives/6/');
    const cards = await page.locator('.card h2 a').count();
    expect(cards).toBeGreaterThan(0);
    await page.locator('.card h2 a').first().click();
    await expect.poll(() => page.locator('h1').textContent()).toBeTruthy();
    expect(page.url()).toContain('/practices/');
    // The header search is a plain GET form.
    await page.fill('#site-search', 'recruitment');
    await page.press('#site-search', 'Enter');
    expect(new URL(page.url()).pathname).toBe(new URL(fixture).pathname + 'search/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('recruitment');
    await context.close();
  });

  it('load no JavaScript on pages that need none', async () => {
    const { page } = await openPage(browser);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    for (const path of ['', 'objectives/6/', 'regions/africa/']) await page.goto(fixture + path);
    expect(scripts).toEqual([]);
    // A practice page loads one small module: the Copy button of its citation.
    await page.goto(fixture + 'practices/alpha-fair-recruitment/');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/\/_astro\/CiteBox\.[^/]*\.js$/);
    await page.close();
  });

  it('can be used by keyboard: skip link first, visible focus, then navigation', async () => {
    const { page } = await openPage(browser);
    await page.goto(fixture + 'practices/alpha-fair-recruitment/');
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      outline: getComputedStyle(document.activeElement!).outlineStyle,
    }));
    expect(skip.text).toBe('Skip to content');
    expect(skip.outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The next Tab lands inside the main content, past the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    await page.close();
  });

  it('shows a script in a title as text and never runs it', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(fixture + 'practices/delta-escaping/');
    expect(await page.locator('h1').textContent()).toContain('<script>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('prints a practice without navigation', async () => {
    const { page } = await openPage(browser);
    await page.goto(fixture + 'practices/alpha-fair-recruitment/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.breadcrumbs').isVisible()).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(true);
    await page.close();
  });
});
