import { LineCounter, parseDocument, isAlias, isCollection, isMap, isNode, isPair, isScalar, type Document } from 'yaml';

export interface PracticeSource {
  /** Frontmatter as parsed, or undefined when it could not be read. */
  data: unknown;
  /** MDX after the frontmatter. */
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  /** Line of a field, by path (`['gcmObjectives', 1]`), for messages. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** A value as written in the file (`10.10`, which YAML reads as the number 10.1), for messages. */
  sourceOf: (path: readonly PropertyKey[]) => string | undefined;
  /** Problems reading the frontmatter block itself (missing, broken or hostile YAML). */
  errors: { line?: number; message: string }[];
}

/**
 * Largest practice file read: a practice is a few kilobytes of text, and a
 * file a thousand times that is a mistake or an attack on the build.
 */
export const MAX_PRACTICE_FILE_BYTES = 1024 * 1024;
/** Deepest nesting of frontmatter values; a practice needs 3 (`resources[0].url`). */
export const MAX_FRONTMATTER_DEPTH = 8;
/**
 * Most aliases (`*name`) expanded in one frontmatter. A practice needs none;
 * a few are harmless, while nested aliases ("billion laughs") multiply the
 * data exponentially.
 */
export const MAX_FRONTMATTER_ALIASES = 50;

// Same delimiters as Astro's own frontmatter reader, so both see the same block.
const FRONTMATTER = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n?---\r?(?:\n|$)/;

/** How deep the YAML nests, walking nodes without recursion (a deep file must not overflow the stack). */
function depthOf(doc: Document): { depth: number; offset?: number } {
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }];
  let deepest = { depth: 0, offset: undefined as number | undefined };
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth + 1 > deepest.depth) deepest = { depth: depth + 1, offset: node.range?.[0] };
    if (deepest.depth > MAX_FRONTMATTER_DEPTH) break;
    for (const item of node.items) {
      const value = isPair(item) ? item.value : item;
      if (isNode(value) && !isAlias(value)) stack.push({ node: value, depth: depth + 1 });
    }
  }
  return deepest;
}

/**
 * Splits a practice file into frontmatter and body, parsing the YAML with
 * positions so messages can point at a line. YAML 1.2 keeps dates as the text
 * written, so impossible dates (2024-02-30) are caught, not rolled over.
 *
 * Hostile YAML is refused with a message, never thrown: duplicate keys,
 * alias bombs (`maxAliasCount`) and deep nesting, so one bad file cannot stop
 * the check of all the others.
 */
export function readPracticeFile(source: string): PracticeSource {
  const match = FRONTMATTER.exec(source);
  if (!match) {
    return {
      data: undefined,
      body: source,
      bodyLine: 1,
      lineOf: () => undefined,
      sourceOf: () => undefined,
      errors: [
        {
          line: 1,
          message:
            'has no frontmatter: the file must start with a line "---", the fields, and another line "---"',
        },
      ],
    };
  }
  const yamlText = match[1] ?? '';
  const counter = new LineCounter();
  const doc: Document = parseDocument(yamlText, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  // Line 1 is the opening "---", so YAML line n is file line n + 1.
  const lineAt = (offset: number) => counter.linePos(offset).line + 1;
  // The parser may report one slip several times on a line; say it once.
  const seen = new Set<string>();
  const errors: PracticeSource['errors'] = doc.errors
    .filter((e) => {
      const key = `${lineAt(e.pos[0])}:${e.message.split('\n')[0]}`;
      return !seen.has(key) && seen.add(key);
    })
    .map((e) => {
      const first = e.message.split('\n')[0] ?? '';
      if (/call stack/i.test(first)) {
        return { line: lineAt(e.pos[0]), message: `the frontmatter nests too deeply; a practice needs at most ${MAX_FRONTMATTER_DEPTH} levels: write lists and objects as the template does` };
      }
      if (/keys must be unique/i.test(first)) {
        const key = /^\s*([^:#]+):/.exec(yamlText.slice(e.pos[0]))?.[1]?.trim();
        return { line: lineAt(e.pos[0]), message: `the frontmatter gives ${key ? `"${key}"` : 'a field'} twice; keep one of them (YAML would silently use the last)` };
      }
      return {
        line: lineAt(e.pos[0]),
        message:
          `the frontmatter is not valid YAML: ${first.replace(/ at line \d+, column \d+:?$/, '')}. ` +
          'Put text that contains ": " or " #" in quotes, and close every [ and {',
      };
    });
  const bodyLine = source.slice(0, match[0].length).split('\n').length;
  let data: unknown;
  if (!errors.length) {
    const { depth, offset } = depthOf(doc);
    if (depth > MAX_FRONTMATTER_DEPTH) {
      errors.push({ line: offset === undefined ? 2 : lineAt(offset), message: `the frontmatter nests more than ${MAX_FRONTMATTER_DEPTH} levels deep; a practice needs at most 3 (resources[0].url): write lists and objects as the template does` });
    }
  }
  if (!errors.length) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_FRONTMATTER_ALIASES });
    } catch (error) {
      // The yaml package throws on alias bombs ("resource exhaustion attack").
      const message = (error as Error).message;
      errors.push({
        line: 2,
        message: /alias/i.test(message)
          ? `the frontmatter expands too many aliases (*name); write each value out instead of repeating it with & and *`
          : `the frontmatter cannot be read: ${message.split('\n')[0]}`,
      });
    }
  }
  if (!errors.length && !isMap(doc.contents) && doc.contents !== null) {
    errors.push({ line: 2, message: 'the frontmatter must be a list of `field: value` lines' });
  }
  return {
    data: errors.length ? undefined : (data ?? {}),
    body: source.slice(match[0].length),
    bodyLine: bodyLine,
    lineOf(path) {
      for (let depth = path.length; depth > 0; depth--) {
        const node = doc.getIn(path.slice(0, depth) as unknown[], true);
        if (isNode(node) && node.range) return lineAt(node.range[0]);
        // A missing key: point at its parent's key instead.
      }
      return undefined;
    },
    sourceOf(path) {
      const node = doc.getIn(path as unknown[], true);
      return isScalar(node) && node.range ? yamlText.slice(node.range[0], node.range[1]).trim() : undefined;
    },
    errors,
  };
}
