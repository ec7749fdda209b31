import { startStaticServer } from './scripts/lib/static-server.ts';
import { launchChromium } from './scripts/lib/chromium.ts';
import { axeViolations } from './tests/support/browser.ts';
const s = await startStaticServer({ root: 'dist', base: '/' });
const b = await launchChromium();
for (const scheme of ['light', 'dark'] as const) {
  const ctx = await b.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
  const p = await ctx.newPage();
  for (const path of ['coverage/', '', 'regions/africa/', 'fr/coverage/']) {
    await p.goto(s.url + path);
    console.log(scheme, path, await axeViolations(p));
    if (scheme === 'light' || path === 'coverage/') await p.screenshot({ path: `/tmp/cov-${scheme}-${path.replace(/\//g, '_') || 'home'}.png`, fullPage: true });
  }
  await ctx.close();
}
await b.close(); s.server.close();
