/**
 * How much a match counts, by where it is, as Pagefind's `ranking.metaWeights`:
 * the title above the summary, the summary above the tags (vocabulary labels,
 * places and organisations), and all three above the body, which Pagefind
 * ranks by BM25 on its own. The search page and the embed pass these to
 * Pagefind; partners merging the index can pass the same.
 */
export const META_WEIGHTS = { title: 10, summary: 4, tags: 2 } as const;
