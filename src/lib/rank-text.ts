import { LEVELS, type TermShard } from './build-search-index.ts';
import { decodeSet, emptySet, members, setOf, type DocSet } from './doc-set.ts';

/**
 * Text matching over the Atlas search index. Each word of the query matches
 * the index's words that begin with it (so "traffick" finds "trafficking"
 * while it is being typed), every word must match (AND, as in Pagefind), and
 * practices are ranked by where the words appear, rarer words counting more.
 * Ties keep the index order: newest first.
 */

/** How strongly each practice has a word: 0 absent, then 1 body … 4 title. */
export function matchWord(shard: TermShard | undefined, word: string, size: number): Uint8Array {
  const strength = new Uint8Array(size);
  if (!shard || !word) return strength;
  for (const [term, lists] of Object.entries(shard)) {
    if (!term.startsWith(word)) continue;
    lists.forEach((encoded, i) => {
      const s = LEVELS - i;
      for (const id of members(decodeSet(encoded, size))) if (strength[id]! < s) strength[id] = s;
    });
  }
  return strength;
}

/** Weight of a word's strength: a title counts eight times a passing mention. */
const WEIGHT = [0, 1, 2, 4, 8] as const;

export interface TextMatches {
  /** Practices with every word, best first. */
  ranked: number[];
  set: DocSet;
}

export function rankText(words: readonly Uint8Array[], size: number): TextMatches {
  if (words.length === 0) return { ranked: [], set: emptySet(size) };
  const idf = words.map((w) => {
    let df = 0;
    for (let id = 0; id < size; id++) if (w[id]) df++;
    return Math.log(1 + size / Math.max(df, 1));
  });
  const scored: { id: number; score: number }[] = [];
  for (let id = 0; id < size; id++) {
    let score = 0;
    let all = true;
    for (let i = 0; i < words.length; i++) {
      const s = words[i]![id]!;
      if (!s) {
        all = false;
        break;
      }
      score += idf[i]! * WEIGHT[s as 1 | 2 | 3 | 4];
    }
    if (all) scored.push({ id, score });
  }
  scored.sort((a, b) => b.score - a.score || a.id - b.id);
  const ranked = scored.map((x) => x.id);
  return { ranked, set: setOf(ranked, size) };
}
