import { eng, fra, spa } from 'stopword';
import type { Lang } from '../i18n/locales.ts';

const WORDS: Record<Lang, readonly string[]> = { en: eng, fr: fra, es: spa };

/**
 * The words of a language that carry no meaning alone (`de`, `la`, `des`,
 * `the`): the `stopword` package's lists. The search page and the embed
 * fetch their language's list as data (`/search/stop-words.json`, written
 * from here) when a reader starts to search, so no script carries it and
 * /search/ weighs nothing more before a reader types.
 */
export function stopWords(lang: Lang): readonly string[] {
  return WORDS[lang];
}
