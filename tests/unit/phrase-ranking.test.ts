import { describe, expect, it } from 'vitest';
import { inRankedOrder, isQuotedPhrase, phraseFirst, phraseOf, unquoted } from '../../src/search/phrase-ranking.ts';

const ids = (items: { id: string }[]) => items.map((i) => i.id);
const results = (...names: string[]) => names.map((id) => ({ id }));

describe('phrases in the ranking', () => {
  it('reads a query wholly in quotes as a phrase, as Pagefind does, and its words without the quotes', () => {
    expect(isQuotedPhrase('"social security"')).toBe(true);
    expect(isQuotedPhrase('  "social security" ')).toBe(true);
    expect(isQuotedPhrase('"social security" caribbean')).toBe(false);
    expect(isQuotedPhrase('social security')).toBe(false);
    expect(isQuotedPhrase('""')).toBe(false);
    expect(unquoted(' "social  security" ')).toBe('social security');
  });

  it('leads a query of several words without quotes by the same words as a phrase, stop words kept', () => {
    expect(phraseOf('labour mobility')).toBe('"labour mobility"');
    expect(phraseOf('  alternatives to   detention ')).toBe('"alternatives to detention"');
    expect(phraseOf('mobility')).toBeUndefined();
    expect(phraseOf('"labour mobility" pacific')).toBeUndefined();
    expect(phraseOf('   ')).toBeUndefined();
  });

  it('orders the pages of a phrase search as the ranked search of its words does; others keep their order, after', () => {
    const found = results('body-once', 'org-name', 'in-title', 'not-ranked', 'in-summary');
    expect(ids(inRankedOrder(found, ['in-title', 'in-summary', 'other', 'body-once', 'org-name']))).toEqual(['in-title', 'in-summary', 'body-once', 'org-name', 'not-ranked']);
    expect(ids(inRankedOrder(found, []))).toEqual(ids(found));
  });

  it('puts the results holding the phrase first, each part in its ranked order', () => {
    const ranked = results('mobile-teams', 'palm', 'mobilisers', 'solomon');
    expect(ids(phraseFirst(ranked, new Set(['solomon', 'palm', 'absent'])))).toEqual(['palm', 'solomon', 'mobile-teams', 'mobilisers']);
    expect(ids(phraseFirst(ranked, new Set()))).toEqual(ids(ranked));
  });
});
