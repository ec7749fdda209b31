/**
 * The search page: a form that works without JavaScript, enhanced here with
 * filters, live counts, results and a URL that is the state. This module
 * wires the parts together: the engine (Pagefind), the filter panel, the
 * result list, the chips, the no-results help and the URL history.
 *
 * Everything that comes from the URL or the index is data: it reaches the
 * page through textContent and DOM APIs only, never as HTML.
 */
import type { FacetCounts } from '../../search/facet-queries.ts';
import {
  FILTER_NAMES,
  SORTS,
  cleanQuery,
  clearFilter,
  effectiveSort,
  emptyFilters,
  hasFilters,
  isActive,
  mayCarrySearch,
  parseState,
  sameState,
  toggleValue,
  type SearchState,
  type Sort,
} from '../../search/search-state.ts';
import { readBundle } from './bundle.ts';
import { renderChips } from './chosen-chips.ts';
import { downloadResults } from './download.ts';
import { Engine, type SearchOutcome } from './engine.ts';
import { FacetPanel } from './facet-panel.ts';
import type { FacetData } from './facet-data.ts';
import { layOutFilters } from './filters-layout.ts';
import { renderNone } from './no-results.ts';
import { PAGE_SIZE, ResultList } from './result-list.ts';
import { SearchLabels } from './search-labels.ts';
import { byId, loadFacets, readConfig } from './page-config.ts';
import { format, plural } from './strings.ts';
import { UrlHistory } from './url-history.ts';

const TYPING_DELAY = 250;

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
  const status = byId<HTMLElement>('search-status');
  const sortWrap = byId<HTMLElement>('search-sort-wrap');
  const sortSelect = byId<HTMLSelectElement>('search-sort');
  const intro = byId<HTMLElement>('search-intro');
  const none = byId<HTMLElement>('search-none');
  const errorBox = byId<HTMLElement>('search-error');
  const more = byId<HTMLButtonElement>('search-more');
  const exportBox = byId<HTMLElement>('search-export');
  const layout = root.querySelector<HTMLElement>('.search-layout');

  root.hidden = false;
  // A language with no practices yet: point to the English search instead.
  if (config.total === 0) {
    if (layout) layout.hidden = true;
    byId('search-other-language').hidden = false;
    byId<HTMLAnchorElement>('search-english-link').href = config.englishUrl + location.search;
    input.value = parseState(location.search).q;
    return;
  }
  // A URL that carries a search starts Pagefind at once, alongside the labels.
  const engine = new Engine({ bundleUrl: config.bundleUrl, base: config.base, lang: config.lang, bundle: readBundle(root.dataset.bundle) });
  if (mayCarrySearch(location.search)) engine.warm();

  let data: FacetData;
  try {
    data = await loadFacets(config.facetsUrl);
  } catch {
    errorBox.hidden = false;
    intro.hidden = true;
    if (layout) layout.hidden = true;
    return;
  }
  const labels = new SearchLabels(data, s);
  let state: SearchState = parseState(location.search, labels.isKnown);
  let counts: FacetCounts = labels.totals;
  let runId = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  const urls = new UrlHistory(state, mayCarrySearch(location.search));
  const results = new ResultList({ list: byId('search-results'), more, shown: byId('search-shown') }, s, config.base, labels.objectiveShort, config.lang, data.sections ?? {});
  const panel = new FacetPanel(facetsBox, data, s, labels.value, (name, value, on) => {
    engine.warm();
    commit(toggleValue(readText(), name, value, on));
  });
  layOutFilters(details);

  /**
   * The URL's search starts now, and its first cards as soon as its results
   * are known; the filters are drawn once those results are on screen.
   * run() takes the search over.
   */
  let early: { state: SearchState; outcome: Promise<SearchOutcome> } | undefined;
  if (!isActive(state)) panel.build();
  else {
    const outcome = engine.search(state);
    outcome.then((o) => o.results.slice(0, PAGE_SIZE).forEach((r) => r.card().catch(() => undefined))).catch(() => undefined);
    early = { state, outcome };
  }

  const updateFacets = () => {
    panel.update(state, counts);
    const chosen = FILTER_NAMES.reduce((sum, name) => sum + state.filters[name].length, 0);
    summary.textContent = chosen ? format(s['search.filtersChosen'], { count: chosen }) : s['search.filters'];
  };
  const drawFacets = () => {
    panel.build();
    updateFacets();
  };

  const syncSort = () => {
    const relevance = sortSelect.querySelector<HTMLOptionElement>('option[value="relevance"]');
    if (relevance) relevance.disabled = relevance.hidden = !state.q;
    sortSelect.value = effectiveSort(state);
  };

  const showIdle = () => {
    counts = labels.totals;
    facetsBox.removeAttribute('aria-busy');
    results.clear();
    results.busy(false);
    status.textContent = '';
    none.hidden = exportBox.hidden = sortWrap.hidden = true;
    intro.hidden = false;
    // Back to every value with its total: the last search's counts would hide some.
    drawFacets();
  };

  const showNone = async (outcome: SearchOutcome) =>
    renderNone(none, s, {
      removals: await outcome.removals().catch(() => []),
      filtered: hasFilters(outcome.state.filters),
      chipText: labels.chip,
      removeFilter: (name) => {
        commit(clearFilter(readText(), name));
        resultsTitle.focus();
      },
      clearFilters: () => {
        commit({ ...readText(), filters: emptyFilters() });
        resultsTitle.focus();
      },
    });

  /** Runs the search of the current state and shows it; stale runs are dropped. */
  async function run(): Promise<void> {
    const id = ++runId;
    const current = () => id === runId;
    updateFacets();
    renderChips({ chosen: byId('search-chosen'), chips: byId('search-chips'), fallback: input }, state, s, labels.chip, (name, value) =>
      commit(toggleValue(readText(), name, value, false)),
    );
    syncSort();
    errorBox.hidden = true;
    if (!isActive(state)) return showIdle();
    intro.hidden = true;
    results.busy(true);
    try {
      const started = early && sameState(early.state, state) ? early.outcome : engine.search(state);
      early = undefined;
      const outcome = await started;
      if (!current()) return;
      results.clear(outcome);
      await results.next(current);
      if (!current()) return;
      results.busy(false);
      none.hidden = true;
      if (outcome.results.length === 0) await showNone(outcome);
      if (!current()) return;
      sortWrap.hidden = outcome.results.length < 2;
      status.textContent = plural(s, 'search.found', outcome.results.length);
      exportBox.hidden = outcome.results.length === 0;
      results.markResults();
      // The counts need every filter's chunk: they follow the results, never delay them.
      facetsBox.setAttribute('aria-busy', 'true');
      if (!panel.built) drawFacets();
      const fresh = await outcome.counts().catch(() => undefined);
      if (!current()) return;
      if (fresh) counts = fresh;
      facetsBox.removeAttribute('aria-busy');
      updateFacets();
    } catch {
      if (!current()) return;
      drawFacets();
      results.busy(false);
      results.clear();
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
    if (how === 'submit') urls.submit(state);
    else urls.push(state);
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
      urls.replace(state);
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

  byId('search-clear').addEventListener('click', () => {
    commit({ ...readText(), filters: emptyFilters() });
    input.focus();
  });

  const download = async (kind: 'csv' | 'json') => {
    const outcome = results.current;
    if (outcome && outcome.results.length > 0) await downloadResults(engine.pages(outcome.results), exportBox.dataset.api ?? '', kind);
  };
  byId('search-export-csv').addEventListener('click', () => void download('csv').catch(() => undefined));
  byId('search-export-json').addEventListener('click', () => void download('json').catch(() => undefined));

  let loadingMore = false;
  more.addEventListener('click', async () => {
    if (loadingMore) return;
    loadingMore = true;
    // Busy while the page's cards come in, one by one.
    const id = runId;
    results.busy(true);
    // Focus moves to the first new result as soon as it is shown, so reading and tabbing continue there.
    const first = await results.next(() => id === runId, (item) => item.querySelector('a')?.focus()).catch(() => undefined);
    // A newer search owns the list's state.
    if (id === runId) results.busy(false);
    loadingMore = false;
    if (more.hidden && !first) resultsTitle.focus();
  });

  window.addEventListener('popstate', () => {
    clearTimeout(typingTimer);
    state = parseState(location.search, labels.isKnown);
    urls.popped();
    input.value = state.q;
    void run();
  });

  input.value = state.q;
  await run();
}
