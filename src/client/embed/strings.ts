import type { UiKey } from '../../i18n/en.ts';

/**
 * The interface strings an embed needs, in every language, chosen at build
 * time from the dictionaries (the page holds them in a data attribute, so the
 * script does not carry every dictionary).
 */
export const EMBED_KEYS = [
  'embed.title',
  'embed.heading',
  'embed.loading',
  'embed.error',
  'embed.openAtlas',
  'embed.empty',
  'embed.showing',
  'embed.showMore',
  'embed.moreOnAtlas',
  'embed.searchLabel',
  'embed.newTab',
  'search.submit',
  'count.none',
  'count.practice',
  'count.practices',
  'card.where',
  'card.when',
  'card.status',
  'card.section',
  'card.inLanguage.en',
  'card.inLanguage.fr',
  'card.inLanguage.es',
  'status.planned',
  'status.ongoing',
  'status.completed',
  'status.stale',
  'glance.global',
  'objective.label',
] as const satisfies readonly UiKey[];

export type EmbedKey = (typeof EMBED_KEYS)[number];
export type EmbedStrings = Record<EmbedKey, string>;
export type EmbedTranslate = (key: EmbedKey, params?: Record<string, string | number>) => string;

export function embedTranslate(strings: EmbedStrings): EmbedTranslate {
  return (key, params) =>
    params ? strings[key].replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m)) : strings[key];
}
