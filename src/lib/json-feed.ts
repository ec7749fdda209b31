import { Feed } from 'feed';
import { escapeXml } from './escape-xml.ts';
import type { FeedModel } from './feed-model.ts';

/** The JSON Feed version the `feed` package writes. */
export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1';

/**
 * A feed as JSON Feed, written by the `feed` package. Titles are plain text
 * in JSON Feed; the package sends summaries as `content_html`, so they are
 * HTML-escaped first and show as the plain text they are.
 */
export function jsonFeed(model: FeedModel): string {
  const feed = new Feed({
    id: model.id,
    title: model.title,
    description: model.description,
    updated: new Date(model.updated),
    link: model.homeUrl,
    feedLinks: { atom: model.atomUrl, json: model.jsonUrl },
    author: { name: model.author.name, link: model.author.url },
    copyright: model.rights,
  });
  for (const e of model.entries) {
    feed.addItem({
      id: e.id,
      link: e.url,
      title: e.title,
      description: escapeXml(e.summary),
      date: new Date(e.updated),
      published: new Date(e.published),
      category: e.categories.map((c) => ({ term: c.term, scheme: c.scheme, name: c.label })),
    });
  }
  return feed.json1();
}
