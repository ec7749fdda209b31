import type { APIRoute } from 'astro';
import { localePaths, type Lang } from '../../../i18n/locales.ts';
import { facetsResponse } from './_facets.ts';

export const getStaticPaths = () => localePaths();

export const GET: APIRoute<{ lang: Lang }> = ({ props }) => facetsResponse(props.lang, 'facets');
