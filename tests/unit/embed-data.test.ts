import { describe, expect, it } from 'vitest';
import { matchesFilters } from '../../src/lib/match-filters.ts';

describe('matchesFilters', () => {
  const values = { objective: ['5', '23'], region: ['western-africa', 'africa'], status: ['ongoing'] };
  it('ORs values of one filter and ANDs filters', () => {
    expect(matchesFilters(values, {})).toBe(true);
    expect(matchesFilters(values, { objective: [] })).toBe(true);
    expect(matchesFilters(values, { objective: ['6', '23'] })).toBe(true);
    expect(matchesFilters(values, { objective: ['6'] })).toBe(false);
    expect(matchesFilters(values, { objective: ['23'], region: ['africa'] })).toBe(true);
    expect(matchesFilters(values, { objective: ['23'], region: ['asia'] })).toBe(false);
    expect(matchesFilters(values, { theme: ['skills'] })).toBe(false);
  });
});
