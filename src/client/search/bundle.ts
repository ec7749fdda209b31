import type { PagefindBundle } from '../../publishing/pagefind-bundle.ts';

/** The bundle's names the build wrote into the page; undefined in development or if unreadable. */
export function readBundle(attribute: string | undefined): PagefindBundle | undefined {
  if (!attribute || !attribute.startsWith('{')) return undefined;
  try {
    const bundle = JSON.parse(attribute) as Partial<PagefindBundle>;
    return typeof bundle.tag === 'string' && bundle.langs && typeof bundle.langs === 'object' ? (bundle as PagefindBundle) : undefined;
  } catch {
    return undefined;
  }
}
