import type { Problem } from '../../src/catalogue/problem.ts';

/**
 * GitHub workflow commands end their properties at "," and their message at a
 * line break, so both are percent-encoded as the runner expects:
 * https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * One problem as a workflow command, so that it shows on the pull request's
 * "Files changed" tab at the line it concerns:
 * `::error file=F,line=L,title=FIELD::MESSAGE`.
 */
export function formatAnnotation(problem: Problem): string {
  const properties = [`file=${escapeProperty(problem.file)}`];
  if (problem.line) properties.push(`line=${problem.line}`);
  if (problem.field) properties.push(`title=${escapeProperty(problem.field)}`);
  return `::${problem.severity} ${properties.join(',')}::${escapeData(problem.message)}`;
}
