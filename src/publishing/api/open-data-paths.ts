/**
 * Paths (without the base path) of the feeds, open data files and embeds.
 * Atom feeds end in `.xml` so every host serves them as XML without
 * configuration; JSON Feeds end in `.json`.
 */
export type FeedFacet = 'objectives' | 'themes' | 'regions';
export type FeedFormat = 'atom' | 'json';

const ext = (format: FeedFormat) => (format === 'atom' ? 'xml' : 'json');

export const openDataPaths = {
  /** `/feeds/practices.xml`, `/feeds/objectives/23.json`... */
  feed: (format: FeedFormat, facet?: FeedFacet, id?: string | number) =>
    facet === undefined ? `/feeds/practices.${ext(format)}` : `/feeds/${facet}/${id}.${ext(format)}`,
  /** `/api/objectives/23.json`: the records of `/api/practices.json` for one facet value. */
  facetJson: (facet: FeedFacet, id: string | number) => `/api/${facet}/${id}.json`,
  csv: () => '/api/practices.csv',
  json: () => '/api/practices.json',
  embed: (query = '') => (query ? `/embed/?${query}` : '/embed/'),
  embedBuilder: () => '/embed/builder/',
  embedScript: () => '/embed.js',
} as const;
