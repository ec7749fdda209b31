import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { LineCounter, parseDocument, visit, isAlias, isCollection, isMap, isNode, isPair, isScalar, type Document } from 'yaml';
import { showValue } from './show-value.ts';

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

/** Where the frontmatter of a file ends, as the one reading of a practice file gives it. */
export interface PracticeSplit {
  /** The YAML between the two `---` lines (Astro's raw frontmatter without its first and last line break). */
  yaml: string;
  /** Everything after the closing `---` line. */
  body: string;
  /** 1-based line on which the body starts. */
  bodyLine: number;
}

/** A reason the file cannot be split one way only, at a line. */
export interface SplitProblem {
  line: number;
  message: string;
}

/**
 * Splits a practice file into frontmatter and body: the one reading that the
 * check, the loader and the build share. The build's MDX compiler splits every
 * file with Astro's own reader (`parseFrontmatter` of
 * @astrojs/internal-helpers); this function calls that same reader, and
 * refuses any file that a stricter, line-by-line reader (an editor, GitHub,
 * the web editor, the check of an older version) could split elsewhere:
 *
 * - a byte order mark or a carriage return (a Windows or mixed line ending);
 * - a first line other than exactly `---` (blank lines before it, `--- x`);
 * - a line starting with `---` or `+++` inside the frontmatter that is not
 *   exactly `---`: Astro ends the frontmatter there, at the start of a line,
 *   whatever follows on that line;
 * - and, as a last guard, any file on which Astro's reading differs from the
 *   line-by-line one.
 *
 * On a refused file, `body` is the body as Astro would compile it (its
 * frontmatter blanked, so its lines are the file's), for the body's own checks.
 */
export function splitPracticeFile(source: string): { split: PracticeSplit; problems: [] } | { split: PracticeSplit | undefined; problems: SplitProblem[] } {
  const problems: SplitProblem[] = [];
  if (source.startsWith('\uFEFF')) {
    problems.push({ line: 1, message: 'the file starts with a byte order mark (BOM), which some readers take as text before the frontmatter; save it as UTF-8 without BOM' });
  }
  const carriage = source.indexOf('\r');
  if (carriage !== -1) {
    const line = source.slice(0, carriage).split('\n').length;
    const crlf = /\r\n/.test(source);
    const lf = /(^|[^\r])\n/.test(source);
    const lone = /\r(?!\n)/.test(source);
    const mixed = crlf && !lf && !lone ? 'uses Windows (CRLF) line endings' : crlf && lf ? 'mixes Windows (CRLF) and Unix (LF) line endings' : 'has a carriage return (an old Mac line ending)';
    problems.push({ line, message: `the file ${mixed} from line ${line} on, which readers split differently; save it with Unix (LF) line endings` });
  }
  const lines = source.replace(/^\uFEFF/, '').split('\n').map((l) => l.replace(/\r$/, ''));
  if (lines[0] !== '---') {
    const at = lines.findIndex((l) => l.trim() !== '');
    const opensLater = at > 0 && /^(---|\+\+\+)/.test(lines[at] ?? '');
    problems.push(
      opensLater
        ? { line: 1, message: `the frontmatter starts on line ${at + 1}, after ${at === 1 ? 'a blank line' : `${at} blank lines`}; remove ${at === 1 ? 'it' : 'them'} so that "---" is the first line` }
        : /^(---|\+\+\+)/.test(lines[0] ?? '')
          ? { line: 1, message: `the first line is ${showValue(lines[0])}; the frontmatter opens with a line of exactly "---", nothing else on it` }
          : { line: 1, message: 'has no frontmatter: the file must start with a line "---", the fields, and another line "---"' },
    );
  }
  // Astro ends the frontmatter at the first line that starts with "---" or "+++".
  const close = lines.findIndex((l, i) => i > 0 && /^(---|\+\+\+)/.test(l));
  if (lines[0] === '---' || lines[0]?.startsWith('---')) {
    if (close === -1) {
      problems.push({ line: 1, message: 'the frontmatter opened on line 1 is never closed; end it with a line of exactly "---"' });
    } else if (lines[close] !== '---') {
      problems.push({
        line: close + 1,
        message: `line ${close + 1} is ${showValue(lines[close])}: the build ends the frontmatter at any line that starts with "---" or "+++", while other readers need "---" alone on its line; close the frontmatter with a line of exactly "---", and move "${lines[close]!.slice(0, 3)}" off the start of this line`,
      });
    }
  }
  const strict: PracticeSplit | undefined =
    close === -1 ? undefined : { yaml: lines.slice(1, close).join('\n'), body: lines.slice(close + 1).join('\n'), bodyLine: close + 2 };
  // Astro's own reading, which the MDX compiler applies to the file.
  let astro: { raw: string; content: string } | undefined;
  try {
    const parsed = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
    astro = { raw: parsed.rawFrontmatter, content: parsed.content };
  } catch {
    // js-yaml refused the YAML, which readPracticeFile reports; the split is Astro's all the same.
    const raw = extractFrontmatter(source);
    if (raw !== undefined) astro = { raw, content: source.replace(`---${raw}---`, `   ${raw.replace(/[^\r\n]/g, ' ')}   `) };
  }
  if (!problems.length && strict && astro) {
    const blank = `   ${astro.raw.replace(/[^\r\n]/g, ' ')}   `;
    const sameYaml = astro.raw === `\n${strict.yaml}\n` || (strict.yaml === '' && astro.raw === '\n');
    const sameBody = astro.content === `${blank}\n${strict.body}` || (strict.body === '' && astro.content === blank);
    if (!sameYaml || !sameBody) {
      problems.push({ line: close + 1, message: 'the build would read this file\'s frontmatter differently from the check; write the frontmatter as the template does, between two lines of exactly "---"' });
    }
  }
  if (!problems.length && strict) return { split: strict, problems: [] };
  return { split: astro ? { yaml: '', body: astro.content, bodyLine: 1 } : undefined, problems };
}

/**
 * Reads a practice file: its one split (`splitPracticeFile`), then the YAML
 * parsed with positions so messages can point at a line. YAML 1.2 keeps dates
 * as the text written, so impossible dates (2024-02-30) are caught, not
 * rolled over.
 *
 * Hostile YAML is refused with a message, never thrown: duplicate keys,
 * alias bombs (`maxAliasCount`), deep nesting, tags (`!!js/function`) and
 * anything the parser only warns about, so one bad file cannot stop the check
 * of all the others. The build's compiler reads the same YAML with js-yaml
 * (through Astro's reader); a file that js-yaml refuses or reads as other
 * values is refused too, so the check and the build accept the same files.
 */
export function readPracticeFile(source: string): PracticeSource {
  const { split, problems } = splitPracticeFile(source);
  if (problems.length || !split) {
    return {
      data: undefined,
      body: split?.body ?? '',
      bodyLine: split?.bodyLine ?? 1,
      lineOf: () => undefined,
      sourceOf: () => undefined,
      errors: problems,
    };
  }
  const yamlText = split.yaml;
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
  errors.push(...tagAndWarningProblems(doc, lineAt));
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
  if (!errors.length) errors.push(...buildReaderProblems(source, data ?? {}, (path) => lineOfPath(doc, path, lineAt)));
  return {
    data: errors.length ? undefined : (data ?? {}),
    body: split.body,
    bodyLine: split.bodyLine,
    lineOf: (path) => lineOfPath(doc, path, lineAt),
    sourceOf(path) {
      const node = doc.getIn(path as unknown[], true);
      return isScalar(node) && node.range ? yamlText.slice(node.range[0], node.range[1]).trim() : undefined;
    },
    errors,
  };
}

function lineOfPath(doc: Document, path: readonly PropertyKey[], lineAt: (offset: number) => number): number | undefined {
  for (let depth = path.length; depth > 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return lineAt(node.range[0]);
    // A missing key: point at its parent's key instead.
  }
  return undefined;
}

/**
 * YAML tags (`!!js/function`, `!!binary`, `!custom`) and whatever the parser
 * only warns about. A practice needs neither, and readers disagree on them:
 * the check's parser keeps an unknown tag's value as text, the build's
 * refuses the file.
 */
function tagAndWarningProblems(doc: Document, lineAt: (offset: number) => number): PracticeSource['errors'] {
  const problems: PracticeSource['errors'] = [];
  const tagged = new Set<number>();
  visit(doc, {
    Node(_key, node, path) {
      if (!node.tag || !node.range) return;
      const line = lineAt(node.range[0]);
      tagged.add(line);
      const written = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
      // The field whose value carries the tag: the nearest key above it.
      const pair = [...path].reverse().find(isPair);
      const field = pair && isScalar(pair.key) ? `"${String(pair.key.value)}" ` : '';
      problems.push({ line, message: `the frontmatter ${field ? `field ${field}` : ''}uses the YAML tag "${written}"; tags are not allowed in a practice: write the plain value, in quotes if it is text` });
    },
  });
  for (const warning of doc.warnings) {
    const line = lineAt(warning.pos[0]);
    if (tagged.has(line) && /tag/i.test(warning.message)) continue;
    const first = (warning.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    problems.push({ line, message: `the frontmatter has a YAML problem: ${first}; write it as the template does` });
  }
  return problems;
}

/** The first path at which two parsed values differ. */
function firstDifference(a: unknown, b: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; check: unknown; build: unknown } | undefined {
  if (a && b && typeof a === 'object' && typeof b === 'object' && !(b instanceof Date) && Array.isArray(a) === Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys) {
      const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], [...path, Array.isArray(a) ? Number(key) : key]);
      if (found) return found;
    }
    return undefined;
  }
  // js-yaml makes dates Date objects: the same instant, or a day the schema checks (it refuses 2024-02-30, which js-yaml rolls over).
  if (typeof a === 'string' && b instanceof Date && (Date.parse(a) === b.getTime() || /^\d{4}-\d{2}-\d{2}$/.test(a))) return undefined;
  return Object.is(a, b) ? undefined : { path, check: a, build: b };
}

/**
 * The build's compiler reads the frontmatter with Astro's reader (js-yaml,
 * YAML 1.1 rules). A file that reader refuses would break the deploy after
 * passing the check; a value it reads differently (`<<` merges, `2024-01-05 10:00`
 * as a date) means the two are not reading the same file.
 */
function buildReaderProblems(source: string, data: unknown, lineOf: (path: readonly PropertyKey[]) => number | undefined): PracticeSource['errors'] {
  let built: unknown;
  try {
    built = parseFrontmatter(source).frontmatter;
  } catch (error) {
    const e = error as Error & { reason?: string; mark?: { line: number } };
    // js-yaml counts from the text after the opening "---", which starts on line 1.
    return [{ line: (e.mark?.line ?? 0) + 1, message: `the build's YAML reader refuses the frontmatter (${e.reason ?? e.message.split('\n')[0]}); write the values as the template does, text in quotes` }];
  }
  const difference = firstDifference(data, built);
  if (!difference) return [];
  const field = difference.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${String(p)}` : String(p))).join('');
  return [
    {
      line: lineOf(difference.path) ?? 2,
      message: `${field ? `"${field}"` : 'the frontmatter'} reads as ${showValue(difference.check)} for the check but as ${showValue(difference.build)} for the build's YAML reader; put the value in quotes, or write it as the template does`,
    },
  ];
}
