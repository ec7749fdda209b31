import type { FilterName } from '../../search/search-state.ts';
import { byId, el } from '../shared/el.ts';
import type { Chip, NoResultsView, SearchView } from './view-model.ts';

export interface ViewActions {
  removeValue: (name: FilterName, value: string) => void;
  /** The no-results help's offer: remove one filter's whole selection. */
  removeFilter: (name: FilterName) => void;
  clearFilters: () => void;
}

/**
 * Puts a view of /search/ (src/client/search/view-model.ts) on the page
 * around the result cards, which src/client/search/result-list.ts adds.
 * The chips and the no-results help are redrawn only when they change, so a
 * focused button is not replaced under the keyboard.
 */
export function viewRenderer(actions: ViewActions): (view: SearchView) => void {
  const part = <T extends HTMLElement>(id: string) => byId<T>(id);
  const summary = part('search-filters-summary');
  const facets = part('search-facets');
  const chosen = part('search-chosen');
  const chips = part<HTMLUListElement>('search-chips');
  const input = part('search-q');
  const sortWrap = part('search-sort-wrap');
  const sortSelect = part<HTMLSelectElement>('search-sort');
  const relevance = sortSelect.querySelector<HTMLOptionElement>('option[value="relevance"]');
  const status = part('search-status');
  const intro = part('search-intro');
  const none = part('search-none');
  const errorBox = part('search-error');
  const list = part('search-results');
  const more = part('search-more');
  const shown = part('search-shown');
  const exportBox = part('search-export');
  const resultsTitle = part('search-results-title');
  let drawn = { chips: '[]', none: '' };

  const busy = (node: HTMLElement, on: boolean) => (on ? node.setAttribute('aria-busy', 'true') : node.removeAttribute('aria-busy'));

  function drawChips(view: Chip[]): void {
    chips.replaceChildren(
      ...view.map(({ name, value, text, label }) => {
        const button = el(
          'button',
          { className: 'chip chip-remove', attrs: { type: 'button', 'aria-label': label, 'data-facet': name, 'data-value': value } },
          el('span', { text }),
          el('span', { className: 'chip-x', text: '×', attrs: { 'aria-hidden': 'true' } }),
        );
        // Removing one moves the focus to the chip that took its place, else the previous one, else the search box.
        button.addEventListener('click', () => {
          const i = [...chips.querySelectorAll('button')].indexOf(button);
          actions.removeValue(name, value);
          const left = [...chips.querySelectorAll('button')];
          (left[i] ?? left[i - 1] ?? input).focus();
        });
        return el('li', {}, button);
      }),
    );
  }

  function drawNone(view: NoResultsView): void {
    const actionsLine = el('p', { className: 'search-none-actions' });
    if (view.offer) {
      const { name, text } = view.offer;
      const offer = el('button', { text, attrs: { type: 'button', 'data-facet': name } });
      offer.addEventListener('click', () => {
        actions.removeFilter(name);
        resultsTitle.focus();
      });
      actionsLine.append(offer);
    }
    if (view.clear) {
      const clear = el('button', { className: 'secondary', text: view.clear, attrs: { type: 'button' } });
      clear.addEventListener('click', () => {
        actions.clearFilters();
        resultsTitle.focus();
      });
      actionsLine.append(...(view.offer ? [' '] : []), clear);
    }
    none.replaceChildren(
      el('p', { className: 'search-none-title', text: view.title }),
      ...(actionsLine.childNodes.length ? [actionsLine] : []),
      el('p', { text: view.text }),
    );
  }

  return (view) => {
    summary.textContent = view.summary;
    const chipsKey = JSON.stringify(view.chips);
    if (chipsKey !== drawn.chips) drawChips(view.chips);
    chosen.hidden = view.chips.length === 0;
    if (relevance) relevance.disabled = relevance.hidden = !view.sort.relevance;
    sortSelect.value = view.sort.value;
    sortWrap.hidden = !view.sort.shown;
    errorBox.hidden = !view.error;
    intro.hidden = !view.intro;
    busy(list, view.busy);
    busy(facets, view.facetsBusy);
    const noneKey = view.none ? JSON.stringify(view.none) : '';
    if (view.none && noneKey !== drawn.none) drawNone(view.none);
    none.hidden = !view.none;
    status.textContent = view.status;
    more.hidden = !view.more;
    shown.textContent = view.shown;
    exportBox.hidden = !view.exportShown;
    drawn = { chips: chipsKey, none: noneKey };
  };
}
