import type { Vocabularies } from '../catalogue/load-vocabularies.ts';
import { inLanguage } from './term-labels.ts';
import { collator, listFormat, useTranslations } from '../i18n/index.ts';
import type { Lang } from '../i18n/locales.ts';

/**
 * Where a practice took place, in a few words for cards, in the reader's
 * language: up to three country names in the language's order, joined as the
 * language joins a list ("Belgique, France et Lituanie"), then "and 5 more";
 * otherwise its named regions; empty for global ones.
 */
export function placeLabel(
  data: { countries?: string[] | undefined; regions?: string[] | undefined },
  vocab: Pick<Vocabularies, 'countries' | 'regions'>,
  lang: Lang = 'en',
): string {
  const countries = (data.countries ?? []).map((c) => vocab.countries.get(c)?.names[lang] ?? c).sort(collator(lang).compare);
  const regions = (data.regions ?? []).map((r) => {
    const region = vocab.regions.get(r);
    return region ? inLanguage(region, lang).name : r;
  });
  const names = [...countries, ...regions];
  if (names.length <= 3) return listFormat(lang).format(names);
  return listFormat(lang).format([...names.slice(0, 3), useTranslations(lang)('place.more', { count: names.length - 3 })]);
}
