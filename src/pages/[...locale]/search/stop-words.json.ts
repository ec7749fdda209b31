import type { APIRoute } from 'astro';
import { localePaths, type Lang } from '../../../i18n/locales.ts';
import { stopWords } from '../../../search/stop-words.ts';

export const getStaticPaths = () => localePaths();

/** The words of the page's language that never make a result alone, fetched by the search and embed scripts as they start to search. */
export const GET: APIRoute<{ lang: Lang }> = ({ props }) =>
  new Response(JSON.stringify(stopWords(props.lang)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
