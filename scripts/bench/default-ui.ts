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
import { removeBenchPage, writeBenchPage } from './bench-page.ts';

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
  return writeBenchPage(dist, base, DEFAULT_UI_PATH, { title: 'Search (Pagefind Default UI)', ui: 'ui', body: '<div id="search"></div>', init: INIT });
}

export function removeDefaultUiPage(dist: string): void {
  removeBenchPage(dist, DEFAULT_UI_PATH);
}
