import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// The same files as the Atlas, through Astro's glob loader, with no schema.
export const collections = {
  practices: defineCollection({
    loader: glob({
      pattern: ['*.mdx', '*/index.mdx'],
      base: `${process.env.BASELINE_CONTENT_DIR ?? './content'}/practices`,
      generateId: ({ entry }) => entry.replace(/\/index\.mdx$|\.mdx$/, ''),
    }),
  }),
};
