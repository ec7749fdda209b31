import type { CatalogPractice, PracticeFields } from '../../catalogue/build-catalog.ts';
import { absoluteUrl, paths } from '../../i18n/urls.ts';

/**
 * A practice as open data: its frontmatter (cover as a path, never a build
 * artefact), derived scope and regions, and its absolute URL. Drafts never
 * reach here: the catalogue of a production build has none.
 */
export function openDataRecord(
  practice: CatalogPractice<PracticeFields & { cover?: { src: unknown; alt: string } | undefined }>,
  site: string,
  base: string,
) {
  const { cover, draft: _draft, ...fields } = practice.data;
  return {
    slug: practice.slug,
    url: absoluteUrl(site, base, paths.practice(practice.slug)),
    ...fields,
    scope: practice.scope,
    derivedRegions: practice.regions,
    primaryObjective: practice.primaryObjective,
    ...(cover ? { cover: { url: coverUrl(cover.src, site), alt: cover.alt } } : {}),
  };
}

/** The built image's absolute URL (the build hands `src` over as image metadata). */
function coverUrl(src: unknown, site: string): string | undefined {
  const path = typeof src === 'string' ? src : (src as { src?: string } | null)?.src;
  return path ? new URL(path, site + '/').href : undefined;
}
