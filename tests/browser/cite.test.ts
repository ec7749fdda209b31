/**
 * The cite box and the printed practice page, in Chromium on the built
 * fixture site: Copy works with JavaScript and the text stays selectable
 * without it; the box never widens a phone screen; print drops the
 * navigation and shows where links lead.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.ts';

let browser: Browser;
const fixture = inject('fixtureUrl');
const practice = `${fixture}practices/alpha-fair-recruitment-fr/`;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('cite box', () => {
  it('copies the citation and says so, in the practice language', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(fixture).origin });
    const { page, problems } = await openPage(context);
    await page.goto(practice);
    const button = page.getByRole('button', { name: 'Copier la citation' });
    await button.click();
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('Citation copiée');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await page.locator('#cite-text').textContent())!.trim());
    expect(copied).toContain('practices/alpha-fair-recruitment-fr/');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('without JavaScript, hides the button and leaves the text and downloads', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(practice);
    expect(await page.locator('button[data-copy]').isVisible()).toBe(false);
    expect(await page.locator('#cite-text').isVisible()).toBe(true);
    expect(await page.locator('.cite-box a[download]').count()).toBe(3);
    await context.close();
  });

  it('wraps on a 390 px screen', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(practice);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      box: document.querySelector<HTMLElement>('.cite-box')!.scrollWidth,
      boxClient: document.querySelector<HTMLElement>('.cite-box')!.clientWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(390);
    expect(widths.box).toBeLessThanOrEqual(widths.boxClient);
    await context.close();
  });
});

describe('print', () => {
  it('prints the practice without navigation, with link addresses, in its language', async () => {
    const { page } = await openPage(browser);
    await page.emulateMedia({ media: 'print' });
    const printed = async () => page.evaluate(() => {
      const shown = (selector: string) =>
        [...document.querySelectorAll<HTMLElement>(selector)].some((el) => getComputedStyle(el).display !== 'none');
      const link = document.querySelector<HTMLAnchorElement>('.resources a[href^="http"]');
      return {
        header: shown('.site-header'),
        footer: shown('.site-footer'),
        breadcrumbs: shown('.breadcrumbs'),
        copy: shown('.cite-actions'),
        citation: shown('#cite-text'),
        linkAfter: link && getComputedStyle(link, '::after').content,
        href: link?.getAttribute('href'),
        lang: document.documentElement.lang,
      };
    });
    await page.goto(practice);
    expect(await printed()).toMatchObject({ header: false, footer: false, breadcrumbs: false, copy: false, citation: true, lang: 'fr' });
    await page.goto(`${fixture}practices/alpha-fair-recruitment/`);
    const english = await printed();
    expect(english).toMatchObject({ header: false, citation: true, lang: 'en', href: 'https://example.org/report.pdf' });
    expect(english.linkAfter).toBe('" (https://example.org/report.pdf)"');
    // And on screen, the address is not repeated.
    await page.emulateMedia({ media: 'screen' });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.resources a[href^="http"]')!, '::after').content)).toBe('none');
  });
});
