import { describe, expect, it } from 'vitest';
import { narrowestFilter } from '../../src/lib/narrowest-filter.ts';

describe('the narrowest filter', () => {
  it('is the one whose removal brings back the most practices', () => {
    const found = [
      { name: 'objective', values: ['5', '6'], count: 1 },
      { name: 'region', values: ['africa'], count: 4 },
      { name: 'status', values: ['planned'], count: 2 },
    ] as const;
    expect(narrowestFilter(found.map((r) => ({ ...r, values: [...r.values] })))).toEqual({ name: 'region', values: ['africa'], count: 4 });
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
