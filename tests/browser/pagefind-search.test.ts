/**
 * What Pagefind brings to /search/, on the fixture site (built under a base
 * path, served with its production CSP): words found only in a body, a quoted
 * phrase, a query without accents, a link to the section that matched, and
 * the ranking of title over summary over tags over body.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.ts';

const fixture = inject('fixtureUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Card {
  href: string;
  title: string;
  text: string;
  marked: string[];
  section?: string;
}

async function search(page: Page, query: string): Promise<Card[]> {
  await page.goto(`${fixture}search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => performance.getEntriesByName('search:results').length > 0, undefined, { timeout: 20_000 });
  await page.waitForFunction(() => document.getElementById('search-results')?.getAttribute('aria-busy') !== 'true');
  return page.$$eval('#search-results > li', (items) =>
    items.map((li) => ({
      href: li.querySelector('h3 a')?.getAttribute('href') ?? '',
      title: li.querySelector('h3')?.textContent ?? '',
      text: li.querySelector('.summary')?.textContent ?? '',
      marked: [...li.querySelectorAll('.summary mark')].map((m) => m.textContent ?? ''),
      section: li.querySelector('.card-section a')?.getAttribute('href') ?? undefined,
    })),
  );
}

const slugOf = (card: Card) => card.href.replace(/\/$/, '').split('/').pop();

describe('search on Pagefind', () => {
  it('finds a word that is only in a body, shows where it matched and links to that section', async () => {
    const { page, problems } = await openPage(browser);
    const cards = await search(page, 'Kailahun');
    expect(cards.map(slugOf)).toEqual(['alpha-fair-recruitment']);
    expect(cards[0]!.marked).toEqual(['Kailahun']);
    expect(cards[0]!.text).toContain('Recruiters in');
    expect(cards[0]!.section).toMatch(/\/practices-hub\/practices\/alpha-fair-recruitment\/#lessons-learned$/);
    expect(problems).toEqual([]);
  });

  it('matches a quoted phrase as a phrase', async () => {
    const { page, problems } = await openPage(browser);
    expect((await search(page, 'bilateral labour agreement')).map(slugOf).sort()).toEqual(['alpha-fair-recruitment', 'gamma-global-data']);
    expect((await search(page, '"bilateral labour agreement"')).map(slugOf)).toEqual(['alpha-fair-recruitment']);
    expect(problems).toEqual([]);
  });

  it('finds Côte d’Ivoire without its accents', async () => {
    const { page, problems } = await openPage(browser);
    expect((await search(page, 'cote ivoire')).map(slugOf)).toContain('alpha-fair-recruitment');
    expect(problems).toEqual([]);
  });

  // The relevance table: a query, and the practice that must come first.
  // Title above summary, summary above tags, tags above body.
  const RELEVANCE: [query: string, first: string, why: string][] = [
    ['caribbean', 'beta-caribbean-displacement', 'title'],
    ['listings', 'alpha-fair-recruitment', 'summary (gamma has it in its body)'],
    ['statistics', 'gamma-global-data', 'body, the only one'],
    ['recruitment', 'alpha-fair-recruitment', 'title'],
  ];
  it.each(RELEVANCE)('ranks "%s" with %s first (%s)', async (query, first) => {
    const { page, problems } = await openPage(browser);
    expect(slugOf((await search(page, query))[0]!)).toBe(first);
    expect(problems).toEqual([]);
  });
});
