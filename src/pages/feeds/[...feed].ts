import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, vocabularies } from '../../data/catalog.ts';
import { useTranslations } from '../../i18n/index.ts';
import { atomFeed } from '../../lib/atom-feed.ts';
import { practiceFeed } from '../../lib/feed-model.ts';
import { feedSources, type FeedSource } from '../../lib/feed-sources.ts';
import { jsonFeed } from '../../lib/json-feed.ts';
import { openDataPaths, type FeedFormat } from '../../lib/open-data-paths.ts';
import { siteConfig } from '../../lib/site-config.ts';

/**
 * Atom 1.0 (`.xml`) and JSON Feed 1.1 (`.json`) for all practices and for
 * each objective, theme and region: `/feeds/practices.xml`,
 * `/feeds/objectives/23.json`, `/feeds/regions/africa.xml`...
 */
export const getStaticPaths = (async () => {
  const t = useTranslations('en');
  const catalog = await getCatalog();
  const sources = feedSources(catalog, vocabularies(), t);
  return sources.flatMap((source) =>
    (['atom', 'json'] as const).map((format) => ({
      // The rest parameter is the path after /feeds/.
      params: { feed: openDataPaths.feed(format, source.facet, source.id).slice('/feeds/'.length) },
      props: { source, format },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ source: FeedSource; format: FeedFormat }> = async ({ props }) => {
  const { source, format } = props;
  const t = useTranslations('en');
  const vocab = vocabularies();
  const catalog = await getCatalog();
  const { site } = siteConfig();
  const siteUpdated = catalog.practices.reduce(
    (max, p) => ((p.data.updatedAt ?? p.data.publishedAt) > max ? (p.data.updatedAt ?? p.data.publishedAt) : max),
    '1970-01-01',
  );
  const feed = practiceFeed(source.practices, {
    site,
    base: import.meta.env.BASE_URL,
    title: t('feed.title', { site: t('site.name'), name: source.title }),
    description: source.description,
    homePath: source.homePath,
    atomPath: openDataPaths.feed('atom', source.facet, source.id),
    jsonPath: openDataPaths.feed('json', source.facet, source.id),
    siteName: t('site.name'),
    rights: t('footer.licence'),
    siteUpdated,
    labels: {
      objective: (n) => t('objective.title', { n, short: vocab.objectives.get(n)?.short ?? '' }),
      theme: (id) => vocab.themes.get(id)?.label ?? id,
    },
  });
  return format === 'atom'
    ? new Response(atomFeed(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
    : new Response(jsonFeed(feed), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
