import { compareNewestFirst, type Catalog, type CatalogPractice, type PracticeFields } from './build-catalog.ts';

/**
 * Practices most like this one: two points per shared GCM objective (three
 * for the same primary objective), one per shared theme; ties go to the
 * newer practice. Candidates come from the objective and theme indexes, so
 * the work grows with the size of those lists, not with the whole catalogue
 * squared. Other language versions of the same practice are left out.
 */
export function relatedPractices<D extends PracticeFields>(
  practice: CatalogPractice<D>,
  catalog: Catalog<D>,
  limit = 3,
): CatalogPractice<D>[] {
  const scores = new Map<CatalogPractice<D>, number>();
  const add = (list: CatalogPractice<D>[] | undefined, points: number) => {
    for (const other of list ?? []) scores.set(other, (scores.get(other) ?? 0) + points);
  };
  for (const n of practice.data.gcmObjectives) add(catalog.byObjective.get(n), 2);
  for (const t of practice.data.themes) add(catalog.byTheme.get(t), 1);
  for (const other of catalog.byObjective.get(practice.primaryObjective) ?? []) {
    if (other.primaryObjective === practice.primaryObjective) scores.set(other, scores.get(other)! + 1);
  }
  scores.delete(practice);
  for (const t of catalog.translations.get(practice.slug) ?? []) scores.delete(t);
  return [...scores]
    .filter(([other]) => other.data.language === practice.data.language)
    .sort(([a, sa], [b, sb]) => sb - sa || compareNewestFirst(a, b))
    .slice(0, limit)
    .map(([p]) => p);
}
