import type { APIRoute, GetStaticPaths } from 'astro';
import { useTranslations } from '../../i18n/index.ts';
import { CITATION_FILES, citationFile, type CitationFormat } from './citation-formats.ts';
import { citationRecord, type CitationRecord } from './citation-record.ts';
import { siteConfig } from '../../i18n/site-config.ts';
import { absoluteUrl, paths } from '../../i18n/urls.ts';
import { entryOf, getCatalog, type Practice } from '../../catalogue/catalog.ts';

/** The one citation record of a practice, with its absolute public URL. */
export function citationOf(practice: Practice): CitationRecord {
  const { site } = siteConfig();
  const url = absoluteUrl(site, import.meta.env.BASE_URL, paths.practice(practice.slug));
  return citationRecord(practice, url, useTranslations(practice.data.language)('site.name'));
}

/** `/practices/<slug>/cite.bib` and its siblings: one static file per practice and format. */
export function citationEndpoint(format: CitationFormat): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: async () =>
      (await getCatalog()).practices.map((practice) => ({
        params: { slug: practice.slug },
        props: { practice },
        // The file holds the practice's own data only: while its entry is
        // unchanged, Astro's incremental build copies it from the last build.
        cacheKey: entryOf(practice.slug).digest,
      })),
    GET: ({ props }) =>
      new Response(citationFile(citationOf(props.practice as Practice), format), {
        headers: { 'Content-Type': `${CITATION_FILES[format].mediaType}; charset=utf-8` },
      }),
  };
}
