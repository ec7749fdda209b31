import type { APIRoute } from 'astro';
import { feedPaths, feedResponse } from '../../../publishing/feeds/feed-responses.ts';
import { localePaths, type Lang } from '../../../i18n/locales.ts';
import type { FeedSource } from '../../../publishing/feeds/feed-sources.ts';
import type { FeedFormat } from '../../../publishing/api/open-data-paths.ts';

export const getStaticPaths = () => localePaths(feedPaths);

export const GET: APIRoute<{ source: FeedSource; format: FeedFormat; lang: Lang }> = ({ props }) => feedResponse(props.lang, props.source, props.format);
