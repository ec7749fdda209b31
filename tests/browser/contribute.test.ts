/**
 * /contribute/ in three languages: the three ways in, the criteria and what
 * happens next; gap links open the proposal form with their objective and
 * region; every "Contribute" link of the site leads here in its language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { siteFiles } from '../../src/publishing/site-files.ts';
import { axeViolations, launchBrowser, openPage } from '../support/browser.ts';
import { FIXTURE } from '../support/sites.ts';

let browser: Browser;
const fixture = inject('fixtureUrl');
const FORM = 'https://github.com/practice-atlas/practice-atlas/issues/new?template=';

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('/contribute/', () => {
  it.each([
    ['contribute/', 'en', 'Contribute a practice', 'propose-a-practice.yml'],
    ['fr/contribute/', 'fr', 'Proposer une pratique', 'propose-a-practice-fr.yml'],
    ['es/contribute/', 'es', 'Proponer una práctica', 'propose-a-practice-es.yml'],
  ])('%s: the ways in, the criteria and the review, in its language, axe-clean', async (path, lang, h1, form) => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${fixture}${path}`);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(await page.locator('h1').textContent()).toBe(h1);
    expect(await page.locator('ol.ways > li h3').count()).toBe(3);
    expect(await page.locator('a[data-proposal-form]').getAttribute('href')).toBe(`${FORM}${form}`);
    // The editor's welcome page in the reader's language (issue 20: links stay in the language).
    expect(await page.locator(`a[href="${FIXTURE.base}${lang === 'en' ? '' : `${lang}/`}admin/"]`).count()).toBe(1);
    expect(await page.locator('#criteria + p + ul > li').count()).toBe(8);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('a gap link opens the form with its objective and region', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${fixture}fr/contribute/?objective=9&region=africa`);
    const url = new URL((await page.locator('a[data-proposal-form]').getAttribute('href'))!);
    expect(url.searchParams.get('template')).toBe('propose-a-practice-fr.yml');
    expect(url.searchParams.get('primary-objective')).toBe('9 — Combattre le trafic de migrants');
    expect(url.searchParams.get('regions')).toBe('Afrique');
    await expect.poll(() => page.locator('[data-gap-note]').textContent()).toBe('Le formulaire s’ouvre avec ce choix déjà fait\u202f: 9 — Combattre le trafic de migrants, Afrique.');
    // Anything else in the address is ignored.
    await page.goto(`${fixture}contribute/?objective=99&region=%3Cscript%3E`);
    expect(await page.locator('a[data-proposal-form]').getAttribute('href')).toBe(`${FORM}propose-a-practice.yml`);
    expect(await page.locator('[data-gap-note]').isHidden()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('every Contribute and gap link of the site leads to /contribute/ in the page\'s language', () => {
    const pages = siteFiles(FIXTURE.dist).filter((f) => f.endsWith('.html') && !f.startsWith('admin/editor/'));
    const wrong: string[] = [];
    for (const file of pages) {
      const doc = parse(readFileSync(join(FIXTURE.dist, file), 'utf8'));
      const lang = doc.querySelector('html')!.getAttribute('lang');
      // Links to the same page in another language (the switcher) excepted.
      for (const a of doc.querySelectorAll('a:not([hreflang])')) {
        const href = a.getAttribute('href') ?? '';
        if (href.includes('CONTRIBUTING.md') && !/^((fr|es)\/)?contribute\/index\.html$/.test(file)) wrong.push(`${file}: ${href}`);
        const m = /\/((?:fr|es)\/)?contribute\/(\?|$)/.exec(href);
        if (m && (m[1] ?? 'en/') !== `${lang}/`) wrong.push(`${file} (${lang}): ${href}`);
      }
    }
    expect(wrong).toEqual([]);
    const coverage = parse(readFileSync(join(FIXTURE.dist, 'es', 'coverage', 'index.html'), 'utf8'));
    const gaps = coverage.querySelectorAll('.coverage-table td.gap a').map((a) => a.getAttribute('href'));
    expect(gaps.length).toBeGreaterThan(10);
    expect(gaps).toContain(`${FIXTURE.base}es/contribute/?objective=1&region=africa`);
  });
});
