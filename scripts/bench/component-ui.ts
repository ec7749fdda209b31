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
import { removeBenchPage, writeBenchPage } from './bench-page.ts';

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
  return writeBenchPage(dist, base, COMPONENT_UI_PATH, { title: 'Search (Pagefind Component UI)', ui: 'component-ui', body: '<pagefind-input></pagefind-input>\n<pagefind-summary></pagefind-summary>\n<pagefind-results></pagefind-results>', init: INIT });
}

export function removeComponentUiPage(dist: string): void {
  removeBenchPage(dist, COMPONENT_UI_PATH);
}
