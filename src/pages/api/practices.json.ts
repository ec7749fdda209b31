import type { APIRoute } from 'astro';
import { getCatalog, getManifest } from '../../catalogue/catalog.ts';
import { openDataRecord } from '../../publishing/api/open-data-record.ts';
import { siteConfig } from '../../i18n/site-config.ts';

/**
 * Every published practice's fields, derived regions and scope, and absolute
 * URL, in the manifest's order. The development server's search index asks
 * for it to have the manifest computed (src/publishing/integrations/pagefind.ts).
 */
export const GET: APIRoute = async () => {
  const [catalog, manifest] = await Promise.all([getCatalog(), getManifest()]);
  const { site } = siteConfig();
  const practices = manifest.practices.map((p) => openDataRecord(catalog.bySlug.get(p.slug)!, site, import.meta.env.BASE_URL));
  return new Response(
    JSON.stringify({ count: practices.length, practices }, null, 1),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
};
