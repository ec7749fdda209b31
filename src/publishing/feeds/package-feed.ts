import { Feed } from 'feed';
import type { FeedModel } from './feed-model.ts';

/**
 * The `feed` package's feed of a model, for atomFeed() and jsonFeed(). The
 * two formats differ only in how a title is sent: `title` says what to do
 * with it (Atom sends titles as HTML, JSON Feed as text).
 */
export function packageFeed(model: FeedModel, { title, summary, extensions = false }: { title: (text: string) => string; summary: (text: string) => string; extensions?: boolean }): Feed {
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
      title: title(e.title),
      description: summary(e.summary),
      date: new Date(e.updated),
      published: new Date(e.published),
      category: e.categories.map((c) => ({ term: c.term, scheme: c.scheme, name: c.label })),
      // JSON Feed's extension mechanism (`_practice_atlas`); Atom would need a namespace of its own.
      ...(extensions && Object.keys(e.evidence).length ? { extensions: [{ name: '_practice_atlas', objects: e.evidence }] } : {}),
    });
  }
  return feed;
}
