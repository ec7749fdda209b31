import type { TermLabels } from '../../i18n/term-labels.ts';

/**
 * schema.org JSON-LD for the pages: what search engines and harvesters read.
 * Built from the catalogue's data, like the page itself, never from its HTML.
 */

type Node = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

export interface PracticeLinkedDataInput {
  url: string;
  /** The Atlas's home, absolute. */
  siteUrl: string;
  siteName: string;
  /** Absolute URL of a path of the site (listing pages in the practice's language). */
  absolute: (path: string) => string;
  labels: TermLabels;
  practice: {
    slug: string;
    regions: string[];
    data: {
      title: string;
      summary: string;
      language: string;
      gcmObjectives: number[];
      sdgTargets?: string[] | undefined;
      countries?: string[] | undefined;
      implementers: string[];
      partners?: string[] | undefined;
      funders?: string[] | undefined;
      publishedAt: string;
      updatedAt?: string | undefined;
      period: { start: string; end?: string | undefined };
      resources?: { title: string; url: string }[] | undefined;
    };
  };
  /** When this practice translates another: the original's URL. */
  translationOf?: string | undefined;
  /** The URLs of its translations. */
  translations: string[];
  /** Paths of the listing pages of one objective, SDG target, country and region. */
  paths: {
    objective: (n: number) => string;
    sdgTarget: (id: string) => string;
    country: (iso3: string) => string;
    region: (id: string) => string;
  };
}

const organisation = (name: string): Node => ({ '@type': 'Organization', name });

/** A practice as a schema.org `Article` about what was done, where and when. */
export function practiceLinkedData(input: PracticeLinkedDataInput): Node {
  const { practice, labels: L } = input;
  const { data } = practice;
  const objectiveSet: Node = {
    '@type': 'DefinedTermSet',
    name: 'Global Compact for Safe, Orderly and Regular Migration: objectives',
    url: input.absolute('/objectives/'),
  };
  const targetSet: Node = {
    '@type': 'DefinedTermSet',
    name: 'Sustainable Development Goals: targets',
    url: input.absolute('/sdg/'),
  };
  const about: Node[] = [
    ...data.gcmObjectives.map((n) => ({
      '@type': 'DefinedTerm',
      termCode: String(n),
      name: L.objective(n).title,
      alternateName: L.objective(n).short,
      url: input.absolute(input.paths.objective(n)),
      inDefinedTermSet: objectiveSet,
    })),
    ...(data.sdgTargets ?? []).map((id) => ({
      '@type': 'DefinedTerm',
      termCode: id,
      name: L.sdgTarget(id),
      url: input.absolute(input.paths.sdgTarget(id)),
      inDefinedTermSet: targetSet,
    })),
  ];
  const countries = data.countries ?? [];
  // Listed countries say where; a practice without countries is placed by its regions.
  const spatialCoverage: Node[] = countries.length
    ? countries.map((iso3) => ({ '@type': 'Country', name: L.country(iso3), identifier: iso3, url: input.absolute(input.paths.country(iso3)) }))
    : practice.regions.map((id) => ({ '@type': 'Place', name: L.region(id), url: input.absolute(input.paths.region(id)) }));
  return {
    '@context': CONTEXT,
    '@type': 'Article',
    '@id': input.url,
    url: input.url,
    headline: data.title,
    name: data.title,
    description: data.summary,
    inLanguage: data.language,
    datePublished: data.publishedAt,
    dateModified: data.updatedAt ?? data.publishedAt,
    // ISO 8601 interval; an open end is `..`.
    temporalCoverage: `${data.period.start}/${data.period.end ?? '..'}`,
    author: data.implementers.map(organisation),
    ...(data.partners?.length ? { contributor: data.partners.map(organisation) } : {}),
    ...(data.funders?.length ? { funder: data.funders.map(organisation) } : {}),
    publisher: organisation(input.siteName),
    isPartOf: { '@type': 'WebSite', name: input.siteName, url: input.siteUrl },
    about,
    ...(spatialCoverage.length ? { spatialCoverage } : {}),
    ...(data.resources?.length
      ? { isBasedOn: data.resources.map((r) => ({ '@type': 'CreativeWork', name: r.title, url: r.url })) }
      : {}),
    ...(input.translationOf ? { translationOfWork: { '@id': input.translationOf } } : {}),
    ...(input.translations.length ? { workTranslation: input.translations.map((url) => ({ '@id': url })) } : {}),
  };
}

/** A listing page: a `CollectionPage` whose main entity is the `ItemList` of its practices, in order. */
export function listingLinkedData(input: {
  url: string;
  name: string;
  description?: string | undefined;
  lang: string;
  items: { url: string; name: string }[];
  /** Position of the first item (later pages of a paginated listing). */
  offset?: number;
}): Node {
  const offset = input.offset ?? 0;
  return {
    '@context': CONTEXT,
    '@type': 'CollectionPage',
    '@id': input.url,
    url: input.url,
    name: input.name,
    ...(input.description ? { description: input.description } : {}),
    inLanguage: input.lang,
    mainEntity: {
      '@type': 'ItemList',
      // Listings run newest first.
      itemListOrder: 'https://schema.org/ItemListOrderDescending',
      numberOfItems: input.items.length,
      itemListElement: input.items.map((item, i) => ({
        '@type': 'ListItem',
        position: offset + i + 1,
        url: item.url,
        name: item.name,
      })),
    },
  };
}

/** The site: a `WebSite` whose `SearchAction` is `/search/?q=`. */
export function siteLinkedData(input: { url: string; name: string; description: string; lang: string; searchUrl: string }): Node {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    '@id': input.url,
    url: input.url,
    name: input.name,
    description: input.description,
    inLanguage: input.lang,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${input.searchUrl}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` as
 * escapes, so no text from content can close the element or open another.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
