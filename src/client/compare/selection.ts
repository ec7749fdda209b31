/**
 * The practices chosen for comparison: the `practice` parameters of the
 * compare page's URL, in order. Untrusted: only slugs are kept, each once,
 * and at most MAX_COMPARED.
 */
export const MAX_COMPARED = 4;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface Selection {
  slugs: string[];
  /** More were given than can be compared (the first four are kept). */
  cut: boolean;
}

export function readSelection(search: string): Selection {
  const all = [...new Set(new URLSearchParams(search).getAll('practice').map((s) => s.trim()).filter((s) => s.length <= 120 && SLUG.test(s)))];
  return { slugs: all.slice(0, MAX_COMPARED), cut: all.length > MAX_COMPARED };
}

/**
 * "Add to comparison" on a card or a block page links to the compare page
 * with that one practice: pages without search ship no script, so the page
 * itself adds it to the reader's previous selection (kept for the tab in
 * sessionStorage) and writes the result back into its URL, which stays the
 * one shareable state. A URL with two or more practices is taken as it is.
 */
export function withPrevious(selection: Selection, previous: readonly string[]): Selection {
  if (selection.slugs.length !== 1) return selection;
  const added = selection.slugs[0]!;
  const kept = previous.filter((s) => s !== added && SLUG.test(s));
  return { slugs: [...kept, added].slice(-MAX_COMPARED), cut: selection.cut };
}

/** The compare page's query for a selection. */
export function selectionQuery(slugs: readonly string[]): string {
  return new URLSearchParams(slugs.map((s) => ['practice', s])).toString();
}
