/**
 * The generated parts of CONTRIBUTING.md (`npm run docs`): the table of
 * fields, made from the practice schema's description (its JSON Schema), and
 * the table of common mistakes, with the message the check gives for each,
 * got by running the validator on them. A test fails when the file differs
 * from what this makes, so the rules people read cannot drift from the ones
 * the check applies.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Vocabularies } from '../catalogue/load-vocabularies.ts';
import { buildingBlockFieldSpecs, practiceFieldSpecs, type FieldSpec } from './practice-field-specs.ts';
import { BLOCK_SECTION_NAMES } from '../schemas/building-block.ts';
import { CARD_SUMMARY_LENGTH, SECTION_NAMES, validatePractices } from '../catalogue/validate-practices.ts';

/**
 * One example per field, as written in a practice file. Examples are for
 * people, so they are written here; the rules beside them come from the
 * schema, and a test requires an example for every field it has.
 */
export const FIELD_EXAMPLES: Record<string, string> = {
  title: 'title: Sierra Leone labour migration desk',
  summary: 'summary: Sierra Leone set up a desk that placed 400 workers abroad under fair recruitment rules.',
  gcmObjectives: 'gcmObjectives: [6, 23]',
  themes: 'themes: [labour-migration, diaspora]',
  sdgTargets: 'sdgTargets: ["10.7", "8.8"]',
  guidingPrinciples: 'guidingPrinciples: [whole-of-government, human-rights]',
  countries: 'countries: [SLE, CIV]',
  regions: 'regions: [western-africa]',
  scope: 'scope: national',
  practiceType: 'practiceType: programme',
  status: 'status: ongoing',
  statusAsOf: 'statusAsOf: 2024-03',
  evaluation: 'evaluation: independent',
  period: 'period: { start: 2019, end: 2022-06 }',
  'period.start': 'start: 2019-03',
  'period.end': 'end: 2022',
  implementers: 'implementers: [Ministry of Labour and Social Security]',
  partners: 'partners: [IOM, ILO]',
  funders: 'funders: [European Union]',
  publishedAt: 'publishedAt: 2025-01-31',
  updatedAt: 'updatedAt: 2025-06-30',
  language: 'language: fr',
  translationOf: 'translationOf: sierra-leone-labour-migration-desk',
  cover: 'cover: { src: ./cover.jpg, alt: Officials at the desk in Freetown }',
  'cover.src': 'src: ./cover.jpg',
  'cover.alt': 'alt: Officials and recruiters at the opening of the desk in Freetown',
  resources: 'resources: [{ title: Final report, url: "https://…", type: report }]',
  'resources.title': 'title: Final evaluation report',
  'resources.url': 'url: https://www.ilo.org/…/report.pdf',
  'resources.type': 'type: report',
  contact: 'contact: { organisation: Ministry of Labour, email: desk@… }',
  'contact.name': 'name: Aminata Kamara',
  'contact.organisation': 'organisation: Ministry of Labour and Social Security',
  'contact.email': 'email: migration.desk@mlss.gov.sl',
  buildingBlocks: 'buildingBlocks: [pre-departure-orientation, migrant-resource-centre]',
  reach: 'reach: [{ count: 23096, unit: residence cards issued, asOf: 2015 }]',
  'reach.count': 'count: 23096',
  'reach.unit': 'unit: residence cards issued',
  'reach.asOf': 'asOf: 2015',
  budget: 'budget: { amount: 1500000, currency: EUR, period: 2019-2022 }',
  'budget.amount': 'amount: 1500000',
  'budget.currency': 'currency: EUR',
  'budget.period': 'period: 2019-2022',
  'budget.note': 'note: EU contribution',
  enablingFactors: 'enablingFactors: [a national migration law, data shared by the statistics office]',
  constraints: 'constraints: [short funding cycles]',
  draft: 'draft: true',
};

const FORMS = { year: 'a year (`2019`)', month: 'a month (`2019-05`)', day: 'a day (`2019-05-31`)' };

function sentenceList(items: string[], last = 'or'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}

function vocabularyLink(vocabulary: string): string {
  return vocabulary.startsWith('content/') ? `[\`${vocabulary.split('/').pop()}\`](${vocabulary})` : '';
}

/** What a field takes, in words, from its description. */
export function allowedValues(spec: FieldSpec): string {
  const limits = (s: FieldSpec) =>
    s.minLength && s.maxLength
      ? `, ${s.minLength}–${s.maxLength} characters`
      : s.maxLength
        ? `, at most ${s.maxLength} characters`
        : s.minLength
          ? ', not empty'
          : '';
  const one = (s: FieldSpec): string => {
    switch (s.kind) {
      case 'text':
        return `text${limits(s)}`;
      case 'slug':
        return 'an id (a slug): lowercase words joined by `-`';
      case 'number':
        return `${s.integer ? 'a whole number' : 'a number'}${s.min !== undefined ? `, ${s.min} or more` : ''}`;
      case 'boolean':
        return '`true` or `false`';
      case 'date':
        return sentenceList(s.dateForms!.map((f) => FORMS[f]));
      case 'url':
        return 'a web address starting with `https://`';
      case 'email':
        return 'an e-mail address';
      case 'image':
        return 'the file name of an image in the practice\'s folder, starting with `./`';
      case 'choice': {
        const link = vocabularyLink(s.vocabulary ?? '');
        if (link) return `an id from ${link}`;
        // A long closed list (ISO 4217 currencies) would drown the table: a few examples say what it takes.
        if (s.options!.length > 30) return `one of ${s.options!.length} codes, such as ${sentenceList(s.options!.filter((o) => /^(EUR|USD|XOF)$/.test(String(o.value))).map((o) => `\`${o.value}\``))}`;
        return `one of ${sentenceList(s.options!.map((o) => `\`${o.value}\``))}`;
      }
      case 'object':
        return `the parts ${sentenceList(s.fields!.map((f) => `\`${f.name}\``), 'and')}, below`;
      case 'list':
        return '';
    }
  };
  if (spec.kind !== 'list') {
    const text = one(spec);
    return spec.default !== undefined ? `${text} (\`${String(spec.default)}\` when left out)` : text;
  }
  const item = spec.item!;
  const what =
    item.kind === 'choice' && item.vocabulary?.startsWith('content/')
      ? `ids from ${vocabularyLink(item.vocabulary)}`
      : item.kind === 'choice'
        ? `values out of ${sentenceList(item.options!.map((o) => `\`${o.value}\``))}`
        : item.kind === 'object'
          ? `entries, each with ${sentenceList(item.fields!.map((f) => `\`${f.name}\``), 'and')} (below)`
          : item.kind === 'slug'
            ? 'ids (slugs): lowercase words joined by `-`'
            : `${one(item)} each`;
  const count = [
    spec.minItems ? `at least ${spec.minItems === 1 ? 'one' : spec.minItems}` : '',
    spec.maxItems ? `at most ${spec.maxItems}` : '',
  ].filter(Boolean);
  return `a list of ${what}${count.length ? `, ${count.join(' and ')}` : ''}, no repeats`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The fields table: field, required, what it is for, what it takes, an example. */
export function fieldsTable(fields: FieldSpec[], examples: Record<string, string> = FIELD_EXAMPLES): string {
  const rows: string[] = [];
  const add = (spec: FieldSpec, shownName: string) => {
    const example = examples[spec.path];
    if (!example) throw new Error(`No example for the field ${spec.path}: add one to FIELD_EXAMPLES in src/editor/contributing-docs.ts`);
    rows.push(
      `| \`${shownName}\` | ${spec.required ? 'yes' : 'no'} | ${cell(spec.description ?? '')} | ${cell(allowedValues(spec))} | \`${cell(example)}\` |`,
    );
    const inner = spec.kind === 'list' ? spec.item : spec;
    for (const child of inner?.fields ?? []) add(child, `${shownName}${spec.kind === 'list' ? '[].' : '.'}${child.name}`);
  };
  for (const spec of fields) add(spec, spec.name);
  return ['| Field | Required | What it is | What it takes | Example |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** A mistake people make, as a change to a valid practice, and what the table says about it. */
export interface Mistake {
  what: string;
  /** Frontmatter lines that replace the valid practice's line of the same field (or are added). */
  lines: string[];
  /** Field whose line goes (for a misspelt field name). */
  drop?: string;
}

export const COMMON_MISTAKES: Mistake[] = [
  { what: 'A theme in American spelling, or not in the list', lines: ['themes: [labor-migration]'] },
  { what: 'An objective number that does not exist', lines: ['gcmObjectives: [6, 24]'] },
  { what: 'An objective number in quotes', lines: ['gcmObjectives: ["6"]'] },
  { what: 'An SDG target without quotes', lines: ['sdgTargets: [10.7]'] },
  { what: 'A country name instead of its code', lines: ['countries: [Sierra Leone]'] },
  { what: 'A misspelt field name', lines: ['gcmObjective: [6]'], drop: 'gcmObjectives' },
  { what: 'A completed practice without an end date', lines: ['status: completed'] },
  { what: 'A date written the local way', lines: ['publishedAt: 31/01/2025'] },
  { what: 'A summary that is too short', lines: ['summary: A desk for labour migration.'] },
  { what: 'A link without https://', lines: ['resources: [{ title: Final report, url: www.ilo.org/report.pdf }]'] },
  { what: 'A currency written as a symbol', lines: ['budget: { amount: 1500000, currency: "€" }'] },
  { what: 'A figure with thousands separators', lines: ['reach: [{ count: "23,096", unit: residence cards issued }]'] },
];

const VALID = [
  'title: Sierra Leone labour migration desk',
  'summary: Sierra Leone set up a labour migration desk that placed 400 workers abroad under fair recruitment rules.',
  'gcmObjectives: [6, 23]',
  'themes: [labour-migration]',
  'countries: [SLE]',
  'status: ongoing',
  'statusAsOf: 2024-03',
  'period: { start: 2019 }',
  'implementers: [Ministry of Labour and Social Security]',
  'publishedAt: 2025-01-31',
];

/** The table of common mistakes, each with the first error the validator reports for it. */
export async function mistakesTable(vocabularies: Vocabularies, mistakes: Mistake[] = COMMON_MISTAKES): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-mistakes-'));
  try {
    mistakes.forEach((mistake, i) => {
      const replaced = new Set([...mistake.lines.map((l) => l.split(':')[0]), mistake.drop]);
      const lines = [...VALID.filter((l) => !replaced.has(l.split(':')[0])), ...mistake.lines];
      const body = '## Context\n\nThe desk opened in Freetown in 2019.\n';
      mkdirSync(join(dir, `mistake-${i}`));
      writeFileSync(join(dir, `mistake-${i}`, 'index.mdx'), `---\n${lines.join('\n')}\n---\n\n${body}`);
    });
    const { problems } = await validatePractices({ dir, vocabularies, root: dir });
    const rows = mistakes.map((mistake, i) => {
      const errors = problems.filter((p) => p.file.startsWith(`mistake-${i}/`) && p.severity === 'error');
      // The error about the field as written, when there is one (a misspelt name also makes the right one "missing").
      const key = mistake.lines[0]!.split(':')[0]!;
      const error = errors.find((p) => p.field === key || p.field?.startsWith(`${key}[`) || p.field?.startsWith(`${key}.`)) ?? errors[0];
      if (!error) throw new Error(`The check finds no error in "${mistake.what}" (${mistake.lines.join('; ')}): take it out of COMMON_MISTAKES`);
      const said = `${error.field ? `${error.field}: ` : ''}${error.message}`;
      return `| ${cell(mistake.what)} | \`${cell(mistake.lines.join('; '))}\` | ${cell(said)} |`;
    });
    return ['| Mistake | As written | What the check says |', '| --- | --- | --- |', ...rows].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Examples of a building block's fields, for its table. */
export const BLOCK_FIELD_EXAMPLES: Record<string, string> = {
  title: 'title: Pre-departure orientation',
  summary: 'summary: A structured course before departure on rights, contracts, the destination, money and return.',
  gcmObjectives: 'gcmObjectives: [3, 6]',
  themes: 'themes: [labour-migration, information-and-awareness]',
  language: 'language: fr',
  translationOf: 'translationOf: pre-departure-orientation',
  draft: 'draft: true',
};

/** The suggested section headings in English, French and Spanish, as the check knows them. */
export function sectionsTable(names: Record<'en' | 'fr' | 'es', readonly string[]> = SECTION_NAMES): string {
  const { en, fr, es } = names;
  return ['| English | French | Spanish |', '| --- | --- | --- |', ...en.map((h, i) => `| ${h} | ${fr[i]} | ${es[i]} |`)].join('\n');
}

/** Replaces what stands between `<!-- name:start ... -->` and `<!-- name:end -->`. */
export function replaceBetweenMarkers(text: string, name: string, content: string): string {
  const start = new RegExp(`<!-- ${name}:start[^>]*-->\\n`);
  const end = `<!-- ${name}:end -->`;
  const from = text.search(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`CONTRIBUTING.md has no "<!-- ${name}:start -->" … "<!-- ${name}:end -->" markers`);
  const opening = start.exec(text)![0];
  return `${text.slice(0, from)}${opening}${content}\n${text.slice(to)}`;
}

/** CONTRIBUTING.md with its generated parts made afresh. */
export async function updateContributing(text: string, vocabularies: Vocabularies): Promise<string> {
  const fields = practiceFieldSpecs(vocabularies);
  const summary =
    `Cards, search results and embeds show the first ${CARD_SUMMARY_LENGTH} characters of the ` +
    'summary, so put the essential first; the check warns when a summary is longer.';
  let out = replaceBetweenMarkers(text, 'fields', `${fieldsTable(fields)}\n\n${summary}`);
  out = replaceBetweenMarkers(out, 'sections', sectionsTable());
  out = replaceBetweenMarkers(out, 'mistakes', await mistakesTable(vocabularies));
  out = replaceBetweenMarkers(out, 'block-fields', fieldsTable(buildingBlockFieldSpecs(vocabularies), BLOCK_FIELD_EXAMPLES));
  out = replaceBetweenMarkers(out, 'block-sections', sectionsTable(BLOCK_SECTION_NAMES));
  return out;
}
