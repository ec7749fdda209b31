import { citationEndpoint } from '../../../data/citations.ts';

/** The practice as a reference, for Zotero, Mendeley and EndNote: see src/data/citations.ts. */
export const { getStaticPaths, GET } = citationEndpoint('csl-json');
