import type { FeedModel } from './feed-model.ts';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/** A feed as JSON Feed 1.1 (https://jsonfeed.org/version/1.1). Summaries go out as `content_text`. */
export function jsonFeed(feed: FeedModel): string {
  return JSON.stringify(
    {
      version: JSON_FEED_VERSION,
      title: feed.title,
      home_page_url: feed.homeUrl,
      feed_url: feed.jsonUrl,
      description: feed.description,
      authors: [{ name: feed.author.name, url: feed.author.url }],
      items: feed.entries.map((e) => ({
        id: e.id,
        url: e.url,
        title: e.title,
        summary: e.summary,
        content_text: e.summary,
        date_published: e.published,
        date_modified: e.updated,
        language: e.language,
        tags: e.categories.map((c) => c.label),
      })),
    },
    null,
    1,
  );
}
