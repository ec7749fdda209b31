import { titleSortKeys } from '../lib/search-record.ts';
import { getCatalog } from './catalog.ts';

let keys: Promise<Map<string, string>> | undefined;

/** A practice's title sort key (src/lib/search-record.ts), computed once per build for every practice. */
export async function titleKeyOf(slug: string): Promise<string> {
  keys ??= getCatalog().then((catalog) => titleSortKeys(catalog.practices));
  return (await keys).get(slug) ?? '';
}
