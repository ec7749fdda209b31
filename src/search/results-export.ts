import { formatCsv, neutralise } from '../publishing/api/format-csv.ts';

/**
 * Practices as downloadable data: the CSV of `/api/practices.csv` and the
 * JSON of `/api/practices.json`, from the records `/api/practices.json`
 * holds. The search page uses the same functions for "download these
 * results", so a download and the open data always have the same columns.
 */
export interface PracticeExportRecord {
  slug: string;
  url: string;
  title: string;
  summary: string;
  gcmObjectives: number[];
  primaryObjective: number;
  themes: string[];
  sdgTargets?: string[] | undefined;
  guidingPrinciples?: string[] | undefined;
  countries?: string[] | undefined;
  regions?: string[] | undefined;
  derivedRegions: string[];
  scope: string;
  practiceType?: string | undefined;
  status: string;
  evaluation?: string | undefined;
  period: { start: string; end?: string | undefined };
  implementers?: string[] | undefined;
  partners?: string[] | undefined;
  funders?: string[] | undefined;
  publishedAt: string;
  updatedAt?: string | undefined;
  language: string;
  translationOf?: string | undefined;
  cover?: { url?: string | undefined; alt: string } | undefined;
  resources?: { title: string; url: string; type?: string | undefined }[] | undefined;
  contact?: { name?: string | undefined; organisation?: string | undefined; email?: string | undefined } | undefined;
  buildingBlocks?: string[] | undefined;
  reach?: { count: number; unit: string; asOf?: string | undefined }[] | undefined;
  budget?: { amount: number; currency: string; period?: string | undefined; note?: string | undefined } | undefined;
  enablingFactors?: string[] | undefined;
  constraints?: string[] | undefined;
}

/** Separator of several values in one cell. A value that holds it is ambiguous: use the JSON. */
export const LIST_SEPARATOR = ';';

/**
 * Several values in one cell, each neutralised before joining: a spreadsheet
 * that splits on ";" reads every entry as a cell of its own, so "=1+1" after
 * "Local NGO" must be made text too, not only the start of the cell.
 */
const list = (values: readonly (string | number)[] | undefined) => (values ?? []).map((v) => (typeof v === 'string' ? neutralise(v) : String(v))).join(LIST_SEPARATOR);

/** Columns of the CSV, in order, with how each cell is read from a record. */
export const PRACTICE_CSV_COLUMNS: readonly { name: string; cell: (r: PracticeExportRecord) => string | number | undefined }[] = [
  { name: 'slug', cell: (r) => r.slug },
  { name: 'url', cell: (r) => r.url },
  { name: 'title', cell: (r) => r.title },
  { name: 'summary', cell: (r) => r.summary },
  { name: 'primaryObjective', cell: (r) => r.primaryObjective },
  { name: 'gcmObjectives', cell: (r) => list(r.gcmObjectives) },
  { name: 'themes', cell: (r) => list(r.themes) },
  { name: 'sdgTargets', cell: (r) => list(r.sdgTargets) },
  { name: 'guidingPrinciples', cell: (r) => list(r.guidingPrinciples) },
  { name: 'countries', cell: (r) => list(r.countries) },
  { name: 'regions', cell: (r) => list(r.regions) },
  { name: 'derivedRegions', cell: (r) => list(r.derivedRegions) },
  { name: 'scope', cell: (r) => r.scope },
  { name: 'practiceType', cell: (r) => r.practiceType },
  { name: 'status', cell: (r) => r.status },
  { name: 'evaluation', cell: (r) => r.evaluation },
  { name: 'periodStart', cell: (r) => r.period.start },
  { name: 'periodEnd', cell: (r) => r.period.end },
  { name: 'implementers', cell: (r) => list(r.implementers) },
  { name: 'partners', cell: (r) => list(r.partners) },
  { name: 'funders', cell: (r) => list(r.funders) },
  { name: 'publishedAt', cell: (r) => r.publishedAt },
  { name: 'updatedAt', cell: (r) => r.updatedAt },
  { name: 'language', cell: (r) => r.language },
  { name: 'translationOf', cell: (r) => r.translationOf },
  { name: 'coverUrl', cell: (r) => r.cover?.url },
  { name: 'coverAlt', cell: (r) => r.cover?.alt },
  { name: 'resourceUrls', cell: (r) => list(r.resources?.map((x) => x.url)) },
  { name: 'contactName', cell: (r) => r.contact?.name },
  { name: 'contactOrganisation', cell: (r) => r.contact?.organisation },
  { name: 'contactEmail', cell: (r) => r.contact?.email },
  { name: 'buildingBlocks', cell: (r) => list(r.buildingBlocks) },
  // "23096 residence cards issued (2015)": a figure is read with its unit; the JSON keeps them apart.
  { name: 'reach', cell: (r) => list(r.reach?.map((x) => `${x.count} ${x.unit}${x.asOf ? ` (${x.asOf})` : ''}`)) },
  { name: 'budgetAmount', cell: (r) => r.budget?.amount },
  { name: 'budgetCurrency', cell: (r) => r.budget?.currency },
  { name: 'budgetPeriod', cell: (r) => r.budget?.period },
  { name: 'budgetNote', cell: (r) => r.budget?.note },
  { name: 'enablingFactors', cell: (r) => list(r.enablingFactors) },
  { name: 'constraints', cell: (r) => list(r.constraints) },
];

/** One header row, then one row per practice, in the order given. */
export function practicesToCsv(records: readonly PracticeExportRecord[], { bom = false } = {}): string {
  return formatCsv(
    [PRACTICE_CSV_COLUMNS.map((c) => c.name), ...records.map((r) => PRACTICE_CSV_COLUMNS.map((c) => c.cell(r)))],
    { bom },
  );
}

/** The shape of `/api/practices.json`: `{ count, practices }`. */
export function practicesToJson(records: readonly PracticeExportRecord[]): string {
  return JSON.stringify({ count: records.length, practices: records }, null, 1);
}
