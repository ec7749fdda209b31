/**
 * The second comparison of `npm run bench`: Pagefind's Component UI (1.5+)
 * over the Atlas's own index, written into a built site at
 * /bench-component-ui/ for the bench only. It is the page Pagefind's docs
 * give: `<pagefind-input>`, `<pagefind-summary>` and `<pagefind-results>`
 * with the bundle's script and stylesheet. As with the Default UI page
 * (default-ui.ts), the query comes from the URL through the instance's own
 * `triggerSearch`, and the first result on screen (or the summary saying there
 * is none) sets the `search:results` mark that scripts/measure-search.ts reads.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const COMPONENT_UI_PATH = 'bench-component-ui/';

const INIT = `// Pagefind's Component UI, measured by npm run bench.
const status = document.getElementById('search-status');
const results = document.querySelector('pagefind-results');
const seen = new MutationObserver(() => {
  const summary = document.querySelector('pagefind-summary')?.textContent ?? '';
  if (!results.querySelector('.pf-result') && !/^No results/i.test(summary.trim())) return;
  performance.mark('search:results');
  status.textContent = summary;
  seen.disconnect();
});
seen.observe(document.body, { childList: true, subtree: true, characterData: true });
const q = new URLSearchParams(location.search).get('q');
if (q) window.PagefindComponents.getInstanceManager().getInstance('default').triggerSearch(q);
`;

/** Writes the page into `dist` (a built Atlas site served at `base`). */
export function writeComponentUiPage(dist: string, base = '/'): string {
  const dir = join(dist, COMPONENT_UI_PATH);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const b = base.endsWith('/') ? base : `${base}/`;
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Search (Pagefind Component UI)</title>
<link href="${b}pagefind/pagefind-component-ui.css" rel="stylesheet">
<script src="${b}pagefind/pagefind-component-ui.js"></script>
<script src="${b}${COMPONENT_UI_PATH}init.js" defer></script>
</head>
<body>
<main>
<h1>Search</h1>
<p id="search-status" role="status"></p>
<pagefind-input></pagefind-input>
<pagefind-summary></pagefind-summary>
<pagefind-results></pagefind-results>
</main>
</body>
</html>
`,
  );
  writeFileSync(join(dir, 'init.js'), INIT);
  return dir;
}

export function removeComponentUiPage(dist: string): void {
  rmSync(join(dist, COMPONENT_UI_PATH), { recursive: true, force: true });
}
