/**
 * How much a match counts, by where it is, as Pagefind's `ranking.metaWeights`:
 * the title above the summary, the summary above the tags (vocabulary labels
 * and places), and all three above the body, which Pagefind ranks by BM25 on
 * its own. The organisations that implement, partner in or fund a practice
 * (`orgs`) count least: a ministry's name ("… and Social Security") says who
 * ran a practice, not what it is about, and the card shows no trace of it.
 * The search page and the embed pass these to Pagefind; partners merging the
 * index can pass the same.
 */
export const META_WEIGHTS = { title: 10, summary: 4, tags: 2, orgs: 0.5 } as const;

/**
 * Pagefind's ranking options (pagefind.app/docs/ranking): the metadata
 * weights, and Pagefind's defaults otherwise. Stemming joins "mobility" and
 * "mobile" into one indexed word, which no option can part; a query of
 * several words is led by the pages holding them as a phrase instead
 * (src/search/phrase-ranking.ts). A `termSimilarity` of 3 (default 1), tried
 * for "mobilisers", moved nothing in the top results: the metadata weights
 * outweigh it.
 */
export const RANKING = { metaWeights: META_WEIGHTS } as const;
