/** Entry of the search page's script (bundled by Astro as an external module). */
import { startSearch } from './app.ts';

const root = document.getElementById('search-app');
if (root) {
  startSearch(root).catch(() => {
    // The page still has its plain GET form; show the error box if it is there.
    const error = document.getElementById('search-error');
    if (error) error.hidden = false;
  });
}
