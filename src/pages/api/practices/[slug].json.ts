import type { APIRoute, GetStaticPaths } from 'astro';
import { blocksOf } from '../../../catalogue/blocks.ts';
import { getCatalog, type Practice } from '../../../catalogue/catalog.ts';
import { openDataRecord } from '../../../publishing/api/open-data-record.ts';
import { siteConfig } from '../../../i18n/site-config.ts';

/**
 * `/api/practices/<slug>.json`: one practice's open data, the record of
 * `/api/practices.json`. The compare page fetches these, so that it stays
 * small however many practices the Atlas holds.
 */
export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return catalog.practices.map((practice) => ({ params: { slug: practice.slug }, props: { practice } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ practice: Practice }> = async ({ props }) => {
  const { site } = siteConfig();
  const record = openDataRecord(props.practice, site, import.meta.env.BASE_URL);
  // The blocks of any of its versions: a translation may leave them to its original.
  const buildingBlocks = await blocksOf(props.practice);
  return new Response(JSON.stringify({ ...record, ...(buildingBlocks.length ? { buildingBlocks } : {}) }, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
