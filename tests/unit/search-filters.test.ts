import { describe, expect, it } from 'vitest';
import { countQueries, facetCounts, pagefindFilters } from '../../src/search/facet-queries.ts';
import { narrowestFilter, removals } from '../../src/search/narrowest-filter.ts';
import { parseState } from '../../src/search/search-state.ts';

describe('Pagefind filters', () => {
  it('ORs values of one filter and ANDs filters', () => {
    const { filters } = parseState('objective=5&objective=6&region=africa');
    expect(pagefindFilters(filters)).toEqual({ objective: { any: ['5', '6'] }, region: { any: ['africa'] } });
    expect(pagefindFilters(filters, 'objective')).toEqual({ region: { any: ['africa'] } });
    expect(pagefindFilters(parseState('').filters)).toEqual({});
  });

  it('runs one search with every filter, then one per chosen filter without it', () => {
    const { filters } = parseState('objective=5&region=africa&status=ongoing');
    expect(countQueries(filters)).toEqual([
      { facet: null, filters: { objective: { any: ['5'] }, region: { any: ['africa'] }, status: { any: ['ongoing'] } } },
      { facet: 'objective', filters: { region: { any: ['africa'] }, status: { any: ['ongoing'] } } },
      { facet: 'region', filters: { objective: { any: ['5'] }, status: { any: ['ongoing'] } } },
      { facet: 'status', filters: { objective: { any: ['5'] }, region: { any: ['africa'] } } },
    ]);
    expect(countQueries(parseState('q=x').filters)).toEqual([{ facet: null, filters: {} }]);
  });

  it('takes a chosen filter’s counts from the search without it, the others from the main one', () => {
    const queries = countQueries(parseState('objective=5&region=africa').filters);
    const counts = facetCounts(queries, [
      { objective: { '5': 2, '6': 0 }, region: { africa: 2, europe: 0 }, theme: { diaspora: 1 } },
      { objective: { '5': 2, '6': 3 }, region: { africa: 9 } },
      { objective: { '5': 9 }, region: { africa: 2, europe: 4 } },
    ]);
    expect(counts.objective).toEqual({ '5': 2, '6': 3 });
    expect(counts.region).toEqual({ africa: 2, europe: 4 });
    expect(counts.theme).toEqual({ diaspora: 1 });
    expect(counts.sdg).toEqual({});
  });

  it('survives missing responses', () => {
    const queries = countQueries(parseState('region=africa').filters);
    expect(facetCounts(queries, [undefined, undefined]).region).toEqual({});
  });
});

describe('the narrowest filter', () => {
  it('is the one whose removal brings back the most practices', () => {
    const state = parseState('objective=5&objective=6&region=africa&status=planned');
    const queries = countQueries(state.filters);
    const found = removals(state.filters, queries, [0, 1, 4, 2]);
    expect(found).toEqual([
      { name: 'objective', values: ['5', '6'], count: 1 },
      { name: 'region', values: ['africa'], count: 4 },
      { name: 'status', values: ['planned'], count: 2 },
    ]);
    expect(narrowestFilter(found)).toEqual({ name: 'region', values: ['africa'], count: 4 });
  });

  it('breaks ties by fewer values, then by the contract’s order', () => {
    expect(
      narrowestFilter([
        { name: 'objective', values: ['5', '6'], count: 3 },
        { name: 'theme', values: ['diaspora'], count: 3 },
        { name: 'region', values: ['africa'], count: 3 },
      ]),
    ).toEqual({ name: 'region', values: ['africa'], count: 3 });
  });

  it('is none when no single removal brings anything back', () => {
    expect(narrowestFilter([{ name: 'region', values: ['africa'], count: 0 }])).toBeUndefined();
    expect(narrowestFilter([])).toBeUndefined();
  });
});
