/**
 * Headless Chromium for browser tests: Debian's /usr/bin/chromium driven by
 * playwright-core (no test tool downloads a browser). Every page records its
 * console and page errors so tests can require a clean console.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';

export { CHROMIUM } from '../../scripts/lib/chromium.ts';

export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

export interface WatchedPage {
  page: Page;
  /** Console errors and warnings, failed requests and uncaught exceptions. */
  problems: string[];
}

/** A new page whose console problems are collected (CSP violations show up here too). */
export async function openPage(context: BrowserContext | Browser): Promise<WatchedPage> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console.${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('requestfailed', (req) => {
    // Navigations cancelled by the next one are not failures.
    if (req.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`requestfailed: ${req.url()} ${req.failure()?.errorText}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && !res.url().endsWith('/favicon.ico')) problems.push(`http ${res.status()}: ${res.url()}`);
  });
  return { page, problems };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core (WCAG 2.0–2.2 A and AA rules, and its best practices when
 * asked: landmarks, one main, headings) on the page. The script is
 * evaluated through the DevTools protocol, so the page's CSP does not block it.
 */
export async function axeViolations(page: Page, { bestPractice = false } = {}): Promise<string[]> {
  await page.evaluate(axeSource);
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', ...(bestPractice ? ['best-practice'] : [])];
  const result = (await page.evaluate(async (values) => {
    // @ts-expect-error axe is injected above
    return await window.axe.run(document, { runOnly: { type: 'tag', values } });
  }, tags)) as { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}
