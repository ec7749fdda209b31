/**
 * Compare, building block pages and the block filter in a real browser, on
 * the fixture site served with its production headers (strict CSP).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser, openPage } from '../support/browser.ts';

let browser: Browser;
const fixture = inject('fixtureUrl');
const COMPARE = `${fixture}compare/?practice=alpha-fair-recruitment&practice=zeta-single-file`;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until the comparison is laid out. */
async function compared(page: Page): Promise<void> {
  await page.waitForSelector('.compare-table', { state: 'attached' });
}

/** Texts of a row of the comparison table, by its label. */
async function row(page: Page, label: string): Promise<string[]> {
  return page.$$eval('.compare-table tbody tr', (rows, label) => {
    const tr = rows.find((r) => r.querySelector('th')?.textContent === label);
    return tr ? [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim()) : [];
  }, label);
}

describe('the compare page', () => {
  it('lays two practices side by side from their open data, shared blocks marked, accessible, clean console', async () => {
    const { page, problems } = await openPage(browser);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(COMPARE);
    await compared(page);
    expect(await page.$$eval('.compare-table thead th a', (as) => as.map((a) => a.textContent))).toEqual(['Fixture fair recruitment in West Africa', 'Fixture single-file practice in the Philippines']);
    // Each practice's data is its own small file, fetched by the page.
    expect(requests.filter((p) => p.includes('/api/'))).toEqual(['/practices-hub/api/practices/alpha-fair-recruitment.json', '/practices-hub/api/practices/zeta-single-file.json']);
    expect(await row(page, 'Period and status')).toEqual(['2020– · Ongoing as of 2021, not confirmed since', '2019–2019 · Completed']);
    expect(await row(page, 'Reach')).toEqual(['23,096 workers placed abroad (2023)412 complaints resolved', '1,200,000 trainees (2019-12)']);
    expect(await row(page, 'Budget')).toEqual(['€1,500,000 (2020-2023; Fixture Fund contribution)', '₱250,000.50']);
    expect(await row(page, 'Type of practice')).toEqual(['Programme', 'Not stated']);
    // The block both use is marked, with a word, in both columns; the other is not.
    expect(await page.$$eval('.compare-table mark.compare-shared', (m) => m.map((x) => x.textContent))).toEqual([
      'Fixture pre-departure orientation (Shared)',
      'Fixture pre-departure orientation (Shared)',
    ]);
    expect(await page.locator('.compare-table a', { hasText: 'Fixture migrant resource centre' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('in French, with numbers and currencies written the French way', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${fixture}fr/compare/?practice=alpha-fair-recruitment-fr&practice=zeta-single-file`);
    await compared(page);
    // The French version states no budget of its own: it is not borrowed from the original.
    expect((await row(page, 'Budget'))[0]).toBe('Non précisé');
    const shared = await page.$$eval('.compare-table mark.compare-shared', (m) => m.map((x) => x.textContent));
    expect(shared).toEqual(['Orientation avant le départ (fixture) (En commun)', 'Orientation avant le départ (fixture) (En commun)']);
    const budget = await row(page, 'Budget');
    // French groups thousands with a (narrow) no-break space, a decimal comma, and names the peso by its code after the amount.
    expect(budget[1]).toMatch(/^250\s000,50\sPHP$/);
    await page.goto(`${fixture}fr/compare/?practice=alpha-fair-recruitment&practice=zeta-single-file`);
    await compared(page);
    expect((await row(page, 'Budget'))[0]).toMatch(/^1\s500\s000\s€ \(2020-2023; Fixture Fund contribution\)$/);
    // A practice in another language than the page's is marked with its own.
    expect(await page.locator('.compare-table thead th a').first().getAttribute('lang')).toBe('en');
    await page.close();
  });

  it('stacks one section per practice on a phone, without sideways scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const { page } = await openPage(context);
    await page.goto(COMPARE);
    await compared(page);
    expect(await page.locator('.compare-table').isVisible()).toBe(false);
    expect(await page.locator('.compare-practice').count()).toBe(2);
    expect(await page.locator('.compare-practice').first().isVisible()).toBe(true);
    // The same row labels as the table, shown.
    expect(await page.locator('.compare-practice').first().locator('dt').allTextContents()).toContain('Reach');
    expect(await page.locator('.compare-practice dt').first().isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });

  it('prints the table without navigation', async () => {
    const { page } = await openPage(browser);
    await page.goto(COMPARE);
    await compared(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.compare-table').isVisible()).toBe(true);
    expect(await page.locator('.compare-stack').isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    await page.close();
  });

  it('adds practices from cards: the selection grows in the URL, and removing one keeps it out', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${fixture}practices/`);
    await page.click('.card a[data-compare-add="zeta-single-file"]');
    await page.waitForSelector('.compare-status');
    expect(await page.locator('.compare-status').textContent()).toBe('Add at least one more practice to compare.');
    await page.goto(`${fixture}practices/`);
    await page.click('.card a[data-compare-add="beta-caribbean-displacement"]');
    await compared(page);
    expect(new URL(page.url()).searchParams.getAll('practice')).toEqual(['zeta-single-file', 'beta-caribbean-displacement']);
    // The URL is the selection: opened elsewhere, it shows the same.
    const shared = await browser.newPage();
    await shared.goto(page.url());
    await compared(shared);
    expect(await shared.$$eval('.compare-table thead th a', (as) => as.length)).toBe(2);
    await shared.close();
    await page.click('.compare-chosen a[aria-label="Remove Fixture single-file practice in the Philippines from the comparison"]');
    await page.waitForSelector('.compare-status');
    expect(new URL(page.url()).searchParams.getAll('practice')).toEqual(['beta-caribbean-displacement']);
    expect(await page.locator('.compare-table').count()).toBe(0);
    await page.close();
  });

  it('without JavaScript, says how to choose practices and links to where they are', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await openPage(context);
    await page.goto(COMPARE);
    expect(await page.locator('#compare-none').isVisible()).toBe(true);
    expect(await page.locator('#compare-none a').count()).toBeGreaterThanOrEqual(2);
    await context.close();
  });
});

describe('building block pages', () => {
  it('pass axe-core, load no script, and lead to the comparison of their practices', async () => {
    const { page, problems } = await openPage(browser);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    for (const path of ['building-blocks/', 'fr/building-blocks/fixture-pre-departure-orientation/', 'building-blocks/fixture-migrant-resource-centre/']) {
      await page.goto(fixture + path);
      expect(await axeViolations(page), path).toEqual([]);
    }
    expect(scripts).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.goto(`${fixture}building-blocks/fixture-pre-departure-orientation/`);
    await page.click('a.compare-link');
    await compared(page);
    expect(await page.$$eval('.compare-table thead th a', (as) => as.length)).toBe(2);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the block filter', () => {
  async function results(page: Page, url: string): Promise<string[]> {
    await page.goto(url);
    await page.waitForFunction(() => {
      const list = document.getElementById('search-results');
      return !!list && !list.hasAttribute('aria-busy') && (document.getElementById('search-status')?.textContent ?? '') !== '';
    });
    const hrefs = await page.$$eval('#search-results > li h3 a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    return hrefs.map((h) => /\/practices\/([^/?]+)\//.exec(h)?.[1] ?? h).sort();
  }

  it('finds the practices that use a block, in each language, with its label on the chip and freshness on the cards', async () => {
    const { page, problems } = await openPage(browser);
    expect(await results(page, `${fixture}search/?block=fixture-pre-departure-orientation`)).toEqual(['alpha-fair-recruitment', 'zeta-single-file']);
    expect(await page.locator('fieldset[data-facet="block"] legend').textContent()).toContain('Building block');
    expect(await page.locator('.status-stale').first().textContent()).toBe('Ongoing as of 2021, not confirmed since');
    expect(await results(page, `${fixture}fr/search/?block=fixture-pre-departure-orientation`)).toEqual(['alpha-fair-recruitment-fr', 'zeta-single-file']);
    expect(await page.locator('fieldset[data-facet="block"]').textContent()).toContain('Orientation avant le départ (fixture)');
    expect(await results(page, `${fixture}search/?block=fixture-migrant-resource-centre&status=completed`)).toEqual([]);
    // A French query finds the English practice through the French title of its block.
    expect(await results(page, `${fixture}fr/search/?q=${encodeURIComponent('avant le départ')}`)).toContain('zeta-single-file');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('works in the embed view too', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${fixture}embed/?block=fixture-pre-departure-orientation`);
    await page.waitForSelector('.embed-status:not(:empty)');
    await page.waitForFunction(() => !document.querySelector('.embed-status')?.textContent?.match(/…|\.\.\./));
    const hrefs = await page.$$eval('a[href*="/practices/"]', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    const slugs = [...new Set(hrefs.map((h) => /\/practices\/([^/?#]+)\//.exec(h)?.[1]).filter(Boolean))].sort();
    expect(slugs).toEqual(['alpha-fair-recruitment', 'zeta-single-file']);
    await page.close();
  });
});
