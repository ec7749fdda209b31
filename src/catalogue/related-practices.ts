import type { Catalog, CatalogPractice, PracticeFields } from './build-catalog.ts';

/** Points of a shared GCM objective, of the same primary objective (on top), of a shared theme. */
const OBJECTIVE = 2;
const PRIMARY = 1;
const THEME = 1;
/**
 * How many practices of each list are candidates: the newest ones. Beyond a
 * few hundred, lists hold thousands of practices that share only a popular
 * objective or theme, and reading them all for every page would make the
 * build grow with the square of the catalogue.
 */
export const RELATED_WINDOW = 250;

/**
 * Everything the search needs, built once per catalogue: practices by
 * position (catalogue order, newest first), their objectives and themes as
 * bit sets (so a score is a few machine operations), and same-language lists
 * of positions for each objective, primary objective and theme.
 */
interface RelatedIndex {
  practices: CatalogPractice[];
  position: Map<CatalogPractice, number>;
  objectiveBits: Map<number, number>;
  themeBits: Map<string, number>;
  objectiveWords: number;
  themeWords: number;
  objectives: Uint32Array;
  themes: Uint32Array;
  primary: Float64Array;
  byLanguage: Map<string, { byObjective: Map<number, number[]>; byPrimary: Map<number, number[]>; byTheme: Map<string, number[]> }>;
  /** Marks of practices already scored, by position: a fresh mark per search, no clearing. */
  seen: Uint32Array;
  mark: number;
}

const indexes = new WeakMap<object, RelatedIndex>();

function bitsOf<K>(keys: Iterable<K>, bits: Map<K, number>): void {
  for (const key of keys) if (!bits.has(key)) bits.set(key, bits.size);
}

function setBits<K>(target: Uint32Array, offset: number, keys: readonly K[], bits: Map<K, number>): void {
  for (const key of keys) {
    const bit = bits.get(key)!;
    target[offset + (bit >>> 5)]! |= 1 << (bit & 31);
  }
}

function popcount(n: number): number {
  n -= (n >>> 1) & 0x55555555;
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function indexOf(catalog: Catalog<PracticeFields>): RelatedIndex {
  const cached = indexes.get(catalog);
  if (cached) return cached;
  const practices = catalog.practices;
  const objectiveBits = new Map<number, number>();
  const themeBits = new Map<string, number>();
  for (const p of practices) {
    bitsOf(p.data.gcmObjectives, objectiveBits);
    bitsOf(p.data.themes, themeBits);
  }
  const objectiveWords = Math.max(1, Math.ceil(objectiveBits.size / 32));
  const themeWords = Math.max(1, Math.ceil(themeBits.size / 32));
  const index: RelatedIndex = {
    practices,
    position: new Map(),
    objectiveBits,
    themeBits,
    objectiveWords,
    themeWords,
    objectives: new Uint32Array(practices.length * objectiveWords),
    themes: new Uint32Array(practices.length * themeWords),
    primary: new Float64Array(practices.length),
    byLanguage: new Map(),
    seen: new Uint32Array(practices.length),
    mark: 0,
  };
  const push = <K,>(map: Map<K, number[]>, key: K, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  practices.forEach((p, i) => {
    index.position.set(p, i);
    setBits(index.objectives, i * objectiveWords, p.data.gcmObjectives, objectiveBits);
    setBits(index.themes, i * themeWords, p.data.themes, themeBits);
    index.primary[i] = p.primaryObjective;
    let lists = index.byLanguage.get(p.data.language);
    if (!lists) index.byLanguage.set(p.data.language, (lists = { byObjective: new Map(), byPrimary: new Map(), byTheme: new Map() }));
    for (const n of p.data.gcmObjectives) push(lists.byObjective, n, i);
    push(lists.byPrimary, p.primaryObjective, i);
    for (const t of p.data.themes) push(lists.byTheme, t, i);
  });
  indexes.set(catalog, index);
  return index;
}

/** The score of the practice at `other` for the one at `self`. */
function score(index: RelatedIndex, self: number, other: number): number {
  let s = index.primary[other] === index.primary[self] ? PRIMARY : 0;
  for (let w = 0, a = self * index.objectiveWords, b = other * index.objectiveWords; w < index.objectiveWords; w++) {
    s += OBJECTIVE * popcount(index.objectives[a + w]! & index.objectives[b + w]!);
  }
  for (let w = 0, a = self * index.themeWords, b = other * index.themeWords; w < index.themeWords; w++) {
    s += THEME * popcount(index.themes[a + w]! & index.themes[b + w]!);
  }
  return s;
}

/**
 * Practices most like this one: two points per shared GCM objective (three
 * for the same primary objective), one per shared theme; ties go to the
 * newer practice. Candidates are the practices in the same language, other
 * than this one and its translations, among the newest `RELATED_WINDOW` of
 * each of its objectives (as any objective, and as primary) and themes. A
 * practice sharing a rarer objective or theme is always a candidate; one
 * sharing only popular ones competes with the newest of them.
 *
 * The work per practice does not grow with the catalogue: at most
 * `RELATED_WINDOW` entries of a few lists, usually far fewer. The lists are
 * read shortest first, each in catalogue order; each has a weight, and a
 * practice not met in the lists read so far scores at most the weights of
 * the lists still unread, so reading stops as soon as no unread practice can
 * enter the top `limit`. The result is the same as scoring every candidate.
 */
export function relatedPractices<D extends PracticeFields>(
  practice: CatalogPractice<D>,
  catalog: Catalog<D>,
  limit = 3,
): CatalogPractice<D>[] {
  const index = indexOf(catalog as unknown as Catalog<PracticeFields>);
  const self = index.position.get(practice);
  const lists = index.byLanguage.get(practice.data.language);
  if (self === undefined || !lists || limit < 1) return [];
  const sources = [
    ...[...new Set(practice.data.gcmObjectives)].map((n) => ({ list: lists.byObjective.get(n) ?? [], weight: OBJECTIVE })),
    { list: lists.byPrimary.get(practice.primaryObjective) ?? [], weight: PRIMARY },
    ...[...new Set(practice.data.themes)].map((t) => ({ list: lists.byTheme.get(t) ?? [], weight: THEME })),
  ].sort((a, b) => a.list.length - b.list.length);

  // This practice and its translations are marked as seen, so never scored.
  const mark = (index.mark = (index.mark + 1) >>> 0 || 1);
  if (mark === 1) index.seen.fill(0);
  const seen = index.seen;
  seen[self] = mark;
  for (const t of catalog.translations.get(practice.slug) ?? []) {
    const at = index.position.get(t as unknown as CatalogPractice);
    if (at !== undefined) seen[at] = mark;
  }
  // The best so far, best first, as positions and scores.
  const top: number[] = [];
  const scores: number[] = [];
  let unread = sources.reduce((sum, s) => sum + s.weight, 0);

  for (const { list, weight } of sources) {
    // Nothing outside the lists read so far can score more than `unread`.
    if (top.length === limit && unread < scores[limit - 1]!) break;
    for (let i = 0, end = Math.min(list.length, RELATED_WINDOW); i < end; i++) {
      const pos = list[i]!;
      if (top.length === limit) {
        const last = scores[limit - 1]!;
        // Later entries of this list are older, and score at most `unread`.
        if (unread < last || (unread === last && pos > top[limit - 1]!)) break;
      }
      if (seen[pos] === mark) continue;
      seen[pos] = mark;
      const s = score(index, self, pos);
      // Ties go to the lower position: the newer practice.
      let at = top.length;
      while (at > 0 && (s > scores[at - 1]! || (s === scores[at - 1]! && pos < top[at - 1]!))) at--;
      if (at >= limit) continue;
      top.splice(at, 0, pos);
      scores.splice(at, 0, s);
      if (top.length > limit) {
        top.pop();
        scores.pop();
      }
    }
    unread -= weight;
  }
  return top.map((pos) => index.practices[pos] as CatalogPractice<D>);
}
