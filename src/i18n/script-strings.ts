import type { UiKey } from './en.ts';

/**
 * The interface strings each scripted page hands its script, from the
 * dictionary of its language, in a `data-strings` attribute
 * (src/client/shared/translator.ts reads them): the script carries no
 * dictionary, and no list of keys either, only their types.
 */

/** What a result card says, on /search/ and /embed/ (src/client/shared/result-card.ts). */
export const CARD_KEYS = [
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
export type CardKey = (typeof CARD_KEYS)[number];

/** /search/ (SearchPage.astro). */
export const SEARCH_KEYS = [
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
  'search.found.zero',
  'search.found.one',
  'search.found.many',
  'search.shown',
  'search.none.title',
  'search.none.remove',
  'search.none.clear',
  'search.none.text',
  ...CARD_KEYS,
] as const satisfies readonly UiKey[];
export type SearchKey = (typeof SEARCH_KEYS)[number];

/** /embed/ (EmbedPage.astro), in every language: `?lang=` picks one. */
export const EMBED_KEYS = [
  'embed.title',
  'embed.heading',
  'embed.loading',
  'embed.error',
  'embed.empty',
  'embed.showing',
  'embed.showMore',
  'embed.moreOnAtlas',
  'embed.searchLabel',
  'embed.newTab',
  'search.submit',
  'count.practice',
  'count.practices',
  ...CARD_KEYS,
] as const satisfies readonly UiKey[];
export type EmbedKey = (typeof EMBED_KEYS)[number];

/** /compare/ (ComparePage.astro). */
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

/** Labels of the ids a practice's open data holds, in the page's language, for /compare/. */
export interface CompareLabels {
  objectives: Record<string, string>;
  countries: Record<string, string>;
  types: Record<string, string>;
  evaluations: Record<string, string>;
  blocks: Record<string, string>;
}
