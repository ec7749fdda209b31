import { getCatalog, vocabularies } from '../../../catalogue/catalog.ts';
import { practicesFor } from '../../../catalogue/listings.ts';
import { blockTitles, withAllBlocks } from '../../../catalogue/blocks.ts';
import type { Lang } from '../../../i18n/index.ts';
import { buildFacetData, splitLabels } from '../../../search/facet-data.ts';

/**
 * `facets.json` of one language's search page: the filter values of the
 * practices a reader of that language finds (each once, in that language where
 * it exists), with labels and counts, so the page draws its filters without
 * fetching Pagefind's filter chunks; and `facet-labels.json`, the labels of
 * the long filters' values that are not shown before a reader interacts.
 */
export async function facetsResponse(lang: Lang, part: 'facets' | 'labels'): Promise<Response> {
  const catalog = await getCatalog();
  const practices = await Promise.all((await practicesFor(catalog.practices, lang)).map(withAllBlocks));
  const split = splitLabels(buildFacetData(practices, vocabularies(), lang, await blockTitles(lang)));
  return new Response(JSON.stringify(split[part]), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
