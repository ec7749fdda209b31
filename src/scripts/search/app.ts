/**
 * The search page: a form that works without JavaScript, enhanced here with
 * filters, live counts, results and a URL that is the state.
 *
 * Everything that comes from the URL or the index is data: it reaches the
 * page through textContent and DOM APIs only, never as HTML.
 */
import { readBundle } from './bundle.ts';
import { Engine, type FacetCounts, type ResultCard, type SearchOutcome } from './engine.ts';
import type { FacetData, FacetValue } from './facet-data.ts';
import { FacetPanel, el as h } from './facet-panel.ts';
import { downloadResults } from './download.ts';
import { narrowestFilter, type Removal } from '../../lib/narrowest-filter.ts';
import { resultCard } from '../results/result-card.ts';
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
} from '../../lib/search-state.ts';
import { CLIENT_KEYS, format, plural, type Strings } from './strings.ts';

const PAGE_SIZE = 10;
const TYPING_DELAY = 250;
/** From this width the filters are a sidebar, always open. */
const WIDE = '(min-width: 56rem)';

interface Config {
  lang: string;
  /** Practices in this language's index. */
  total: number;
  base: string;
  facetsUrl: string;
  englishUrl: string;
  bundleUrl: string;
  strings: Strings;
}

function readConfig(root: HTMLElement): Config | undefined {
  const { lang, total, base, facets, english, pagefind, strings } = root.dataset;
  if (!lang || !total || !base || !facets || !english || !pagefind || !strings) return undefined;
  try {
    const parsed = JSON.parse(strings) as Partial<Strings>;
    if (!CLIENT_KEYS.every((key) => typeof parsed[key] === 'string')) return undefined;
    return { lang, total: Number(total), base, facetsUrl: facets, englishUrl: english, bundleUrl: pagefind, strings: parsed as Strings };
  } catch {
    return undefined;
  }
}

function byId<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`Search page: #${id} is missing.`);
  return found as T;
}

function isFacetData(data: unknown): data is FacetData {
  if (!data || typeof data !== 'object') return false;
  const { facets, total } = data as Partial<FacetData>;
  return typeof total === 'number' && !!facets && FILTER_NAMES.every((name) => Array.isArray(facets[name]));
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
  // A URL that carries a search starts Pagefind at once, alongside the labels.
  const engine = new Engine({ bundleUrl: config.bundleUrl, base: config.base, lang: config.lang, bundle: readBundle(root.dataset.bundle) });
  if (mayCarrySearch(location.search)) engine.warm();

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
  const panel = new FacetPanel(facetsBox, data, s, valueLabel, (name, value, on) => {
    engine.warm();
    commit(toggleValue(readText(), name, value, on));
  });
  const buildFacets = () => panel.build();

  /**
   * The URL's search starts now: its files are requested at once, and its
   * first cards as soon as its results are known. The filters are drawn once
   * those results are on screen. run() takes the search over.
   */
  let early: { state: SearchState; outcome: Promise<SearchOutcome> } | undefined;
  if (!isActive(state)) buildFacets();
  else {
    const outcome = engine.search(state);
    outcome.then((o) => o.results.slice(0, PAGE_SIZE).forEach((r) => r.card().catch(() => undefined))).catch(() => undefined);
    early = { state, outcome };
  }

  const updateFacets = () => {
    panel.update(state, counts);
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
  const link = (href: string, text: string) => {
    const a = h('a', { text });
    a.href = href;
    return a;
  };
  const card = (c: ResultCard): HTMLLIElement | undefined =>
    resultCard(c, {
      t: (key, params) => format(s[key], params),
      objectiveShort,
      link,
      heading: 'h3',
      text: true,
      className: 'card',
      base: config.base,
    });

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

  const renderNone = (result: SearchOutcome, removals: Removal[]) => {
    none.replaceChildren(h('p', { className: 'search-none-title', text: s['search.none.title'] }));
    const best = narrowestFilter(removals);
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
      if (result.results.length === 0) renderNone(result, await result.removals().catch(() => []));
      if (id !== runId) return;
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
      if (!panel.built) {
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
  const warm = () => engine.warm();
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
  const download = async (kind: 'csv' | 'json') => {
    const current = outcome;
    if (current && current.results.length > 0) await downloadResults(engine.pages(current.results), exportBox.dataset.api ?? '', kind);
  };
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
