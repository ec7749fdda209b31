import { describe, expect, it } from 'vitest';
import { FILTER_NAMES as INDEX_FILTER_NAMES } from '../../src/search/search-record.ts';
import {
  FILTER_NAMES,
  QUERY_MAX,
  VALUES_MAX,
  cleanQuery,
  clearFilter,
  effectiveSort,
  emptyState,
  isActive,
  mayCarrySearch,
  normalizeValue,
  parseState,
  sameState,
  serializeState,
  toggleValue,
  type SearchState,
} from '../../src/search/search-state.ts';

const known = new Set(['region:africa', 'region:western-africa', 'theme:diaspora', 'country:SLE', 'country:CIV', 'sdg:10.7', 'principle:whole-of-government', 'block:pre-departure-orientation']);
const isKnown = (name: string, value: string) => name === 'objective' || name === 'status' || known.has(`${name}:${value}`);

describe('search state: reading the URL', () => {
  it('reads text, repeated filters and sort', () => {
    const state = parseState('?q=fair+recruitment&objective=5&objective=6&region=africa&block=pre-departure-orientation&sort=title', isKnown);
    expect(state).toEqual({
      q: 'fair recruitment',
      filters: { objective: ['5', '6'], sdg: [], region: ['africa'], country: [], theme: [], principle: [], status: [], block: ['pre-departure-orientation'] },
      sort: 'title',
    });
  });

  it('drops values that cannot be ids, and values the index does not know', () => {
    const state = parseState(
      '?objective=99&objective=0&objective=1%22%3E%3Cscript%3E&theme=javascript:alert(1)&theme=diaspora&theme=unknown-theme&sdg=10.7&sdg=10.77&status=done&status=ongoing&block=Pre%20Departure&block=unknown-block',
      isKnown,
    );
    expect(state.filters).toEqual({
      objective: [],
      sdg: ['10.7'],
      region: [],
      country: [],
      theme: ['diaspora'],
      principle: [],
      status: ['ongoing'],
      block: [],
    });
  });

  it('reads country codes in any case and drops duplicates', () => {
    expect(parseState('country=sle&country=SLE&country=civ', isKnown).filters.country).toEqual(['SLE', 'CIV']);
  });

  it('cuts long text and ignores very long values, keeping at most VALUES_MAX per filter', () => {
    const long = 'a'.repeat(QUERY_MAX + 50);
    expect(parseState(`q=${long}`).q).toHaveLength(QUERY_MAX);
    expect(normalizeValue('theme', 'x'.repeat(500))).toBeUndefined();
    const many = Array.from({ length: 23 }, (_, i) => `objective=${i + 1}`).join('&') + '&' + Array.from({ length: 40 }, (_, i) => `theme=t${i}`).join('&');
    const state = parseState(many);
    expect(state.filters.objective).toHaveLength(23);
    expect(state.filters.theme).toHaveLength(VALUES_MAX);
  });

  it('cleans control characters and spaces from the text, and joins repeated q', () => {
    expect(cleanQuery('  diaspora\u0000\n  bonds  ')).toBe('diaspora bonds');
    expect(parseState('q=diaspora&q=bonds').q).toBe('diaspora bonds');
  });

  it('never throws on odd input', () => {
    for (const input of ['%', '?q=%E0%A4%A', '&&&=', '?objective', '?sort=<script>', '?__proto__=1&constructor=2']) {
      expect(() => parseState(input, isKnown)).not.toThrow();
    }
    expect(parseState('?sort=<script>').sort).toBe('relevance');
  });
});

describe('search state: writing the URL', () => {
  const state = (over: Omit<Partial<SearchState>, 'filters'> & { filters?: Partial<SearchState['filters']> }): SearchState => {
    const base = emptyState();
    return { ...base, ...over, filters: { ...base.filters, ...over.filters } };
  };

  it('writes q, then filters in the contract order, repeated for several values', () => {
    const s = state({ q: 'diaspora bonds', filters: { status: ['ongoing'], objective: ['5', '6'], region: ['africa'] } });
    expect(serializeState(s)).toBe('q=diaspora+bonds&objective=5&objective=6&region=africa&status=ongoing');
  });

  it('writes sort only when it differs from the default for the text', () => {
    expect(serializeState(state({ q: 'x', sort: 'relevance' }))).toBe('q=x');
    expect(serializeState(state({ q: 'x', sort: 'newest' }))).toBe('q=x&sort=newest');
    expect(serializeState(state({ filters: { region: ['africa'] }, sort: 'newest' }))).toBe('region=africa');
    expect(serializeState(state({ filters: { region: ['africa'] }, sort: 'relevance' }))).toBe('region=africa');
    expect(serializeState(state({ filters: { region: ['africa'] }, sort: 'title' }))).toBe('region=africa&sort=title');
  });

  it('round-trips', () => {
    const urls = ['q=fair+recruitment&objective=5&objective=6&region=africa', 'country=SLE&theme=diaspora&sort=title', 'q=x&sort=newest', ''];
    for (const url of urls) expect(serializeState(parseState(url, isKnown))).toBe(url);
    const s = state({ q: 'a & b', filters: { sdg: ['10.7'], principle: ['whole-of-government'] }, sort: 'title' });
    expect(sameState(parseState(serializeState(s), isKnown), s)).toBe(true);
  });
});

describe('search state: helpers', () => {
  it('uses the filter names of the index, in the same order', () => {
    expect(FILTER_NAMES).toEqual(INDEX_FILTER_NAMES);
  });

  it('ranks by relevance only with text', () => {
    expect(effectiveSort({ q: '', sort: 'relevance' })).toBe('newest');
    expect(effectiveSort({ q: 'x', sort: 'relevance' })).toBe('relevance');
    expect(effectiveSort({ q: '', sort: 'title' })).toBe('title');
  });

  it('knows when there is something to search', () => {
    expect(isActive(emptyState())).toBe(false);
    expect(isActive(parseState('q=x'))).toBe(true);
    expect(isActive(parseState('status=ongoing'))).toBe(true);
    expect(mayCarrySearch('?utm_source=x')).toBe(false);
    expect(mayCarrySearch('?q=%20')).toBe(false);
    expect(mayCarrySearch('?region=africa')).toBe(true);
  });

  it('toggles and clears values without changing the original', () => {
    const s = parseState('region=africa', isKnown);
    const added = toggleValue(s, 'region', 'western-africa', true);
    expect(added.filters.region).toEqual(['africa', 'western-africa']);
    expect(s.filters.region).toEqual(['africa']);
    expect(toggleValue(added, 'region', 'africa', true).filters.region).toEqual(['africa', 'western-africa']);
    expect(toggleValue(added, 'region', 'africa', false).filters.region).toEqual(['western-africa']);
    expect(clearFilter(added, 'region').filters.region).toEqual([]);
  });
});
