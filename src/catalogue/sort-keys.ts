import { sortKeys, type SortKeys } from '../search/search-record.ts';
import { getCatalog } from './catalog.ts';

let keys: Promise<Map<string, SortKeys>> | undefined;

/** A practice's sort keys (src/search/search-record.ts), computed once per build for every practice. */
export async function sortKeysOf(slug: string): Promise<SortKeys> {
  keys ??= getCatalog().then((catalog) => sortKeys(catalog.practices));
  return (await keys).get(slug) ?? { date: '', title: '' };
}
