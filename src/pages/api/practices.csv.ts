import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { openDataRecord } from '../../lib/open-data-record.ts';
import { practicesToCsv } from '../../lib/results-export.ts';
import { siteConfig } from '../../lib/site-config.ts';

/** Every published practice, one row each, in the order of `/api/practices.json`. */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const { site } = siteConfig();
  const records = catalog.practices.map((p) => openDataRecord(p, site, import.meta.env.BASE_URL));
  return new Response(practicesToCsv(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
