import { en, type Dictionary, type UiKey } from './en.ts';
import { fr } from './fr.ts';
import { es } from './es.ts';
import { typeset } from './typography.ts';

import type { Lang } from './locales.ts';

export { LANGS, type Lang } from './locales.ts';

/**
 * Each language's name in that language, for the language switcher and the
 * alternates: a reader looks for "Français", not for "French" (or "Francés").
 */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', fr: 'Français', es: 'Español' };

const dictionaries: Record<Lang, Dictionary> = { en, fr, es };

export type Translate = (key: UiKey, params?: Record<string, string | number>) => string;

/**
 * The interface strings of one language, with `{name}` placeholders filled in
 * (numbers formatted for the language). A missing string is an error, never
 * English in its place.
 */
export function useTranslations(lang: Lang): Translate {
  const dict = dictionaries[lang];
  const number = numberFormat(lang);
  return (key, params) => {
    const raw = dict[key];
    if (raw === undefined) throw new Error(`src/i18n/${lang}.ts has no string "${key}"; add it (src/i18n/en.ts has the English).`);
    const template = typeset(lang, raw);
    return params
      ? template.replace(/\{(\w+)\}/g, (_, name: string) => {
          const value = params[name];
          return value === undefined ? `{${name}}` : typeof value === 'number' ? number.format(value) : value;
        })
      : template;
  };
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();
const pluralRules = new Map<Lang, Intl.PluralRules>();

/** "1,234" / "1 234" / "1234": one formatter per language, reused. */
export function numberFormat(lang: Lang): Intl.NumberFormat {
  let f = numberFormats.get(lang);
  if (!f) numberFormats.set(lang, (f = new Intl.NumberFormat(lang)));
  return f;
}

/** The plural category of a count in a language (`one`, `many`, `other`...). */
export function pluralOf(lang: Lang, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(count);
}

/** "1 practice", "12 practices", "1 234 pratiques", "No practices yet". */
export function countPractices(t: Translate, count: number, lang: Lang = 'en'): string {
  if (count === 0) return t('count.none');
  return pluralOf(lang, count) === 'one' ? t('count.practice') : t('count.practices', { count });
}

const collators = new Map<Lang, Intl.Collator>();
const listFormats = new Map<Lang, Intl.ListFormat>();

/** The language's alphabetical order ("Émirats" with "E", "Ñ" after "N" in Spanish). */
export function collator(lang: Lang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) collators.set(lang, (c = new Intl.Collator(lang, { sensitivity: 'base', numeric: true })));
  return c;
}

/** "Belgium, France and Lithuania", "Belgique, France et Lituanie", "Bélgica, Francia y Lituania". */
export function listFormat(lang: Lang): Intl.ListFormat {
  let f = listFormats.get(lang);
  if (!f) listFormats.set(lang, (f = new Intl.ListFormat(lang, { type: 'conjunction' })));
  return f;
}

export type { UiKey };
