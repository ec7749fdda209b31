/**
 * The search page: a form that works without JavaScript, enhanced here with
 * filters, live counts, results and a URL that is the state.
 *
 * Everything that comes from the URL or the index is data: it reaches the
 * page through textContent and DOM APIs only, never as HTML.
 */
import { stemmerFor } from '../../lib/stemmer-for.ts';
import { Engine, type FacetCounts, type ResultCard, type SearchOutcome } from './engine.ts';
import type { FacetData, FacetValue } from './facet-data.ts';
import { narrowestFilter } from './narrowest.ts';
import { placeFromMeta } from './place.ts';
import {
  FILTER_NAMES,
  VALUE_PATTERNS,
  cleanQuery,
  clearFilter,
  effectiveSort,
  emptyFilters,
  hasFilters,
  isActive,
  mayCarrySearch,
  parseState,
  sameState,
  serializeState,
  toggleValue,
  SORTS,
  type FilterName,
  type SearchState,
  type Sort,
} from './state.ts';
import { CLIENT_KEYS, format, plural, type Strings } from './strings.ts';
import type { PracticeExportRecord } from '../../lib/results-export.ts';

const PAGE_SIZE = 10;
const TYPING_DELAY = 250;
/** Facets that get a "find" box and collapse beyond COLLAPSED_SIZE values. */
const LONG_FACETS: readonly FilterName[] = ['country', 'sdg'];
const COLLAPSED_SIZE = 8;
/** From this width the filters are a sidebar, always open. */
const WIDE = '(min-width: 56rem)';

interface Config {
  lang: string;
  /** Practices in this language's index. */
  total: number;
  base: string;
  facetsUrl: string;
  englishUrl: string;
  strings: Strings;
}

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

function readConfig(root: HTMLElement): Config | undefined {
  const { lang, total, base, facets, english, strings } = root.dataset;
  if (!lang || !total || !base || !facets || !english || !strings) return undefined;
  try {
    const parsed = JSON.parse(strings) as Partial<Strings>;
    if (!CLIENT_KEYS.every((key) => typeof parsed[key] === 'string')) return undefined;
    return { lang, total: Number(total), base, facetsUrl: facets, englishUrl: english, strings: parsed as Strings };
  } catch {
    return undefined;
  }
}

function byId<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`Search page: #${id} is missing.`);
  return found as T;
}

function h<K extends keyof HTMLElementTagNameMap>(
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

function isFacetData(data: unknown): data is FacetData {
  if (!data || typeof data !== 'object') return false;
  const { facets, total, index } = data as Partial<FacetData>;
  return (
    typeof total === 'number' &&
    !!facets &&
    FILTER_NAMES.every((name) => Array.isArray(facets[name])) &&
    typeof index?.url === 'string' &&
    typeof index.size === 'number' &&
    Array.isArray(index.shards)
  );
}

export async function startSearch(root: HTMLElement): Promise<void> {
  const config = readConfig(root);
  if (!config) return;
  const s = config.strings;
  const form = byId<HTMLFormElement>('search-form');
  const input = byId<HTMLInputElement>('search-q');
  const details = byId<HTMLDetailsElement>('search-filters');
  const summary = byId<HTMLElement>('search-filters-summary');
  const facetsBox = byId<HTMLElement>('search-facets');
  const resultsTitle = byId<HTMLElement>('search-results-title');
  const chosen = byId<HTMLElement>('search-chosen');
  const chips = byId<HTMLUListElement>('search-chips');
  const clearAll = byId<HTMLButtonElement>('search-clear');
  const status = byId<HTMLElement>('search-status');
  const sortWrap = byId<HTMLElement>('search-sort-wrap');
  const sortSelect = byId<HTMLSelectElement>('search-sort');
  const intro = byId<HTMLElement>('search-intro');
  const none = byId<HTMLElement>('search-none');
  const errorBox = byId<HTMLElement>('search-error');
  const otherLanguage = byId<HTMLElement>('search-other-language');
  const englishLink = byId<HTMLAnchorElement>('search-english-link');
  const list = byId<HTMLOListElement>('search-results');
  const shown = byId<HTMLElement>('search-shown');
  const more = byId<HTMLButtonElement>('search-more');
  const exportBox = byId<HTMLElement>('search-export');
  const layout = root.querySelector<HTMLElement>('.search-layout');

  root.hidden = false;
  // A language with no practices yet: point to the English search instead.
  if (config.total === 0) {
    if (layout) layout.hidden = true;
    otherLanguage.hidden = false;
    englishLink.href = config.englishUrl + location.search;
    input.value = parseState(location.search).q;
    return;
  }
  // A URL that carries a search loads the stemmer at once, alongside the labels.
  const stemming = mayCarrySearch(location.search) ? stemmerFor(config.lang) : undefined;

  let data: FacetData;
  try {
    const response = await fetch(config.facetsUrl);
    const json: unknown = response.ok ? await response.json() : undefined;
    if (!isFacetData(json)) throw new Error('facets.json is not readable');
    data = json;
  } catch {
    errorBox.hidden = false;
    intro.hidden = true;
    if (layout) layout.hidden = true;
    return;
  }

  const engine = new Engine(data.index!, config.lang, stemming ? await stemming.catch(() => undefined) : undefined);
  const values = new Map<FilterName, Map<string, FacetValue>>(
    FILTER_NAMES.map((name) => [name, new Map(data.facets[name].map((v) => [v.v, v]))]),
  );
  // Objectives and statuses are known vocabularies: any of them is a real filter,
  // even with no practice yet. Other values must be in this language's index.
  const isKnown = (name: FilterName, value: string) =>
    name === 'objective' || name === 'status' ? VALUE_PATTERNS[name].test(value) : values.get(name)!.has(value);
  const initialCounts = Object.fromEntries(
    FILTER_NAMES.map((name) => [name, Object.fromEntries(data.facets[name].map((v) => [v.v, v.n]))]),
  ) as FacetCounts;

  const facetName = (name: FilterName) => s[`search.facet.${name}`];
  const valueLabel = (name: FilterName, value: string): string => {
    const known = values.get(name)!.get(value)?.l;
    if (known) return known;
    if (name === 'status') return s[`status.${value as 'planned' | 'ongoing' | 'completed'}`] ?? value;
    if (name === 'objective') return format(s['objective.label'], { n: value });
    return value;
  };
  const chipText = (name: FilterName, vals: string[]): string => {
    if (name === 'objective' && vals.length === 1) {
      const v = vals[0]!;
      const short = values.get('objective')!.get(v)?.l;
      return short ? format(s['search.chip'], { facet: format(s['objective.label'], { n: v }), value: short }) : format(s['objective.label'], { n: v });
    }
    const shownValues = name === 'objective' || name === 'sdg' ? vals : vals.map((v) => valueLabel(name, v));
    return format(s['search.chip'], { facet: facetName(name), value: shownValues.join(', ') });
  };

  let state: SearchState = parseState(location.search, isKnown);
  let counts: FacetCounts = initialCounts;
  let outcome: SearchOutcome | undefined;
  let rendered = 0;
  let runId = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let firstResults = true;

  // ----- URL and history ---------------------------------------------------
  const urlOf = (st: SearchState) => {
    const qs = serializeState(st);
    return location.pathname + (qs ? `?${qs}` : '');
  };
  const currentUrl = () => location.pathname + location.search;
  /** The URL of the current history entry as last committed (not as typed). */
  let committed = currentUrl();
  if (mayCarrySearch(location.search) && urlOf(state) !== currentUrl()) {
    // Unknown or malformed values are dropped from the address bar too.
    history.replaceState(null, '', urlOf(state));
    committed = currentUrl();
  }
  const replaceUrl = () => {
    if (urlOf(state) !== currentUrl()) history.replaceState(null, '', urlOf(state));
  };
  const pushUrl = () => {
    const url = urlOf(state);
    if (url !== currentUrl()) history.pushState(null, '', url);
    committed = url;
  };
  /** A submitted text is a step of its own: the entry typing changed goes back to what it was. */
  const submitUrl = () => {
    const url = urlOf(state);
    if (url === committed) {
      replaceUrl();
      return;
    }
    if (currentUrl() !== committed) history.replaceState(null, '', committed);
    history.pushState(null, '', url);
    committed = url;
  };

  // ----- Filters -----------------------------------------------------------
  const facetUis = new Map<FilterName, FacetUi>();

  const addRow = (ui: FacetUi, value: string, label: string, depth = 0): Row => {
    const id = `facet-${ui.name}-${ui.rows.size}`;
    const checkbox = h('input', { attrs: { type: 'checkbox', id } });
    checkbox.value = value;
    const text = h('span', { className: 'facet-text' });
    if (ui.name === 'objective') {
      text.append(
        h('span', { className: 'visually-hidden', text: `${format(s['objective.label'], { n: value })}: ` }),
        h('span', { className: 'badge', text: value, attrs: { 'aria-hidden': 'true' } }),
        ' ',
      );
    } else if (ui.name === 'sdg') {
      text.append(h('span', { className: 'facet-id', text: value }), ' ');
    }
    text.append(h('span', { className: 'facet-label', text: label }));
    // The number is shown; screen readers hear "(4 practices)" instead.
    const count = h('span', { className: 'facet-count', attrs: { 'aria-hidden': 'true' } });
    const countText = h('span', { className: 'visually-hidden' });
    const labelNode = h('label', { attrs: { for: id } }, text, ' ', count, countText);
    const li = h('li', { className: depth > 0 ? `facet-depth-${Math.min(depth, 3)}` : '' }, checkbox, labelNode);
    ui.list.append(li);
    const row: Row = { value, li, input: checkbox, count, countText, folded: fold(`${value} ${label}`) };
    ui.rows.set(value, row);
    checkbox.addEventListener('change', () => {
      engine.load().catch(() => undefined);
      commit(toggleValue(readText(), ui.name, value, checkbox.checked));
    });
    return row;
  };

  /**
   * Draws every filter's values. With a search in the URL this waits until its
   * first results are on screen: hundreds of rows to lay out would delay them.
   */
  function buildFacets(): void {
    if (facetUis.size > 0) return;
    for (const name of FILTER_NAMES) {
      const fieldset = h('fieldset', { className: 'facet' });
      fieldset.dataset.facet = name;
      fieldset.append(h('legend', { text: facetName(name) }));
      const listId = `facet-values-${name}`;
      const ui: FacetUi = {
        name,
        fieldset,
        list: h('ul', { className: 'facet-values', attrs: { id: listId } }),
        rows: new Map(),
        expanded: false,
      };
      const long = LONG_FACETS.includes(name) && data.facets[name].length > COLLAPSED_SIZE;
      if (long) {
        const findId = `facet-find-${name}`;
        const find = h('input', { className: 'facet-find', attrs: { type: 'search', id: findId, autocomplete: 'off', 'aria-controls': listId } });
        ui.find = find;
        ui.findLabel = h('label', { className: 'facet-find-label', attrs: { for: findId }, text: s[name === 'country' ? 'search.find.country' : 'search.find.sdg'] });
        ui.noMatch = h('p', { className: 'facet-none muted', attrs: { hidden: '' } });
        fieldset.append(ui.findLabel, find);
        find.addEventListener('input', () => updateFacet(ui));
        // Enter in the find box must not submit anything or jump away.
        find.addEventListener('keydown', (event) => {
          if (event.key === 'Enter') event.preventDefault();
        });
      }
      fieldset.append(ui.list);
      if (ui.noMatch) fieldset.append(ui.noMatch);
      if (long) {
        const moreButton = h('button', { className: 'secondary facet-more', attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': listId } });
        moreButton.addEventListener('click', () => {
          ui.expanded = !ui.expanded;
          updateFacet(ui);
        });
        ui.more = moreButton;
        fieldset.append(moreButton);
      }
      for (const v of data.facets[name]) addRow(ui, v.v, v.l, v.d ?? 0);
      facetUis.set(name, ui);
      facetsBox.append(fieldset);
    }
  }

  /**
   * The URL's search starts now: its files are requested at once, and its
   * first cards as soon as its results are known. The filters are drawn once
   * those results are on screen. run() takes the search over.
   */
  let early: { state: SearchState; outcome: Promise<SearchOutcome> } | undefined;
  if (!isActive(state)) buildFacets();
  else {
    engine.prefetch(state);
    const outcome = engine.search(state);
    outcome.then((o) => o.results.slice(0, PAGE_SIZE).forEach((r) => r.card().catch(() => undefined))).catch(() => undefined);
    early = { state, outcome };
  }

  function updateFacet(ui: FacetUi): void {
    for (const value of state.filters[ui.name]) if (!ui.rows.has(value)) addRow(ui, value, valueLabel(ui.name, value));
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

  const updateFacets = () => {
    for (const ui of facetUis.values()) updateFacet(ui);
    const chosenCount = FILTER_NAMES.reduce((sum, name) => sum + state.filters[name].length, 0);
    summary.textContent = chosenCount ? format(s['search.filtersChosen'], { count: chosenCount }) : s['search.filters'];
  };

  // Sidebar on wide screens (always open), a disclosure on narrow ones.
  const wide = window.matchMedia(WIDE);
  const placeFilters = () => {
    details.classList.toggle('is-sidebar', wide.matches);
    if (wide.matches) details.open = true;
  };
  placeFilters();
  wide.addEventListener('change', () => {
    placeFilters();
    if (!wide.matches) details.open = false;
  });
  details.addEventListener('toggle', () => {
    if (wide.matches && !details.open) details.open = true;
  });

  // ----- Chosen filters as chips ------------------------------------------
  const renderChips = () => {
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
          const buttons = [...chips.querySelectorAll('button')];
          const i = buttons.indexOf(button);
          commit(toggleValue(readText(), name, value, false));
          // Focus the chip that took its place, else the previous, else the search box.
          const left = [...chips.querySelectorAll('button')];
          (left[i] ?? left[i - 1] ?? input).focus();
        });
        chips.append(h('li', {}, button));
      }
    }
    chosen.hidden = !hasFilters(state.filters);
  };

  // ----- Sorting -------------------------------------------------------------
  const syncSort = () => {
    const relevance = sortSelect.querySelector<HTMLOptionElement>('option[value="relevance"]');
    if (relevance) {
      relevance.disabled = !state.q;
      relevance.hidden = !state.q;
    }
    sortSelect.value = effectiveSort(state);
  };

  // ----- Results -------------------------------------------------------------
  const objectiveShort = (n: string) => values.get('objective')!.get(n)?.l;

  const card = (c: ResultCard): HTMLLIElement | undefined => {
    const url = c.url;
    // Only pages of this site, as the index of this site lists them.
    if (typeof url !== 'string' || !url.startsWith(config.base)) return undefined;
    const article = h('article', { className: 'card' });
    const link = h('a', { attrs: { href: url }, text: c.title || url });
    article.append(h('h3', {}, link));
    const text = h('p', { className: 'summary' });
    if (c.marked) {
      for (const segment of c.marked) {
        text.append(segment.mark ? h('mark', { text: segment.text }) : document.createTextNode(segment.text));
      }
    } else {
      text.textContent = c.summary;
    }
    article.append(text);
    const n = c.objective;
    if (VALUE_PATTERNS.objective.test(n)) {
      const label = format(s['objective.label'], { n });
      article.append(
        h(
          'p',
          {},
          h(
            'span',
            { className: 'objective' },
            h('span', { className: 'badge', attrs: { title: label } }, h('span', { className: 'visually-hidden', text: label }), h('span', { text: n, attrs: { 'aria-hidden': 'true' } })),
            h('span', { text: objectiveShort(n) ?? '' }),
          ),
        ),
      );
    }
    const where =
      placeFromMeta(c.countries, c.regions, (id) => values.get('country')!.get(id)?.l, (r) => values.get('region')!.get(r)?.l) ||
      s['glance.global'];
    const statusValue = c.status;
    const facts = h('dl', { className: 'facts' });
    facts.append(h('dt', { text: s['card.where'] }), h('dd', { text: where }));
    if (c.years) facts.append(h('dt', { text: s['card.when'] }), h('dd', { text: c.years }));
    if (statusValue === 'planned' || statusValue === 'ongoing' || statusValue === 'completed') {
      facts.append(h('dt', { text: s['card.status'] }), h('dd', { className: `status-${statusValue}`, text: s[`status.${statusValue}`] }));
    }
    article.append(facts);
    return h('li', {}, article);
  };

  /**
   * Renders the next page of results; resolves with the first new item, if
   * any. `onFirst` runs as soon as that item is on the page.
   */
  const renderMore = async (id: number, onFirst?: (item: HTMLLIElement) => void): Promise<HTMLLIElement | undefined> => {
    if (!outcome) return undefined;
    const slice = outcome.results.slice(rendered, rendered + PAGE_SIZE);
    const pending = slice.map((r) => r.card());
    // A failure is reported once, by the await below; the others are handled.
    for (const p of pending) p.catch(() => undefined);
    let first: HTMLLIElement | undefined;
    // Each card is shown as soon as it and those before it are in: on a slow
    // connection the first results do not wait for the tenth.
    for (const next of pending) {
      const c = await next;
      if (id !== runId) return undefined;
      const item = card(c);
      if (!item) continue;
      list.append(item);
      if (!first) {
        first = item;
        onFirst?.(item);
      }
      if (firstResults) {
        firstResults = false;
        performance.mark('search:results');
      }
    }
    rendered += slice.length;
    const total = outcome.results.length;
    more.hidden = rendered >= total;
    shown.textContent = total > PAGE_SIZE ? format(s['search.shown'], { shown: Math.min(rendered, total), count: total }) : '';
    return first;
  };

  const renderNone = (result: SearchOutcome) => {
    none.replaceChildren(h('p', { className: 'search-none-title', text: s['search.none.title'] }));
    const best = narrowestFilter(result.removals);
    const actions = h('p', { className: 'search-none-actions' });
    if (best) {
      const offer = h('button', {
        attrs: { type: 'button' },
        text: format(s['search.none.remove'], { label: chipText(best.name, best.values), count: plural(s, 'search.valueCount', best.count) }),
      });
      offer.dataset.facet = best.name;
      offer.addEventListener('click', () => {
        commit(clearFilter(readText(), best.name));
        resultsTitle.focus();
      });
      actions.append(offer);
    }
    if (hasFilters(result.state.filters)) {
      const clear = h('button', { className: 'secondary', attrs: { type: 'button' }, text: s['search.none.clear'] });
      clear.addEventListener('click', () => {
        commit({ ...readText(), filters: emptyFilters() });
        resultsTitle.focus();
      });
      actions.append(' ', clear);
    }
    if (actions.childNodes.length) none.append(actions);
    none.append(h('p', { text: s['search.none.text'] }));
    none.hidden = false;
  };

  const showIdle = () => {
    outcome = undefined;
    counts = initialCounts;
    facetsBox.removeAttribute('aria-busy');
    list.replaceChildren();
    list.removeAttribute('aria-busy');
    status.textContent = '';
    shown.textContent = '';
    more.hidden = true;
    none.hidden = true;
    exportBox.hidden = true;
    sortWrap.hidden = true;
    intro.hidden = false;
    // Back to every value with its total: the last search's counts would hide some.
    buildFacets();
    updateFacets();
  };

  /** Runs the search of the current state and shows it; stale runs are dropped. */
  async function run(): Promise<void> {
    const id = ++runId;
    updateFacets();
    renderChips();
    syncSort();
    errorBox.hidden = true;
    if (!isActive(state)) {
      showIdle();
      return;
    }
    intro.hidden = true;
    list.setAttribute('aria-busy', 'true');
    try {
      const started = early && sameState(early.state, state) ? early.outcome : engine.search(state);
      early = undefined;
      const result = await started;
      if (id !== runId) return;
      outcome = result;
      rendered = 0;
      list.replaceChildren();
      await renderMore(id);
      if (id !== runId) return;
      list.removeAttribute('aria-busy');
      none.hidden = true;
      if (result.results.length === 0) renderNone(result);
      sortWrap.hidden = result.results.length < 2;
      status.textContent = plural(s, 'search.found', result.results.length);
      exportBox.hidden = result.results.length === 0;
      if (firstResults) {
        // No results to show: the answer is on screen all the same.
        firstResults = false;
        performance.mark('search:results');
      }
      // The counts need every filter's file: they follow the results, never delay them.
      facetsBox.setAttribute('aria-busy', 'true');
      if (facetUis.size === 0) {
        buildFacets();
        updateFacets();
      }
      const fresh = await result.counts().catch(() => undefined);
      if (id !== runId) return;
      if (fresh) counts = fresh;
      facetsBox.removeAttribute('aria-busy');
      updateFacets();
    } catch {
      if (id !== runId) return;
      buildFacets();
      updateFacets();
      list.removeAttribute('aria-busy');
      list.replaceChildren();
      more.hidden = true;
      shown.textContent = '';
      status.textContent = '';
      errorBox.hidden = false;
      exportBox.hidden = true;
    }
  }

  /** The state with the text as it is in the box now. */
  const readText = (): SearchState => ({ ...state, q: cleanQuery(input.value) });

  /** A deliberate change (filter, chip, sort, submit): a step in the history. */
  function commit(next: SearchState, how: 'push' | 'submit' = 'push'): void {
    clearTimeout(typingTimer);
    state = next;
    if (how === 'submit') submitUrl();
    else pushUrl();
    void run();
  }

  // ----- Events ----------------------------------------------------------------
  const warm = () => engine.load().catch(() => undefined);
  input.addEventListener('focus', warm);
  facetsBox.addEventListener('focusin', warm);
  details.addEventListener('pointerdown', warm);

  input.addEventListener('input', () => {
    const q = cleanQuery(input.value);
    engine.preload(q).catch(() => undefined);
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      if (q === state.q) return;
      state = { ...state, q };
      // Typing refines the current entry; it does not flood the history.
      replaceUrl();
      void run();
    }, TYPING_DELAY);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commit(readText(), 'submit');
  });

  sortSelect.addEventListener('change', () => {
    const value = SORTS.find((x) => x === sortSelect.value);
    if (value) commit({ ...readText(), sort: value as Sort });
  });

  clearAll.addEventListener('click', () => {
    commit({ ...readText(), filters: emptyFilters() });
    input.focus();
  });

  let loadingMore = false;
  /**
   * Downloads every current result (not only those shown) with the columns of
   * the open data: the records come from /api/practices.json, in result order.
   * The export code loads on first use only.
   */
  async function download(format: 'csv' | 'json'): Promise<void> {
    const current = outcome;
    if (!current || current.results.length === 0) return;
    const [{ practicesToCsv, practicesToJson }, slugs, api] = await Promise.all([
      import('../../lib/results-export.ts'),
      engine.slugs(current.results),
      fetch(exportBox.dataset.api ?? '').then((r) => r.json() as Promise<{ practices: PracticeExportRecord[] }>),
    ]);
    const bySlug = new Map(api.practices.map((p) => [p.slug, p]));
    const records = slugs
      .map((slug) => bySlug.get(slug))
      .filter((r): r is PracticeExportRecord => r !== undefined);
    const text = format === 'csv' ? practicesToCsv(records, { bom: true }) : practicesToJson(records);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' }));
    link.download = `practice-atlas-results.${format}`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }
  byId<HTMLButtonElement>('search-export-csv').addEventListener('click', () => void download('csv').catch(() => undefined));
  byId<HTMLButtonElement>('search-export-json').addEventListener('click', () => void download('json').catch(() => undefined));

  more.addEventListener('click', async () => {
    if (loadingMore) return;
    loadingMore = true;
    // Busy while the page's cards come in, one by one.
    const id = runId;
    list.setAttribute('aria-busy', 'true');
    // Focus moves to the first new result as soon as it is shown, so reading and tabbing continue there.
    const first = await renderMore(id, (item) => item.querySelector('a')?.focus()).catch(() => undefined);
    // A newer search owns the list's state.
    if (id === runId) list.removeAttribute('aria-busy');
    loadingMore = false;
    if (more.hidden && !first) resultsTitle.focus();
  });

  window.addEventListener('popstate', () => {
    clearTimeout(typingTimer);
    state = parseState(location.search, isKnown);
    committed = currentUrl();
    input.value = state.q;
    void run();
  });

  input.value = state.q;
  await run();
}
