/**
 * Describes every field of the practice schema for people and for the web
 * editor: its kind, whether it is required, its allowed values, its limits.
 *
 * The schema's rules live in `superRefine` closures (so that every message
 * says what to fix), which zod cannot introspect. So the structure (fields,
 * nesting, optional, defaults) is read from the schema, and the rules are
 * found by asking the schema itself: which vocabulary it accepts whole, which
 * lengths of text pass, which date forms pass. Whatever the schema changes,
 * the description follows without a copy of its values.
 */
import type { z } from 'astro/zod';
import type { Vocabularies } from '../catalogue/load-vocabularies.ts';

export interface FieldOption {
  value: string | number;
  label: string;
}

export type FieldKind =
  | 'text'
  | 'slug'
  | 'number'
  | 'boolean'
  | 'date'
  | 'choice'
  | 'url'
  | 'email'
  | 'image'
  | 'object'
  | 'list';

export interface FieldSpec {
  /** Key in the frontmatter. */
  name: string;
  /** Dotted path from the top (`period.start`, `resources.url`). */
  path: string;
  kind: FieldKind;
  required: boolean;
  /** Value the schema fills in when the field is left out. */
  default?: unknown;
  /** Text: characters, as readers count them. */
  minLength?: number;
  maxLength?: number;
  /** Date: the forms accepted, out of year (`2019`), month (`2019-05`) and day (`2019-05-31`). */
  dateForms?: ('year' | 'month' | 'day')[];
  /** Choice: the allowed values, and where they come from. */
  options?: FieldOption[];
  vocabulary?: string;
  /** Number: whole numbers only. */
  integer?: boolean;
  /** Number: the smallest value taken. */
  min?: number;
  /** List: at least this many entries. */
  minItems?: number;
  /** List: what each entry is. */
  item?: FieldSpec;
  /** Object: its fields. */
  fields?: FieldSpec[];
}

/** A closed list of values a choice field may accept, with readers' labels. */
export interface ValueSet {
  /** Where the values come from, e.g. `content/taxonomies/themes.yaml` or `STATUSES`. */
  name: string;
  options: FieldOption[];
}

type Schema = z.ZodType;
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  innerType?: Schema;
  element?: Schema;
  in?: Schema;
  out?: Schema;
  options?: Schema[];
  defaultValue?: unknown;
}

const defOf = (schema: Schema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const accepts = (schema: Schema, value: unknown): boolean => schema.safeParse(value).success;

/** A value no vocabulary holds and no closed list accepts. */
const JUNK_TEXT = 'zz-not-an-allowed-value-zz';
const JUNK_NUMBER = 987_654;
const LENGTH_CEILING = 100_000;
const SAMPLE_DATE = { year: '2019', month: '2019-05', day: '2019-05-31' } as const;
const SAMPLE_URL = 'https://www.iom.int/';
const SAMPLE_EMAIL = 'desk@ministry.gov.sl';

/** The value sets a choice field may draw on: the vocabularies, and the schema module's closed lists. */
export function vocabularyValueSets(vocab: Vocabularies): ValueSet[] {
  const sets: ValueSet[] = [
    {
      name: 'content/taxonomies/objectives.json',
      options: [...vocab.objectives.values()].map((o) => ({ value: o.id, label: `${o.id}. ${o.short}` })),
    },
    {
      name: 'content/taxonomies/themes.yaml',
      options: [...vocab.themes.values()].map((t) => ({ value: t.id, label: t.label })),
    },
    {
      name: 'content/taxonomies/principles.json',
      options: [...vocab.principles.values()].map((p) => ({ value: p.id, label: p.title })),
    },
    {
      name: 'content/taxonomies/sdg-targets.json',
      options: [...vocab.sdgTargets.values()].map((t) => ({ value: t.id, label: `${t.id} ${shorten(t.text, 90)}` })),
    },
    {
      name: 'content/taxonomies/countries.json',
      options: [...vocab.countries.values()]
        .map((c) => ({ value: c.id, label: `${c.names.en} (${c.id})` }))
        .sort((a, b) => a.label.localeCompare(b.label, 'en')),
    },
    {
      name: 'content/taxonomies/regions.json',
      options: [...vocab.regions.values()]
        .map((r) => ({ value: r.id, label: r.name }))
        .sort((a, b) => a.label.localeCompare(b.label, 'en')),
    },
  ];
  return sets;
}

/**
 * The closed lists a module exports (`STATUSES`, `SCOPES`...), labelled from
 * the dictionary where a key prefix covers every value (`status.ongoing`).
 */
export function constantValueSets(module: Record<string, unknown>, dictionary: Record<string, string>): ValueSet[] {
  const prefixes = [...new Set(Object.keys(dictionary).filter((k) => k.includes('.')).map((k) => k.slice(0, k.lastIndexOf('.'))))];
  const sets: ValueSet[] = [];
  for (const [name, value] of Object.entries(module)) {
    if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string')) continue;
    const prefix = prefixes.find((p) => value.every((v) => `${p}.${v}` in dictionary));
    sets.push({
      name,
      options: value.map((v: string) => ({ value: v, label: prefix ? dictionary[`${prefix}.${v}`]! : v })),
    });
  }
  return sets;
}

function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max - 1).join('').trimEnd() + '…';
}

export interface DescribeOptions {
  /** The value sets choice fields may draw on. */
  valueSets: ValueSet[];
  /** The schema the caller passed as the practice schema's `image()`: fields using it are images. */
  image?: Schema;
}

/** Every field of an object schema (the practice schema), in the schema's order. */
export function describeFields(schema: Schema, options: DescribeOptions): FieldSpec[] {
  const def = defOf(schema);
  if (def.type !== 'object' || !def.shape) throw new Error(`Expected an object schema, got ${def.type}`);
  return Object.entries(def.shape).map(([name, field]) => describe(name, name, field, options));
}

function describe(name: string, path: string, schema: Schema, options: DescribeOptions): FieldSpec {
  let required = true;
  let defaultValue: unknown;
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional' && def.innerType) {
      required = false;
      current = def.innerType;
    } else if (def.type === 'default' && def.innerType) {
      required = false;
      defaultValue = def.defaultValue;
      current = def.innerType;
    } else break;
  }
  const spec = describeValue(name, path, current, options);
  spec.required = required;
  if (defaultValue !== undefined) spec.default = defaultValue;
  return spec;
}

function describeValue(name: string, path: string, schema: Schema, options: DescribeOptions): FieldSpec {
  const def = defOf(schema);
  const base = { name, path, required: true };
  if (options.image && schema === options.image) return { ...base, kind: 'image' };
  if (def.type === 'object' && def.shape) {
    return {
      ...base,
      kind: 'object',
      fields: Object.entries(def.shape).map(([key, field]) => describe(key, `${path}.${key}`, field, options)),
    };
  }
  if (def.type === 'array' && def.element) {
    const item = describeValue(name, path, def.element, options);
    const sample = sampleValue(item);
    // The smallest list the schema takes, with distinct valid entries where it needs more than one.
    let minItems = 0;
    while (minItems < 10 && !accepts(schema, sampleList(item, sample, minItems))) minItems++;
    return { ...base, kind: 'list', item, minItems };
  }
  if (def.type === 'boolean') return { ...base, kind: 'boolean' };

  if (def.type === 'pipe') {
    const dateForms = (['year', 'month', 'day'] as const).filter((form) => accepts(schema, SAMPLE_DATE[form]));
    if (dateForms.length) return { ...base, kind: 'date', dateForms };
    throw new Error(`${path}: a transformed value that takes no date form; describe it in describe-practice-fields.ts`);
  }
  if (def.type !== 'string' && def.type !== 'number') {
    throw new Error(`${path}: ${def.type} fields are not described yet; add them to describe-practice-fields.ts`);
  }
  if (!accepts(schema, def.type === 'number' ? JUNK_NUMBER : JUNK_TEXT)) {
    // The largest value set the field accepts whole is its vocabulary.
    const set = options.valueSets
      .filter((s) => s.options.every((o) => accepts(schema, o.value)))
      .sort((a, b) => b.options.length - a.options.length)[0];
    if (set) return { ...base, kind: 'choice', options: set.options, vocabulary: set.name };
  }
  if (def.type === 'number') return { ...base, kind: 'number', integer: !accepts(schema, 1.5), ...(accepts(schema, -1) ? {} : { min: 0 }) };
  if (accepts(schema, SAMPLE_URL) && !accepts(schema, 'ftp://www.iom.int/')) return { ...base, kind: 'url' };
  if (accepts(schema, SAMPLE_EMAIL) && !accepts(schema, 'desk at ministry')) return { ...base, kind: 'email' };
  if (accepts(schema, 'sierra-leone-policy') && !accepts(schema, 'Sierra Leone policy')) return { ...base, kind: 'slug' };
  return { ...base, kind: 'text', ...textLimits(schema) };
}

/** The shortest and longest text the schema accepts, found by trying lengths. */
function textLimits(schema: Schema): { minLength?: number; maxLength?: number } {
  const ok = (n: number) => accepts(schema, 'a'.repeat(n));
  let min = 0;
  while (min < 1000 && !ok(min)) min++;
  if (!ok(min)) return {};
  const limits: { minLength?: number; maxLength?: number } = {};
  if (min > 0) limits.minLength = min;
  if (!ok(LENGTH_CEILING)) {
    let lo = min;
    let hi = LENGTH_CEILING;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (ok(mid)) lo = mid;
      else hi = mid;
    }
    limits.maxLength = lo;
  }
  return limits;
}

function sampleValue(spec: FieldSpec): unknown {
  switch (spec.kind) {
    case 'choice':
      return spec.options?.[0]?.value;
    case 'date':
      return SAMPLE_DATE[spec.dateForms![0]!];
    case 'url':
      return SAMPLE_URL;
    case 'slug':
      return 'sierra-leone-policy';
    case 'email':
      return SAMPLE_EMAIL;
    case 'boolean':
      return true;
    case 'number':
      return 1;
    case 'object':
      return Object.fromEntries(spec.fields!.filter((f) => f.required).map((f) => [f.name, sampleValue(f)]));
    case 'list':
      return [];
    default:
      return 'a'.repeat(spec.minLength ?? 1);
  }
}

function sampleList(item: FieldSpec, sample: unknown, count: number): unknown[] {
  if (item.kind === 'choice') return item.options!.slice(0, count).map((o) => o.value);
  return Array.from({ length: count }, (_, i) => (typeof sample === 'string' ? sample + 'b'.repeat(i) : sample));
}

/** Every path the spec describes, for tests that compare it with the schema. */
export function fieldPaths(fields: FieldSpec[]): string[] {
  return fields.flatMap((f) => {
    const inner = f.kind === 'list' ? f.item : f;
    return [f.path, ...(inner?.fields ? fieldPaths(inner.fields) : [])];
  });
}
