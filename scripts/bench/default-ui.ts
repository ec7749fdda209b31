/**
 * The comparison of `npm run bench`: Pagefind's Default UI over the Atlas's
 * own index, written into a built site at /bench-default-ui/ for the bench
 * only (never part of `npm run build`). It is what a team gets from the
 * Pagefind docs: `new PagefindUI({ element: '#search' })` with its stylesheet.
 *
 * Two additions make it measurable like the Atlas's /search/ by
 * scripts/measure-search.ts: the query comes from the URL (`?q=`) through the
 * UI's own `triggerSearch`, and the first result on screen sets the same
 * `search:results` performance mark (or its "No results" message does) and
 * fills `#search-status`. Its search debounce is set to 0 ms: the 300 ms it
 * waits by default after typing would only add to its times. The Default UI runs no search without text, so a
 * filter-only browse cannot be compared.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const DEFAULT_UI_PATH = 'bench-default-ui/';

const INIT = `// Pagefind's Default UI, measured by npm run bench.
const status = document.getElementById('search-status');
const ui = new PagefindUI({ element: '#search', showSubResults: true, debounceTimeoutMs: 0 });
const seen = new MutationObserver(() => {
  // Results on screen, or the message that there are none (small content sets).
  const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
  if (!document.querySelector('.pagefind-ui__result') && !/^No results/i.test(message)) return;
  performance.mark('search:results');
  status.textContent = message;
  seen.disconnect();
});
seen.observe(document.getElementById('search'), { childList: true, subtree: true });
const q = new URLSearchParams(location.search).get('q');
if (q) ui.triggerSearch(q);
`;

/** Writes the page into `dist` (a built Atlas site served at `base`). */
export function writeDefaultUiPage(dist: string, base = '/'): string {
  const dir = join(dist, DEFAULT_UI_PATH);
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
<title>Search (Pagefind Default UI)</title>
<link href="${b}pagefind/pagefind-ui.css" rel="stylesheet">
<script src="${b}pagefind/pagefind-ui.js"></script>
<script src="${b}${DEFAULT_UI_PATH}init.js" defer></script>
</head>
<body>
<main>
<h1>Search</h1>
<p id="search-status" role="status"></p>
<div id="search"></div>
</main>
</body>
</html>
`,
  );
  writeFileSync(join(dir, 'init.js'), INIT);
  return dir;
}

/** Removes the page again. */
export function removeDefaultUiPage(dist: string): void {
  rmSync(join(dist, DEFAULT_UI_PATH), { recursive: true, force: true });
}
