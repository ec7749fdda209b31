import type { APIRoute } from 'astro';
import { feedPaths, feedResponse } from '../../../data/feeds.ts';
import type { FeedSource } from '../../../lib/feed-sources.ts';
import type { FeedFormat } from '../../../lib/open-data-paths.ts';

export const getStaticPaths = () => feedPaths('fr');

export const GET: APIRoute<{ source: FeedSource; format: FeedFormat }> = ({ props }) => feedResponse('fr', props.source, props.format);
