import type { APIRoute } from 'astro';
import { getCatalog } from '../../catalogue/catalog.ts';
import { openDataRecord } from '../../publishing/api/open-data-record.ts';
import { practicesToCsv } from '../../search/results-export.ts';
import { siteConfig } from '../../i18n/site-config.ts';

/** Every published practice, one row each, in the order of `/api/practices.json`. */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const { site } = siteConfig();
  const records = catalog.practices.map((p) => openDataRecord(p, site, import.meta.env.BASE_URL));
  return new Response(practicesToCsv(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
