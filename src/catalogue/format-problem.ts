import type { Problem } from './problem.ts';

/** `['resources', 1, 'url']` → `resources[1].url`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

/**
 * One line per problem. `style: 'contract'` is the form the content model
 * documents (`file: field: message`); `style: 'editor'` puts the line after
 * the file (`file:12: field: message`) so editors and terminals can jump to it.
 */
export function formatProblem(problem: Problem, style: 'contract' | 'editor' = 'editor'): string {
  const where =
    style === 'editor' && problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? `${problem.field}: ` : '';
  const warning = problem.severity === 'warning' ? 'warning: ' : '';
  const line = style === 'contract' && problem.line ? ` (line ${problem.line})` : '';
  return `${where}: ${warning}${field}${problem.message}${line}`;
}

/** A report for the terminal: every problem, then a count. */
export function formatReport(problems: Problem[], style: 'contract' | 'editor' = 'editor'): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const files = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file)).size;
  const lines = problems.map((p) => formatProblem(p, style));
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(
    errors
      ? `${count(errors, 'error')} in ${count(files, 'file')}${warnings ? `, ${count(warnings, 'warning')}` : ''}. Fix the errors above; the site will not build until then.`
      : `No errors${warnings ? `, ${count(warnings, 'warning')}` : ''}.`,
  );
  return lines.join('\n');
}
