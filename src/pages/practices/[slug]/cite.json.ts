import { citationEndpoint } from '../../../publishing/api/citations.ts';

/** The practice as a reference, for Zotero, Mendeley and EndNote: see src/publishing/api/citations.ts. */
export const { getStaticPaths, GET } = citationEndpoint('csl-json');
