import { defineCollection } from 'astro:content';
import { loadVocabularies } from './catalogue/load-vocabularies.ts';
import { validateBuildingBlocks } from './catalogue/validate-building-blocks.ts';
import { buildingBlocksLoader } from './catalogue/loaders/building-blocks-loader.ts';
import { practicesLoader } from './catalogue/loaders/practices-loader.ts';
import { buildingBlockSchema } from './schemas/building-block.ts';
import { practiceSchema } from './schemas/practice.ts';

// Read once: the schema asks for the ids of blocks for every practice it parses.
let blockIds: string[] | undefined;
const buildingBlockIds = () => (blockIds ??= validateBuildingBlocks().ids);

export const collections = {
  practices: defineCollection({
    loader: practicesLoader(),
    schema: ({ image }) => practiceSchema({ vocabularies: loadVocabularies(), image, buildingBlocks: buildingBlockIds }),
  }),
  buildingBlocks: defineCollection({
    loader: buildingBlocksLoader(),
    schema: () => buildingBlockSchema({ vocabularies: loadVocabularies() }),
  }),
};
