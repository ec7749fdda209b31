import type { Translate } from '../i18n/index.ts';
import { partialDateLabel } from './period-label.ts';

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
