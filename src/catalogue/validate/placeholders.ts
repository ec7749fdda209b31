/**
 * Values left from the practice template (docs/practice-template.mdx) or
 * placeholder addresses: a practice published with them misleads readers.
 * The template is read from the project, so the check follows it when the
 * editors change it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatPath } from '../format-problem.ts';
import type { Problem } from '../problem.ts';
import { readPracticeFile } from '../read-practice-file.ts';
import { showValue } from '../show-value.ts';

/** Hosts reserved for examples (RFC 2606): never a real resource. */
export const PLACEHOLDER_HOST = /(^|\.)example\.(org|com|net)$|\.(example|invalid|test)$/i;
/** The template's sample country: a name containing it is a leftover. */
const SAMPLE_NAME = /\bExampleland\b/i;

export interface TemplateValues {
  /** The template's texts that no real practice would repeat: title, summary, resources. */
  texts: Set<string>;
  /** Lines of the template's body text (not its notes). */
  bodyLines: string[];
  evaluation?: string | undefined;
  funders?: string | undefined;
}

/** What the template says, or undefined when the project has no template (a content set checked elsewhere). */
export function templateValues(root: string): TemplateValues | undefined {
  const path = join(root, 'docs', 'practice-template.mdx');
  if (!existsSync(path)) return undefined;
  const read = readPracticeFile(readFileSync(path, 'utf8'));
  const data = (read.data ?? {}) as Record<string, unknown>;
  const texts = new Set<string>();
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : typeof v === 'string' ? [v] : []);
  // Organisation names are real ones (ICMPD) or name the sample country, which is caught on its own.
  for (const field of ['title', 'summary']) strings(data[field]).forEach((s) => texts.add(s));
  for (const r of Array.isArray(data.resources) ? data.resources : []) {
    strings((r as { title?: unknown }).title).forEach((s) => texts.add(s));
    strings((r as { url?: unknown }).url).forEach((s) => texts.add(s));
  }
  const bodyLines = read.body
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && !l.startsWith('{/*'));
  return {
    texts,
    bodyLines,
    evaluation: typeof data.evaluation === 'string' ? data.evaluation : undefined,
    funders: Array.isArray(data.funders) ? JSON.stringify(data.funders) : undefined,
  };
}

/** Warnings for placeholder values in one practice. */
export function placeholderProblems(
  raw: Record<string, unknown>,
  body: string,
  bodyLine: number,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
  template: TemplateValues | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const warn = (path: (string | number)[], message: string) =>
    problems.push({ file, line: lineOf(path), field: formatPath(path), severity: 'warning', message });
  const fields: [(string | number)[], unknown][] = [
    [['title'], raw.title],
    [['summary'], raw.summary],
    ...['implementers', 'partners', 'funders'].flatMap((f) => (Array.isArray(raw[f]) ? (raw[f] as unknown[]).map((v, i): [(string | number)[], unknown] => [[f, i], v]) : [])),
    ...(Array.isArray(raw.resources) ? (raw.resources as { title?: unknown }[]).map((r, i): [(string | number)[], unknown] => [['resources', i, 'title'], r?.title]) : []),
    [['contact', 'name'], (raw.contact as { name?: unknown } | undefined)?.name],
    [['contact', 'organisation'], (raw.contact as { organisation?: unknown } | undefined)?.organisation],
  ];
  for (const [path, value] of fields) {
    if (typeof value !== 'string') continue;
    if (template?.texts.has(value)) warn(path, `${showValue(value)} is the template's sample; write the practice's own`);
    else if (SAMPLE_NAME.test(value)) warn(path, `${showValue(value)} names the template's sample country, Exampleland; write the real name`);
  }
  const addresses: [(string | number)[], unknown][] = [
    ...(Array.isArray(raw.resources) ? (raw.resources as { url?: unknown }[]).map((r, i): [(string | number)[], unknown] => [['resources', i, 'url'], r?.url]) : []),
    [['contact', 'email'], (raw.contact as { email?: unknown } | undefined)?.email],
  ];
  for (const [path, value] of addresses) {
    if (typeof value !== 'string') continue;
    const host = path[0] === 'contact' ? value.split('@').pop() ?? '' : hostOf(value);
    if (PLACEHOLDER_HOST.test(host)) warn(path, `${showValue(value)} is a placeholder address (${host} is reserved for examples); give the real one, or remove it`);
  }
  let leftovers = problems.length;
  const lines = body.split('\n');
  lines.forEach((line, i) => {
    const text = line.trim();
    if (text && template?.bodyLines.includes(text)) {
      problems.push({ file, line: bodyLine + i, field: 'body', severity: 'warning', message: `${showValue(text)} is the template's sample text; replace it with the practice's own` });
      leftovers++;
    }
  });
  // Plausible values on their own ("internal", the EU): only a leftover when the file has others.
  if (leftovers && template) {
    if (template.evaluation && raw.evaluation === template.evaluation) {
      warn(['evaluation'], `${showValue(raw.evaluation)} is as in the template, like the values above; check that it is this practice's evidence`);
    }
    if (template.funders && JSON.stringify(raw.funders) === template.funders) {
      warn(['funders'], `${showValue(raw.funders)} is as in the template, like the values above; check who funded this practice`);
    }
  }
  return problems;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
