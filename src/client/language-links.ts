/**
 * The language switcher's links with the page's query string: "English" on
 * `/fr/search/?q=retour&objective=21` leads to `/search/?q=retour&objective=21`.
 * The built links carry the path only (what works without JavaScript); pages
 * whose state is in the query string call this whenever it changes.
 */
export function keepQueryInLanguageLinks(doc: Document = document): void {
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('.language-switcher a[hreflang]')) {
    const url = new URL(a.href, doc.baseURI);
    url.search = doc.location.search;
    a.href = url.pathname + url.search;
  }
}
