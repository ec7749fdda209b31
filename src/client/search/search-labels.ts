import type { FacetCounts } from '../../search/facet-queries.ts';
import { FILTER_NAMES, VALUE_PATTERNS, type FilterName } from '../../search/search-state.ts';
import type { FacetData, FacetLabels, FacetValue } from '../../search/facet-data.ts';
import type { SearchKey } from '../../i18n/script-strings.ts';
import type { Translator } from '../shared/translator.ts';

/** What the page says about filter values, from facets.json and the dictionary. */
export class SearchLabels {
  private readonly values: Map<FilterName, Map<string, FacetValue>>;
  private readonly tr: Translator<SearchKey>;
  readonly totals: FacetCounts;

  constructor(data: FacetData, tr: Translator<SearchKey>) {
    this.tr = tr;
    this.values = new Map(FILTER_NAMES.map((name) => [name, new Map(data.facets[name].map((v) => [v.v, v]))]));
    this.totals = Object.fromEntries(FILTER_NAMES.map((name) => [name, Object.fromEntries(data.facets[name].map((v) => [v.v, v.n]))])) as FacetCounts;
  }

  /**
   * Objectives and statuses are known vocabularies: any of them is a real
   * filter, even with no practice yet. Other values must be in this
   * language's index.
   */
  readonly isKnown = (name: FilterName, value: string): boolean =>
    name === 'objective' || name === 'status' ? VALUE_PATTERNS[name].test(value) : this.values.get(name)!.has(value);

  /** The long filters' labels, once facet-labels.json is in (values it does not hold are ignored). */
  add(labels: Partial<FacetLabels>): void {
    for (const [name, byId] of Object.entries(labels) as [FilterName, Record<string, unknown>][]) {
      const values = this.values.get(name);
      for (const [id, label] of Object.entries(byId ?? {})) {
        const value = values?.get(id);
        if (value && typeof label === 'string') value.l = label;
      }
    }
  }

  readonly objectiveShort = (n: string): string | undefined => this.values.get('objective')!.get(n)?.l;

  readonly value = (name: FilterName, value: string): string => {
    const known = this.values.get(name)!.get(value)?.l;
    if (known) return known;
    const { t } = this.tr;
    if (name === 'status') return t(`status.${value as 'planned' | 'ongoing' | 'completed'}`);
    if (name === 'objective') return t('objective.label', { n: value });
    return value;
  };

  /** "Region: Africa", "Objective 5: Legal pathways": a chip, or a filter named in the no-results help. */
  readonly chip = (name: FilterName, vals: string[]): string => {
    const { t } = this.tr;
    if (name === 'objective' && vals.length === 1) {
      const v = vals[0]!;
      const short = this.objectiveShort(v);
      return short ? t('search.chip', { facet: t('objective.label', { n: v }), value: short }) : t('objective.label', { n: v });
    }
    const shown = name === 'objective' || name === 'sdg' ? vals : vals.map((v) => this.value(name, v));
    return t('search.chip', { facet: t(`search.facet.${name}`), value: shown.join(', ') });
  };
}
