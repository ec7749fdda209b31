/**
 * The content check's result for a pull request's job summary: every
 * problem in one table, errors first, with a link to the line. GitHub shows
 * at most ten annotations per step on "Files changed"; the summary has them all.
 */
import type { Problem } from '../../src/catalogue/problem.ts';

export interface CheckReport {
  problems: Problem[];
  errors: number;
  warnings: number;
  practices: number;
  seconds: number;
}

export interface SummaryLinks {
  /** `https://github.com/owner/name`, to link each file at the checked commit. */
  repository?: string | undefined;
  sha?: string | undefined;
}

/** Errors before warnings, then by file and line, so the first annotations shown are errors. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      Number(a.severity === 'warning') - Number(b.severity === 'warning') ||
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0),
  );
}

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;');
}

function where(problem: Problem, links: SummaryLinks): string {
  const text = `${problem.file}${problem.line ? `:${problem.line}` : ''}`;
  if (!links.repository || !links.sha) return `\`${cell(text)}\``;
  const anchor = problem.line ? `#L${problem.line}` : '';
  return `[\`${cell(text)}\`](${links.repository}/blob/${links.sha}/${problem.file.split('/').map(encodeURIComponent).join('/')}${anchor})`;
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function checkSummaryMarkdown(report: CheckReport, links: SummaryLinks = {}): string {
  const head = `Checked ${count(report.practices, 'practice')} in ${report.seconds.toFixed(1)} s`;
  if (report.problems.length === 0) return `## Check content: passed\n\n${head}: no problems.\n`;
  const verdict = report.errors
    ? `${count(report.errors, 'error')} to fix before this can be published`
    : 'passed, with advice';
  const rows = sortProblems(report.problems).map(
    (p) => `| ${p.severity === 'error' ? 'error' : 'warning'} | ${where(p, links)} | ${p.field ? `\`${cell(p.field)}\`` : ''} | ${cell(p.message)} |`,
  );
  return [
    `## Check content: ${verdict}`,
    '',
    `${head}: ${count(report.errors, 'error')}, ${count(report.warnings, 'warning')}. ` +
      'Errors stop the site from being built; warnings are advice. Fix a file in the web editor or on GitHub and the check runs again.',
    '',
    '| | Where | Field | What is wrong, and what is allowed |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
