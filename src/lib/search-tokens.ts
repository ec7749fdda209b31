/**
 * Words as the Atlas search index holds them: lower case, stemmed in the
 * practice's language (so "migrants" finds "migrant"), then without accents
 * (so "integracion" finds "integración"). The build and the search page call
 * this same function, each with the stemmer of the language.
 */
export type Stem = (word: string) => string;

export const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const MARKS = /\p{M}/gu;
/** Longer "words" are ids, hashes or URLs run together: nobody searches for them. */
const MAX_WORD = 40;

export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(MARKS, '');
}

/** One word as the index holds it; empty for a word too long to be one. */
export function indexWord(word: string, stem: Stem): string {
  return word.length > MAX_WORD ? '' : foldAccents(stem(word.toLowerCase()));
}

export function searchTokens(text: string, stem: Stem): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = indexWord(match[0], stem);
    if (word) out.push(word);
  }
  return out;
}

/**
 * Which file of the index holds a word: words are grouped by their first two
 * letters, so a prefix of two letters or more is found in one file. The key
 * is spelled in base-36 code points, safe in any file name.
 */
export function shardKey(term: string): string {
  return [...term]
    .slice(0, 2)
    .map((c) => c.codePointAt(0)!.toString(36))
    .join('-');
}
