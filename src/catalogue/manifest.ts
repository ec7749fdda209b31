import { createHash } from 'node:crypto';
import type { Catalog, CatalogPractice, PracticeFields } from './build-catalog.ts';
import type { Vocabularies } from './load-vocabularies.ts';
import { LANGS, isLang, localizePath, type Lang } from '../i18n/locales.ts';
import { termLabels } from '../i18n/term-labels.ts';
import type { Alternate } from '../i18n/page-alternates.ts';
import { readerLanguages } from '../i18n/pick-language-versions.ts';
import { paths } from '../i18n/urls.ts';
import { searchRecord, sortKeys, type SearchRecord } from '../search/search-record.ts';
import { staleOngoing } from './freshness.ts';

/**
 * A practice's body for its search record, from the content layer, never
 * from a built page: the HTML Astro's Markdown renderer made (heading ids
 * included, the anchors of the page), or, for a body that needs MDX and is
 * rendered only with its page (`deferredRender`), its source.
 */
export type ManifestBody = { html: string } | { mdx: string };

/** What the site publishes about one practice, computed once by the catalogue. */
export interface ManifestPractice {
  slug: string;
  lang: Lang;
  title: string;
  summary: string;
  /** Its page, without the base path: one URL, in the practice's own language. */
  path: string;
  /**
   * Where each reader language leads: its version of the practice, or the
   * page saying it has none (`missing`). The page's `hreflang` links and the
   * sitemap's alternates are the versions.
   */
  alternates: Alternate[];
  /** The reader languages whose lists and search show this version (readerLanguages). */
  listedIn: Lang[];
  /** Its search record: filters, sort keys, metadata, and its labels in each language that lists it. */
  record: SearchRecord;
  /** The cover's text alternative, which the page's search text holds. */
  coverAlt?: string | undefined;
  /** Its resources, each type worded in the practice's language, as its page lists them. */
  resources: { title: string; url: string; type?: string | undefined }[];
  body: ManifestBody;
}

export interface Manifest {
  /** Newest first, as the catalogue. */
  practices: ManifestPractice[];
  bySlug: Map<string, ManifestPractice>;
  /**
   * Changes whenever the search index does (same records, same Pagefind):
   * pages pass it to Pagefind as `metaCacheTag`, so a browser can cache the
   * index entry between deploys and fetch it early, and never keeps a stale one.
   */
  tag: string;
}

type ManifestFields = PracticeFields & {
  cover?: { alt: string } | undefined;
  resources?: { title: string; url: string; type?: string | undefined }[] | undefined;
  implementers?: string[] | undefined;
  partners?: string[] | undefined;
  funders?: string[] | undefined;
};

export interface ManifestInput<D extends ManifestFields> {
  catalog: Catalog<D>;
  vocab: Vocabularies;
  /** Published building blocks: their titles in every language they are written in. */
  blocks: ReadonlyMap<string, { titles: string[] }>;
  body: (slug: string) => ManifestBody;
  /** The build's day, for "ongoing, not confirmed since" on result cards. */
  today: Date;
  /** Pagefind's version: a new one writes another index from the same records. */
  engine: string;
}

/**
 * The manifest: what the pages, the search index, the sitemap and
 * /api/practices.json say about each practice, computed once from the
 * catalogue, so that none of them derives it again, or reads it back from a
 * built page.
 */
export function buildManifest<D extends ManifestFields>({ catalog, vocab, blocks, body, today, engine }: ManifestInput<D>): Manifest {
  const keys = sortKeys(catalog.practices);
  const hash = createHash('sha256').update(engine);
  const practices = catalog.practices.map((practice: CatalogPractice<D>): ManifestPractice => {
    const { data } = practice;
    const versions = catalog.translations.get(practice.slug) ?? [];
    const listedIn = readerLanguages(practice, versions, LANGS);
    // A translation is found under the blocks its original names, and the other way round.
    const blockIds = new Set([practice, ...versions].flatMap((v) => v.data.buildingBlocks ?? []));
    const used = [...blockIds].filter((id) => blocks.has(id)).map((id) => ({ id, titles: blocks.get(id)!.titles }));
    const record = searchRecord(practice, vocab, keys.get(practice.slug)!, listedIn, {
      blocks: used,
      staleSince: staleOngoing(data, today)?.asOf.slice(0, 4),
    });
    // The schema admits only the site's languages; a value past it is a bug to report, not to guess around.
    if (!isLang(data.language)) throw new Error(`${practice.slug}: language "${data.language}" is not one of the site's (${LANGS.join(', ')}).`);
    const lang = data.language;
    const entry: ManifestPractice = {
      slug: practice.slug,
      lang,
      title: data.title,
      summary: data.summary,
      path: paths.practice(practice.slug),
      alternates: versionAlternates(practice, versions),
      listedIn: listedIn.filter(isLang),
      record,
      coverAlt: data.cover?.alt,
      resources: (data.resources ?? []).map((r) => ({ title: r.title, url: r.url, ...(r.type ? { type: termLabels(vocab, lang).resourceType(r.type) } : {}) })),
      body: body(practice.slug),
    };
    hash.update(JSON.stringify(entry)).update('\u0000');
    return entry;
  });
  return { practices, bySlug: new Map(practices.map((p) => [p.slug, p])), tag: hash.digest('hex').slice(0, 12) };
}

interface Version {
  slug: string;
  data: { language: string; translationOf?: string | undefined };
}

/**
 * Where the language switcher leads from any version of a practice: each
 * language's version, or the page saying it has none (`missing`), named by
 * the original's slug.
 */
export function versionAlternates(practice: Version, versions: readonly Version[]): Alternate[] {
  const all = [practice, ...versions];
  const original = all.find((p) => p.data.translationOf === undefined) ?? practice;
  return LANGS.map((lang) => {
    const version = all.find((p) => p.data.language === lang);
    return version ? { lang, path: paths.practice(version.slug) } : { lang, path: localizePath(`/untranslated/${original.slug}/`, lang), missing: true };
  });
}

/**
 * Where the catalogue leaves the manifest for the integrations (the search
 * index at `astro:build:done`, the sitemap, the development server's index).
 * Astro runs the integrations (loaded with astro.config.mjs) and the pages
 * (the build's bundle, or the dev server's module runner) in one Node
 * process but as two module graphs: a variable of this module would exist
 * twice, one of them never set. A key of the process's global object is the
 * one place both see. The catalogue publishes the manifest when it computes
 * it, during the build (every build renders pages that read it) or on the
 * development server's first request for it.
 */
const REGISTRY = Symbol.for('practice-atlas.manifest');

type Registry = { [REGISTRY]?: Manifest };

export function publishManifest(manifest: Manifest): void {
  (globalThis as Registry)[REGISTRY] = manifest;
}

/** The manifest the catalogue computed in this process, if it did. */
export function publishedManifest(): Manifest | undefined {
  return (globalThis as Registry)[REGISTRY];
}

/** Forgets the manifest, so that the next build in this process (tests build several) cannot read the last one's. */
export function forgetManifest(): void {
  delete (globalThis as Registry)[REGISTRY];
}
