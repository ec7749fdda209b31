import type { APIRoute } from 'astro';
import { getCatalog } from '../../catalogue/catalog.ts';
import { openDataRecord } from '../../publishing/api/open-data-record.ts';
import { siteConfig } from '../../i18n/site-config.ts';

/** Every published practice's fields, derived regions and scope, and absolute URL. */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const { site } = siteConfig();
  const practices = catalog.practices.map((p) => openDataRecord(p, site, import.meta.env.BASE_URL));
  return new Response(
    JSON.stringify({ count: practices.length, practices }, null, 1),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
};
