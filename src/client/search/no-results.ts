import { narrowestFilter, type Removal } from '../../search/narrowest-filter.ts';
import type { FilterName } from '../../search/search-state.ts';
import { el as h } from './facet-panel.ts';
import { format, plural, type Strings } from './strings.ts';

/**
 * Help when nothing matches: remove the filter that shuts out the most (with
 * what that would give), clear every filter, or try other words.
 */
export function renderNone(
  none: HTMLElement,
  s: Strings,
  { removals, filtered, chipText, removeFilter, clearFilters }: {
    removals: Removal[];
    filtered: boolean;
    chipText: (name: FilterName, values: string[]) => string;
    removeFilter: (name: FilterName) => void;
    clearFilters: () => void;
  },
): void {
  none.replaceChildren(h('p', { className: 'search-none-title', text: s['search.none.title'] }));
  const best = narrowestFilter(removals);
  const actions = h('p', { className: 'search-none-actions' });
  if (best) {
    const offer = h('button', {
      attrs: { type: 'button' },
      text: format(s['search.none.remove'], { label: chipText(best.name, best.values), count: plural(s, 'search.valueCount', best.count) }),
    });
    offer.dataset.facet = best.name;
    offer.addEventListener('click', () => removeFilter(best.name));
    actions.append(offer);
  }
  if (filtered) {
    const clear = h('button', { className: 'secondary', attrs: { type: 'button' }, text: s['search.none.clear'] });
    clear.addEventListener('click', clearFilters);
    actions.append(' ', clear);
  }
  if (actions.childNodes.length) none.append(actions);
  none.append(h('p', { text: s['search.none.text'] }));
  none.hidden = false;
}
