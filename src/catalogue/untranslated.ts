import { getCatalog, type Practice } from './catalog.ts';
import { LANGS, type Lang } from '../i18n/locales.ts';

/** A practice's original: the version the others translate. */
export function originalOf(practice: Practice, versions: readonly Practice[]): Practice {
  return [practice, ...versions].find((p) => p.data.translationOf === undefined) ?? practice;
}

/** The languages a practice has no version in (none of its versions is written in them). */
export function missingLanguages(practice: Practice, versions: readonly Practice[]): Lang[] {
  const have = new Set([practice, ...versions].map((p) => p.data.language));
  return LANGS.filter((l) => !have.has(l));
}

/**
 * `getStaticPaths` of `untranslated/[slug].astro` in one language: one short
 * page per practice (by its original's slug) that has no version in `lang`,
 * where the language switcher of its pages leads.
 */
export async function untranslatedPaths(lang: Lang) {
  const catalog = await getCatalog();
  return catalog.practices
    .filter((p) => p.data.translationOf === undefined && missingLanguages(p, catalog.translations.get(p.slug) ?? []).includes(lang))
    .map((p) => ({ params: { slug: p.slug }, props: { slug: p.slug } }));
}
