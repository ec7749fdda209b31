import { eng, fra, removeStopwords, spa } from 'stopword';
import type { Lang } from '../i18n/locales.ts';

/** Words that carry no meaning alone (`de`, `la`, `des`, `the`), by language: the `stopword` package's lists. */
const STOP_WORDS: Record<Lang, readonly string[]> = { en: eng, fr: fra, es: spa };

/**
 * The text Pagefind searches for a query typed in a language: without the
 * words that carry no meaning alone, so "trata de personas" finds practices
 * about trafficking, not every practice with "de" and "personas". A quoted
 * phrase is kept whole ("de" is part of it). A query of such words only gives
 * an empty string: they never make a result by themselves.
 */
export function meaningfulQuery(q: string, lang: Lang): string {
  const parts = q.match(/"[^"]*"?|[^\s"]+/g) ?? [];
  const stop = STOP_WORDS[lang];
  const kept = parts.filter((part) => part.startsWith('"') || removeStopwords([part.toLowerCase()], [...stop]).length > 0);
  return kept.join(' ').trim();
}
