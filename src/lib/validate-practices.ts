import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { markdownToMdast, mdxToMdast } from 'satteri';
import sharp from 'sharp';
import type { z } from 'astro/zod';
import { PRACTICE_FIELDS, SLUG_PATTERN, practiceSchema, type PracticeData } from '../schemas/practice.ts';
import { closestMatch } from './closest-match.ts';
import { practicesDir, projectRoot, taxonomiesDir } from './content-paths.ts';
import { formatPath } from './format-problem.ts';
import { loadVocabularies, type Vocabularies } from './load-vocabularies.ts';
import { readPracticeFile } from './read-practice-file.ts';
import { showValue } from './show-value.ts';
import type { Problem } from './problem.ts';

export interface CheckedPractice {
  slug: string;
  file: string;
  data: PracticeData;
  body: string;
  /** The frontmatter as written (what Astro's own schema parses). */
  raw: Record<string, unknown>;
  /**
   * With `plainMarkdown: true`: the body as plain Markdown, when it uses
   * nothing of MDX but comments (which are removed) and reads the same as
   * Markdown; undefined when it needs the MDX compiler (JSX, expressions,
   * imports, indented code...).
   */
  markdown?: string | undefined;
}

export interface ValidationResult {
  practices: CheckedPractice[];
  problems: Problem[];
  /** Practice files read, valid or not. */
  files: number;
}

export const SUGGESTED_SECTIONS = [
  'Context',
  'What was done',
  'Results',
  'Challenges',
  'Lessons learned',
  'Replicability',
] as const;

/** The suggested sections in each language a practice may be written in, in the same order. */
export const SECTION_NAMES: Record<'en' | 'fr' | 'es', readonly string[]> = {
  en: SUGGESTED_SECTIONS,
  fr: ['Contexte', 'Ce qui a été fait', 'Résultats', 'Difficultés', 'Enseignements', 'Reproductibilité'],
  es: ['Contexto', 'Qué se hizo', 'Resultados', 'Desafíos', 'Lecciones aprendidas', 'Replicabilidad'],
};

/** Characters of a summary that cards show before cutting it. */
export const CARD_SUMMARY_LENGTH = 240;

const IMAGE_EXTENSIONS = /\.(jpe?g|png|webp|avif|gif|tiff?|svg)$/i;

/** Largest image file accepted: bigger files slow every build and every clone. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** Narrowest image accepted: covers span the page and go blurry below this on wide screens. */
export const MIN_IMAGE_WIDTH = 1200;

/** An image written in the body as `![alt](./file.jpg)` (or a reference to a definition). */
interface BodyImage {
  url: string;
  alt: string;
  /** 1-based line in the file. */
  line: number;
}

/** A file whose size and width are checked once all files have been read. */
interface ImageCheck {
  target: string;
  shown: string;
  at: { file: string; line?: number; field: string };
  /** Covers are the page's hero and must meet the rules; body images get advice. */
  severity: 'error' | 'warning';
  what: string;
}

interface PracticeFile {
  slug: string;
  path: string;
}

/** Finds practice files: `<slug>.mdx` and `<slug>/index.mdx`; reports files that would be ignored. */
function listPracticeFiles(dir: string, display: (p: string) => string, problems: Problem[]): PracticeFile[] {
  if (!existsSync(dir)) return [];
  const files: PracticeFile[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const index = join(path, 'index.mdx');
      if (existsSync(index)) files.push({ slug: entry.name, path: index });
      else {
        const stray = readdirSync(path).find((f) => /\.(mdx?|markdown)$/i.test(f));
        problems.push({
          file: display(path),
          severity: 'error',
          message: stray
            ? `has no index.mdx, so it is not published; rename ${stray} to index.mdx`
            : 'is a practice folder without index.mdx; add index.mdx or remove the folder',
        });
      }
    } else if (entry.name.endsWith('.mdx')) {
      files.push({ slug: entry.name.slice(0, -4), path });
    } else if (/\.(md|markdown)$/i.test(entry.name)) {
      problems.push({
        file: display(path),
        severity: 'error',
        message: 'is not published: practices are .mdx files; rename it to .mdx',
      });
    }
  }
  return files;
}

/** Turns zod issues into problems, one per unknown field, with lines and suggestions. */
function issuesToProblems(
  issues: z.core.$ZodIssue[],
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const known: readonly string[] =
        issue.path.length === 0 ? PRACTICE_FIELDS : [];
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const near = closestMatch(key, known);
        problems.push({
          file,
          line: lineOf(path),
          field: formatPath(path),
          severity: 'error',
          message:
            `is not a field of ${issue.path.length ? formatPath(issue.path) : 'a practice'}` +
            (near ? `; did you mean "${near}"?` : known.length ? `; allowed fields: ${known.join(', ')}` : '; remove it'),
        });
      }
      continue;
    }
    problems.push({
      file,
      line: lineOf(issue.path),
      field: formatPath(issue.path),
      severity: 'error',
      message: issue.message,
    });
  }
  return problems;
}

interface MdNode {
  type: string;
  depth?: number;
  url?: string;
  alt?: string | null;
  identifier?: string;
  value?: string;
  position?: { start: { line: number } };
  children?: MdNode[];
}

/** Every image of the body, references resolved to their definitions. */
function bodyImages(tree: MdNode, bodyLine: number): BodyImage[] {
  const definitions = new Map<string, string>();
  const found: { node: MdNode; url?: string }[] = [];
  const walk = (node: MdNode) => {
    if (node.type === 'definition' && node.identifier && node.url !== undefined) definitions.set(node.identifier, node.url);
    if (node.type === 'image') found.push({ node, url: node.url ?? '' });
    if (node.type === 'imageReference') found.push({ node });
    node.children?.forEach(walk);
  };
  walk(tree);
  return found.flatMap(({ node, url }) => {
    const resolved = url ?? definitions.get(node.identifier ?? '');
    // An undefined reference renders as text, not as an image.
    if (resolved === undefined) return [];
    return [{ url: resolved, alt: node.alt ?? '', line: (node.position?.start.line ?? 1) + bodyLine - 1 }];
  });
}

const MDX_NODES = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxjsEsm']);
const COMMENT_ONLY = /^\s*\/\*[\s\S]*?\*\/\s*$/;

/** A tree's content without positions, adjacent texts joined: what two parses must agree on. */
function shape(node: MdNode & Record<string, unknown>): unknown {
  const { position: _position, children, ...rest } = node;
  if (!children) return rest;
  const kids: unknown[] = [];
  for (const child of children) {
    const last = kids[kids.length - 1] as { type?: string; value?: string } | undefined;
    if (child.type === 'text' && last?.type === 'text') last.value = (last.value ?? '') + (child.value ?? '');
    else kids.push(shape(child as MdNode & Record<string, unknown>));
  }
  return { ...rest, children: kids };
}

/**
 * The body as plain Markdown, or undefined when it needs MDX. Plain means: no
 * JSX, no import or export, no expression but comments; the comments are cut
 * out, and the Markdown parser must then read the same tree as the MDX one
 * (it would not for indented code, which MDX does not have). Such a body can
 * be rendered to HTML once, in the content layer, instead of becoming one
 * JavaScript module per practice in the build.
 */
function plainMarkdown(body: string, tree: MdNode): string | undefined {
  const cuts: [number, number][] = [];
  let plain = true;
  const strip = (node: MdNode): MdNode | undefined => {
    if (!plain) return undefined;
    if (MDX_NODES.has(node.type)) {
      plain = false;
      return undefined;
    }
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      const at = node.position as { start: { offset?: number }; end: { offset?: number } } | undefined;
      if (!COMMENT_ONLY.test(node.value ?? '') || at?.start.offset === undefined || at.end.offset === undefined) {
        plain = false;
        return undefined;
      }
      cuts.push([at.start.offset, at.end.offset]);
      return undefined;
    }
    if (!node.children) return node;
    return { ...node, children: node.children.map(strip).filter((c): c is MdNode => c !== undefined) };
  };
  const stripped = strip(tree);
  if (!plain || !stripped) return undefined;
  let markdown = body;
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) markdown = markdown.slice(0, start) + markdown.slice(end);
  try {
    const again = markdownToMdast(markdown) as MdNode;
    return JSON.stringify(shape(again as MdNode & Record<string, unknown>)) === JSON.stringify(shape(stripped as MdNode & Record<string, unknown>))
      ? markdown
      : undefined;
  } catch {
    return undefined;
  }
}

function checkBody(
  body: string,
  bodyLine: number,
  file: string,
  problems: Problem[],
  language: 'en' | 'fr' | 'es' = 'en',
  wantMarkdown = false,
): { images: BodyImage[]; markdown?: string | undefined } {
  let tree: MdNode & { children?: MdNode[] };
  try {
    tree = mdxToMdast(body) as typeof tree;
  } catch (error) {
    const message = (error as Error).message;
    const at = /^(\d+):(\d+): /.exec(message);
    problems.push({
      file,
      line: at ? Number(at[1]) + bodyLine - 1 : bodyLine,
      field: 'body',
      severity: 'error',
      message:
        `is not valid MDX: ${message.replace(/^\d+:\d+: /, '').replace(/ \(\d+:\d+\)/, '')}` +
        '. In MDX, "<" and "{" start code: write them as \\< and \\{ in text',
    });
    return { images: [] };
  }
  const headings = (tree.children ?? []).filter((n) => n.type === 'heading');
  for (const h of headings) {
    if (h.depth === 1) {
      problems.push({
        file,
        line: (h.position?.start.line ?? 1) + bodyLine - 1,
        field: 'body',
        severity: 'error',
        message: 'has a "#" heading; the title is the page\'s only top heading, so start sections at "##"',
      });
    }
  }
  const titles = new Set(
    headings
      .filter((h) => h.depth === 2)
      .map((h) => (h.children ?? []).map((c) => c.value ?? '').join('').trim().toLowerCase()),
  );
  const sections = SECTION_NAMES[language];
  // A heading counts when it starts with the section's name ("Challenges and
  // what did not work" is the Challenges section).
  const missing = sections.filter((s) => ![...titles].some((t) => t.startsWith(s.toLowerCase())));
  if (missing.length && body.trim()) {
    problems.push({
      file,
      line: bodyLine,
      field: 'body',
      severity: 'warning',
      message: `has no section ${missing.map((m) => `"## ${m}"`).join(', ')}; readers look for these sections in this order: ${sections.join(', ')}`,
    });
  }
  return { images: bodyImages(tree, bodyLine), markdown: wantMarkdown ? plainMarkdown(body, tree) : undefined };
}

/** "7.3 MB", rounded up so a file just over the limit never reads as the limit itself. */
function megabytes(bytes: number): string {
  return `${(Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toFixed(1)} MB`;
}

/** Runs tasks with at most `limit` at a time: thousands of images must not open thousands of files at once. */
async function inBatches<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

interface Measurement {
  bytes: number;
  width?: number;
  unreadable?: string;
}

/** Weight and displayed width of an image file that is known to exist. */
async function measureImage(target: string): Promise<Measurement> {
  const bytes = statSync(target).size;
  // A vector image has no pixel width to be too small.
  if (/\.svg$/i.test(target)) return { bytes };
  try {
    const meta = await sharp(target).metadata();
    // A phone photo stored sideways is shown upright, so its displayed width is what counts.
    return { bytes, width: meta.autoOrient?.width ?? meta.width };
  } catch (error) {
    return { bytes, unreadable: (error as Error).message.split('\n')[0] };
  }
}

function imageProblems(check: ImageCheck, { bytes, width, unreadable }: Measurement): Problem[] {
  const { shown, at, severity, what } = check;
  const problems: Problem[] = [];
  if (unreadable !== undefined) {
    problems.push({
      ...at,
      severity: 'error',
      message: `${shown} cannot be read as an image (${unreadable}); save it again as a .jpg, .png, .webp or .avif file`,
    });
  }
  if (bytes > MAX_IMAGE_BYTES) {
    problems.push({
      ...at,
      severity,
      message: `${shown} is ${megabytes(bytes)}; ${what} may be at most ${megabytes(MAX_IMAGE_BYTES)}: export it again as a JPEG or WebP about 2,000 px wide, which is usually well under 1 MB`,
    });
  }
  if (width !== undefined && width < MIN_IMAGE_WIDTH) {
    problems.push({
      ...at,
      severity,
      message: `${shown} is ${width.toLocaleString('en')} px wide; ${what} must be at least ${MIN_IMAGE_WIDTH.toLocaleString('en')} px wide to stay sharp on large screens: use a larger original`,
    });
  }
  return problems;
}

const PRIVATE_HOST =
  /^(localhost|127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|169\.254\.|\[?::1\]?|0\.0\.0\.0)|\.(local|internal|lan|intranet|corp)$/i;

/**
 * Validates a whole content set and returns every problem of every file, the
 * one source of truth for the build and for `npm run check`. Asynchronous
 * because image dimensions are read from the files.
 */
export async function validatePractices(
  options: {
    dir?: string;
    vocabularies?: Vocabularies;
    root?: string;
    /** Also give each practice's body as plain Markdown when it can be (the build's loader wants it). */
    plainMarkdown?: boolean;
  } = {},
): Promise<ValidationResult> {
  const dir = options.dir ?? practicesDir();
  const vocabularies = options.vocabularies ?? loadVocabularies(taxonomiesDir());
  const root = options.root ?? projectRoot;
  const display = (p: string) => {
    const rel = relative(root, p);
    return (rel.startsWith('..') ? p : rel).split(sep).join('/');
  };
  const schema = practiceSchema({ vocabularies });
  const problems: Problem[] = [];
  const practices: CheckedPractice[] = [];
  const files = listPracticeFiles(dir, display, problems);
  const written: { slug: string; file: string; raw: Record<string, unknown>; lineOf: (p: readonly PropertyKey[]) => number | undefined }[] = [];
  const imageChecks: ImageCheck[] = [];

  const bySlug = new Map<string, string[]>();
  for (const { slug, path } of files) {
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), display(path)]);
  }

  for (const { slug, path } of files) {
    const file = display(path);
    if (!SLUG_PATTERN.test(slug)) {
      problems.push({
        file,
        severity: 'error',
        field: 'slug',
        message: `${showValue(slug)} is not a valid slug; name the file or folder with lowercase ASCII words joined by "-", such as "${slug
          .normalize('NFKD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-+|-+$/g, '')}"`,
      });
    }
    const same = bySlug.get(slug)!;
    if (same.length > 1 && same[0] === file) {
      problems.push({
        file,
        severity: 'error',
        field: 'slug',
        message: `"${slug}" is used by ${same.length} practices (${same.join(', ')}); each practice needs its own slug`,
      });
    }

    const source = readFileSync(path, 'utf8');
    const read = readPracticeFile(source);
    for (const e of read.errors) problems.push({ file, line: e.line, severity: 'error', message: e.message });
    const language = (read.data as { language?: unknown } | undefined)?.language;
    const { images, markdown } = checkBody(read.body, read.bodyLine, file, problems, language === 'fr' || language === 'es' ? language : 'en', options.plainMarkdown);
    checkBodyImages(images, path, slug, file, display, problems, imageChecks);
    if (read.data === undefined) continue;

    const parsed = schema.safeParse(read.data);
    if (!parsed.success) {
      problems.push(...issuesToProblems(parsed.error.issues, file, read.lineOf));
    }
    const raw = read.data as Record<string, unknown>;
    written.push({ slug, file, raw, lineOf: read.lineOf });

    // Checks that need the file system.
    const cover = raw.cover as { src?: unknown } | undefined;
    if (cover && typeof cover === 'object' && typeof cover.src === 'string') {
      const src = cover.src;
      const target = resolve(dirname(path), src);
      const field = 'cover.src';
      const line = read.lineOf(['cover', 'src']);
      if (/^[a-z]+:/i.test(src) || src.startsWith('/')) {
        problems.push({ file, line, field, severity: 'error', message: `${showValue(src)} is not a file beside the practice; put the image in the practice's folder and write "./${src.split('/').pop()}"` });
      } else if (!existsSync(target) || !statSync(target).isFile()) {
        const near = existsSync(dirname(target))
          ? closestMatch(src.replace(/^\.\//, ''), readdirSync(dirname(target)).filter((f) => IMAGE_EXTENSIONS.test(f)))
          : undefined;
        problems.push({
          file,
          line,
          field,
          severity: 'error',
          message: `${showValue(src)} does not exist beside the practice` + (near ? `; did you mean "./${near}"?` : `; add the image to ${display(dirname(path))}/`),
        });
      } else if (!IMAGE_EXTENSIONS.test(src)) {
        problems.push({ file, line, field, severity: 'error', message: `${showValue(src)} is not an image; use a .jpg, .png, .webp or .avif file` });
      } else if (!path.endsWith(`${sep}index.mdx`)) {
        // A single-file practice has no folder of its own for images.
        problems.push({ file, line, field, severity: 'error', message: `a practice with a cover must be a folder: move it to practices/${slug}/index.mdx with the image beside it` });
      } else {
        imageChecks.push({ target, shown: showValue(src), at: { file, line, field }, severity: 'error', what: 'a cover image' });
      }
    }

    const resources = Array.isArray(raw.resources) ? raw.resources : [];
    resources.forEach((r: unknown, i: number) => {
      const url = (r as { url?: unknown })?.url;
      if (typeof url !== 'string') return;
      try {
        const host = new URL(url).hostname;
        if (PRIVATE_HOST.test(host)) {
          problems.push({
            file,
            line: read.lineOf(['resources', i, 'url']),
            field: formatPath(['resources', i, 'url']),
            severity: 'warning',
            message: `${showValue(url)} points to a private address that readers cannot open; link to a public copy`,
          });
        }
      } catch {
        /* reported by the schema */
      }
    });

    const markup = typeof raw.summary === 'string' ? /<\/?[a-z][^>]*>|\[[^\]]*\]\([^)]*\)|\*\*[^*]+\*\*/i.exec(raw.summary) : null;
    if (markup) {
      problems.push({
        file,
        line: read.lineOf(['summary']),
        field: 'summary',
        severity: 'warning',
        message: `contains markup ${showValue(markup[0])}, which is shown as typed; write plain text`,
      });
    }

    if (typeof raw.summary === 'string' && [...raw.summary].length > CARD_SUMMARY_LENGTH && [...raw.summary].length <= 500) {
      problems.push({
        file,
        line: read.lineOf(['summary']),
        field: 'summary',
        severity: 'warning',
        message: `has ${[...raw.summary].length} characters; cards show the first ${CARD_SUMMARY_LENGTH}, so put the essential first`,
      });
    }

    if (parsed.success) practices.push({ slug, file, data: parsed.data, body: read.body, raw, markdown });
  }

  // Checks across practices, on what was written, so that they are reported
  // even when a file has other problems.
  const slugs = new Set(files.map((f) => f.slug));
  const languageOf = (raw: Record<string, unknown>) => (typeof raw.language === 'string' ? raw.language : 'en');
  const languages = new Map(written.map((w) => [w.slug, languageOf(w.raw)]));
  for (const { slug, file, raw, lineOf } of written) {
    const target = raw.translationOf;
    if (typeof target !== 'string' || !SLUG_PATTERN.test(target)) continue;
    const at = { file, line: lineOf(['translationOf']), field: 'translationOf', severity: 'error' as const };
    if (target === slug) {
      problems.push({ ...at, message: `"${target}" is this practice itself; name the practice this one translates` });
    } else if (!slugs.has(target)) {
      const near = closestMatch(target, slugs);
      problems.push({ ...at, message: `"${target}" is not the slug of any practice` + (near ? `; did you mean "${near}"?` : '') });
    } else if (languages.get(target) === languageOf(raw)) {
      problems.push({ ...at, message: `"${target}" is also in "${languageOf(raw)}"; a translation must set a different \`language\`` });
    }
  }

  // An image used twice is read once; each use is reported at its own place.
  const measurements = new Map<string, Measurement>();
  await inBatches([...new Set(imageChecks.map((c) => c.target))], 16, async (target) => {
    measurements.set(target, await measureImage(target));
  });
  // In the order found, so that the report reads the same on every run.
  for (const check of imageChecks) problems.push(...imageProblems(check, measurements.get(check.target)!));

  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { practices, problems, files: files.length };
}

/** Body images: the file must exist beside the practice and be described; size and width are advice. */
function checkBodyImages(
  images: BodyImage[],
  path: string,
  slug: string,
  file: string,
  display: (p: string) => string,
  problems: Problem[],
  imageChecks: ImageCheck[],
): void {
  for (const { url, alt, line } of images) {
    const at = { file, line, field: 'body' };
    const shown = showValue(url);
    if (!alt.trim()) {
      problems.push({
        ...at,
        severity: 'error',
        message: `image ${shown} has no alt text; describe what it shows between the brackets, such as ![Chart of arrivals by year, 2015-2020](${url}), so that people who cannot see it get the same information`,
      });
    }
    // Images on the web are the author's to keep working; only files in the repository can be checked.
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) continue;
    if (url.startsWith('/')) {
      problems.push({ ...at, severity: 'error', message: `image ${shown} is not a file beside the practice; put the image in the practice's folder and write "./${url.split('/').pop()}"` });
      continue;
    }
    let target = resolve(dirname(path), url);
    if (!existsSync(target)) {
      try {
        target = resolve(dirname(path), decodeURI(url));
      } catch {
        /* not percent-encoded: keep the path as written */
      }
    }
    if (!existsSync(target) || !statSync(target).isFile()) {
      const near = existsSync(dirname(target))
        ? closestMatch(url.replace(/^\.\//, ''), readdirSync(dirname(target)).filter((f) => IMAGE_EXTENSIONS.test(f)))
        : undefined;
      problems.push({
        ...at,
        severity: 'error',
        message: `image ${shown} does not exist beside the practice` + (near ? `; did you mean "./${near}"?` : `; add the image to ${display(dirname(path))}/`),
      });
      continue;
    }
    if (!IMAGE_EXTENSIONS.test(target)) {
      problems.push({ ...at, severity: 'error', message: `image ${shown} is not an image; use a .jpg, .png, .webp or .avif file, and link other files with [text](${url})` });
      continue;
    }
    if (!path.endsWith(`${sep}index.mdx`)) {
      problems.push({ ...at, severity: 'error', message: `image ${shown}: a practice with images must be a folder: move it to practices/${slug}/index.mdx with the image beside it` });
      continue;
    }
    imageChecks.push({ target, shown: `image ${shown}`, at, severity: 'warning', what: 'an image in the text' });
  }
}

