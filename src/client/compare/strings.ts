import type { UiKey } from '../../i18n/en.ts';

/** The interface strings the compare script needs, handed over by the page in a data attribute. */
export const COMPARE_KEYS = [
  'compare.chosen',
  'compare.tooFew',
  'compare.tooMany',
  'compare.loading',
  'compare.error',
  'compare.field',
  'compare.remove',
  'compare.shared',
  'compare.objectives',
  'compare.countries',
  'compare.period',
  'compare.type',
  'compare.evaluation',
  'compare.reach',
  'compare.budget',
  'compare.enablingFactors',
  'compare.constraints',
  'compare.blocks',
  'compare.notStated',
  'status.planned',
  'status.ongoing',
  'status.completed',
  'status.stale',
  'glance.global',
] as const satisfies readonly UiKey[];

export type CompareKey = (typeof COMPARE_KEYS)[number];

/** Labels of the ids a practice's open data holds, in the page's language. */
export interface CompareLabels {
  objectives: Record<string, string>;
  countries: Record<string, string>;
  types: Record<string, string>;
  evaluations: Record<string, string>;
  blocks: Record<string, string>;
}
