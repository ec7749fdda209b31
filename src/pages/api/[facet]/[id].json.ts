import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, vocabularies } from '../../../catalogue/catalog.ts';
import { useTranslations } from '../../../i18n/index.ts';
import { feedSources, type FeedSource } from '../../../publishing/feeds/feed-sources.ts';
import { openDataRecord } from '../../../publishing/api/open-data-record.ts';
import { practicesToJson } from '../../../search/results-export.ts';
import { siteConfig } from '../../../i18n/site-config.ts';

/**
 * `/api/objectives/<n>.json`, `/api/themes/<id>.json`, `/api/regions/<id>.json`:
 * the practices of one objective, theme or region, in the shape of
 * `/api/practices.json` (`{ count, practices }`, the same records).
 */
export const getStaticPaths = (async () => {
  const sources = feedSources(await getCatalog(), vocabularies(), useTranslations('en'));
  return sources
    .filter((s) => s.facet !== undefined)
    .map((source) => ({ params: { facet: source.facet!, id: source.id! }, props: { source } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ source: FeedSource }> = ({ props }) => {
  const { site } = siteConfig();
  const records = props.source.practices.map((p) => openDataRecord(p, site, import.meta.env.BASE_URL));
  return new Response(practicesToJson(records), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
