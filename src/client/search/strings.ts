import type { UiKey } from '../../i18n/en.ts';

/**
 * The interface strings the search script needs, handed over by the page
 * (from the dictionary of its language) in a data attribute.
 */
export const CLIENT_KEYS = [
  'search.filters',
  'search.filtersChosen',
  'search.facet.objective',
  'search.facet.sdg',
  'search.facet.region',
  'search.facet.country',
  'search.facet.theme',
  'search.facet.principle',
  'search.facet.status',
  'search.facet.block',
  'search.find.country',
  'search.find.sdg',
  'search.facet.noMatch',
  'search.showAll',
  'search.showFewer',
  'search.valueCount.zero',
  'search.valueCount.one',
  'search.valueCount.many',
  'search.chip',
  'search.remove',
  'search.loading',
  'search.found.zero',
  'search.found.one',
  'search.found.many',
  'search.shown',
  'search.none.title',
  'search.none.remove',
  'search.none.clear',
  'search.none.text',
  'search.error',
  'card.where',
  'card.when',
  'card.status',
  'card.section',
  'card.inLanguage.en',
  'card.inLanguage.fr',
  'card.inLanguage.es',
  'objective.label',
  'glance.global',
  'status.planned',
  'status.ongoing',
  'status.completed',
  'status.stale',
] as const satisfies readonly UiKey[];

export type ClientKey = (typeof CLIENT_KEYS)[number];
export type Strings = Record<ClientKey, string>;

/** Fills `{name}` placeholders, as `t()` does on the server. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** "No practices", "1 practice", "12 practices" with the keys `<prefix>.zero|one|many`. */
export function plural(strings: Strings, prefix: 'search.valueCount' | 'search.found', count: number): string {
  const key = `${prefix}.${count === 0 ? 'zero' : count === 1 ? 'one' : 'many'}` as const;
  return format(strings[key], { count });
}
