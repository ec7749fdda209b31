/**
 * What /search/ shows for a state and its results (src/client/search/view-model.ts),
 * without a browser. Expected texts are written out from the English
 * dictionary's wording, not computed.
 */
import { describe, expect, it } from 'vitest';
import { facetView, searchView, type FacetInput, type Phase } from '../../src/client/search/view-model.ts';
import { translator } from '../../src/client/shared/translator.ts';
import { SEARCH_KEYS, type SearchKey } from '../../src/i18n/script-strings.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { parseState } from '../../src/search/search-state.ts';

const en = useTranslations('en');
const tr = translator(Object.fromEntries(SEARCH_KEYS.map((k) => [k, en(k)])) as Record<SearchKey, string>, 'en');
const names: Record<string, string> = { africa: 'Africa', SEN: 'Senegal', '23': 'Objective 23' };
const chipText = (name: string, values: string[]) => `${name}=${values.map((v) => names[v] ?? v).join('+')}`;
const view = (query: string, phase: Phase) => searchView(parseState(query), phase, { tr, chipText });

describe('the search view', () => {
  it('before any search: the intro, no status, no sort, no export', () => {
    const v = view('', { kind: 'idle' });
    expect(v).toMatchObject({ intro: true, status: '', busy: false, error: false, exportShown: false, more: false, shown: '', chips: [], summary: 'Filters' });
    expect(v.sort).toEqual({ value: 'newest', relevance: false, shown: false });
    expect(v.none).toBeUndefined();
  });

  it('with results: how many, "Show more" past a page, export, sort for two or more', () => {
    const v = view('q=water&region=africa&country=SEN', { kind: 'results', total: 34, rendered: 10, loading: false, counting: true });
    expect(v.status).toBe('34 practices found');
    expect(v.shown).toBe('Showing 10 of 34.');
    expect(v).toMatchObject({ intro: false, busy: false, facetsBusy: true, more: true, exportShown: true, summary: 'Filters (2 chosen)' });
    expect(v.sort).toEqual({ value: 'relevance', relevance: true, shown: true });
    expect(v.chips).toEqual([
      { name: 'region', value: 'africa', text: 'region=Africa', label: 'Remove filter region=Africa' },
      { name: 'country', value: 'SEN', text: 'country=Senegal', label: 'Remove filter country=Senegal' },
    ]);
  });

  it('counts one result in the singular, and shows no sort or "Showing" for it', () => {
    const v = view('q=water', { kind: 'results', total: 1, rendered: 1, loading: false, counting: false });
    expect(v.status).toBe('1 practice found');
    expect(v).toMatchObject({ shown: '', more: false });
    expect(v.sort.shown).toBe(false);
  });

  it('with none: offers to remove the filter that shuts out the most, and to clear them all', () => {
    const v = view('q=water&region=africa&objective=23', {
      kind: 'results',
      total: 0,
      rendered: 0,
      loading: false,
      counting: false,
      removals: [
        { name: 'objective', values: ['23'], count: 2 },
        { name: 'region', values: ['africa'], count: 5 },
      ],
    });
    expect(v.status).toBe('No practices found');
    expect(v.exportShown).toBe(false);
    expect(v.none).toEqual({
      title: 'No practice matches this search.',
      offer: { name: 'region', text: 'Remove region=Africa and see 5 practices' },
      clear: 'Clear all filters',
      text: 'Check the spelling, try fewer or more general words, or browse the practices by objective, theme or region.',
    });
  });

  it('with none and no filter: only the advice', () => {
    const v = view('q=zzz', { kind: 'results', total: 0, rendered: 0, loading: false, counting: false, removals: [] });
    expect(v.none).toEqual({ title: 'No practice matches this search.', text: 'Check the spelling, try fewer or more general words, or browse the practices by objective, theme or region.' });
  });

  it('while searching: the last results keep their words until the new ones come', () => {
    const previous = view('q=water', { kind: 'results', total: 12, rendered: 10, loading: false, counting: false });
    const v = searchView(parseState('q=water+rights'), { kind: 'searching' }, { tr, chipText, previous });
    expect(v).toMatchObject({ busy: true, intro: false, status: '12 practices found', shown: 'Showing 10 of 12.', more: true, exportShown: true });
  });

  it('after an error: the error box, nothing else', () => {
    const v = view('q=water', { kind: 'error' });
    expect(v).toMatchObject({ error: true, status: '', busy: false, exportShown: false, more: false, intro: false });
  });
});

describe('a filter in the panel', () => {
  const rows = (values: string[], focused = '') => values.map((value) => ({ value, folded: `${value.toLowerCase()} pays ${value.toLowerCase()}`, focused: value === focused }));
  const input = (over: Partial<FacetInput>): FacetInput => ({ rows: [], chosen: [], counts: {}, long: false, find: '', findFocused: false, expanded: false, ...over });

  it('shows the values in the results with their counts, hides the others, and is left out when none is', () => {
    const v = facetView(input({ rows: rows(['A', 'B', 'C']), counts: { A: 3, B: 0, C: 1 } }), tr);
    expect(v.rows.map((r) => [r.value, r.hidden, r.count, r.countText])).toEqual([
      ['A', false, 3, ' (3 practices)'],
      ['B', true, 0, ' (no practices)'],
      ['C', false, 1, ' (1 practice)'],
    ]);
    expect(v.hidden).toBe(false);
    expect(facetView(input({ rows: rows(['A']), counts: {} }), tr).hidden).toBe(true);
  });

  it('keeps a chosen value, and one whose checkbox has the focus, even at zero', () => {
    const v = facetView(input({ rows: rows(['A', 'B']), chosen: ['A'], counts: {} }), tr);
    expect(v.rows.map((r) => [r.value, r.checked, r.hidden])).toEqual([
      ['A', true, false],
      ['B', false, true],
    ]);
    expect(facetView(input({ rows: rows(['A', 'B'], 'B'), counts: {} }), tr).rows[1]!.hidden).toBe(false);
  });

  it('collapses a long list to 8 values until "Show all", and finds values by their folded label', () => {
    const ten = 'ABCDEFGHIJ'.split('');
    const counts = Object.fromEntries(ten.map((v) => [v, 1]));
    const collapsed = facetView(input({ rows: rows(ten), counts, long: true }), tr);
    expect(collapsed.rows.filter((r) => !r.hidden).map((r) => r.value)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    expect(collapsed.more).toEqual({ hidden: false, expanded: false, text: 'Show all 10' });
    expect(collapsed.findHidden).toBe(false);
    const expanded = facetView(input({ rows: rows(ten), counts, long: true, expanded: true }), tr);
    expect(expanded.rows.every((r) => !r.hidden)).toBe(true);
    expect(expanded.more.text).toBe('Show fewer');
    const found = facetView(input({ rows: rows(ten), counts, long: true, find: ' J ' }), tr);
    expect(found.rows.filter((r) => !r.hidden).map((r) => r.value)).toEqual(['J']);
    expect(found.more.hidden).toBe(true);
    const nothing = facetView(input({ rows: rows(ten), counts, long: true, find: 'zz' }), tr);
    expect(nothing.noMatch).toEqual({ hidden: false, text: 'Nothing in this list matches “zz”.' });
  });
});
