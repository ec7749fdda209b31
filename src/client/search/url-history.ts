import { serializeState, type SearchState } from '../../search/search-state.ts';
import { keepQueryInLanguageLinks } from '../language-links.ts';

/**
 * The search page's URL is its state. Typing refines the current history
 * entry; a deliberate change (a filter, a chip, the sort, a submitted text)
 * is a step of its own that Back undoes.
 */
export class UrlHistory {
  /** The URL of the current history entry as last committed (not as typed). */
  private committed: string;

  constructor(initial: SearchState, canonicalise: boolean) {
    this.committed = this.current();
    // Unknown or malformed values are dropped from the address bar too.
    if (canonicalise && this.urlOf(initial) !== this.current()) {
      history.replaceState(null, '', this.urlOf(initial));
      this.committed = this.current();
    }
    keepQueryInLanguageLinks();
  }

  private urlOf(state: SearchState): string {
    const qs = serializeState(state);
    return location.pathname + (qs ? `?${qs}` : '');
  }

  private current(): string {
    return location.pathname + location.search;
  }

  replace(state: SearchState): void {
    if (this.urlOf(state) !== this.current()) history.replaceState(null, '', this.urlOf(state));
    keepQueryInLanguageLinks();
  }

  push(state: SearchState): void {
    const url = this.urlOf(state);
    if (url !== this.current()) history.pushState(null, '', url);
    this.committed = url;
    keepQueryInLanguageLinks();
  }

  /** A submitted text: the entry that typing changed goes back to what it was, then a new step. */
  submit(state: SearchState): void {
    const url = this.urlOf(state);
    if (url === this.committed) {
      this.replace(state);
      return;
    }
    if (this.current() !== this.committed) history.replaceState(null, '', this.committed);
    history.pushState(null, '', url);
    this.committed = url;
    keepQueryInLanguageLinks();
  }

  /** After Back or Forward: the browser's entry is the committed one. */
  popped(): void {
    this.committed = this.current();
    keepQueryInLanguageLinks();
  }
}
