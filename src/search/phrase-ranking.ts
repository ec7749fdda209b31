/**
 * Phrases in the ranking, on top of Pagefind's own searches.
 *
 * Pagefind answers a query wholly in quotes with the pages that hold the
 * phrase, but scores them flat: every page holding it in its body scores 1,
 * a page holding it only in metadata scores that field's weight, whatever
 * else it holds. The title and summary are in the body too, so a practice
 * named after the phrase ranked no higher than one that mentions it once,
 * and below one whose tags (an organisation's name) hold it. So the pages of
 * a phrase search are put in the order Pagefind ranks the same words without
 * quotes: by BM25 and the metadata weights, title first.
 *
 * A query of several words without quotes is Pagefind's ranked search, led
 * by the pages that hold the words as typed, side by side: "labour mobility"
 * before a page on "mobile teams" that mentions labour elsewhere (the English
 * stemmer makes "mobility" and "mobile" one word, which no ranking weight can
 * part).
 */

/** How Pagefind reads a query: wholly in quotes, it is an exact phrase search. */
export function isQuotedPhrase(term: string): boolean {
  return /^\s*".+"\s*$/.test(term);
}

/** The words of a quoted phrase, without its quotes: the ranked search that orders its pages. */
export function unquoted(term: string): string {
  return term.replace(/"/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The phrase search that leads a query of several words without quotes: its
 * words as typed (stop words included, as they stand between the others in
 * the text), quoted; none for one word, or for a query with quotes of its own.
 */
export function phraseOf(q: string): string | undefined {
  if (q.includes('"')) return undefined;
  const words = q.trim().split(/\s+/).filter(Boolean);
  return words.length > 1 ? `"${words.join(' ')}"` : undefined;
}

/**
 * The pages of a phrase search (`found`) in the order of the ranked search
 * of the same words (`ranked`, ids best first); a page the ranked search
 * does not hold keeps its place after those it does.
 */
export function inRankedOrder<T extends { id: string }>(found: readonly T[], ranked: readonly string[]): T[] {
  const place = new Map(ranked.map((id, i) => [id, i]));
  return found
    .map((item, i) => ({ item, key: place.get(item.id) ?? ranked.length + i }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item);
}

/** The ranked results with those holding the phrase (`phrase`, their ids) first, each part in its ranked order. */
export function phraseFirst<T extends { id: string }>(ranked: readonly T[], phrase: ReadonlySet<string>): T[] {
  return [...ranked.filter((r) => phrase.has(r.id)), ...ranked.filter((r) => !phrase.has(r.id))];
}
