import { escapeXml } from './escape-xml.ts';
import type { FeedModel } from './feed-model.ts';
import { packageFeed } from './package-feed.ts';

/**
 * A feed as Atom 1.0 (RFC 4287), written by the `feed` package. It sends
 * titles and summaries as `type="html"`, so they are HTML-escaped first: a
 * reader shows them as the plain text they are, `<script>` included.
 */
export function atomFeed(model: FeedModel): string {
  return packageFeed(model, { title: escapeXml, summary: escapeXml }).atom1();
}
