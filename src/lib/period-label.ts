import type { Translate } from '../i18n/index.ts';

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per language and precision: creating one costs more than formatting thousands of dates. */
function format(lang: string, day: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${day}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', ...(day ? { day: 'numeric' } : {}), timeZone: 'UTC' });
    formats.set(key, f);
  }
  return f;
}

/** "2019", "May 2019", "31 May 2019" in the reader's language: a partial date as written, never more precise. */
export function partialDateLabel(value: string, lang = 'en'): string {
  const [y, m, d] = value.split('-').map(Number);
  if (!m) return String(y);
  return format(lang, Boolean(d)).format(new Date(Date.UTC(y!, m - 1, d ?? 1)));
}

/** "2017 to 2018", "Since 2019", or a single date when start and end match. */
export function periodLabel(
  period: { start: string; end?: string | undefined },
  t: Translate,
  lang = 'en',
): string {
  const start = partialDateLabel(period.start, lang);
  if (!period.end) return t('period.since', { start });
  const end = partialDateLabel(period.end, lang);
  return start === end ? start : t('period.range', { start, end });
}
