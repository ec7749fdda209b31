import type { APIRoute } from 'astro';
import { getBlocks } from '../../catalogue/blocks.ts';
import { getCatalog } from '../../catalogue/catalog.ts';
import { siteConfig } from '../../i18n/site-config.ts';
import { absoluteUrl, paths } from '../../i18n/urls.ts';

/**
 * `/api/building-blocks.json`: every published building block, its
 * translations, and the practices that use it (slugs of the versions that
 * name it, as in `/api/practices.json`).
 */
export const GET: APIRoute = async () => {
  const { list } = await getBlocks();
  const catalog = await getCatalog();
  const { site } = siteConfig();
  const base = import.meta.env.BASE_URL;
  const buildingBlocks = list.map((block) => {
    const { draft: _draft, translationOf: _t, ...fields } = block.original.data;
    return {
      id: block.id,
      url: absoluteUrl(site, base, paths.block(block.id)),
      ...fields,
      translations: [...block.versions.values()]
        .filter((v) => v !== block.original)
        .map((v) => ({ language: v.data.language, title: v.data.title, summary: v.data.summary })),
      practices: (catalog.byBlock.get(block.id) ?? []).map((p) => p.slug),
    };
  });
  return new Response(JSON.stringify({ count: buildingBlocks.length, buildingBlocks }, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
