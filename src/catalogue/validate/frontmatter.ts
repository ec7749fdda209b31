/** The frontmatter against the practice schema (src/schemas/practice.ts), as problems with lines and suggestions. */
import type { z } from 'astro/zod';
import { PRACTICE_FIELDS } from '../../schemas/practice.ts';
import { closestMatch } from '../closest-match.ts';
import { formatPath } from '../format-problem.ts';
import type { Problem } from '../problem.ts';

/** Turns zod issues into problems, one per unknown field, with lines and suggestions. */
export function issuesToProblems(
  issues: z.core.$ZodIssue[],
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
  sourceOf: (path: readonly PropertyKey[]) => string | undefined = () => undefined,
  kind: { fields: readonly string[]; name: string } = { fields: PRACTICE_FIELDS, name: 'a practice' },
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const known: readonly string[] = issue.path.length === 0 ? kind.fields : [];
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const near = closestMatch(key, known);
        problems.push({
          file,
          line: lineOf(path),
          field: formatPath(path),
          severity: 'error',
          message:
            `is not a field of ${issue.path.length ? formatPath(issue.path) : kind.name}` +
            (near ? `; did you mean "${near}"?` : known.length ? `; allowed fields: ${known.join(', ')}` : '; remove it'),
        });
      }
      continue;
    }
    problems.push({ file, line: lineOf(issue.path), field: formatPath(issue.path), severity: 'error', message: asWritten(issue.message, sourceOf(issue.path)) });
  }
  return problems;
}

/**
 * A number in a message as the editor wrote it: YAML reads `10.10` as 10.1,
 * and a message saying "10.1" would send them to another SDG target.
 */
function asWritten(message: string, written: string | undefined): string {
  if (written === undefined || !/^[-+]?\d+(\.\d+)?$/.test(written)) return message;
  const read = String(Number(written));
  if (read === written) return message;
  return message.replace(new RegExp(`(?<![\\w.])${read.replace(/[.+-]/g, '\\$&')}(?![\\w.])`, 'g'), written);
}
