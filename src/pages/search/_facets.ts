import { getCatalog, vocabularies } from '../../data/catalog.ts';
import { useTranslations, type Lang } from '../../i18n/index.ts';
import { buildFacetData } from '../../scripts/search/facet-data.ts';
import { searchIndexes } from '../../data/search-index.ts';
import { href } from '../../data/href.ts';

/**
 * `facets.json` of one language's search page: the filter values of the
 * practices in that language, with labels and counts, so the page draws its
 * filters without fetching the index; and where that language's index is.
 */
export async function facetsResponse(lang: Lang): Promise<Response> {
  const catalog = await getCatalog();
  const practices = catalog.practices.filter((p) => p.data.language === lang);
  const index = (await searchIndexes()).get(lang)!;
  const data = {
    ...buildFacetData(practices, vocabularies(), lang, useTranslations(lang)),
    index: { url: href(`/${index.dir}`), size: index.size, shards: index.shards },
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
