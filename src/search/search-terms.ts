import type { Lang } from '../i18n/locales.ts';

/**
 * The words of a language that carry no meaning alone (`de`, `la`, `des`,
 * `the`): the `stopword` package's lists (src/search/stop-words/), loaded on
 * demand, one small chunk per language, so /search/ weighs nothing more
 * before a reader types.
 */
export function stopWords(lang: Lang): Promise<readonly string[]> {
  return import(`./stop-words/${lang}.ts`).then((m: { words: readonly string[] }) => m.words);
}

/**
 * The text Pagefind searches for a query: without the words that carry no
 * meaning alone, so "trata de personas" finds practices about trafficking,
 * not every practice with "de" and "personas". A quoted phrase is kept whole
 * ("de" is part of it). A query of such words only gives an empty string:
 * they never make a result by themselves.
 */
export function meaningfulQuery(q: string, stop: readonly string[]): string {
  const words = new Set(stop);
  const parts = q.match(/"[^"]*"?|[^\s"]+/g) ?? [];
  return parts
    .filter((part) => part.startsWith('"') || !words.has(part.toLocaleLowerCase()))
    .join(' ')
    .trim();
}
