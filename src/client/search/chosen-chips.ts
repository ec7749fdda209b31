import { FILTER_NAMES, hasFilters, type FilterName, type SearchState } from '../../search/search-state.ts';
import { el as h } from './facet-panel.ts';
import { format, type Strings } from './strings.ts';

/**
 * The chosen filters as removable chips above the results. Removing one moves
 * the focus to the chip that took its place, else the previous one, else the
 * search box, so keyboard users keep their place.
 */
export function renderChips(
  box: { chosen: HTMLElement; chips: HTMLUListElement; fallback: HTMLElement },
  state: SearchState,
  s: Strings,
  chipText: (name: FilterName, values: string[]) => string,
  remove: (name: FilterName, value: string) => void,
): void {
  const { chosen, chips, fallback } = box;
  chips.replaceChildren();
  for (const name of FILTER_NAMES) {
    for (const value of state.filters[name]) {
      const text = chipText(name, [value]);
      const button = h(
        'button',
        { className: 'chip chip-remove', attrs: { type: 'button', 'aria-label': format(s['search.remove'], { label: text }) } },
        h('span', { text }),
        h('span', { className: 'chip-x', text: '×', attrs: { 'aria-hidden': 'true' } }),
      );
      button.dataset.facet = name;
      button.dataset.value = value;
      button.addEventListener('click', () => {
        const i = [...chips.querySelectorAll('button')].indexOf(button);
        remove(name, value);
        const left = [...chips.querySelectorAll('button')];
        (left[i] ?? left[i - 1] ?? fallback).focus();
      });
      chips.append(h('li', {}, button));
    }
  }
  chosen.hidden = !hasFilters(state.filters);
}
