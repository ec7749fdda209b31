/**
 * The web editor at /admin/ in a real browser, under its production headers:
 * it starts with a clean console and loads nothing from another origin,
 * speaks French and Spanish, and a practice created through its form is
 * written as a file that `npm run check` accepts.
 *
 * The built configuration signs in to GitHub. Headless, the test swaps only
 * the backend for Sveltia's test backend, which keeps files in the browser's
 * origin private file system (OPFS), where the test reads them back. Its
 * local-repository mode needs a folder picked in the browser's directory
 * picker, which a headless browser cannot answer; its GitHub mode needs the
 * network. The editorial workflow is GitHub's, so the test backend saves
 * without it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.ts';
import { ROOT } from '../support/sites.ts';

let browser: Browser;
const site = inject('fixtureUrl');
const origin = new URL(site).origin;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the editor (/admin/editor/) with the test backend in place of GitHub; records requests to other origins. */
async function openEditor(locale = 'en-US') {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 1000 } });
  const watched = await openPage(context);
  const elsewhere: string[] = [];
  watched.page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) elsewhere.push(url);
  });
  await watched.page.route(/\/admin\/config\.yml/, async (route) => {
    const response = await route.fetch();
    const config = parse(await response.text()) as Record<string, unknown>;
    config.backend = { name: 'test-repo' };
    delete config.publish_mode;
    await route.fulfill({ response, body: stringify(config) });
  });
  await watched.page.goto(`${site}admin/editor/`);
  return { ...watched, context, elsewhere };
}

/** A field of the open entry; the editor renders fields as they scroll into view. */
async function field(page: Page, path: string): Promise<Locator> {
  const section = page.locator(`[data-mode="edit"] section[data-key-path="${path}"]`).first();
  for (let i = 0; i < 60 && (await section.count()) === 0; i++) {
    await page.mouse.move(300, 600);
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(50);
  }
  await section.scrollIntoViewIfNeeded();
  return section;
}

async function choose(page: Page, path: string, option: string) {
  await (await field(page, path)).getByRole('combobox').click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Every file the test backend wrote, by path from the repository root. */
async function savedFiles(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const files: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, handle] of dir.entries()) {
        if (handle instanceof FileSystemDirectoryHandle) await walk(handle, `${prefix}${name}/`);
        else files[prefix + name] = await (await (handle as FileSystemFileHandle).getFile()).text();
      }
    };
    const root = await navigator.storage.getDirectory();
    await walk(await root.getDirectoryHandle('sveltia-cms-test'), '');
    return files;
  });
}

describe('/admin/', () => {
  it('creates a practice through the form, and the file it saves passes npm run check', async () => {
    const { page, problems, context, elsewhere } = await openEditor();
    await page.getByRole('button', { name: 'Work with Test Repository' }).click();
    await page.goto(`${site}admin/editor/#/collections/practices/new`);

    await (await field(page, 'title')).getByRole('textbox').fill('Sierra Leone labour migration desk');
    await (await field(page, 'summary')).getByRole('textbox').fill(
      'Sierra Leone set up a labour migration desk that placed 400 workers abroad under fair recruitment rules.',
    );
    await choose(page, 'gcmObjectives', '6. Fair recruitment and decent work');
    await choose(page, 'gcmObjectives', '23. International cooperation');
    await choose(page, 'themes', 'Labour migration');
    await choose(page, 'countries', 'Sierra Leone (SLE)');
    await (await field(page, 'status')).getByRole('radio', { name: 'Ongoing' }).click();
    await (await field(page, 'statusAsOf')).getByRole('textbox').fill('2024-03');
    await (await field(page, 'period.start')).getByRole('textbox').fill('2019-03');
    await (await field(page, 'implementers')).getByRole('button', { name: /^Add/ }).click();
    await (await field(page, 'implementers.0')).getByRole('textbox').fill('Ministry of Labour and Social Security');
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    const path = 'content/practices/sierra-leone-labour-migration-desk/index.mdx';
    await expect.poll(async () => Object.keys(await savedFiles(page)), { timeout: 10_000 }).toContain(path);
    const text = (await savedFiles(page))[path]!;
    const frontmatter = parse(text.split(/^---$/m)[1]!) as Record<string, unknown>;
    expect(frontmatter).toMatchObject({
      title: 'Sierra Leone labour migration desk',
      gcmObjectives: [6, 23],
      themes: ['labour-migration'],
      countries: ['SLE'],
      status: 'ongoing',
      statusAsOf: '2024-03',
      period: { start: '2019-03' },
      implementers: ['Ministry of Labour and Social Security'],
    });
    // Optional fields left empty are left out, not written as '' or null.
    expect(Object.values(frontmatter)).not.toContain('');
    expect(Object.values(frontmatter)).not.toContain(null);
    expect(text).toMatch(/^## Context$/m);

    // The file alone in a content set (with the project's vocabularies), through `npm run check`.
    const content = mkdtempSync(join(tmpdir(), 'atlas-admin-'));
    try {
      mkdirSync(dirname(join(content, 'practices', path.replace('content/practices/', ''))), { recursive: true });
      writeFileSync(join(content, 'practices', path.replace('content/practices/', '')), text);
      const run = spawnSync('npm', ['run', '--silent', 'check', '--', '--json'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, ATLAS_CONTENT_DIR: content, GITHUB_ACTIONS: '' },
      });
      const report = JSON.parse(run.stdout) as { errors: number; problems: { severity: string; message: string }[] };
      expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(run.status).toBe(0);
    } finally {
      rmSync(content, { recursive: true, force: true });
    }

    expect(problems).toEqual([]);
    expect(elsewhere).toEqual([]);
    await context.close();
    // A slow machine takes a while to fill some twenty fields.
  }, 240_000);

  it.each([
    ['fr-FR', 'Travailler avec un dépôt de test'],
    ['es-ES', 'Trabajar con un repositorio de prueba'],
  ])('speaks the language of a %s browser, with strings served from the site', async (locale, signIn) => {
    const { page, problems, context, elsewhere } = await openEditor(locale);
    await expect.poll(() => page.getByRole('button', { name: signIn }).count(), { timeout: 10_000 }).toBe(1);
    // The tab keeps the Atlas's name (app_title), not "Sveltia CMS".
    expect(await page.title()).toBe('Practice Atlas: editor');
    expect(problems).toEqual([]);
    expect(elsewhere).toEqual([]);
    await context.close();
  });
});
