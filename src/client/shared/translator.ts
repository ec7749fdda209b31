/**
 * The page's interface strings and their formatting. The server hands each
 * script the strings it needs, from the dictionary of the page's language
 * (the key lists are in src/i18n/script-strings.ts), in a `data-strings`
 * attribute; the script carries no dictionary of its own.
 */
export type Params = Record<string, string | number>;

/** The keys of one counted phrase: `zero` for none, then Intl.PluralRules' `one`, and `other` for the rest. */
export interface PluralKeys<K extends string> {
  zero: K;
  one: K;
  other: K;
}

export interface Translator<K extends string> {
  /** The page's language. */
  readonly lang: string;
  /** `{name}` placeholders filled; numbers written as the language writes them (1,234 · 1 234 · 1.234). */
  t(key: K, params?: Params): string;
  /** A number as the page's language writes it (Intl.NumberFormat). */
  number(value: number): string;
  /** "No practices", "1 practice", "12 practices": the phrase for `count`, with `{count}` filled. */
  plural(keys: PluralKeys<K>, count: number, params?: Params): string;
}

/**
 * Fills `{name}` placeholders, as `t()` does on the server; an unknown one
 * stays as it is. Numbers go through `numbers`, so that a count reads
 * "1 234" in French, as the server writes it.
 */
export function format(template: string, params: Params = {}, numbers?: Intl.NumberFormat): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name]!;
    return typeof value === 'number' && numbers ? numbers.format(value) : String(value);
  });
}

/**
 * A translator over the strings of one language. Which form a count takes
 * is the language's own rule (Intl.PluralRules), not English's; none is a
 * phrase of its own in every dictionary ("No practices").
 */
export function translator<K extends string>(strings: Readonly<Record<K, string>>, lang: string): Translator<K> {
  const rules = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  const t = (key: K, params?: Params) => format(strings[key], params, numbers);
  return {
    lang,
    t,
    number: (value) => numbers.format(value),
    plural: (keys, count, params) => t(count === 0 ? keys.zero : rules.select(count) === 'one' ? keys.one : keys.other, { ...params, count }),
  };
}

/**
 * The strings of a `data-strings` attribute: a JSON object of strings, or
 * undefined when it is anything else. Which keys it holds is the server's
 * promise (the key lists are typed against the dictionary); the page's tests
 * check what it shows.
 */
export function readStrings<K extends string>(attribute: string | undefined): Record<K, string> | undefined {
  try {
    const parsed: unknown = attribute ? JSON.parse(attribute) : undefined;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
    return Object.values(parsed).every((v) => typeof v === 'string') ? (parsed as Record<K, string>) : undefined;
  } catch {
    return undefined;
  }
}
