import type { FacetCounts } from '../../search/facet-queries.ts';
import { FILTER_NAMES, type FilterName, type SearchState } from '../../search/search-state.ts';
import type { FacetData } from './facet-data.ts';
import { format, plural, type Strings } from './strings.ts';

/** Facets that get a "find" box and collapse beyond COLLAPSED_SIZE values. */
const LONG_FACETS: readonly FilterName[] = ['country', 'sdg'];
const COLLAPSED_SIZE = 8;

interface Row {
  value: string;
  li: HTMLLIElement;
  input: HTMLInputElement;
  count: HTMLElement;
  countText: HTMLElement;
  /** Label folded for the find box. */
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

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Lowercase without accents, for matching typed text against labels. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * The filters of /search/: one fieldset of checkboxes per filter, with live
 * counts, a find box and "Show all" for long ones. Values come from
 * facets.json; a value chosen in the URL but absent from it still gets a row.
 */
export class FacetPanel {
  private readonly uis = new Map<FilterName, FacetUi>();

  private readonly box: HTMLElement;
  private readonly data: FacetData;
  private readonly s: Strings;
  private readonly label: (name: FilterName, value: string) => string;
  private readonly onToggle: (name: FilterName, value: string, on: boolean) => void;

  constructor(
    box: HTMLElement,
    data: FacetData,
    s: Strings,
    label: (name: FilterName, value: string) => string,
    onToggle: (name: FilterName, value: string, on: boolean) => void,
  ) {
    this.box = box;
    this.data = data;
    this.s = s;
    this.label = label;
    this.onToggle = onToggle;
  }

  get built(): boolean {
    return this.uis.size > 0;
  }

  private addRow(ui: FacetUi, value: string, label: string, depth = 0): Row {
    const s = this.s;
    const id = `facet-${ui.name}-${ui.rows.size}`;
    const checkbox = el('input', { attrs: { type: 'checkbox', id } });
    checkbox.value = value;
    const text = el('span', { className: 'facet-text' });
    if (ui.name === 'objective') {
      text.append(
        el('span', { className: 'visually-hidden', text: `${format(s['objective.label'], { n: value })}: ` }),
        el('span', { className: 'badge', text: value, attrs: { 'aria-hidden': 'true' } }),
        ' ',
      );
    } else if (ui.name === 'sdg') {
      text.append(el('span', { className: 'facet-id', text: value }), ' ');
    }
    text.append(el('span', { className: 'facet-label', text: label }));
    // The number is shown; screen readers hear "(4 practices)" instead.
    const count = el('span', { className: 'facet-count', attrs: { 'aria-hidden': 'true' } });
    const countText = el('span', { className: 'visually-hidden' });
    const labelNode = el('label', { attrs: { for: id } }, text, ' ', count, countText);
    const li = el('li', { className: depth > 0 ? `facet-depth-${Math.min(depth, 3)}` : '' }, checkbox, labelNode);
    ui.list.append(li);
    const row: Row = { value, li, input: checkbox, count, countText, folded: fold(`${value} ${label}`) };
    ui.rows.set(value, row);
    checkbox.addEventListener('change', () => this.onToggle(ui.name, value, checkbox.checked));
    return row;
  }

  /** Draws every filter's values (once). */
  build(): void {
    if (this.built) return;
    for (const name of FILTER_NAMES) {
      const fieldset = el('fieldset', { className: 'facet' });
      fieldset.dataset.facet = name;
      fieldset.append(el('legend', { text: this.s[`search.facet.${name}`] }));
      const listId = `facet-values-${name}`;
      const ui: FacetUi = { name, fieldset, list: el('ul', { className: 'facet-values', attrs: { id: listId } }), rows: new Map(), expanded: false };
      const long = LONG_FACETS.includes(name) && this.data.facets[name].length > COLLAPSED_SIZE;
      if (long) this.addFind(ui, listId);
      fieldset.append(ui.list);
      if (ui.noMatch) fieldset.append(ui.noMatch);
      if (long) {
        const more = el('button', { className: 'secondary facet-more', attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': listId } });
        more.addEventListener('click', () => {
          ui.expanded = !ui.expanded;
          this.updateOne(ui, this.last.state, this.last.counts);
        });
        ui.more = more;
        fieldset.append(more);
      }
      for (const v of this.data.facets[name]) this.addRow(ui, v.v, v.l, v.d ?? 0);
      this.uis.set(name, ui);
      this.box.append(fieldset);
    }
  }

  private addFind(ui: FacetUi, listId: string): void {
    const findId = `facet-find-${ui.name}`;
    const find = el('input', { className: 'facet-find', attrs: { type: 'search', id: findId, autocomplete: 'off', 'aria-controls': listId } });
    ui.find = find;
    ui.findLabel = el('label', { className: 'facet-find-label', attrs: { for: findId }, text: this.s[ui.name === 'country' ? 'search.find.country' : 'search.find.sdg'] });
    ui.noMatch = el('p', { className: 'facet-none muted', attrs: { hidden: '' } });
    ui.fieldset.append(ui.findLabel, find);
    find.addEventListener('input', () => this.updateOne(ui, this.last.state, this.last.counts));
    // Enter in the find box must not submit anything or jump away.
    find.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') event.preventDefault();
    });
  }

  private last!: { state: SearchState; counts: FacetCounts };

  /** Checks, counts and visibility of every value for a state and its counts. */
  update(state: SearchState, counts: FacetCounts): void {
    this.last = { state, counts };
    for (const ui of this.uis.values()) this.updateOne(ui, state, counts);
  }

  private updateOne(ui: FacetUi, state: SearchState, counts: FacetCounts): void {
    const s = this.s;
    for (const value of state.filters[ui.name]) if (!ui.rows.has(value)) this.addRow(ui, value, this.label(ui.name, value));
    const findText = ui.find ? fold(ui.find.value.trim()) : '';
    let available = 0;
    let matching = 0;
    for (const row of ui.rows.values()) {
      const n = counts[ui.name][row.value] ?? 0;
      const checked = state.filters[ui.name].includes(row.value);
      row.input.checked = checked;
      row.count.textContent = String(n);
      row.countText.textContent = ` (${plural(s, 'search.valueCount', n)})`;
      // A value just unchecked keeps its place while it has the focus.
      const inResults = checked || n > 0 || row.input === document.activeElement;
      if (inResults) available++;
      const show = inResults && (!findText || row.folded.includes(findText));
      if (show) matching++;
      row.li.hidden = !show;
    }
    // Collapsed: the first values (and any chosen one) until "Show all".
    const collapses = !!ui.more && !findText && available > COLLAPSED_SIZE;
    if (collapses && !ui.expanded) {
      let kept = 0;
      for (const row of ui.rows.values()) {
        if (row.li.hidden) continue;
        if (state.filters[ui.name].includes(row.value) || row.input === document.activeElement) continue;
        if (kept >= COLLAPSED_SIZE) row.li.hidden = true;
        else kept++;
      }
    }
    if (ui.more) {
      ui.more.hidden = !collapses;
      ui.more.setAttribute('aria-expanded', String(ui.expanded));
      ui.more.textContent = ui.expanded ? s['search.showFewer'] : format(s['search.showAll'], { count: available });
    }
    if (ui.find && ui.findLabel) {
      // The find box is for long lists; it stays while someone uses it.
      ui.find.hidden = ui.findLabel.hidden = !(available > COLLAPSED_SIZE || findText || document.activeElement === ui.find);
    }
    if (ui.noMatch) {
      ui.noMatch.hidden = !(findText && available > 0 && matching === 0);
      ui.noMatch.textContent = format(s['search.facet.noMatch'], { text: ui.find?.value.trim() ?? '' });
    }
    // A filter with nothing to offer in these results (and nothing chosen) is left out.
    ui.fieldset.hidden = available === 0 && !findText;
  }
}
