import { WORD, indexWord, type Stem } from './search-tokens.ts';

/** A run of text, marked when it is a word of the search. */
export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * A text cut into segments where the words of a search (as the index holds
 * them: stemmed, folded) are marked, matching the way search matched them:
 * a word of the text is marked when it begins with a word of the search.
 * The result is text only; the page shows it with DOM text nodes.
 */
export function highlightWords(text: string, words: readonly string[], stem: Stem): Segment[] {
  const segments: Segment[] = [];
  const push = (part: string, mark: boolean) => {
    if (!part) return;
    const last = segments.at(-1);
    if (last && last.mark === mark) last.text += part;
    else segments.push({ text: part, mark });
  };
  let at = 0;
  for (const match of text.matchAll(WORD)) {
    const form = indexWord(match[0], stem);
    if (!form || !words.some((w) => form.startsWith(w))) continue;
    push(text.slice(at, match.index), false);
    push(match[0], true);
    at = match.index + match[0].length;
  }
  push(text.slice(at), false);
  return segments;
}
