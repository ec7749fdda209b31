/**
 * Vocabulary values that are valid but redundant. Whether an id exists is the
 * schema's rule (src/schemas/practice.ts); this is advice on top of it.
 */
import { deriveRegions } from '../build-catalog.ts';
import type { Vocabularies } from '../load-vocabularies.ts';
import type { Problem } from '../problem.ts';

/** A region the practice's countries already place it in: the content model says not to list it again. */
export function vocabularyProblems(raw: Record<string, unknown>, file: string, lineOf: (path: readonly PropertyKey[]) => number | undefined, vocab: Vocabularies): Problem[] {
  const countries = Array.isArray(raw.countries) ? raw.countries.filter((c): c is string => typeof c === 'string' && vocab.countries.has(c)) : [];
  const regions = Array.isArray(raw.regions) ? raw.regions : [];
  if (!countries.length || !regions.length) return [];
  const problems: Problem[] = [];
  regions.forEach((region, i) => {
    if (typeof region !== 'string') return;
    const from = countries.find((c) => deriveRegions({ countries: [c] }, vocab).includes(region));
    if (from) {
      problems.push({ file, line: lineOf(['regions', i]), field: `regions[${i}]`, severity: 'warning', message: `"${region}" is already derived from ${from} in countries; remove it (regions are for practices that cover a region rather than listed countries)` });
    }
  });
  return problems;
}
