import { vocabularies } from '../catalogue/catalog.ts';
import { useTranslations, type Lang } from '../i18n/index.ts';
import { openDataPaths } from './api/open-data-paths.ts';
import { regionTree } from '../catalogue/region-tree.ts';
import { termLabels } from '../i18n/term-labels.ts';
import { STATUSES } from '../schemas/practice.ts';

/** A list of choices of the embed builder: one filter of `/embed/`. */
export interface BuilderGroup {
  name: string;
  legend: string;
  options: { value: string; label: string; depth: number }[];
}

/** The filters of the embed builder, labelled in the page's language; `blocks`, the building blocks with their titles in it. */
export function builderGroups(lang: Lang, blocks: ReadonlyMap<string, string> = new Map()): BuilderGroup[] {
  const t = useTranslations(lang);
  const vocab = vocabularies();
  const L = termLabels(vocab, lang);
  return [
    {
      name: 'objective',
      legend: t('builder.objectives'),
      options: [...vocab.objectives.keys()].map((n) => ({ value: String(n), label: `${n}. ${L.objective(n).short}`, depth: 0 })),
    },
    {
      name: 'region',
      legend: t('builder.regions'),
      options: regionTree(vocab.regions).map(({ region, depth }) => ({ value: region.id, label: L.region(region.id), depth })),
    },
    {
      name: 'theme',
      legend: t('builder.themes'),
      options: [...vocab.themes.keys()]
        .map((id) => ({ value: id, label: L.theme(id).label, depth: 0 }))
        .sort((a, b) => a.label.localeCompare(b.label, lang)),
    },
    {
      name: 'status',
      legend: t('builder.status'),
      options: STATUSES.map((s) => ({ value: s, label: L.status(s), depth: 0 })),
    },
    ...(blocks.size
      ? [{
          name: 'block',
          legend: t('nav.blocks'),
          options: [...blocks].map(([value, label]) => ({ value, label, depth: 0 })).sort((a, b) => a.label.localeCompare(b.label, lang)),
        }]
      : []),
  ];
}

/** Feeds (in the page's language) and open data (one for all languages) listed under the builder. */
export function builderDataLinks(lang: Lang): { path: string; label: string; localized: boolean }[] {
  const t = useTranslations(lang);
  return [
    { path: openDataPaths.feed('atom'), label: t('feed.atom', { name: t('practices.title') }), localized: true },
    { path: openDataPaths.feed('json'), label: t('feed.json', { name: t('practices.title') }), localized: true },
    { path: openDataPaths.csv(), label: t('feed.csv'), localized: false },
    { path: openDataPaths.json(), label: t('feed.apiJson'), localized: false },
  ];
}
