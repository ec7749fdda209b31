/**
 * The text Pagefind searches for a query: without the words that carry no
 * meaning alone, so "trata de personas" finds practices about trafficking,
 * not every practice with "de" and "personas". A quoted phrase is kept whole
 * ("de" is part of it). A query of such words only gives an empty string:
 * they never make a result by themselves. `stop`: the language's words
 * (src/search/stop-words.ts).
 */
export function meaningfulQuery(q: string, stop: readonly string[]): string {
  const words = new Set(stop);
  const parts = q.match(/"[^"]*"?|[^\s"]+/g) ?? [];
  return parts
    .filter((part) => part.startsWith('"') || !words.has(part.toLocaleLowerCase()))
    .join(' ')
    .trim();
}
