import type { Data as CslData } from 'csl-json';
import type { PracticeData } from '../../schemas/practice.ts';

/**
 * A practice as one CSL-JSON item: the single record behind the citation
 * text on the page and the BibTeX, RIS and CSL-JSON downloads, so that the
 * four can never disagree. Fields follow the CSL data schema
 * (https://citationstyles.org/, `csl-data.json`).
 */
export interface CitationRecord {
  id: string;
  type: 'webpage';
  title: string;
  /** The implementers, as institutions: CSL's `literal` names are never split into given and family names. */
  author: { literal: string }[];
  'container-title': string;
  issued: { 'date-parts': [[number, number, number]] };
  URL: string;
  language: string;
  abstract: string;
}

export type CitedPractice = {
  slug: string;
  data: Pick<PracticeData, 'title' | 'summary' | 'implementers' | 'publishedAt' | 'language'>;
};

/**
 * The citation record of a practice: its title and summary as written, its
 * implementers as authors, the day it entered the Atlas as the date of
 * issue, and its public URL.
 */
export function citationRecord(practice: CitedPractice, url: string, siteName: string): CitationRecord {
  const [year, month, day] = practice.data.publishedAt.split('-').map(Number) as [number, number, number];
  // `satisfies`: the record is checked against the CSL data schema's types (csl-json) at compile time.
  return {
    id: practice.slug,
    type: 'webpage',
    title: practice.data.title,
    author: practice.data.implementers.map((literal) => ({ literal })),
    'container-title': siteName,
    issued: { 'date-parts': [[year, month, day]] },
    URL: url,
    language: practice.data.language,
    abstract: practice.data.summary,
  } satisfies CslData;
}
