import type { APIRoute, GetStaticPaths } from 'astro';
import { searchIndexes } from '../../../data/search-index.ts';

/** The files of every language's search index (src/lib/build-search-index.ts). */
export const getStaticPaths = (async () => {
  const out = [];
  for (const index of (await searchIndexes()).values()) {
    const dir = index.dir.replace(/^search\/index\//, '');
    // Every file is JSON; the route's `.json` keeps the extension out of the parameter (so `astro dev` serves it too).
    for (const [file, body] of index.files) out.push({ params: { file: `${dir}${file.replace(/\.json$/, '')}` }, props: { body } });
  }
  return out;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
