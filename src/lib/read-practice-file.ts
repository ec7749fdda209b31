import { LineCounter, parseDocument, isMap, isNode, type Document } from 'yaml';

export interface PracticeSource {
  /** Frontmatter as parsed, or undefined when it could not be read. */
  data: unknown;
  /** MDX after the frontmatter. */
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  /** Line of a field, by path (`['gcmObjectives', 1]`), for messages. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** Problems reading the frontmatter block itself (missing, broken YAML). */
  errors: { line?: number; message: string }[];
}

// Same delimiters as Astro's own frontmatter reader, so both see the same block.
const FRONTMATTER = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n?---\r?(?:\n|$)/;

/**
 * Splits a practice file into frontmatter and body, parsing the YAML with
 * positions so messages can point at a line. YAML 1.2 keeps dates as the text
 * written, so impossible dates (2024-02-30) are caught, not rolled over.
 */
export function readPracticeFile(source: string): PracticeSource {
  const match = FRONTMATTER.exec(source);
  if (!match) {
    return {
      data: undefined,
      body: source,
      bodyLine: 1,
      lineOf: () => undefined,
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
  const errors = doc.errors.filter((e) => {
    const key = `${lineAt(e.pos[0])}:${e.message.split('\n')[0]}`;
    return !seen.has(key) && seen.add(key);
  }).map((e) => ({
    line: lineAt(e.pos[0]),
    message:
      `the frontmatter is not valid YAML: ${e.message.split('\n')[0]}. ` +
      'Put text that contains ": " or " #" in quotes, and close every [ and {',
  }));
  const bodyLine = source.slice(0, match[0].length).split('\n').length;
  const data = errors.length ? undefined : doc.toJS();
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
    errors,
  };
}
