/**
 * Advice for editors: `npm run check` lists these as warnings, the build only
 * counts them. None stops a build.
 */
import { formatPath } from '../format-problem.ts';
import { FRESHNESS_YEARS, lastDayOf, staleOngoing, yearsBefore } from '../freshness.ts';
import type { Problem } from '../problem.ts';
import { showValue } from '../show-value.ts';

/** Characters of a summary that cards show before cutting it (CONTRIBUTING states the same). */
export const CARD_SUMMARY_LENGTH = 200;
/** A `planned` status reported longer ago than this is probably out of date (an ongoing one follows FRESHNESS_YEARS). */
export const STALE_STATUS_YEARS = 2;

const PRIVATE_HOST =
  /^(localhost|127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|169\.254\.|\[?::1\]?|0\.0\.0\.0)|\.(local|internal|lan|intranet|corp)$/i;

type LineOf = (path: readonly PropertyKey[]) => number | undefined;

/** A date field as written (YAML may have read a day as a Date). */
function dateText(value: unknown): string | undefined {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value !== undefined ? String(value) : undefined;
}

/**
 * `planned` and `ongoing` are only as true as the report behind them. An
 * ongoing status is judged by the site's freshness rule (src/catalogue/freshness.ts);
 * a planned one that old has probably started or been dropped.
 */
export function staleStatusProblems(raw: Record<string, unknown>, file: string, lineOf: LineOf, today: Date): Problem[] {
  const status = raw.status;
  if (status !== 'planned' && status !== 'ongoing') return [];
  const asOf = dateText(raw.statusAsOf);
  if (status === 'ongoing' && typeof raw.publishedAt !== 'undefined') {
    const stale = staleOngoing({ status, statusAsOf: asOf, updatedAt: dateText(raw.updatedAt), publishedAt: dateText(raw.publishedAt)! }, today);
    if (stale) {
      const field = stale.from === 'statusAsOf' ? 'statusAsOf' : 'status';
      return [{
        file,
        line: lineOf([field]),
        field,
        severity: 'warning',
        message:
          `ongoing as of ${stale.asOf}${stale.from === 'statusAsOf' ? '' : ` (its ${stale.from}; there is no statusAsOf)`}, not confirmed since; ` +
          `refresh statusAsOf from a current source (the site shows "not confirmed since" after ${FRESHNESS_YEARS} years), or set status: completed with period.end if it has ended`,
      }];
    }
  }
  if (asOf === undefined) {
    return [{ file, line: lineOf(['status']), field: 'status', severity: 'warning', message: `"${status}" has no statusAsOf; add statusAsOf: YYYY-MM, when the source reported the practice as ${status}, so readers know how current it is` }];
  }
  if (status !== 'planned' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(asOf)) return []; // a malformed date is the schema's
  if (lastDayOf(asOf) >= yearsBefore(today, STALE_STATUS_YEARS)) return [];
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

/**
 * Why an address is not the one to cite: a staging, preview or development
 * copy, an AMP or embed rendering, a CDN's origin host or a mail link
 * wrapper. These move or vanish, and readers land on a copy of the page.
 */
export function nonCanonicalReason(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  const host = u.hostname.toLowerCase();
  const labels = host.split('.');
  const segments = u.pathname.toLowerCase().split('/').filter(Boolean);
  const keys = [...u.searchParams.keys()].map((k) => k.toLowerCase());
  if (labels.slice(0, -2).some((l) => /^(staging|stage|preview|dev|uat|qa|oldsite|old|origin)(-|$)/.test(l))) return 'a staging, preview, development or origin copy';
  if (labels[0] === 'amp' || host.endsWith('ampproject.org') || segments.includes('amp') || segments.some((s) => s.endsWith('.amp')) || keys.includes('amp') || u.searchParams.get('outputType') === 'amp') return 'an AMP copy';
  if (segments.includes('embed') || keys.some((k) => k.startsWith('embed'))) return 'an embed view';
  if (/(^|\.)(cloudfront\.net|arc-cdn\.net|arcpublishing\.com|akamaihd\.net|edgesuite\.net|azureedge\.net|fastly\.net|b-cdn\.net)$/.test(host)) return "a CDN's origin host";
  if (host.endsWith('safelinks.protection.outlook.com') || (host.endsWith('google.com') && u.pathname === '/url')) return 'a link wrapper';
  return undefined;
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
      const copy = nonCanonicalReason(url);
      if (copy) {
        problems.push({ file, line: lineOf(['resources', i, 'url']), field: formatPath(['resources', i, 'url']), severity: 'warning', message: `${showValue(url)} is ${copy}, not the page itself; link the canonical address, the one the publisher's own site shows` });
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
