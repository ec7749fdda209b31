import type { CatalogPractice, PracticeFields } from './build-catalog.ts';
import type { Vocabularies } from './load-vocabularies.ts';
import { placeLabel } from './place-label.ts';
import { searchRecord, type FilterName } from './search-record.ts';

/**
 * A practice as `/embed/practices.json` holds it: what a card shows, and the
 * filter values of the search index (from `searchRecord()`, so embeds and
 * search select the same practices). Empty filter lists are left out.
 */
export interface EmbedRecord {
  slug: string;
  title: string;
  summary: string;
  /** Primary GCM objective. */
  objective: number;
  /** Countries or regions, in the practice's own language; empty for global practices. */
  place: string;
  years: string;
  status: PracticeFields['status'];
  language: PracticeFields['language'];
  filters: Partial<Record<FilterName, string[]>>;
}

export function embedRecord(
  practice: Pick<CatalogPractice, 'slug' | 'data' | 'regions' | 'primaryObjective' | 'years'>,
  vocab: Pick<Vocabularies, 'countries' | 'regions'>,
): EmbedRecord {
  const { data } = practice;
  const filters: EmbedRecord['filters'] = {};
  for (const [name, values] of Object.entries(searchRecord(practice).filters) as [FilterName, string[]][]) {
    if (values.length) filters[name] = values;
  }
  return {
    slug: practice.slug,
    title: data.title,
    summary: data.summary,
    objective: practice.primaryObjective,
    place: placeLabel(data, vocab, data.language),
    years: practice.years,
    status: data.status,
    language: data.language,
    filters,
  };
}

/** The whole file: short titles of the objectives, and the practices newest first. */
export interface EmbedData {
  objectives: Record<string, string>;
  practices: EmbedRecord[];
}
