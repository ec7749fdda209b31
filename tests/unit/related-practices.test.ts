/**
 * Related practices at scale: the early-stopping search gives exactly what
 * scoring every candidate gives, and its work does not grow with the square
 * of the catalogue.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, type CatalogPractice, type PracticeFields } from '../../src/catalogue/build-catalog.ts';
import { loadVocabularies } from '../../src/catalogue/load-vocabularies.ts';
import { RELATED_WINDOW, relatedPractices } from '../../src/catalogue/related-practices.ts';

const vocab = loadVocabularies();
const THEMES = [...vocab.themes.keys()];

/** A small deterministic generator, skewed so that some objectives and themes are very common. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function catalogOf(count: number, seed: number) {
  const r = random(seed);
  const skewed = (n: number) => Math.floor(Math.pow(r(), 2.5) * n);
  const entries: { slug: string; data: PracticeFields }[] = [];
  for (let i = 0; i < count; i++) {
    const objectives = [...new Set(Array.from({ length: 1 + Math.floor(r() * 3) }, () => 1 + skewed(23)))];
    const themes = [...new Set(Array.from({ length: 1 + Math.floor(r() * 3) }, () => THEMES[skewed(THEMES.length)]!))];
    const language = r() < 0.8 ? 'en' : r() < 0.5 ? 'fr' : 'es';
    const translationOf = language !== 'en' && i > 0 && r() < 0.5 ? `p${Math.floor(r() * i)}` : undefined;
    entries.push({
      slug: `p${i}`,
      data: {
        title: `Practice ${i % 97}`,
        summary: 'x',
        gcmObjectives: objectives,
        themes,
        status: 'ongoing',
        period: { start: '2020' },
        publishedAt: `20${10 + Math.floor(r() * 15)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`,
        language,
        ...(translationOf ? { translationOf } : {}),
        draft: false,
      },
    });
  }
  return buildCatalog(entries, vocab);
}

/** The definition, by brute force: the candidates of every list, each scored, sorted. */
function naive(practice: CatalogPractice, practices: CatalogPractice[], translations: CatalogPractice[], limit = 3) {
  const same = practices.filter((p) => p.data.language === practice.data.language);
  const candidates = new Set<CatalogPractice>();
  const window = (list: CatalogPractice[]) => list.slice(0, RELATED_WINDOW).forEach((p) => candidates.add(p));
  for (const n of practice.data.gcmObjectives) window(same.filter((p) => p.data.gcmObjectives.includes(n)));
  for (const t of practice.data.themes) window(same.filter((p) => p.data.themes.includes(t)));
  const scored: [CatalogPractice, number, number][] = [];
  practices.forEach((other, position) => {
    if (other === practice || translations.includes(other) || !candidates.has(other)) return;
    let s = other.primaryObjective === practice.primaryObjective ? 1 : 0;
    for (const n of other.data.gcmObjectives) if (practice.data.gcmObjectives.includes(n)) s += 2;
    for (const t of other.data.themes) if (practice.data.themes.includes(t)) s += 1;
    scored.push([other, s, position]);
  });
  return scored.sort((a, b) => b[1] - a[1] || a[2] - b[2]).slice(0, limit).map(([p]) => p.slug);
}

describe('related practices', () => {
  it('match scoring every practice, for every practice of a skewed catalogue', () => {
    for (const [count, seed] of [[40, 1], [600, 2], [1500, 3]] as const) {
      const catalog = catalogOf(count, seed);
      for (const p of catalog.practices) {
        const expected = naive(p, catalog.practices, catalog.translations.get(p.slug) ?? []);
        expect(relatedPractices(p, catalog).map((o) => o.slug), p.slug).toEqual(expected);
      }
    }
  });

  it('honours the limit', () => {
    const catalog = catalogOf(300, 4);
    const p = catalog.practices[0]!;
    expect(relatedPractices(p, catalog, 5).map((o) => o.slug)).toEqual(naive(p, catalog.practices, catalog.translations.get(p.slug) ?? [], 5));
    expect(relatedPractices(p, catalog, 0)).toEqual([]);
  });
});
