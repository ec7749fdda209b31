/**
 * A page whose state is its query string (/search/, /compare/): one place
 * that writes it to the address bar and history, given the canonical query
 * of the state (src/search/search-state.ts's serializeState, or the compare
 * page's selection). Typing refines the current history entry; a deliberate
 * change (a filter, a chip, the sort, a submitted text) is a step of its own
 * that Back undoes. The language switcher's links follow, so "English" on
 * `/fr/search/?q=retour&objective=21` leads to `/search/?q=retour&objective=21`
 * (the built links carry the path only, which is what works without JavaScript).
 */
export class UrlState {
  /** The URL of the current history entry as last committed (not as typed). */
  private committed: string;

  /** `canonical`: the query of the state read from the URL; a different one replaces it (unknown or malformed values leave the address bar too). */
  constructor(canonical?: string) {
    this.committed = current();
    if (canonical !== undefined && urlOf(canonical) !== current()) {
      history.replaceState(null, '', urlOf(canonical));
      this.committed = current();
    }
    keepQueryInLanguageLinks();
  }

  replace(query: string): void {
    if (urlOf(query) !== current()) history.replaceState(null, '', urlOf(query));
    keepQueryInLanguageLinks();
  }

  push(query: string): void {
    const url = urlOf(query);
    if (url !== current()) history.pushState(null, '', url);
    this.committed = url;
    keepQueryInLanguageLinks();
  }

  /** A submitted text: the entry that typing changed goes back to what it was, then a new step. */
  submit(query: string): void {
    const url = urlOf(query);
    if (url === this.committed) {
      this.replace(query);
      return;
    }
    if (current() !== this.committed) history.replaceState(null, '', this.committed);
    history.pushState(null, '', url);
    this.committed = url;
    keepQueryInLanguageLinks();
  }

  /** After Back or Forward: the browser's entry is the committed one. */
  popped(): void {
    this.committed = current();
    keepQueryInLanguageLinks();
  }
}

const current = () => location.pathname + location.search;
const urlOf = (query: string) => location.pathname + (query ? `?${query}` : '');

function keepQueryInLanguageLinks(): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('.language-switcher a[hreflang]')) {
    const url = new URL(a.href, document.baseURI);
    url.search = location.search;
    a.href = url.pathname + url.search;
  }
}
