import { escapeXml } from './escape-xml.ts';
import type { FeedModel } from './feed-model.ts';

/** A feed as Atom 1.0 (RFC 4287). Titles and summaries are `type="text"`. */
export function atomFeed(feed: FeedModel): string {
  const x = escapeXml;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${x(feed.id)}</id>`,
    `  <title type="text">${x(feed.title)}</title>`,
    `  <subtitle type="text">${x(feed.description)}</subtitle>`,
    `  <updated>${x(feed.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${x(feed.atomUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(feed.homeUrl)}"/>`,
    `  <link rel="alternate" type="application/feed+json" href="${x(feed.jsonUrl)}"/>`,
    `  <author><name>${x(feed.author.name)}</name><uri>${x(feed.author.url)}</uri></author>`,
    `  <rights type="text">${x(feed.rights)}</rights>`,
  ];
  for (const e of feed.entries) {
    lines.push(
      `  <entry xml:lang="${x(e.language)}">`,
      `    <id>${x(e.id)}</id>`,
      `    <title type="text">${x(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${x(e.url)}"/>`,
      `    <published>${x(e.published)}</published>`,
      `    <updated>${x(e.updated)}</updated>`,
      `    <summary type="text">${x(e.summary)}</summary>`,
      ...e.categories.map((c) => `    <category term="${x(c.term)}" scheme="${x(c.scheme)}" label="${x(c.label)}"/>`),
      '  </entry>',
    );
  }
  lines.push('</feed>');
  return lines.join('\n') + '\n';
}
