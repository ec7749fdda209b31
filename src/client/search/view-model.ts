/**
 * What /search/ shows, as data: pure functions of the state (the URL), the
 * search's progress and its results, so that the page script only renders
 * them (src/client/search/app.ts) and the unit tests read them without a
 * browser (tests/unit/search-view.test.ts).
 */
import { narrowestFilter, type Removal } from '../../search/narrowest-filter.ts';
import { effectiveSort, FILTER_NAMES, hasFilters, type FilterName, type SearchState, type Sort } from '../../search/search-state.ts';
import type { SearchKey } from '../../i18n/script-strings.ts';
import { COLLAPSED_SIZE } from '../../search/facet-layout.ts';
import type { PluralKeys, Translator } from '../shared/translator.ts';

export const PAGE_SIZE = 10;

const FOUND: PluralKeys<SearchKey> = { zero: 'search.found.zero', one: 'search.found.one', other: 'search.found.many' };
export const VALUE_COUNT: PluralKeys<SearchKey> = { zero: 'search.valueCount.zero', one: 'search.valueCount.one', other: 'search.valueCount.many' };

/** "Region: Africa": what the page calls a filter's chosen values (src/client/search/search-labels.ts). */
export type ChipText = (name: FilterName, values: string[]) => string;

/** Where the search of the current state is. */
export type Phase =
  /** Nothing asked: no text, no filter. */
  | { kind: 'idle' }
  /** Asked; the previous results stay on screen until the new ones come. */
  | { kind: 'searching' }
  /**
   * Results on screen: `rendered` of `total` cards, more `loading` (a page of
   * cards comes in one by one), the filters' counts `counting`, and the
   * `removals` that would bring some back when there are none.
   */
  | { kind: 'results'; total: number; rendered: number; loading: boolean; counting: boolean; removals?: Removal[] }
  | { kind: 'error' };

export interface Chip {
  name: FilterName;
  value: string;
  text: string;
  /** The remove button's accessible name. */
  label: string;
}

export interface NoResultsView {
  title: string;
  /** Remove the filter that shuts out the most, saying what that would give. */
  offer?: { name: FilterName; text: string };
  clear?: string;
  text: string;
}

export interface SearchView {
  /** The filters' disclosure: "Filters", or "Filters (3)". */
  summary: string;
  chips: Chip[];
  sort: { value: Sort; relevance: boolean; shown: boolean };
  intro: boolean;
  /** The result list is being filled. */
  busy: boolean;
  /** The filters' counts are being brought up to date. */
  facetsBusy: boolean;
  /** The live region: how many were found. */
  status: string;
  error: boolean;
  none?: NoResultsView;
  exportShown: boolean;
  more: boolean;
  /** "Showing 10 of 34", for more than a page. */
  shown: string;
}

/**
 * The view of a state at a phase. While searching, what the last results
 * said stays (`previous`): the list keeps its cards until the new ones
 * replace them, and the live region speaks once, when they do.
 */
export function searchView(
  state: SearchState,
  phase: Phase,
  { tr, chipText, previous }: { tr: Translator<SearchKey>; chipText: ChipText; previous?: SearchView | undefined },
): SearchView {
  const { t } = tr;
  const chosen = FILTER_NAMES.reduce((sum, name) => sum + state.filters[name].length, 0);
  const chips = FILTER_NAMES.flatMap((name) =>
    state.filters[name].map((value) => {
      const text = chipText(name, [value]);
      return { name, value, text, label: t('search.remove', { label: text }) };
    }),
  );
  const frame = {
    summary: chosen ? t('search.filtersChosen', { count: chosen }) : t('search.filters'),
    chips,
  };
  const sortOf = (shown: boolean) => ({ value: effectiveSort(state), relevance: !!state.q, shown });
  const quiet = { status: '', error: false, exportShown: false, more: false, shown: '' };
  switch (phase.kind) {
    case 'idle':
      return { ...frame, ...quiet, sort: sortOf(false), intro: true, busy: false, facetsBusy: false };
    case 'searching':
      return {
        ...frame,
        ...quiet,
        ...(previous ? { status: previous.status, exportShown: previous.exportShown, more: previous.more, shown: previous.shown, ...(previous.none ? { none: previous.none } : {}) } : {}),
        sort: sortOf(previous?.sort.shown ?? false),
        intro: false,
        busy: true,
        facetsBusy: previous?.facetsBusy ?? false,
      };
    case 'error':
      return { ...frame, ...quiet, sort: sortOf(false), intro: false, busy: false, facetsBusy: false, error: true };
    case 'results': {
      const { total, rendered } = phase;
      return {
        ...frame,
        sort: sortOf(total > 1),
        intro: false,
        busy: phase.loading,
        facetsBusy: phase.counting,
        status: tr.plural(FOUND, total),
        error: false,
        ...(total === 0 ? { none: noResults(state, phase.removals ?? [], tr, chipText) } : {}),
        exportShown: total > 0,
        more: rendered < total,
        shown: total > PAGE_SIZE ? t('search.shown', { shown: Math.min(rendered, total), count: total }) : '',
      };
    }
  }
}

/** Help when nothing matches: remove the filter that shuts out the most, clear every filter, or try other words. */
function noResults(state: SearchState, removals: Removal[], tr: Translator<SearchKey>, chipText: ChipText): NoResultsView {
  const { t } = tr;
  const best = narrowestFilter(removals);
  return {
    title: t('search.none.title'),
    ...(best ? { offer: { name: best.name, text: t('search.none.remove', { label: chipText(best.name, best.values), count: tr.plural(VALUE_COUNT, best.count) }) } } : {}),
    ...(hasFilters(state.filters) ? { clear: t('search.none.clear') } : {}),
    text: t('search.none.text'),
  };
}


/** One value of a filter as the panel holds it. */
export interface FacetRowInput {
  value: string;
  /** Id and label, folded (see fold) for the find box. */
  folded: string;
  /** Its checkbox has the focus: a value just unchecked keeps its place. */
  focused: boolean;
}

export interface FacetInput {
  rows: FacetRowInput[];
  chosen: readonly string[];
  counts: Readonly<Record<string, number>>;
  /** Has a find box and "Show all" (a long filter). */
  long: boolean;
  /** What is typed in the find box, as typed. */
  find: string;
  findFocused: boolean;
  expanded: boolean;
}

export interface FacetView {
  rows: { value: string; checked: boolean; count: number; countText: string; hidden: boolean }[];
  more: { hidden: boolean; expanded: boolean; text: string };
  findHidden: boolean;
  noMatch: { hidden: boolean; text: string };
  /** A filter with nothing to offer in these results (and nothing chosen) is left out. */
  hidden: boolean;
}

/** Lowercase without accents, for matching typed text against labels. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** One filter's checks, counts and visibility for a state and its counts. */
export function facetView(input: FacetInput, tr: Translator<SearchKey>): FacetView {
  const findText = fold(input.find.trim());
  let available = 0;
  let matching = 0;
  const rows = input.rows.map((row) => {
    const count = input.counts[row.value] ?? 0;
    const checked = input.chosen.includes(row.value);
    const inResults = checked || count > 0 || row.focused;
    if (inResults) available++;
    const show = inResults && (!findText || row.folded.includes(findText));
    if (show) matching++;
    return { value: row.value, checked, count, countText: ` (${tr.plural(VALUE_COUNT, count)})`, hidden: !show, keep: checked || row.focused };
  });
  // Collapsed: the first values (and any chosen one) until "Show all".
  const collapses = input.long && !findText && available > COLLAPSED_SIZE;
  if (collapses && !input.expanded) {
    let kept = 0;
    for (const row of rows) {
      if (row.hidden || row.keep) continue;
      if (kept >= COLLAPSED_SIZE) row.hidden = true;
      else kept++;
    }
  }
  return {
    rows: rows.map(({ keep: _, ...row }) => row),
    more: {
      hidden: !collapses,
      expanded: input.expanded,
      text: input.expanded ? tr.t('search.showFewer') : tr.t('search.showAll', { count: available }),
    },
    // The find box is for long lists; it stays while someone uses it.
    findHidden: !(available > COLLAPSED_SIZE || !!findText || input.findFocused),
    noMatch: { hidden: !(findText && available > 0 && matching === 0), text: tr.t('search.facet.noMatch', { text: input.find.trim() }) },
    hidden: available === 0 && !findText,
  };
}
