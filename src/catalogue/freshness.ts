/**
 * Freshness of a status. `ongoing` is a claim about the present: when the
 * last report of it (`statusAsOf`, else `updatedAt`, else `publishedAt`) is
 * more than three years old, every place that shows the status says so
 * ("Ongoing as of 2018, not confirmed since") and `npm run check` warns.
 * One rule for the check and the site.
 */

/** An ongoing status last confirmed longer ago than this is shown as not confirmed since. */
export const FRESHNESS_YEARS = 3;

export interface StatusDates {
  status: string;
  statusAsOf?: string | undefined;
  updatedAt?: string | undefined;
  publishedAt: string;
}

export interface Freshness {
  /** The date the status was last confirmed, as written (`2018`, `2018-08`, `2018-08-31`). */
  asOf: string;
  /** Which field it comes from. */
  from: 'statusAsOf' | 'updatedAt' | 'publishedAt';
}

/** The last day a partial date (2023, 2023-03, 2023-03-15) can mean, as YYYY-MM-DD: a month-old report gets the benefit of the doubt. */
export function lastDayOf(date: string): string {
  const [year, month, day] = date.split('-');
  if (day) return date;
  if (month) return `${year}-${month}-${String(new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate()).padStart(2, '0')}`;
  return `${year}-12-31`;
}

/** `today` minus `years`, as YYYY-MM-DD. */
export function yearsBefore(today: Date, years: number): string {
  const limit = new Date(today);
  limit.setUTCFullYear(limit.getUTCFullYear() - years);
  return limit.toISOString().slice(0, 10);
}

/**
 * When an ongoing practice was last confirmed, if that is more than
 * three years before `today`; undefined when its status is fresh or not
 * `ongoing` (a planned or completed status makes no claim about the present).
 */
export function staleOngoing(practice: StatusDates, today: Date): Freshness | undefined {
  if (practice.status !== 'ongoing') return undefined;
  const from = practice.statusAsOf ? 'statusAsOf' : practice.updatedAt ? 'updatedAt' : 'publishedAt';
  const asOf = practice[from];
  if (!asOf || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(asOf)) return undefined;
  return lastDayOf(asOf) < yearsBefore(today, FRESHNESS_YEARS) ? { asOf, from } : undefined;
}

/**
 * "Today" for freshness on the site: the build's date, or `ATLAS_TODAY`
 * (YYYY-MM-DD) so that a build can be reproduced and tests stay stable.
 */
export function buildDay(env: Record<string, string | undefined> = process.env): Date {
  const fixed = env.ATLAS_TODAY?.trim();
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return new Date(`${fixed}T12:00:00Z`);
  return new Date();
}
