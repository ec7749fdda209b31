import type { FacetCounts } from '../../search/facet-queries.ts';
import { FILTER_NAMES, type FilterName, type SearchState } from '../../search/search-state.ts';
import type { FacetData } from '../../search/facet-data.ts';
import type { SearchKey } from '../../i18n/script-strings.ts';
import { el } from '../shared/el.ts';
import type { Translator } from '../shared/translator.ts';
import { COLLAPSED_SIZE, isLongFacet } from '../../search/facet-layout.ts';
import { facetView, fold } from './view-model.ts';

interface Row {
  value: string;
  li: HTMLLIElement;
  input: HTMLInputElement;
  count: HTMLElement;
  countText: HTMLElement;
  label: HTMLElement;
  folded: string;
}

interface FacetUi {
  name: FilterName;
  fieldset: HTMLFieldSetElement;
  list: HTMLUListElement;
  rows: Map<string, Row>;
  find?: HTMLInputElement;
  findLabel?: HTMLElement;
  noMatch?: HTMLElement;
  more?: HTMLButtonElement;
  expanded: boolean;
}

/**
 * The filters of /search/: one fieldset of checkboxes per filter, with live
 * counts, a find box and "Show all" for long ones. Values come from
 * facets.json; a value chosen in the URL but absent from it still gets a row.
 * What each shows is facetView's (src/client/search/view-model.ts).
 */
export class FacetPanel {
  private readonly uis = new Map<FilterName, FacetUi>();
  private last: { state: SearchState; counts: FacetCounts } | undefined;

  private readonly box: HTMLElement;
  private readonly data: FacetData;
  private readonly tr: Translator<SearchKey>;
  private readonly label: (name: FilterName, value: string) => string;
  private readonly onToggle: (name: FilterName, value: string, on: boolean) => void;

  constructor(
    box: HTMLElement,
    data: FacetData,
    tr: Translator<SearchKey>,
    label: (name: FilterName, value: string) => string,
    onToggle: (name: FilterName, value: string, on: boolean) => void,
  ) {
    this.box = box;
    this.data = data;
    this.tr = tr;
    this.label = label;
    this.onToggle = onToggle;
  }

  get built(): boolean {
    return this.uis.size > 0;
  }

  private addRow(ui: FacetUi, value: string, label: string, depth = 0): void {
    const { t } = this.tr;
    const id = `facet-${ui.name}-${ui.rows.size}`;
    const input = el('input', { attrs: { type: 'checkbox', id } });
    input.value = value;
    const text = el('span', { className: 'facet-text' });
    if (ui.name === 'objective') {
      text.append(
        el('span', { className: 'visually-hidden', text: `${t('objective.label', { n: value })}: ` }),
        el('span', { className: 'badge', text: value, attrs: { 'aria-hidden': 'true' } }),
        ' ',
      );
    } else if (ui.name === 'sdg') {
      text.append(el('span', { className: 'facet-id', text: value }), ' ');
    }
    const labelNode = el('span', { className: 'facet-label', text: label });
    text.append(labelNode);
    // The number is shown; screen readers hear "(4 practices)" instead.
    const count = el('span', { className: 'facet-count', attrs: { 'aria-hidden': 'true' } });
    const countText = el('span', { className: 'visually-hidden' });
    const li = el('li', { className: depth > 0 ? `facet-depth-${Math.min(depth, 3)}` : '' }, input, el('label', { attrs: { for: id } }, text, ' ', count, countText));
    ui.list.append(li);
    ui.rows.set(value, { value, li, input, count, countText, label: labelNode, folded: fold(`${value} ${label}`) });
    input.addEventListener('change', () => this.onToggle(ui.name, value, input.checked));
  }

  /** Draws every filter's values (once). */
  build(): void {
    if (this.built) return;
    const { t } = this.tr;
    for (const name of FILTER_NAMES) {
      const listId = `facet-values-${name}`;
      const fieldset = el('fieldset', { className: 'facet' }, el('legend', { text: t(`search.facet.${name}`) }));
      fieldset.dataset.facet = name;
      const ui: FacetUi = { name, fieldset, list: el('ul', { className: 'facet-values', attrs: { id: listId } }), rows: new Map(), expanded: false };
      const long = isLongFacet(name) && this.data.facets[name].length > COLLAPSED_SIZE;
      if (long) {
        const findId = `facet-find-${name}`;
        ui.find = el('input', { className: 'facet-find', attrs: { type: 'search', id: findId, autocomplete: 'off', 'aria-controls': listId } });
        ui.findLabel = el('label', { className: 'facet-find-label', attrs: { for: findId }, text: t(name === 'country' ? 'search.find.country' : 'search.find.sdg') });
        ui.noMatch = el('p', { className: 'facet-none muted', attrs: { hidden: '' } });
        ui.find.addEventListener('input', () => this.updateOne(ui));
        // Enter in the find box must not submit anything or jump away.
        ui.find.addEventListener('keydown', (event) => {
          if (event.key === 'Enter') event.preventDefault();
        });
        ui.more = el('button', { className: 'secondary facet-more', attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': listId } });
        ui.more.addEventListener('click', () => {
          ui.expanded = !ui.expanded;
          this.updateOne(ui);
        });
        fieldset.append(ui.findLabel, ui.find, ui.list, ui.noMatch, ui.more);
      } else fieldset.append(ui.list);
      // A label still to come (facet-labels.json) shows the id meanwhile.
      for (const v of this.data.facets[name]) this.addRow(ui, v.v, v.l ?? this.label(name, v.v), v.d ?? 0);
      this.uis.set(name, ui);
      this.box.append(fieldset);
    }
  }

  /** The labels as they are now known (the long filters' come later), for the rows and the find boxes. */
  relabel(): void {
    for (const ui of this.uis.values()) {
      for (const row of ui.rows.values()) {
        const label = this.label(ui.name, row.value);
        if (row.label.textContent === label) continue;
        row.label.textContent = label;
        row.folded = fold(`${row.value} ${label}`);
      }
    }
    if (this.last) this.update(this.last.state, this.last.counts);
  }

  /** Checks, counts and visibility of every value for a state and its counts. */
  update(state: SearchState, counts: FacetCounts): void {
    this.last = { state, counts };
    for (const ui of this.uis.values()) this.updateOne(ui);
  }

  private updateOne(ui: FacetUi): void {
    if (!this.last) return;
    const { state, counts } = this.last;
    for (const value of state.filters[ui.name]) if (!ui.rows.has(value)) this.addRow(ui, value, this.label(ui.name, value));
    const focus = document.activeElement;
    const rows = [...ui.rows.values()];
    const view = facetView(
      {
        rows: rows.map((r) => ({ value: r.value, folded: r.folded, focused: r.input === focus })),
        chosen: state.filters[ui.name],
        counts: counts[ui.name],
        long: !!ui.more,
        find: ui.find?.value ?? '',
        findFocused: !!ui.find && ui.find === focus,
        expanded: ui.expanded,
      },
      this.tr,
    );
    view.rows.forEach((v, i) => {
      const row = rows[i]!;
      row.input.checked = v.checked;
      row.count.textContent = this.tr.number(v.count);
      row.countText.textContent = v.countText;
      row.li.hidden = v.hidden;
    });
    if (ui.more) {
      ui.more.hidden = view.more.hidden;
      ui.more.setAttribute('aria-expanded', String(view.more.expanded));
      ui.more.textContent = view.more.text;
    }
    if (ui.find && ui.findLabel) ui.find.hidden = ui.findLabel.hidden = view.findHidden;
    if (ui.noMatch) {
      ui.noMatch.hidden = view.noMatch.hidden;
      ui.noMatch.textContent = view.noMatch.text;
    }
    ui.fieldset.hidden = view.hidden;
  }
}
