/**
 * What a page that runs Pagefind knows of the index before loading it: the
 * manifest's tag (src/catalogue/manifest.ts), which changes whenever the
 * index does. Passed to Pagefind as `metaCacheTag`, it makes the index
 * entry's URL `pagefind-entry.json?ts=<tag>`: cacheable, and known to the
 * page, which fetches it alongside Pagefind's script instead of after it.
 */
export interface PagefindBundle {
  tag: string;
}

/** The tag the page carries (`data-bundle`); undefined when it is missing or not one. */
export function readBundle(attribute: string | undefined): PagefindBundle | undefined {
  return attribute && /^[0-9a-f]{12}$/.test(attribute) ? { tag: attribute } : undefined;
}
