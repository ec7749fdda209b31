import type { Translate } from '../i18n/index.ts';

/** "2019", "May 2019", "31 May 2019" in the reader's language: a partial date as written, never more precise. */
export function partialDateLabel(value: string, lang = 'en'): string {
  const [y, m, d] = value.split('-').map(Number);
  if (!m) return String(y);
  const date = new Date(Date.UTC(y!, m - 1, d ?? 1));
  return new Intl.DateTimeFormat(lang, {
    year: 'numeric',
    month: 'long',
    ...(d ? { day: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(date);
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
