import { Feed } from 'feed';
import { escapeXml } from './escape-xml.ts';
import type { FeedModel } from './feed-model.ts';

/**
 * A feed as Atom 1.0 (RFC 4287), written by the `feed` package. It sends
 * titles and summaries as `type="html"`, so they are HTML-escaped first: a
 * reader shows them as the plain text they are, `<script>` included.
 */
export function atomFeed(model: FeedModel): string {
  const html = escapeXml;
  const feed = new Feed({
    id: model.id,
    title: model.title,
    description: model.description,
    updated: new Date(model.updated),
    generator: false,
    link: model.homeUrl,
    feedLinks: { atom: model.atomUrl, json: model.jsonUrl },
    author: { name: model.author.name, link: model.author.url },
    copyright: model.rights,
  });
  for (const e of model.entries) {
    feed.addItem({
      id: e.id,
      link: e.url,
      title: html(e.title),
      description: html(e.summary),
      date: new Date(e.updated),
      published: new Date(e.published),
      category: e.categories.map((c) => ({ term: c.term, scheme: c.scheme, name: c.label })),
    });
  }
  return feed.atom1();
}
