import { escapeXml } from './escape-xml.ts';
import type { FeedModel } from './feed-model.ts';
import { packageFeed } from './package-feed.ts';

/** The JSON Feed version the `feed` package writes. */
export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1';

/**
 * A feed as JSON Feed, written by the `feed` package. Titles are plain text
 * in JSON Feed; the package sends summaries as `content_html`, so they are
 * HTML-escaped first and show as the plain text they are.
 */
export function jsonFeed(model: FeedModel): string {
  return packageFeed(model, { title: (text) => text, summary: escapeXml, extensions: true }).json1();
}
