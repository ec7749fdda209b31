import { parse, stringify } from 'yaml';
import { startStaticServer } from './lib/static-server.ts';
import { launchChromium } from './lib/chromium.ts';
const s = await startStaticServer({ root: 'tests/.output/fixture/dist', base: '/practices-hub/' });
const browser = await launchChromium();
const page = await browser.newPage({ locale: process.env.LOC ?? 'en-US', viewport: { width: 1280, height: 1000 } });
const problems: string[] = [];
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text().slice(0, 300)}`); });
page.on('pageerror', (e) => problems.push('pageerror: ' + e.message));
page.on('request', (r) => { if (!r.url().startsWith(s.origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) problems.push('external: ' + r.url()); });
page.on('response', (r) => { if (r.status() >= 400) problems.push(`http ${r.status()} ${r.url()}`); });
await page.route(/admin\/config\.yml/, async (route) => {
  const res = await route.fetch();
  const config = parse(await res.text());
  config.backend = { name: 'test-repo' };
  delete config.publish_mode;
  await route.fulfill({ response: res, body: stringify(config) });
});
try {
await page.goto(`${s.url}admin/`);
await page.getByRole('button', { name: /Test/ }).click();
await page.goto(`${s.url}admin/#/collections/practices/new`);
await page.getByRole('textbox', { name: 'Title (title)' }).fill('Sierra Leone labour migration desk');
await page.getByRole('textbox', { name: 'Summary (summary)' }).fill('Sierra Leone set up a labour migration desk that placed 400 workers abroad under fair recruitment rules.');
const pick = async (field: string, option: string) => {
  await page.getByRole('combobox', { name: field }).click();
  await page.getByRole('option', { name: option }).click();
};
await pick('GCM objectives (gcmObjectives)', '6. Fair recruitment');
await pick('Themes (themes)', 'Labour migration');
await pick('Countries (countries)', 'Sierra Leone (SLE)');
await page.getByRole('radio', { name: 'Ongoing' }).check();
const field = async (path: string) => {
  const section = page.locator(`section[data-key-path="${path}"]`).first();
  for (let i = 0; i < 40 && (await section.count()) === 0; i++) {
    await page.mouse.move(300, 600);
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(50);
  }
  await section.scrollIntoViewIfNeeded();
  return section;
};
await (await field('period.start')).getByRole('textbox').fill('2019-03');
await (await field('implementers')).getByRole('button', { name: /Add/ }).click();
await (await field('implementers.0')).getByRole('textbox').fill('Ministry of Labour and Social Security');
await page.screenshot({ path: '/tmp/admin3.png' });
await page.getByRole('button', { name: 'Save' }).click();
await page.waitForTimeout(2000);
await page.screenshot({ path: '/tmp/admin4.png' });
const files = await page.evaluate(async () => {
  const out: Record<string, string> = {};
  const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
    // @ts-ignore
    for await (const [name, h] of dir.entries()) {
      if (h.kind === 'directory') await walk(h, prefix + name + '/');
      else out[prefix + name] = await (await h.getFile()).text();
    }
  };
  await walk(await navigator.storage.getDirectory(), '');
  return out;
});
console.log(JSON.stringify(files, null, 1));
} catch (e) { console.log('ERR', e); await page.screenshot({ path: '/tmp/admin-err.png' }); }
console.log(problems.join('\n'));
await browser.close(); s.server.close();
