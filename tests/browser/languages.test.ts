/**
 * The Atlas in French and Spanish in a real browser, served with production
 * headers: each language's templates pass axe-core, the switcher keeps the
 * reader on the same page, alternates are announced, and the 404 speaks the
 * reader's language.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { es } from '../../src/i18n/es.ts';
import { fr } from '../../src/i18n/fr.ts';
import { axeViolations, launchBrowser, openPage } from '../support/browser.ts';

let browser: Browser;
const fixture = inject('fixtureUrl');

/** One page of each template, in each language. */
const TEMPLATES = [
  '',
  'practices/',
  'objectives/',
  'objectives/6/',
  'sdg/',
  'sdg/10.7/',
  'regions/',
  'regions/africa/',
  'countries/SLE/',
  'themes/',
  'themes/labour-migration/',
  'principles/',
  'principles/human-rights/',
  'embed/?objective=23',
  'embed/builder/',
  '404.html',
];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('French and Spanish pages in a browser', () => {
  // A few templates per test: axe-core takes seconds a page on a busy machine.
  const groups = [TEMPLATES.slice(0, 5), TEMPLATES.slice(5, 10), TEMPLATES.slice(10)];
  for (const lang of ['fr', 'es'] as const) {
    for (const [i, group] of groups.entries()) it(`${lang}: templates ${i + 1}/${groups.length} pass axe-core (WCAG 2.2 A/AA) with a clean console`, async () => {
      const { page, problems } = await openPage(browser);
      const report: string[] = [];
      for (const path of group) {
        problems.length = 0;
        await page.goto(`${fixture}${lang}/${path}`);
        expect(await page.getAttribute('html', 'lang'), path).toBe(lang);
        for (const v of await axeViolations(page)) report.push(`${lang}/${path}: ${v}`);
        report.push(...problems.map((p) => `${lang}/${path}: ${p}`));
      }
      await page.close();
      expect(report).toEqual([]);
    }, 180_000);
  }

  it('home, a listing and an index speak the reader’s language', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${fixture}fr/`);
    expect(await page.locator('.site-nav').textContent()).toContain(fr['nav.practices']);
    await page.goto(`${fixture}es/practices/`);
    expect(await page.locator('h1').textContent()).toBe(es['practices.title']);
    await page.goto(`${fixture}fr/themes/`);
    expect(await page.locator('h1').textContent()).toBe(fr['themes.title']);
    expect(await page.locator('.term-list').textContent()).toContain('Migration de main-d’œuvre');
    await page.goto(`${fixture}es/404.html`);
    expect(await page.locator('h1').textContent()).toBe(es['notFound.title']);
    await page.close();
  });

  it('the switcher keeps the reader on the same page, by keyboard and without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await openPage(context);
    await page.goto(`${fixture}regions/africa/`);
    const switcher = page.locator('.language-switcher');
    expect(await switcher.locator('[aria-current]').textContent()).toBe('English');
    await switcher.getByRole('link', { name: 'Français' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/fr\/regions\/africa\/$/);
    expect(await page.locator('h1').textContent()).toBe('Afrique');
    await page.locator('.language-switcher').getByRole('link', { name: 'Español' }).click();
    await page.waitForURL(/\/es\/regions\/africa\/$/);
    expect(await page.locator('h1').textContent()).toBe('África');
    // A practice page: its translation, or the language's home where there is none.
    await page.goto(`${fixture}practices/alpha-fair-recruitment/`);
    await page.locator('.language-switcher').getByRole('link', { name: 'Français' }).click();
    await page.waitForURL(/\/practices\/alpha-fair-recruitment-fr\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    // No Spanish version: a short page in Spanish says so, with the original and the Spanish listing of its objective.
    await page.locator('.language-switcher').getByRole('link', { name: 'Español' }).click();
    await page.waitForURL(/\/es\/untranslated\/alpha-fair-recruitment\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.locator('h1').textContent()).toBe(es['untranslated.title']);
    expect(await page.locator('main a[href$="/practices/alpha-fair-recruitment/"]').count()).toBe(1);
    await page.locator('main').getByRole('link', { name: /objetivo 6/ }).click();
    await page.waitForURL(/\/es\/objectives\/6\/$/);
    await context.close();
  });

  it('the switcher keeps the query string of a search', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${fixture}fr/search/?q=retour&objective=21`);
    await page.waitForFunction(() => performance.getEntriesByName('search:results').length > 0, undefined, { timeout: 20_000 });
    const english = page.locator('.language-switcher').getByRole('link', { name: 'English' });
    expect(new URL(await english.evaluate((a) => (a as HTMLAnchorElement).href)).search).toBe('?q=retour&objective=21');
    await english.click();
    await page.waitForURL(/\/search\/\?q=retour&objective=21$/);
    expect(await page.locator('#search-q').inputValue()).toBe('retour');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('announce their twins with hreflang alternates', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${fixture}es/objectives/6/`);
    const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (links) => links.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`));
    expect(alternates).toEqual([
      'en /practices-hub/objectives/6/',
      'fr /practices-hub/fr/objectives/6/',
      'es /practices-hub/es/objectives/6/',
      'x-default /practices-hub/objectives/6/',
    ]);
    await page.close();
  });
});
