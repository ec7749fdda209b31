/** Entry of the compare page's script (bundled by Astro as an external module). */
import { startCompare } from './compare.ts';

const root = document.getElementById('compare-app');
if (root) {
  startCompare(root).catch(() => {
    const status = root.querySelector('.compare-status');
    if (status) status.textContent = root.dataset.error ?? '';
  });
}
