/**
 * /coverage/ and the world map in a real browser, served with production
 * headers (strict CSP): axe clean in light and dark, countries reachable by
 * keyboard with their counts as names, no script, and a map that is not blank.
 */
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser, openPage } from '../support/browser.ts';

let browser: Browser;
const fixture = inject('fixtureUrl');
const real = inject('realUrl');

// The home, region and objective pages, map included, are in pages.test.ts's list.
const PAGES = [
  [fixture, 'coverage/'],
  [fixture, 'fr/coverage/'],
  [fixture, 'es/coverage/'],
  [real, 'coverage/'],
] as const;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('coverage', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe-core (WCAG 2.2 A/AA) with a clean console, ${scheme} scheme`, async () => {
      const context = await browser.newContext({ colorScheme: scheme });
      const { page, problems } = await openPage(context);
      const report: string[] = [];
      // Dark mode on one page of the template; every language and both sites in light.
      for (const [site, path] of scheme === 'light' ? PAGES : PAGES.slice(-1)) {
        await page.goto(site + path);
        for (const v of await axeViolations(page)) report.push(`${site}${path}: ${v}`);
      }
      await context.close();
      expect(report).toEqual([]);
      expect(problems).toEqual([]);
    }, 150_000);
  }

  it('names each country link with its count, and reaches it by keyboard', async () => {
    const { page } = await openPage(browser);
    await page.goto(real + 'coverage/');
    const counts: Record<string, number> = await (await page.request.get(real + 'api/coverage.json')).json().then((d) => d.countries);
    expect(counts.SLE).toBeGreaterThan(0);
    const sierraLeone = page.locator('svg.map').getByRole('link', { name: `Sierra Leone: ${counts.SLE === 1 ? '1 practice' : `${counts.SLE} practices`}`, exact: true });
    expect(await sierraLeone.count()).toBe(1);
    // Tokelau is in no scale of Natural Earth, the map's data: the map's note names it, and the table links it.
    const undrawn = ['TKL'].filter((c) => counts[c]);
    expect(await page.locator('svg.map').getByRole('link').count()).toBe(Object.keys(counts).length - undrawn.length);
    // Small states are points, and links all the same (Mauritius is not in Natural Earth 110m).
    if (counts.MUS) expect(await page.locator('svg.map a[href$="/countries/MUS/"] circle').count()).toBe(1);
    let reached = '';
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => (document.activeElement?.closest('svg.map') ? (document.activeElement.getAttribute('aria-label') ?? '') : ''));
    }
    expect(reached).toMatch(/^.+: \d+ practices?$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/countries\/[A-Z]{3}\/$/);
    await page.close();
  }, 120_000);

  it('loads no script and draws a map that is not blank, in both schemes', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
      const { page } = await openPage(context);
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(r.url());
      });
      await page.goto(real + 'coverage/');
      const map = page.locator('svg.map');
      const box = (await map.boundingBox())!;
      expect(box.width).toBeGreaterThan(600);
      expect(box.height).toBeGreaterThan(250);
      // Land, sea and shaded countries: a blank or one-colour map has no spread of tones (a standard deviation near 0).
      const { channels } = await sharp(await map.screenshot()).stats();
      expect(Math.max(...channels.slice(0, 3).map((c) => c.stdev)), scheme).toBeGreaterThan(8);
      expect(scripts).toEqual([]);
      await context.close();
    }
  });
});
