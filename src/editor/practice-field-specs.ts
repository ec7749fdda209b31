/**
 * The practice and building block schemas described for people and the web
 * editor, read from their JSON Schema (src/schemas/json-schema.ts): each
 * field's kind, whether it is required, its limits and allowed values (with
 * readers' labels), and its description. Used by the build
 * (`/admin/config.yml`), by `npm run docs` (CONTRIBUTING's fields tables)
 * and by their tests.
 */
import { en } from '../i18n/en.ts';
import { buildingBlockSchema } from '../schemas/building-block.ts';
import { frontmatterJsonSchema, type JsonSchema } from '../schemas/json-schema.ts';
import { SLUG_PATTERN, practiceSchema } from '../schemas/practice.ts';
import type { Vocabularies } from '../catalogue/load-vocabularies.ts';

export interface FieldOption {
  value: string | number;
  label: string;
}

export type FieldKind = 'text' | 'slug' | 'number' | 'boolean' | 'date' | 'choice' | 'url' | 'email' | 'image' | 'object' | 'list';

export type DateForm = 'year' | 'month' | 'day';

export interface FieldSpec {
  /** Key in the frontmatter. */
  name: string;
  /** Dotted path from the top (`period.start`, `resources.url`). */
  path: string;
  kind: FieldKind;
  required: boolean;
  /** What the field is for: its `.meta()` description. */
  description?: string;
  /** Value the schema fills in when the field is left out. */
  default?: unknown;
  /** Text: characters, as readers count them. */
  minLength?: number;
  maxLength?: number;
  /** Date: the forms accepted, out of year (`2019`), month (`2019-05`) and day (`2019-05-31`). */
  dateForms?: DateForm[];
  /** Date: the pattern of the text forms. */
  pattern?: string;
  /** Choice: the allowed values, and where they are listed (a file of `content/`) when not in the schema module. */
  options?: FieldOption[];
  vocabulary?: string;
  /** Number: whole numbers only. */
  integer?: boolean;
  /** Number: the smallest value taken. */
  min?: number;
  /** List: at least and at most this many entries. */
  minItems?: number;
  maxItems?: number;
  /** List: what each entry is. */
  item?: FieldSpec;
  /** Object: its fields. */
  fields?: FieldSpec[];
}

/** Readers' labels of the values of each vocabulary, by where the vocabulary is listed. */
export type VocabularyLabels = Map<string, FieldOption[]>;

/** The labels of the vocabularies a field may draw on, in the order the editor offers them. */
export function vocabularyLabels(vocab: Vocabularies, blocks: { id: string; title: string }[] = []): VocabularyLabels {
  const byLabel = (a: FieldOption, b: FieldOption) => a.label.localeCompare(b.label, 'en');
  return new Map<string, FieldOption[]>([
    ['content/taxonomies/objectives.json', [...vocab.objectives.values()].map((o) => ({ value: o.id, label: `${o.id}. ${o.short}` }))],
    ['content/taxonomies/themes.yaml', [...vocab.themes.values()].map((t) => ({ value: t.id, label: t.label }))],
    ['content/taxonomies/principles.json', [...vocab.principles.values()].map((p) => ({ value: p.id, label: p.title }))],
    ['content/taxonomies/sdg-targets.json', [...vocab.sdgTargets.values()].map((t) => ({ value: t.id, label: `${t.id} ${shorten(t.text, 90)}` }))],
    ['content/taxonomies/countries.json', [...vocab.countries.values()].map((c) => ({ value: c.id, label: `${c.names.en} (${c.id})` })).sort(byLabel)],
    ['content/taxonomies/regions.json', [...vocab.regions.values()].map((r) => ({ value: r.id, label: r.name })).sort(byLabel)],
    ['content/building-blocks', blocks.map((b) => ({ value: b.id, label: b.title })).sort(byLabel)],
  ]);
}

function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max - 1).join('').trimEnd() + '…';
}

/**
 * Labels for a closed list of the schema module (`STATUSES`...) from the
 * dictionary, where one key prefix covers every value (`status.ongoing`);
 * the values themselves otherwise (currency codes).
 */
function dictionaryLabels(values: readonly (string | number)[]): FieldOption[] {
  const prefix = DICTIONARY_PREFIXES.find((p) => values.every((v) => `${p}.${v}` in en));
  return values.map((v) => ({ value: v, label: prefix ? en[`${prefix}.${v}` as keyof typeof en] : String(v) }));
}
const DICTIONARY_PREFIXES = [...new Set(Object.keys(en).filter((k) => k.includes('.')).map((k) => k.slice(0, k.lastIndexOf('.'))))];

/**
 * `blocks`: the building blocks practices may name, with their titles (the
 * web editor offers them by title). Without them, `buildingBlocks` takes any id.
 */
export function practiceFieldSpecs(vocabularies: Vocabularies, blocks: { id: string; title: string }[] = []): FieldSpec[] {
  const ids = blocks.map((b) => b.id);
  const schema = practiceSchema({ vocabularies, ...(ids.length ? { buildingBlocks: () => ids } : {}) });
  return fieldSpecs(frontmatterJsonSchema(schema, { editorNotes: true }), vocabularyLabels(vocabularies, blocks));
}

/** The building block schema described the same way. */
export function buildingBlockFieldSpecs(vocabularies: Vocabularies): FieldSpec[] {
  return fieldSpecs(frontmatterJsonSchema(buildingBlockSchema({ vocabularies }), { editorNotes: true }), vocabularyLabels(vocabularies));
}

/** Every field of an object's JSON Schema, in the schema's order. */
export function fieldSpecs(json: JsonSchema, labels: VocabularyLabels, prefix = ''): FieldSpec[] {
  const properties = json.properties as Record<string, JsonSchema> | undefined;
  if (json.type !== 'object' || !properties) throw new Error(`${prefix || 'The schema'}: expected an object, got ${JSON.stringify(json.type)}`);
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, property]) => {
    const path = prefix + name;
    const spec = describe(name, path, property, labels);
    spec.required = required.has(name);
    if (typeof property.description === 'string') spec.description = property.description;
    if (property.default !== undefined) spec.default = property.default;
    return spec;
  });
}

const DATE_SAMPLES: Record<DateForm, string> = { year: '2019', month: '2019-05', day: '2019-05-31' };

function describe(name: string, path: string, json: JsonSchema, labels: VocabularyLabels): FieldSpec {
  const base = { name, path, required: true };
  if (json.image) return { ...base, kind: 'image' };
  if (Array.isArray(json.enum)) return { ...base, kind: 'choice', ...choices(path, json.enum as (string | number)[], json.vocabulary as string | undefined, labels) };
  // A day is `format: date`; a partial date is text of a pattern or a bare year (`anyOf`).
  const dateText = json.format === 'date' ? json : (json.anyOf as JsonSchema[] | undefined)?.find((branch) => branch.type === 'string');
  if (dateText) {
    const pattern = String(dateText.pattern);
    const forms = (Object.keys(DATE_SAMPLES) as DateForm[]).filter((form) => new RegExp(pattern).test(DATE_SAMPLES[form]));
    if (!forms.length) throw new Error(`${path}: a date pattern that takes no date form (${pattern})`);
    return { ...base, kind: 'date', dateForms: forms, pattern };
  }
  switch (json.type) {
    case 'object':
      return { ...base, kind: 'object', fields: fieldSpecs(json, labels, `${path}.`) };
    case 'array': {
      const item = describe(name, path, json.items as JsonSchema, labels);
      return { ...base, kind: 'list', item, ...numberAt(json, 'minItems'), ...numberAt(json, 'maxItems') };
    }
    case 'boolean':
      return { ...base, kind: 'boolean' };
    case 'integer':
    case 'number':
      return { ...base, kind: 'number', integer: json.type === 'integer', ...(typeof json.minimum === 'number' ? { min: json.minimum } : {}) };
    case 'string':
      if (json.format === 'uri') return { ...base, kind: 'url' };
      if (json.format === 'email') return { ...base, kind: 'email' };
      if (json.pattern === SLUG_PATTERN.source) return { ...base, kind: 'slug' };
      return { ...base, kind: 'text', ...numberAt(json, 'minLength'), ...numberAt(json, 'maxLength') };
  }
  throw new Error(`${path}: ${JSON.stringify(json)} is not described yet; add it to src/editor/practice-field-specs.ts`);
}

function numberAt<K extends string>(json: JsonSchema, key: K): Partial<Record<K, number>> {
  return typeof json[key] === 'number' ? ({ [key]: json[key] } as Record<K, number>) : {};
}

function choices(path: string, values: (string | number)[], vocabulary: string | undefined, labels: VocabularyLabels): Pick<FieldSpec, 'options' | 'vocabulary'> {
  if (!vocabulary) return { options: dictionaryLabels(values) };
  const known = labels.get(vocabulary);
  if (!known) throw new Error(`${path}: no labels for the vocabulary ${vocabulary}; add them to vocabularyLabels()`);
  const unlabelled = values.filter((v) => !known.some((o) => o.value === v));
  if (unlabelled.length) throw new Error(`${path}: ${vocabulary} has no label for ${unlabelled.join(', ')}`);
  return { options: known.filter((o) => values.includes(o.value)), vocabulary };
}
