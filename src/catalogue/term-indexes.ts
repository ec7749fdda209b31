import { useTranslations, type Lang } from '../i18n/index.ts';
import { compareTargetIds } from './compare-target-ids.ts';
import { regionTree } from './region-tree.ts';
import { termLabels } from '../i18n/term-labels.ts';
import { paths } from '../i18n/urls.ts';
import { getCatalog, vocabularies, type Practice } from './catalog.ts';
import { practicesFor } from './listings.ts';

/** The index pages that list the values of a facet: `/sdg/`, `/regions/`, `/countries/`, `/themes/`, `/principles/`. */
export type TermIndexKind = 'sdg' | 'regions' | 'countries' | 'themes' | 'principles';

export interface TermIndex {
  title: string;
  lead: string;
  terms: { label: string; path: string; count: number; note?: string | undefined; className?: string | undefined }[];
}

/** An index page in one language: labels in that language, sorted by its collation, counts as its listings count. */
export async function termIndex(kind: TermIndexKind, lang: Lang): Promise<TermIndex> {
  const t = useTranslations(lang);
  const vocab = vocabularies();
  const L = termLabels(vocab, lang);
  const catalog = await getCatalog();
  const count = async (list: Practice[] | undefined) => (await practicesFor(list ?? [], lang)).length;
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, lang);
  switch (kind) {
    case 'sdg': {
      const ids = [...catalog.bySdgTarget.keys()].sort(compareTargetIds);
      const terms = await Promise.all(
        ids.map(async (id) => ({
          label: t('sdg.targetTitle', { id }),
          path: paths.sdgTarget(id),
          count: await count(catalog.bySdgTarget.get(id)),
          note: L.sdgTarget(id),
          className: `sdg sdg-${vocab.sdgTargets.get(id)!.goal}`,
        })),
      );
      return { title: t('sdg.title'), lead: t('sdg.lead'), terms };
    }
    case 'regions': {
      // Regions in M49 order, each followed by its sub-regions, indented by name.
      const terms = await Promise.all(
        regionTree(vocab.regions).map(async ({ region, depth }) => ({
          label: `${'— '.repeat(depth)}${L.region(region.id)}`,
          path: paths.region(region.id),
          count: await count(catalog.byRegion.get(region.id)),
        })),
      );
      return { title: t('regions.title'), lead: t('regions.lead'), terms };
    }
    case 'countries': {
      const terms = await Promise.all(
        [...catalog.byCountry.keys()].map(async (id) => ({ label: L.country(id), path: paths.country(id), count: await count(catalog.byCountry.get(id)) })),
      );
      return { title: t('countries.title'), lead: t('countries.lead'), terms: terms.sort(byLabel) };
    }
    case 'themes': {
      const terms = await Promise.all(
        [...vocab.themes.keys()].map(async (id) => {
          const { label, description } = L.theme(id);
          return { label, path: paths.theme(id), count: await count(catalog.byTheme.get(id)), note: description };
        }),
      );
      return { title: t('themes.title'), lead: t('themes.lead'), terms: terms.sort(byLabel) };
    }
    case 'principles': {
      const terms = await Promise.all(
        [...vocab.principles.keys()].map(async (id) => ({ label: L.principle(id), path: paths.principle(id), count: await count(catalog.byPrinciple.get(id)) })),
      );
      return { title: t('principles.title'), lead: t('principles.lead'), terms };
    }
  }
}
