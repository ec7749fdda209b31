/**
 * The search page: a form that works without JavaScript, enhanced here with
 * filters, live counts, results and a URL that is the state. The state (the
 * URL, src/search/search-state.ts) and the search's phase make one view
 * model (src/client/search/view-model.ts); this module runs the searches,
 * renders the view, and turns events into new states.
 *
 * Everything that comes from the URL or the index is data: it reaches the
 * page through textContent and DOM APIs only, never as HTML.
 */
import type { FacetCounts } from '../../search/facet-queries.ts';
import {
  SORTS,
  cleanQuery,
  clearFilter,
  emptyFilters,
  hasFilters,
  isActive,
  mayCarrySearch,
  parseState,
  sameState,
  serializeState,
  toggleValue,
  type SearchState,
} from '../../search/search-state.ts';
import { debounce } from '../shared/debounce.ts';
import { byId } from '../shared/el.ts';
import { LatestRun } from '../shared/latest-run.ts';
import { UrlState } from '../shared/url-state.ts';
import { readBundle } from './bundle.ts';
import { downloadResults } from './download.ts';
import { Engine, type SearchOutcome } from './engine.ts';
import { FacetPanel } from './facet-panel.ts';
import { layOutFilters } from './filters-layout.ts';
import { loadFacets, loadLabels, readConfig } from './page-config.ts';
import { ResultList } from './result-list.ts';
import { SearchLabels } from './search-labels.ts';
import { viewRenderer } from './render-view.ts';
import { PAGE_SIZE, searchView, type Phase, type SearchView } from './view-model.ts';

export async function startSearch(root: HTMLElement): Promise<void> {
  const config = readConfig(root);
  if (!config) return;
  const { tr } = config;
  const input = byId<HTMLInputElement>('search-q');
  const details = byId<HTMLDetailsElement>('search-filters');
  const facetsBox = byId<HTMLElement>('search-facets');
  const sortSelect = byId<HTMLSelectElement>('search-sort');
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
  const engine = new Engine({
    bundleUrl: config.bundleUrl,
    base: config.base,
    lang: config.lang,
    stopWordsUrl: config.stopWordsUrl,
    bundle: readBundle(root.dataset.bundle),
  });
  const carries = mayCarrySearch(location.search);
  if (carries) engine.warm();

  // The long filters' other labels (their chips may name them) are fetched alongside.
  const rest = carries ? loadLabels(config.labelsUrl) : undefined;
  rest?.catch(() => undefined);
  const data = await loadFacets(config.facetsUrl).catch(() => undefined);
  if (!data) {
    byId('search-error').hidden = false;
    byId('search-intro').hidden = true;
    if (layout) layout.hidden = true;
    return;
  }
  const labels = new SearchLabels(data, tr);
  /** The long filters' other labels: fetched on the first interaction, or at once with a URL's search; a failure is tried again. */
  let labelsIn: Promise<void> | undefined;
  const moreLabels = (fetching?: ReturnType<typeof loadLabels>) =>
    (labelsIn ??= (fetching ?? loadLabels(config.labelsUrl)).then(
      (more) => {
        labels.add(more);
        panel.relabel();
        if (model.view) show(model.phase);
      },
      () => {
        labelsIn = undefined;
      },
    ));
  if (rest) void moreLabels(rest);
  /** A reader starts to search: Pagefind's files and the labels the filters have not shown yet. */
  const warm = () => {
    engine.warm();
    void moreLabels();
  };
  const panel = new FacetPanel(facetsBox, data, tr, labels.value, (name, value, on) => {
    warm();
    commit(toggleValue(readText(), name, value, on));
  });
  const render = viewRenderer({
    removeValue: (name, value) => commit(toggleValue(readText(), name, value, false)),
    removeFilter: (name) => commit(clearFilter(readText(), name)),
    clearFilters: () => commit({ ...readText(), filters: emptyFilters() }),
  });
  const results = new ResultList(byId('search-results'), { tr, origin: location.origin, base: config.base, objectiveShort: labels.objectiveShort, sections: data.sections ?? {} });
  layOutFilters(details);

  /** What the page shows: the state (its URL), the filters' counts, the search's phase. */
  const model: { state: SearchState; counts: FacetCounts; phase: Phase; view?: SearchView } = {
    state: parseState(location.search, labels.isKnown),
    counts: labels.totals,
    phase: { kind: 'idle' },
  };
  const urls = new UrlState(carries ? serializeState(model.state) : undefined);
  const runs = new LatestRun();

  /** The view of the model, on the page; the filters follow once they are drawn. */
  function show(phase: Phase): void {
    model.phase = phase;
    model.view = searchView(model.state, phase, { tr, chipText: labels.chip, previous: model.view });
    render(model.view);
    if (panel.built) panel.update(model.state, model.counts);
  }

  /**
   * The URL's search starts now, and its first cards as soon as its results
   * are known; the filters are drawn once those results are on screen.
   * run() takes the search over.
   */
  let early: { state: SearchState; outcome: Promise<SearchOutcome> } | undefined;
  if (!isActive(model.state)) panel.build();
  else {
    const outcome = engine.search(model.state);
    outcome.then((o) => o.results.slice(0, PAGE_SIZE).forEach((r) => r.card().catch(() => undefined))).catch(() => undefined);
    early = { state: model.state, outcome };
  }

  /** Runs the search of the current state and shows it; a newer run drops this one. */
  async function run(): Promise<void> {
    const current = runs.start();
    const { state } = model;
    if (!isActive(state)) {
      // Back to every value with its total: the last search's counts would hide some.
      model.counts = labels.totals;
      results.clear();
      panel.build();
      return show({ kind: 'idle' });
    }
    show({ kind: 'searching' });
    try {
      const started = early && sameState(early.state, state) ? early.outcome : engine.search(state);
      early = undefined;
      const outcome = await started;
      if (!current()) return;
      results.clear(outcome);
      await results.next(current);
      if (!current()) return;
      const total = outcome.results.length;
      const removals = total === 0 ? await outcome.removals().catch(() => []) : undefined;
      if (!current()) return;
      const shown = { kind: 'results', total, rendered: results.rendered, loading: false, ...(removals ? { removals } : {}) } as const;
      // The counts need every filter's chunk: they follow the results, never delay them.
      panel.build();
      show({ ...shown, counting: true });
      results.markResults();
      const fresh = await outcome.counts().catch(() => undefined);
      if (!current()) return;
      if (fresh) model.counts = fresh;
      show({ ...shown, counting: false });
    } catch {
      if (!current()) return;
      results.clear();
      panel.build();
      show({ kind: 'error' });
    }
  }

  /** The state with the text as it is in the box now. */
  const readText = (): SearchState => ({ ...model.state, q: cleanQuery(input.value) });

  /** A deliberate change (filter, chip, sort, submit): a step in the history. */
  function commit(next: SearchState, how: 'push' | 'submit' = 'push'): void {
    typed.cancel();
    model.state = next;
    if (how === 'submit') urls.submit(serializeState(next));
    else urls.push(serializeState(next));
    void run();
  }

  /** Typing refines the current entry; it does not flood the history. */
  const typed = debounce((q: string) => {
    if (q === model.state.q) return;
    model.state = { ...model.state, q };
    urls.replace(serializeState(model.state));
    void run();
  });

  // ----- Events ----------------------------------------------------------------
  input.addEventListener('focus', warm);
  facetsBox.addEventListener('focusin', warm);
  details.addEventListener('pointerdown', warm);

  input.addEventListener('input', () => {
    const q = cleanQuery(input.value);
    engine.preload(q).catch(() => undefined);
    typed(q);
  });

  byId('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    commit(readText(), 'submit');
  });

  sortSelect.addEventListener('change', () => {
    const sort = SORTS.find((x) => x === sortSelect.value);
    if (sort) commit({ ...readText(), sort });
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
    const { phase } = model;
    if (loadingMore || phase.kind !== 'results') return;
    loadingMore = true;
    // Busy while the page's cards come in, one by one; a newer search owns the page after it.
    const current = runs.current();
    show({ ...phase, loading: true });
    // Focus moves to the first new result as soon as it is shown, so reading and tabbing continue there.
    const first = await results.next(current, (item) => item.querySelector('a')?.focus()).catch(() => undefined);
    if (current() && model.phase.kind === 'results') show({ ...model.phase, rendered: results.rendered, loading: false });
    loadingMore = false;
    if (more.hidden && !first) byId('search-results-title').focus();
  });

  window.addEventListener('popstate', () => {
    typed.cancel();
    model.state = parseState(location.search, labels.isKnown);
    urls.popped();
    input.value = model.state.q;
    void run();
  });

  input.value = model.state.q;
  // The URL's chips name their values, so a URL with filters waits for the
  // labels (its search is under way meanwhile); a text search does not.
  if (hasFilters(model.state.filters)) await labelsIn;
  await run();
}
