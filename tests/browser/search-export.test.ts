/**
 * "Download these results" on /search/: every current result, not only the
 * page shown, with the columns and values of the open data.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.ts';

const site = inject('realUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('downloading search results', () => {
  it('gives the current results as CSV and JSON, matching /api/practices.json', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const { page, problems } = await openPage(context);
    await page.goto(site + 'search/?objective=23');
    await page.locator('#search-results .card').first().waitFor();
    // The first card can show before the status has its count.
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/\d/);
    const count = Number((await page.locator('#search-status').textContent())!.match(/\d+/)![0]);
    expect(count).toBeGreaterThan(10); // more than one page of results

    const api = (await (await fetch(site + 'api/practices.json')).json()) as {
      practices: { slug: string; title: string; gcmObjectives: number[]; language: string; translationOf?: string }[];
    };
    // /search/ finds each practice once: in English where it exists, otherwise its original.
    const english = new Set(api.practices.filter((p) => p.language === 'en').map((p) => p.translationOf ?? p.slug));
    const translated = new Set(api.practices.filter((p) => p.translationOf).map((p) => p.translationOf!));
    const shown = api.practices.filter((p) => (p.language === 'en' ? true : !p.translationOf && !(translated.has(p.slug) && english.has(p.slug))));
    const expected = new Set(shown.filter((p) => p.gcmObjectives.includes(23)).map((p) => p.slug));

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('#search-export-csv')]);
    const rows = parse(readFileSync((await csvDownload.path())!, 'utf8'), { columns: true, bom: true }) as { slug: string; title: string }[];
    expect(rows).toHaveLength(count);
    expect(new Set(rows.map((r) => r.slug))).toEqual(expected);
    for (const row of rows) expect(row.title).toBe(api.practices.find((p) => p.slug === row.slug)!.title);

    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.click('#search-export-json')]);
    const json = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8'));
    const records = Array.isArray(json) ? json : json.practices;
    expect(records.map((r: { slug: string }) => r.slug)).toEqual(rows.map((r) => r.slug));
    expect(problems).toEqual([]);
    await context.close();
  });
});
