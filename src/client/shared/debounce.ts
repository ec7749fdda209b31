/**
 * How long typing must pause before what was typed is searched or previewed:
 * the search box, the embed's search box and the embed builder's preview.
 * 300 ms is Pagefind's Default UI's own pause (`debounceTimeoutMs`), so the
 * Atlas answers a typist no later than the UI it is measured against, and it
 * is longer than the gap between keystrokes of most typists, so a word is
 * searched once, not letter by letter. (The word chunks of what is typed are
 * fetched on every keystroke meanwhile: the pause costs no network time.)
 */
export const TYPING_PAUSE = 300;

export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  /** Forgets a pending call. */
  cancel(): void;
}

/** `fn` called once typing has paused for `TYPING_PAUSE`, with the last arguments. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, wait = TYPING_PAUSE): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const debounced = (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), wait);
  };
  debounced.cancel = () => clearTimeout(timer);
  return debounced;
}
