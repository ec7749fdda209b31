import { defineCollection } from 'astro:content';
import { loadVocabularies } from './lib/load-vocabularies.ts';
import { practicesLoader } from './loaders/practices-loader.ts';
import { practiceSchema } from './schemas/practice.ts';

export const collections = {
  practices: defineCollection({
    loader: practicesLoader(),
    schema: ({ image }) => practiceSchema({ vocabularies: loadVocabularies(), image }),
  }),
};
