import type { Vocabularies } from './load-vocabularies.ts';
import { inLanguage } from './term-labels.ts';

/**
 * Where a practice took place, in a few words for cards: up to three country
 * names, then "+ N more"; otherwise its named regions; empty for global ones.
 */
export function placeLabel(
  data: { countries?: string[] | undefined; regions?: string[] | undefined },
  vocab: Pick<Vocabularies, 'countries' | 'regions'>,
  lang: 'en' | 'fr' | 'es' = 'en',
): string {
  const countries = (data.countries ?? []).map((c) => vocab.countries.get(c)?.names[lang] ?? c);
  const regions = (data.regions ?? []).map((r) => {
    const region = vocab.regions.get(r);
    return region ? inLanguage(region, lang).name : r;
  });
  const names = [...countries, ...regions];
  if (names.length <= 3) return names.join(', ');
  return `${names.slice(0, 3).join(', ')} + ${names.length - 3}`;
}
