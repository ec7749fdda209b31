import { en, type Dictionary, type UiKey } from './en.ts';
import { fr } from './fr.ts';
import { es } from './es.ts';

export type Lang = 'en' | 'fr' | 'es';
export const LANGS: readonly Lang[] = ['en', 'fr', 'es'];

const dictionaries: Record<Lang, Dictionary> = { en, fr, es };

export type Translate = (key: UiKey, params?: Record<string, string | number>) => string;

/** The interface strings of one language, with `{name}` placeholders filled in. */
export function useTranslations(lang: Lang): Translate {
  const dict = dictionaries[lang];
  return (key, params) => {
    const template = dict[key] ?? en[key];
    return params
      ? template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`))
      : template;
  };
}

/** "1 practice", "12 practices", "No practices yet". */
export function countPractices(t: Translate, count: number): string {
  if (count === 0) return t('count.none');
  if (count === 1) return t('count.practice');
  return t('count.practices', { count });
}

export type { UiKey };
