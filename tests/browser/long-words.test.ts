/**
 * Issue 11: a 160-character word (the longest title allowed, in one piece)
 * wraps instead of overflowing cards, titles and embed frames, on a narrow
 * phone screen. The word is put into the built pages' own elements, so the
 * site's CSS is what is tested.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';

let browser: Browser;
const fixture = inject('fixtureUrl');
const WORD = 'Migrationgovernance'.repeat(8).slice(0, 160);

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Elements wider than their box, or a page wider than the screen, after the word is put in `selector`. */
async function overflow(page: Page, selector: string, { withoutWrap = false } = {}): Promise<string[]> {
  await page.waitForSelector(selector);
  return page.evaluate(
    ([sel, word, unwrap]) => {
      const found: string[] = [];
      for (const node of document.querySelectorAll<HTMLElement>(sel!)) node.textContent = word!;
      // The control: without the rule, the same word overflows (so this test can fail).
      if (unwrap) for (const node of document.querySelectorAll<HTMLElement>('*')) node.style.overflowWrap = 'normal';
      for (const node of document.querySelectorAll<HTMLElement>(`${sel}, .card, .embed-practices li, h1:not(.visually-hidden)`)) {
        if (node.scrollWidth > node.clientWidth + 1) found.push(`${node.tagName}.${node.className}: ${node.scrollWidth} > ${node.clientWidth}`);
      }
      if (document.documentElement.scrollWidth > window.innerWidth + 1) found.push(`page: ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
      return found;
    },
    [selector, WORD, withoutWrap] as const,
  );
}

describe('a 160-character word', () => {
  it('wraps in cards and in the page title', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(fixture + 'practices/');
    expect(await overflow(page, '.card h2 a, .card h3 a', { withoutWrap: true })).not.toEqual([]);
    await page.goto(fixture + 'practices/');
    expect(await overflow(page, '.card h2 a, .card h3 a')).toEqual([]);
    await page.goto(fixture + 'practices/alpha-fair-recruitment/');
    expect(await overflow(page, 'h1')).toEqual([]);
    await page.close();
  });

  it('wraps in the embed, in a narrow frame', async () => {
    const page = await browser.newPage({ viewport: { width: 300, height: 600 } });
    await page.goto(fixture + 'embed/?theme=labour-migration');
    expect(await overflow(page, '.embed-practices li a', { withoutWrap: true })).not.toEqual([]);
    await page.goto(fixture + 'embed/?theme=labour-migration');
    expect(await overflow(page, '.embed-practices li a')).toEqual([]);
    await page.close();
  });
});
