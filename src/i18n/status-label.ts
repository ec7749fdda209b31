import type { Translate } from '../i18n/index.ts';
import { buildDay, staleOngoing, type StatusDates } from '../catalogue/freshness.ts';
import { partialDateLabel } from './period-label.ts';

/** "Today" for the whole build, so that every page judges freshness alike. */
const TODAY = buildDay();

/**
 * "Ongoing as of 2018, not confirmed since", when an ongoing status was last
 * confirmed more than three years before the build (src/catalogue/freshness.ts);
 * undefined when the status is fresh or makes no claim about the present.
 */
export function staleStatusLabel(data: StatusDates, t: Translate, today: Date = TODAY): string | undefined {
  const stale = staleOngoing(data, today);
  return stale ? t('status.stale', { status: t('status.ongoing'), year: stale.asOf.slice(0, 4) }) : undefined;
}

/** The status as a card shows it: the word, or its freshness when it is stale. */
export function cardStatusLabel(data: StatusDates & { status: 'planned' | 'ongoing' | 'completed' }, t: Translate, today: Date = TODAY): { text: string; stale: boolean } {
  const stale = staleStatusLabel(data, t, today);
  return stale ? { text: stale, stale: true } : { text: t(`status.${data.status}`), stale: false };
}

/**
 * "Ongoing, as reported in March 2023": a status with the date of the report
 * behind it, in the page's language. A completed practice, or one without
 * `statusAsOf`, shows the status alone.
 */
export function statusLabel(status: 'planned' | 'ongoing' | 'completed', statusAsOf: string | undefined, t: Translate, lang = 'en'): string {
  const word = t(`status.${status}`);
  if (!statusAsOf || status === 'completed') return word;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(statusAsOf);
  return t(day ? 'glance.statusAsOfDay' : 'glance.statusAsOf', { status: word, date: partialDateLabel(statusAsOf, lang) });
}
