import { encodeSet } from './doc-set.ts';
import { FILTER_NAMES, type FilterName } from './search-record.ts';
import { searchTokens, shardKey, type Stem } from './search-tokens.ts';

/**
 * The Atlas search index of one language: small static files that let the
 * search page show first results after fetching only the words typed, the
 * filters chosen and the cards shown (a few tens of KB at 10,000 practices),
 * instead of a whole engine. Pagefind's index is still built for partners.
 *
 * Practices are numbered in the order given (newest first), so "newest" is
 * the natural order and needs no data.
 */
export interface IndexDoc {
  slug: string;
  /** Page URL, base path included. */
  url: string;
  title: string;
  summary: string;
  /** Labels of its tags (objectives, themes, places) and organisations. */
  labels: string[];
  /** The body as plain text. */
  body: string;
  filters: Record<FilterName, string[]>;
  card: Omit<IndexCard, 'u' | 't' | 's'>;
}

/** What a result card shows, with one-letter keys: thousands are fetched. */
export interface IndexCard {
  u: string;
  t: string;
  s: string;
  /** Primary objective. */
  o: string;
  /** Country ids and region ids, space-separated. */
  c: string;
  r: string;
  /** Years, "2019–2021". */
  y: string;
  st: string;
  /** Where, in words in the practice's language ("Sierra Leone, Côte d’Ivoire"); empty for global ones. */
  p: string;
}

/** A file of words: each word's practices by how strongly it appears, strongest first. */
export type TermShard = Record<string, string[]>;

/**
 * Where a word appears in a practice, strongest first: the title, the
 * summary, the tags or often (three times or more) in the body, once or
 * twice in the body.
 */
export const LEVELS = 4;
export const CARDS_PER_FILE = 16;

export interface SearchIndex {
  size: number;
  /** Shard keys that have a file: the page asks for no file that is absent. */
  shards: string[];
  /** Path under the index folder → JSON text; `manifest.json` holds `size` and `shards`. */
  files: Map<string, string>;
}

/** Markdown and MDX to words: markup, link targets, tags and expressions dropped. */
export function markdownText(source: string): string {
  return source
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/https?:\/\/\S+/g, ' ');
}

export function buildSearchIndex(docs: readonly IndexDoc[], { stem, lang }: { stem: Stem; lang: string }): SearchIndex {
  const size = docs.length;
  // term → level → doc ids (ascending, since docs are visited in order)
  const postings = new Map<string, number[][]>();
  docs.forEach((doc, id) => {
    // Strength of each word: 3 title, 2 summary, 1 tags or often in the body, 0 the body.
    const strength = new Map<string, number>();
    const raise = (term: string, s: number) => {
      if ((strength.get(term) ?? -1) < s) strength.set(term, s);
    };
    const bodyCount = new Map<string, number>();
    for (const term of searchTokens(doc.body, stem)) bodyCount.set(term, (bodyCount.get(term) ?? 0) + 1);
    for (const [term, n] of bodyCount) raise(term, n >= 3 ? 1 : 0);
    for (const term of searchTokens(doc.labels.join(' \n '), stem)) raise(term, 1);
    for (const term of searchTokens(doc.summary, stem)) raise(term, 2);
    for (const term of searchTokens(doc.title, stem)) raise(term, 3);
    for (const [term, s] of strength) {
      let lists = postings.get(term);
      if (!lists) postings.set(term, (lists = Array.from({ length: LEVELS }, () => [])));
      // Stored strongest first.
      lists[LEVELS - 1 - s]!.push(id);
    }
  });

  const files = new Map<string, string>();
  const shards = new Map<string, TermShard>();
  for (const term of [...postings.keys()].sort()) {
    const key = shardKey(term);
    let shard = shards.get(key);
    if (!shard) shards.set(key, (shard = {}));
    const lists = postings.get(term)!.map((ids) => encodeSet(ids, size));
    while (lists.length > 0 && lists.at(-1) === '') lists.pop();
    shard[term] = lists;
  }
  for (const [key, shard] of shards) files.set(`t/${key}.json`, JSON.stringify(shard));

  for (const name of FILTER_NAMES) {
    const byValue = new Map<string, number[]>();
    docs.forEach((doc, id) => {
      for (const value of new Set(doc.filters[name])) {
        let ids = byValue.get(value);
        if (!ids) byValue.set(value, (ids = []));
        ids.push(id);
      }
    });
    const sets = Object.fromEntries([...byValue].sort(([a], [b]) => (a < b ? -1 : 1)).map(([v, ids]) => [v, encodeSet(ids, size)]));
    files.set(`f/${name}.json`, JSON.stringify(sets));
  }

  for (let start = 0; start < size; start += CARDS_PER_FILE) {
    const cards: IndexCard[] = docs.slice(start, start + CARDS_PER_FILE).map((d) => ({ u: d.url, t: d.title, s: d.summary, ...d.card }));
    files.set(`c/${start / CARDS_PER_FILE}.json`, JSON.stringify(cards));
  }

  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const byTitle = docs.map((_, id) => id).sort((a, b) => collator.compare(docs[a]!.title, docs[b]!.title) || a - b);
  files.set('title.json', JSON.stringify(byTitle));
  files.set('slugs.json', JSON.stringify(docs.map((d) => d.slug)));

  const keys = [...shards.keys()].sort();
  files.set('manifest.json', JSON.stringify({ size, shards: keys }));
  return { size, shards: keys, files };
}
