/**
 * What `npm run new` writes, without the prompts: the frontmatter, the body
 * with its suggested sections, and the reading of command-line flags. Every
 * rule comes from the practice schema, so the scaffold cannot disagree with
 * the build about what a valid practice is.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Scalar, isSeq } from 'yaml';
import { PRACTICE_TYPES, SLUG_PATTERN, practiceSchema, type Status } from '../schemas/practice.ts';
import { formatPath } from '../catalogue/format-problem.ts';
import type { Vocabularies } from '../catalogue/load-vocabularies.ts';
import { slugify } from '../catalogue/slugify.ts';
import { SUGGESTED_SECTIONS } from '../catalogue/validate-practices.ts';

export type PracticeType = (typeof PRACTICE_TYPES)[number];

/** The fields `npm run new` asks for; the rest are added by hand later. */
export interface ScaffoldInput {
  title: string;
  slug: string;
  summary: string;
  /** Primary objective first. */
  gcmObjectives: number[];
  themes: string[];
  sdgTargets?: string[];
  countries?: string[];
  practiceType?: PracticeType;
  status: Status;
  period: { start: string; end?: string };
  implementers: string[];
  /** `YYYY-MM-DD`. */
  publishedAt: string;
  /** Ids of building blocks (`content/building-blocks/`). */
  buildingBlocks?: string[];
  /** Figures as the sources state them. */
  reach?: { count: number; unit: string }[];
  budget?: { amount: number; currency: string };
  enablingFactors?: string[];
  constraints?: string[];
}

/**
 * "23096 residence cards issued" → `{ count: 23096, unit: "residence cards issued" }`;
 * "1500000 EUR" → `{ amount: 1500000, currency: "EUR" }`. Text that does not
 * start with a number keeps it as text, for the schema to report.
 */
export function parseFigure(text: string): { value: number | string; rest: string } {
  const m = /^\s*(\d+(?:\.\d+)?)\s+(.*?)\s*$/.exec(text);
  return m ? { value: Number(m[1]), rest: m[2]! } : { value: text.trim(), rest: '' };
}

/** One line under each suggested heading, saying what goes there; MDX comments do not render. */
export const SECTION_HINTS: Record<(typeof SUGGESTED_SECTIONS)[number], string> = {
  Context: 'The situation before the practice: the problem, who was affected, what existed already.',
  'What was done': 'The activities, who led them, with whom, when and with what resources.',
  Results: 'What changed, with evidence: figures, evaluations, adopted texts. Say how results were measured.',
  Challenges: 'What was difficult or did not work, and how it was handled. Honest challenges help others most.',
  'Lessons learned': 'What the implementers would keep or do differently next time.',
  Replicability: 'What another country or organisation would need to do the same: conditions, costs, partners.',
};

/** Today as `YYYY-MM-DD` in UTC, the same calendar the schema's dates use. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Puts the primary objective first and keeps the others in ascending order. */
export function orderObjectives(selected: readonly number[], primary: number): number[] {
  return [primary, ...[...new Set(selected)].filter((n) => n !== primary).sort((a, b) => a - b)];
}

/**
 * Splits a typed list of organisations. Names may contain commas ("Ministry
 * of Labour, Sierra Leone"), so a list that uses ";" is split on ";" only.
 */
export function splitList(text: string): string[] {
  const separator = text.includes(';') ? ';' : ',';
  return text
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Slugs already taken in a practices folder, as a folder or as a single file. */
export function slugTaken(dir: string, slug: string): string | undefined {
  for (const path of [join(dir, slug), join(dir, `${slug}.mdx`)]) if (existsSync(path)) return path;
  return undefined;
}

/** Why a slug cannot be used, or undefined when it can. */
export function slugProblem(dir: string, slug: string, display: (p: string) => string = (p) => p): string | undefined {
  if (!SLUG_PATTERN.test(slug)) {
    const fixed = slugify(slug);
    return `"${slug}" is not a valid slug: use lowercase ASCII words joined by "-"` + (fixed ? `, such as "${fixed}"` : '');
  }
  const taken = slugTaken(dir, slug);
  if (taken) {
    return `"${slug}" is already used by ${display(taken)}; each practice needs its own slug: add a place or a year, such as "${slug}-${new Date().getUTCFullYear()}"`;
  }
  return undefined;
}

/** Frontmatter fields in the order of the content model, empty optional fields left out. */
function frontmatterData(input: ScaffoldInput): Record<string, unknown> {
  const data: Record<string, unknown> = {
    title: input.title.trim(),
    summary: input.summary.trim(),
    gcmObjectives: input.gcmObjectives,
    themes: input.themes,
  };
  if (input.sdgTargets?.length) data.sdgTargets = input.sdgTargets;
  if (input.countries?.length) data.countries = input.countries;
  if (input.practiceType) data.practiceType = input.practiceType;
  data.status = input.status;
  data.period = input.period.end ? { start: input.period.start, end: input.period.end } : { start: input.period.start };
  data.implementers = input.implementers.map((s) => s.trim());
  data.publishedAt = input.publishedAt;
  if (input.buildingBlocks?.length) data.buildingBlocks = input.buildingBlocks;
  if (input.reach?.length) data.reach = input.reach;
  if (input.budget) data.budget = input.budget;
  if (input.enablingFactors?.length) data.enablingFactors = input.enablingFactors;
  if (input.constraints?.length) data.constraints = input.constraints;
  return data;
}

/**
 * The frontmatter as YAML, without the `---` lines. Free text is double-quoted
 * so a colon or a leading "#" cannot change its meaning; SDG targets are
 * quoted because unquoted `10.10` would be read as the number 10.1.
 */
export function frontmatterYaml(input: ScaffoldInput): string {
  const doc = new Document(frontmatterData(input));
  const quote = (path: string[]) => {
    const node = doc.getIn(path, true);
    if (node instanceof Scalar) node.type = Scalar.QUOTE_DOUBLE;
    if (isSeq(node)) for (const item of node.items) if (item instanceof Scalar) item.type = Scalar.QUOTE_DOUBLE;
  };
  for (const field of ['title', 'summary', 'implementers', 'sdgTargets', 'enablingFactors', 'constraints']) quote([field]);
  // Short lists of ids read best on one line, as in the hand-written practices.
  for (const field of ['gcmObjectives', 'themes', 'sdgTargets', 'countries', 'period', 'buildingBlocks', 'budget']) {
    const node = doc.get(field, true) as { flow?: boolean } | undefined;
    if (node && typeof node === 'object') node.flow = true;
  }
  // No folding: editors should find the summary on one line when they edit it.
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** The body: every suggested section as a `##` heading with its hint as an MDX comment. */
export function practiceBody(): string {
  return SUGGESTED_SECTIONS.map((s) => `## ${s}\n\n{/* ${SECTION_HINTS[s]} */}\n`).join('\n');
}

/** The whole `index.mdx`. */
export function practiceFileText(input: ScaffoldInput): string {
  return `---\n${frontmatterYaml(input)}---\n\n${practiceBody()}`;
}

/**
 * Checks the fields with the practice schema itself and returns its messages
 * as `field: message`; empty when the practice is valid.
 */
export function scaffoldProblems(input: ScaffoldInput, vocabularies: Vocabularies, blocks?: readonly string[]): string[] {
  const parsed = practiceSchema({ vocabularies, ...(blocks ? { buildingBlocks: () => blocks } : {}) }).safeParse(frontmatterData(input));
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => (i.path.length ? `${formatPath(i.path)}: ${i.message}` : i.message));
}

/**
 * Checks one field with the schema's own rule, for prompts that validate as
 * the editor types. Returns the message, or undefined when the value is valid.
 */
export function fieldProblem(field: 'title' | 'summary' | 'period' | 'implementers', value: unknown, vocabularies: Vocabularies): string | undefined {
  const result = practiceSchema({ vocabularies }).shape[field].safeParse(value);
  if (result.success) return undefined;
  return result.error.issues
    .map((i) => (i.path.length ? `${formatPath([field, ...i.path])}: ${i.message}` : i.message))
    .join('; ');
}

/** Flags of `npm run new`, as `node:util` parseArgs returns them. */
export interface ScaffoldFlags {
  title?: string;
  slug?: string;
  summary?: string;
  objective?: string[];
  theme?: string[];
  sdg?: string[];
  country?: string[];
  status?: string;
  start?: string;
  end?: string;
  type?: string;
  implementer?: string[];
  block?: string[];
  /** "COUNT UNIT", such as "23096 residence cards issued". */
  reach?: string[];
  /** "AMOUNT CURRENCY", such as "1500000 EUR". */
  budget?: string;
  'enabling-factor'?: string[];
  constraint?: string[];
}

export const REQUIRED_FLAGS = ['title', 'summary', 'objective', 'theme', 'status', 'start', 'implementer'] as const;

/**
 * Finds a vocabulary id by id or by label, ignoring case, accents and
 * punctuation, so `--theme "Labour migration"` and `--country "Cote d'Ivoire"`
 * work. Anything else is passed on as written for the schema to report.
 */
function lookUp(value: string, entries: Iterable<[string, string]>): string {
  const wanted = slugify(value);
  for (const [id, label] of entries) if (slugify(id) === wanted || slugify(label) === wanted) return id;
  return value.trim();
}

/**
 * Turns flags into a practice. Missing required flags are listed together;
 * values are then checked by the schema, so a wrong theme gets the same
 * "did you mean" as in the build.
 */
export function inputFromFlags(
  flags: ScaffoldFlags,
  vocabularies: Vocabularies,
  options: { dir: string; publishedAt?: string; display?: (p: string) => string; blocks?: readonly string[] },
): { input?: ScaffoldInput; errors: string[] } {
  const missing = REQUIRED_FLAGS.filter((f) => {
    const v = flags[f];
    return v === undefined || (Array.isArray(v) ? v.every((s) => !s.trim()) : !v.trim());
  });
  if (missing.length) {
    return {
      errors: [
        `missing required flag${missing.length > 1 ? 's' : ''}: ${missing.map((m) => `--${m}`).join(', ')}` +
          ' (repeat --objective, --theme, --country and --implementer for several values; the first --objective is the primary one)',
      ],
    };
  }
  const errors: string[] = [];
  const title = flags.title!.trim();
  const slug = (flags.slug ?? slugify(title)).trim();
  const problem = slugProblem(options.dir, slug, options.display);
  if (problem) errors.push(`slug: ${problem}${flags.slug ? '' : '; choose one with --slug'}`);

  // Numbers become numbers; anything else goes to the schema as written, to be reported.
  const objectives = flags.objective!.map((o) => (/^\s*\d+\s*$/.test(o) ? Number(o) : o));
  const type = flags.type?.trim() || undefined;
  const themes = [...vocabularies.themes.values()].map((t) => [t.id, t.label] as [string, string]);
  const countries = [...vocabularies.countries.values()].map((c) => [c.id, c.names.en] as [string, string]);
  const input: ScaffoldInput = {
    title,
    slug,
    summary: flags.summary!.trim(),
    gcmObjectives: objectives as number[],
    themes: flags.theme!.map((t) => lookUp(t, themes)),
    sdgTargets: flags.sdg?.map((s) => s.trim()),
    countries: flags.country?.map((c) => lookUp(c, countries)),
    practiceType: type as PracticeType | undefined,
    status: flags.status!.trim() as Status,
    period: { start: flags.start!.trim(), end: flags.end?.trim() || undefined },
    implementers: flags.implementer!.flatMap((i) => i.trim() || []),
    publishedAt: options.publishedAt ?? today(),
    buildingBlocks: flags.block?.map((b) => b.trim()).filter(Boolean),
    reach: flags.reach?.map((r) => parseFigure(r)).map(({ value, rest }) => ({ count: value as number, unit: rest })),
    budget: flags.budget ? (({ value, rest }) => ({ amount: value as number, currency: rest }))(parseFigure(flags.budget)) : undefined,
    enablingFactors: flags['enabling-factor']?.map((s) => s.trim()).filter(Boolean),
    constraints: flags.constraint?.map((s) => s.trim()).filter(Boolean),
  };
  errors.push(...scaffoldProblems(input, vocabularies, options.blocks));
  return errors.length ? { errors } : { input, errors: [] };
}
