/**
 * Advice for editors: `npm run check` lists these as warnings, the build only
 * counts them. None stops a build.
 */
import { formatPath } from '../format-problem.ts';
import type { Problem } from '../problem.ts';
import { showValue } from '../show-value.ts';

/** Characters of a summary that cards show before cutting it (CONTRIBUTING states the same). */
export const CARD_SUMMARY_LENGTH = 200;
/** A `planned` or `ongoing` status reported longer ago than this is probably out of date. */
export const STALE_STATUS_YEARS = 2;

const PRIVATE_HOST =
  /^(localhost|127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|169\.254\.|\[?::1\]?|0\.0\.0\.0)|\.(local|internal|lan|intranet|corp)$/i;

type LineOf = (path: readonly PropertyKey[]) => number | undefined;

/** The last day a partial date (2023, 2023-03, 2023-03-15) can mean, as YYYY-MM-DD. */
function lastDayOf(date: string): string {
  const [year, month, day] = date.split('-');
  if (day) return date;
  if (month) return `${year}-${month}-${String(new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate()).padStart(2, '0')}`;
  return `${year}-12-31`;
}

/** `planned` and `ongoing` are only as true as the report behind them. */
export function staleStatusProblems(raw: Record<string, unknown>, file: string, lineOf: LineOf, today: Date): Problem[] {
  const status = raw.status;
  if (status !== 'planned' && status !== 'ongoing') return [];
  const asOf = raw.statusAsOf instanceof Date ? raw.statusAsOf.toISOString().slice(0, 10) : raw.statusAsOf !== undefined ? String(raw.statusAsOf) : undefined;
  if (asOf === undefined) {
    return [{ file, line: lineOf(['status']), field: 'status', severity: 'warning', message: `"${status}" has no statusAsOf; add statusAsOf: YYYY-MM, when the source reported the practice as ${status}, so readers know how current it is` }];
  }
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(asOf)) return []; // reported by the schema
  const limit = new Date(today);
  limit.setUTCFullYear(limit.getUTCFullYear() - STALE_STATUS_YEARS);
  if (lastDayOf(asOf) >= limit.toISOString().slice(0, 10)) return [];
  return [{
    file,
    line: lineOf(['statusAsOf']),
    field: 'statusAsOf',
    severity: 'warning',
    message: `${showValue(asOf)} is more than ${STALE_STATUS_YEARS} years ago for a practice still "${status}"; check a recent source and update status and statusAsOf (a finished practice is "completed", with period.end)`,
  }];
}

/** Readers should be able to check a practice against a public source over a secure connection. */
export function httpsResourceProblems(raw: Record<string, unknown>, file: string, lineOf: LineOf): Problem[] {
  const urls = (Array.isArray(raw.resources) ? raw.resources : []).map((r) => (r as { url?: unknown })?.url).filter((u): u is string => typeof u === 'string');
  if (urls.some((u) => /^https:\/\//i.test(u))) return [];
  return [{
    file,
    line: lineOf(['resources']),
    field: 'resources',
    severity: 'warning',
    message: urls.length
      ? 'has no https:// address; link the secure version of a source (most sites serve https://)'
      : 'is missing: give at least one public source with an https:// address (a report, the policy, the project\'s page), so readers can check the practice',
  }];
}

/** Resources on private networks, markup in the summary, summaries cards cut. */
export function textProblems(raw: Record<string, unknown>, file: string, lineOf: LineOf): Problem[] {
  const problems: Problem[] = [];
  const resources = Array.isArray(raw.resources) ? raw.resources : [];
  resources.forEach((r: unknown, i: number) => {
    const url = (r as { url?: unknown })?.url;
    if (typeof url !== 'string') return;
    try {
      if (PRIVATE_HOST.test(new URL(url).hostname)) {
        problems.push({ file, line: lineOf(['resources', i, 'url']), field: formatPath(['resources', i, 'url']), severity: 'warning', message: `${showValue(url)} points to a private address that readers cannot open; link to a public copy` });
      }
    } catch {
      /* reported by the schema */
    }
  });
  if (typeof raw.summary === 'string') {
    const markup = /<\/?[a-z][^>]*>|\[[^\]]*\]\([^)]*\)|\*\*[^*]+\*\*/i.exec(raw.summary);
    if (markup) {
      problems.push({ file, line: lineOf(['summary']), field: 'summary', severity: 'warning', message: `contains markup ${showValue(markup[0])}, which is shown as typed; write plain text` });
    }
    const length = [...raw.summary].length;
    // Over 500 is an error of the schema.
    if (length > CARD_SUMMARY_LENGTH && length <= 500) {
      problems.push({ file, line: lineOf(['summary']), field: 'summary', severity: 'warning', message: `has ${length} characters; cards show the first ${CARD_SUMMARY_LENGTH}, so put the essential first` });
    }
  }
  return problems;
}
