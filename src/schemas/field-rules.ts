/**
 * The building blocks of the practice schema (src/schemas/practice.ts): each
 * kind of field, with the sentence an editor reads when its rule is broken
 * (the value as written, what is wrong, what is allowed, the closest allowed
 * value).
 */
import { z } from 'astro/zod';
import { closestMatch } from '../catalogue/closest-match.ts';
import { isRealDate, toDateString } from '../catalogue/dates.ts';
import { showValue } from '../catalogue/show-value.ts';

/**
 * Characters that change how text displays without showing themselves:
 * bidirectional controls (U+202E can make a title read backwards), other
 * invisible format characters (zero-width spaces, word joiners, tags) and
 * control characters. Zero-width (non-)joiners stay allowed: Arabic, Persian
 * and Indic names need them.
 */
export const INVISIBLE_CHARACTERS = /(?![\u200C\u200D])[\p{Cf}]|(?![\t\n\r])\p{Cc}/u;

/** "U+202E", for messages about a character that cannot be shown. */
export function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Refuses invisible characters, naming the first and where it is. */
export function visibleOnly(value: string, ctx: Ctx): void {
  const found = INVISIBLE_CHARACTERS.exec(value);
  if (!found) return;
  const at = [...value.slice(0, found.index)].length + 1;
  fail(ctx, `contains the invisible character ${codePoint(found[0])} at character ${at}, which can make the text display differently from what it holds; delete it (retype the text around it if unsure)`);
}

export type Ctx = z.RefinementCtx;

/**
 * A plain address: letters, digits and . _ + ' - before the @, a domain
 * after it. Nothing that a `mailto:` link would read as more than an
 * address: no `?`, `&`, `,`, spaces or a second @.
 */
export const EMAIL = /^[A-Za-z0-9._+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/;

/** Examples shown when a list is missing or is not a list. */
const example: Record<string, string> = {
  'GCM objective': '6, 23',
  theme: 'labour-migration',
  'SDG target': '"10.7"',
  'guiding principle': 'whole-of-government',
  country: 'SLE, CIV',
  region: 'western-africa',
  'implementing organisation': 'ICMPD',
  partner: 'IOM',
  funder: 'European Union',
  resource: '{ title: …, url: https://… }',
  'building block': 'migrant-resource-centre',
  'reach figure': '{ count: 23096, unit: residence cards issued, asOf: 2015 }',
  'enabling factor': '"a national law", "a partner\'s data"',
  constraint: '"short funding cycles"',
};

export function fail(ctx: Ctx, message: string, path: PropertyKey[] = []): void {
  ctx.addIssue({ code: 'custom', message, path });
}

/**
 * What each rule accepts, in JSON Schema terms. The rules are refinements
 * (code), which `z.toJSONSchema()` cannot read, so each rule states its shape
 * here beside its code; src/schemas/json-schema.ts puts the shapes in place,
 * for `/api/schema.json`, the web editor and CONTRIBUTING's tables.
 */
export const jsonShapes = z.registry<{ shape: JsonShape | (() => JsonShape); replace: boolean }>();

/** A JSON Schema fragment, with the editor's notes where JSON Schema has no keyword. */
export type JsonShape = Record<string, unknown> & EditorNotes;

/**
 * What the web editor and CONTRIBUTING need to know of a field that JSON
 * Schema has no keyword for. Given with `withShape()` or `.meta()`; left out
 * of `/api/schema.json`.
 */
export interface EditorNotes {
  /** Where the allowed values are listed (`content/taxonomies/themes.yaml`): their labels come from there. */
  vocabulary?: string;
  /** The path of an image beside the file (`./cover.jpg`). */
  image?: true;
}
export const EDITOR_NOTES: readonly (keyof EditorNotes)[] = ['vocabulary', 'image'];

/**
 * Records a rule's JSON Schema: merged into what zod derives (lengths, items),
 * or replacing it where zod's view of the rule is wrong (dates, which YAML
 * may hand over as Date objects). A function is called when the JSON Schema
 * is made, for lists (building blocks) that are not known when the schema is.
 */
export function withShape<T extends z.ZodType>(schema: T, shape: JsonShape | (() => JsonShape), replace = false): T {
  jsonShapes.add(schema, { shape, replace });
  return schema;
}

/** Error callback for a field's base type: missing, or of the wrong kind. */
export function typeError(expected: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined
      ? `is required: ${expected}`
      : `${showValue(issue.input)} is not ${expected}`;
}

/** Text of a bounded length, counted in characters as a reader sees them, with no invisible characters. */
export function text(min: number, max: number, what = 'text') {
  const allowed = `${what} of ${min}–${max} characters`;
  return withShape(z.string({ error: typeError(allowed) }).superRefine((value, ctx) => {
    const length = [...value.trim()].length;
    if (length < min || length > max) {
      fail(ctx, `${showValue(value)} has ${length} characters; write ${allowed}`);
    }
    visibleOnly(value, ctx);
  }), { type: 'string', minLength: min, maxLength: max });
}

/** A non-empty line of text of at most `max` characters (organisation names, titles of resources). */
export function name(max: number) {
  return withShape(z.string({ error: typeError('a non-empty text') }).superRefine((value, ctx) => {
    if (!value.trim()) fail(ctx, `is empty; write a name`);
    const length = [...value].length;
    if (length > max) fail(ctx, `${showValue(value)} has ${length} characters; write at most ${max}`);
    visibleOnly(value, ctx);
  }), { type: 'string', minLength: 1, maxLength: max, pattern: '\\S' });
}

/** One value of a closed list, with a suggestion when it is close to one. */
export function oneOf<const T extends readonly string[]>(values: T, what: string) {
  const list = values.map((v) => `"${v}"`).join(', ');
  return withShape(z.string({ error: typeError(`one of ${list}`) }).superRefine((value, ctx) => {
    if ((values as readonly string[]).includes(value)) return;
    const near = closestMatch(value, values);
    fail(
      ctx,
      `${showValue(value)} is not ${what}; use one of ${list}` +
        (near ? `; did you mean "${near}"?` : ''),
    );
  }), { type: 'string', enum: [...values] }) as unknown as z.ZodType<T[number], string>;
}

/** A list of at most `max` entries that must not repeat. `what` is singular; the plural adds "s". */
export function list<T extends z.ZodType>(item: T, what: string, min: number, max: number) {
  const base = z.array(item, { error: typeError(`a list of ${what}s, such as [${example[what] ?? '…'}]`) });
  // `when`: report an empty or long list, or a repeat, even when another
  // entry is wrong; the length only of a list (a text has a length too).
  return withShape(base.superRefine((values, ctx) => {
    if (!Array.isArray(values)) return;
    if (values.length < min) {
      fail(ctx, `is empty; give at least ${min === 1 ? 'one' : min} ${what}`);
    }
    if (values.length > max) {
      fail(ctx, `has ${values.length} entries; give at most ${max} ${what}s, the most relevant first`);
    }
    const seen = new Set<string>();
    values.forEach((v, i) => {
      const key = JSON.stringify(v);
      if (seen.has(key)) fail(ctx, `${showValue(v)} appears twice; list it once`, [i]);
      seen.add(key);
    });
  }, { when: () => true }), { type: 'array', minItems: min, maxItems: max, uniqueItems: true });
}

/** An id from a controlled vocabulary, e.g. a theme or an ISO3 country code. */
export function vocabularyId(ids: () => Iterable<string>, what: string, where: string) {
  return withShape(z.string({ error: typeError(`${what} id (text)`) }).superRefine((value, ctx) => {
    const known = [...ids()];
    if (known.includes(value)) return;
    const near = closestMatch(value, known);
    fail(
      ctx,
      `${showValue(value)} is not ${what}; allowed values are listed in ${where}` +
        (near ? `; did you mean "${near}"?` : ''),
    );
  }), () => ({ type: 'string', enum: [...ids()], vocabulary: where }));
}

/**
 * A count or an amount exactly as a source states it: a finite number, not
 * below zero, and whole when `whole`. Written with quotes, separators or a
 * unit, YAML hands over text: the message shows the number to write instead.
 */
export function sourceNumber(what: string, example: string, whole: boolean) {
  const allowed = `${whole ? 'a whole number' : 'a number'} of 0 or more (${what}), such as ${example}`;
  return withShape(z
    .number({
      error: (issue) => {
        if (typeof issue.input === 'string') {
          const digits = issue.input.replace(/[\s,\u00A0\u202F_]/g, '');
          if (/^\d+(\.\d+)?$/.test(digits)) return `${showValue(issue.input)} is text; write the number without quotes or separators: ${digits}`;
        }
        return typeError(allowed)(issue);
      },
    })
    .superRefine((value, ctx) => {
      if (!Number.isFinite(value) || value < 0 || (whole && !Number.isInteger(value))) {
        fail(ctx, `${value} is not ${allowed}; give the figure as the source states it`);
      }
    }), { type: whole ? 'integer' : 'number', minimum: 0 });
}

/** `YYYY-MM-DD`. YAML parsers may already have turned it into a Date. */
export function calendarDate() {
  const allowed = 'a date as YYYY-MM-DD, such as 2024-05-31';
  return withShape(z
    .union([z.string(), z.date()], { error: typeError(allowed) })
    .transform((value, ctx) => {
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) {
          fail(ctx, `is not a real date; write ${allowed}`);
          return z.NEVER;
        }
        return toDateString(value);
      }
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
        fail(ctx, `${showValue(value)} is not ${allowed}`);
        return z.NEVER;
      }
      if (!isRealDate(value)) {
        fail(ctx, `${showValue(value)} is not a real calendar date; write ${allowed}`);
        return z.NEVER;
      }
      return value;
    }), { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, true);
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a bare year may come from YAML as a number. */
export function partialDate() {
  const allowed = 'a year (2019), a month (2019-05) or a day (2019-05-31)';
  return withShape(z
    .union([z.string(), z.number(), z.date()], { error: typeError(allowed) })
    .transform((value, ctx) => {
      if (value instanceof Date) return toDateString(value);
      const written = String(value);
      if (typeof value === 'number' && !/^\d{4}$/.test(written)) {
        fail(ctx, `${showValue(value)} is not ${allowed}`);
        return z.NEVER;
      }
      if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(written)) {
        fail(ctx, `${showValue(value)} is not ${allowed}`);
        return z.NEVER;
      }
      if (!isRealDate(written)) {
        fail(ctx, `${showValue(value)} is not a real calendar date; write ${allowed}`);
        return z.NEVER;
      }
      return written;
    }), { anyOf: [{ type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' }, { type: 'integer', minimum: 1000, maximum: 9999 }] }, true);
}
