/**
 * Search in `astro dev`, on the fixture content: the development server
 * builds its Pagefind index from the same manifest and the same record
 * documents as a build (src/publishing/integrations/pagefind.ts), so a
 * word that only a practice's body holds finds that practice, and a word
 * of one of its sections links to that section of its page.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.ts';
import { FIXTURE, OUTPUT, ROOT } from '../support/sites.ts';

let server: ChildProcess | undefined;
let browser: Browser;
let url = '';
let log = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  // --ignore-lock: beside a development server someone may be running on the project.
  server = spawn(join(ROOT, 'node_modules', '.bin', 'astro'), ['dev', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], {
    cwd: ROOT,
    // Only what a developer's shell gives: Vitest's own variables (NODE_ENV=test, Vite's
    // import.meta.env mirrored into process.env) would change what Astro and Vite do.
    env: {
      HOME: process.env.HOME,
      PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH}`,
      ATLAS_CONTENT_DIR: FIXTURE.content,
      ATLAS_BASE: FIXTURE.base,
      // Its own content cache, beside the test builds'.
      ATLAS_OUT_DIR: join(OUTPUT, 'dev', 'dist'),
      ATLAS_SITE: 'https://atlas.example.org',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  url = `http://127.0.0.1:${port}${FIXTURE.base}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`astro dev stopped:\n${log}`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`astro dev did not answer in 90 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    const stopped = new Promise((r) => server!.once('exit', r));
    server.kill('SIGTERM');
    await stopped;
  }
});

/** The result links of a search on the development server, as its search page shows them. */
async function search(query: string): Promise<{ results: string[]; sections: string[]; problems: string[] }> {
  const { page, problems } = await openPage(browser);
  await page.goto(`${url}search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => performance.getEntriesByName('search:results').length > 0, undefined, { timeout: 60_000 });
  await page.waitForFunction(() => document.getElementById('search-results')?.getAttribute('aria-busy') !== 'true');
  const results = await page.$$eval('#search-results > li h3 a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
  const sections = await page.$$eval('#search-results > li .card-section a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
  await page.close();
  return { results, sections, problems };
}

describe('search in astro dev', () => {
  it('finds a practice by a word only its body holds', async () => {
    // "autolink" is in the body of tests/fixtures/content/practices/alpha-fair-recruitment only.
    const { results, problems } = await search('autolink');
    expect(results).toEqual([`${FIXTURE.base}practices/alpha-fair-recruitment/`]);
    expect(problems).toEqual([]);
  }, 120_000);

  it('links a match in a section to that section of the page, by the id Astro gives its heading', async () => {
    // "review" is in the "Lessons learned" section of gamma-global-data's body only.
    const { results, sections } = await search('review');
    expect(results).toEqual([`${FIXTURE.base}practices/gamma-global-data/`]);
    expect(sections).toEqual([`${FIXTURE.base}practices/gamma-global-data/#lessons-learned`]);
    const page = await (await fetch(`${url}practices/gamma-global-data/`)).text();
    expect(page).toContain('<h2 id="lessons-learned">');
  }, 120_000);
});
