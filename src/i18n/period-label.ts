import type { Translate } from '../i18n/index.ts';

/** How much of a date is written: `2019`, `2019-05` or `2019-05-31`. */
type Precision = 'year' | 'month' | 'day';
const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per language and precision: creating one costs more than formatting thousands of dates. */
function format(lang: string, precision: Precision): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, {
      year: 'numeric',
      ...(precision === 'year' ? {} : { month: 'long' }),
      ...(precision === 'day' ? { day: 'numeric' } : {}),
      timeZone: 'UTC',
    });
    formats.set(key, f);
  }
  return f;
}

function parse(value: string): { date: Date; precision: Precision } {
  const [y, m, d] = value.split('-').map(Number);
  return { date: new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)), precision: d ? 'day' : m ? 'month' : 'year' };
}

/** The first day of the date's year or month: "2017-04-15" shown as "April 2017" is April 1st, not later than the end. */
function truncate(date: Date, precision: Precision): Date {
  return precision === 'day' ? date : new Date(Date.UTC(date.getUTCFullYear(), precision === 'month' ? date.getUTCMonth() : 0, 1));
}

/** "2019", "May 2019", "31 May 2019" in the reader's language: a partial date as written, never more precise. */
export function partialDateLabel(value: string, lang = 'en'): string {
  const { date, precision } = parse(value);
  return format(lang, precision).format(date);
}

/**
 * "2017–2019", "January – April 2017", "Since 2019", or one date when start
 * and end are the same. One range through `formatRange`, so what both ends
 * share (the year) is written once, as the language writes it. Ends written
 * to different precisions: in the same year, the range is shown at the
 * coarser one ("2017", not "2017 to April 2017"; never an invented January);
 * across years, each end keeps its own, joined as the language joins a range.
 */
export function periodLabel(period: { start: string; end?: string | undefined }, t: Translate, lang = 'en'): string {
  if (!period.end) return t('period.since', { start: partialDateLabel(period.start, lang) });
  const start = parse(period.start);
  const end = parse(period.end);
  const coarser = RANK[start.precision] <= RANK[end.precision] ? start.precision : end.precision;
  const range = format(lang, coarser);
  if (start.precision === end.precision || start.date.getUTCFullYear() === end.date.getUTCFullYear()) {
    return range.formatRange(truncate(start.date, coarser), truncate(end.date, coarser));
  }
  // The finer precision's separator: Spanish writes "2019–2023" but "2019 – julio de 2021".
  const finer = coarser === start.precision ? end.precision : start.precision;
  const parts = format(lang, finer).formatRangeToParts(start.date, end.date);
  const separator = parts.find((p) => p.source === 'shared' && p.type === 'literal')?.value ?? ' – ';
  return `${partialDateLabel(period.start, lang)}${separator}${partialDateLabel(period.end, lang)}`;
}
