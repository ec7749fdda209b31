import type { PracticeData } from '../../schemas/practice.ts';
import type { CatalogPractice, PracticeFields } from '../../catalogue/build-catalog.ts';
import { absoluteUrl, paths } from '../../i18n/urls.ts';

/**
 * What a feed says, whatever its format: `atomFeed()` and `jsonFeed()` write
 * it as Atom 1.0 and JSON Feed 1.0 (with the `feed` package). Text is plain text; the writers escape it.
 */
export interface FeedModel {
  /** Permanent id of the feed: the absolute URL of the listing it follows. */
  id: string;
  title: string;
  description: string;
  /** The listing page the feed follows. */
  homeUrl: string;
  atomUrl: string;
  jsonUrl: string;
  /** RFC 3339: the newest date among the entries (or of the site, for an empty feed). */
  updated: string;
  author: { name: string; url: string };
  rights: string;
  entries: FeedEntry[];
}

export interface FeedEntry {
  id: string;
  url: string;
  title: string;
  summary: string;
  published: string;
  updated: string;
  language: string;
  categories: { term: string; label: string; scheme: string }[];
  /** The practice's evidence and building blocks, as in its open data; only the fields it has. */
  evidence: Record<string, unknown>;
}

/** Fields of a practice a JSON Feed item carries in its `_practice_atlas` extension. */
export const EVIDENCE_FIELDS = ['buildingBlocks', 'reach', 'budget', 'enablingFactors', 'constraints'] as const;

/** Entries in a feed: the newest practices; complete lists are in `/api/`. */
export const FEED_ENTRY_LIMIT = 50;

/** A publication date (`YYYY-MM-DD`) as an RFC 3339 timestamp at midnight UTC. */
export function feedDate(day: string): string {
  return `${day.slice(0, 10)}T00:00:00Z`;
}

/** The date a practice last changed: `updatedAt`, or `publishedAt`. */
export function lastChanged(data: Pick<PracticeFields, 'publishedAt' | 'updatedAt'>): string {
  return data.updatedAt ?? data.publishedAt;
}

export interface FeedLabels {
  objective: (n: number) => string;
  theme: (id: string) => string;
  block: (id: string) => string;
}

/**
 * A feed of practices, newest first, cut at FEED_ENTRY_LIMIT. `siteUpdated`
 * is the newest date of the whole site, so an empty feed still has a stable
 * `updated` that does not change with every build.
 */
export function practiceFeed(
  practices: readonly (Pick<CatalogPractice, 'slug' | 'primaryObjective'> & { data: PracticeFields & Partial<Pick<PracticeData, 'reach' | 'budget' | 'enablingFactors' | 'constraints'>> })[],
  options: {
    site: string;
    base: string;
    title: string;
    description: string;
    /** Listing page (path without base). */
    homePath: string;
    /** Feed paths without base. */
    atomPath: string;
    jsonPath: string;
    siteName: string;
    rights: string;
    siteUpdated: string;
    labels: FeedLabels;
    /** The feed's language, whose listings are the categories' schemes (`/fr/objectives/`); English by default. */
    localize?: (path: string) => string;
  },
): FeedModel {
  const { site, base, labels } = options;
  const url = (path: string) => absoluteUrl(site, base, path);
  const local = (path: string) => url(options.localize ? options.localize(path) : path);
  const entries = practices.slice(0, FEED_ENTRY_LIMIT).map<FeedEntry>((p) => ({
    id: url(paths.practice(p.slug)),
    url: url(paths.practice(p.slug)),
    title: p.data.title,
    summary: p.data.summary,
    published: feedDate(p.data.publishedAt),
    updated: feedDate(lastChanged(p.data)),
    language: p.data.language,
    categories: [
      ...p.data.gcmObjectives.map((n) => ({ term: String(n), label: labels.objective(n), scheme: local(paths.objectives()) })),
      ...p.data.themes.map((id) => ({ term: id, label: labels.theme(id), scheme: local(paths.themes()) })),
      ...(p.data.buildingBlocks ?? []).map((id) => ({ term: id, label: labels.block(id), scheme: local(paths.blocks()) })),
    ],
    evidence: Object.fromEntries(EVIDENCE_FIELDS.filter((f) => p.data[f] !== undefined).map((f) => [f, p.data[f]])),
  }));
  const newest = entries.reduce((max, e) => (e.updated > max ? e.updated : max), '');
  return {
    id: url(options.homePath),
    title: options.title,
    description: options.description,
    homeUrl: url(options.homePath),
    atomUrl: url(options.atomPath),
    jsonUrl: url(options.jsonPath),
    updated: newest || feedDate(options.siteUpdated),
    author: { name: options.siteName, url: url(paths.home()) },
    rights: options.rights,
    entries,
  };
}
