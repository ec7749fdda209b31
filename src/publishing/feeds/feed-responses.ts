import { blockTitles } from '../../catalogue/blocks.ts';
import { getCatalog, vocabularies } from '../../catalogue/catalog.ts';
import { useTranslations, type Lang } from '../../i18n/index.ts';
import { atomFeed } from './atom-feed.ts';
import { practiceFeed } from './feed-model.ts';
import { feedSources, type FeedSource } from './feed-sources.ts';
import { jsonFeed } from './json-feed.ts';
import { localizePath } from '../../i18n/locales.ts';
import { openDataPaths, type FeedFormat } from '../api/open-data-paths.ts';
import { siteConfig } from '../../i18n/site-config.ts';
import { termLabels } from '../../i18n/term-labels.ts';

/**
 * `getStaticPaths` of `feeds/[...feed].ts` in one language: Atom 1.0 (`.xml`)
 * and JSON Feed (`.json`) for all practices and for each objective, theme
 * and region, `/feeds/practices.xml`, `/fr/feeds/objectives/23.json`...
 */
export async function feedPaths(lang: Lang) {
  const sources = feedSources(await getCatalog(), vocabularies(), useTranslations(lang), lang);
  return sources.flatMap((source) =>
    (['atom', 'json'] as const).map((format) => ({
      // The rest parameter is the path after /feeds/.
      params: { feed: openDataPaths.feed(format, source.facet, source.id).slice('/feeds/'.length) },
      props: { source, format },
    })),
  );
}

/** One feed of one language. */
export async function feedResponse(lang: Lang, source: FeedSource, format: FeedFormat): Promise<Response> {
  const t = useTranslations(lang);
  const catalog = await getCatalog();
  const L = termLabels(vocabularies(), lang);
  const blocks = await blockTitles(lang);
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
    atomPath: localizePath(openDataPaths.feed('atom', source.facet, source.id), lang),
    jsonPath: localizePath(openDataPaths.feed('json', source.facet, source.id), lang),
    siteName: t('site.name'),
    rights: t('footer.licence'),
    siteUpdated,
    localize: (path) => localizePath(path, lang),
    labels: {
      objective: (n) => t('objective.title', { n, short: L.objective(n).short }),
      theme: (id) => L.theme(id).label,
      block: (id) => blocks.get(id) ?? id,
    },
  });
  return format === 'atom'
    ? new Response(atomFeed(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
    : new Response(jsonFeed(feed), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}
