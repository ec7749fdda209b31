/**
 * Validates a whole content set and returns every problem of every file, the
 * one source of truth for the build (src/catalogue/loaders/practices-loader.ts) and for
 * `npm run check`. Each concern is a module of src/catalogue/validate/: the files
 * and slugs, the frontmatter, the body (which is checked before anything
 * compiles it), images, translations, vocabularies and warnings. The building
 * blocks are checked with them (src/catalogue/validate-building-blocks.ts): a
 * practice names blocks, and a block no practice uses is worth a warning.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { practiceSchema, type PracticeData } from '../schemas/practice.ts';
import { practicesDir, projectRoot, taxonomiesDir } from './content-paths.ts';
import { loadVocabularies, type Vocabularies } from './load-vocabularies.ts';
import type { Problem } from './problem.ts';
import { validateBuildingBlocks, type CheckedBuildingBlock } from './validate-building-blocks.ts';
import { MAX_PRACTICE_FILE_BYTES, readPracticeFile } from './read-practice-file.ts';
import { checkBody } from './validate/body.ts';
import { issuesToProblems } from './validate/frontmatter.ts';
import { checkBodyImages, checkCover, measuredImageProblems, type ImageCheck } from './validate/images.ts';
import type { MdNode } from './validate/md-node.ts';
import { placeholderProblems, templateValues } from './validate/placeholders.ts';
import { listPracticeFiles, markupFileProblems, slugProblems } from './validate/practice-files.ts';
import { translationProblems, type WrittenPractice } from './validate/translations.ts';
import { vocabularyProblems } from './validate/vocabularies.ts';
import { httpsResourceProblems, staleStatusProblems, textProblems } from './validate/warnings.ts';
import { DEFAULT_LANG, isLang } from '../i18n/locales.ts';

export { SECTION_NAMES, SUGGESTED_SECTIONS } from './validate/body.ts';
export { MAX_IMAGE_BYTES, MIN_IMAGE_WIDTH } from './validate/images.ts';
export { CARD_SUMMARY_LENGTH } from './validate/warnings.ts';

export interface CheckedPractice {
  slug: string;
  file: string;
  data: PracticeData;
  body: string;
  /** The frontmatter as written (what Astro's own schema parses). */
  raw: Record<string, unknown>;
  /** What the `markdown` option gave for the body (the loader's plain Markdown). */
  markdown?: string | undefined;
}

export interface ValidationResult {
  practices: CheckedPractice[];
  problems: Problem[];
  /** Practice files read, valid or not. */
  files: number;
  /** Building blocks without a single error. */
  blocks: CheckedBuildingBlock[];
  /** Building block files read, valid or not. */
  blockFiles: number;
}

export interface ValidateOptions {
  dir?: string;
  /** The building blocks; by default `building-blocks` beside the practices folder. */
  blocksDir?: string;
  vocabularies?: Vocabularies;
  root?: string;
  /**
   * Given each valid body, its MDX tree and the file's absolute path, what to
   * keep as `markdown` (the loader passes `plainMarkdown`), so a body is
   * parsed as MDX once.
   */
  markdown?: (body: string, tree: MdNode, path: string) => string | undefined;
  /** "Today", for the age of a status (tests fix it). */
  today?: Date;
}


/** Asynchronous because image dimensions are read from the files. */
export async function validatePractices(options: ValidateOptions = {}): Promise<ValidationResult> {
  const dir = options.dir ?? practicesDir();
  const vocabularies = options.vocabularies ?? loadVocabularies(taxonomiesDir());
  const root = options.root ?? projectRoot;
  const today = options.today ?? new Date();
  const display = (p: string) => {
    const rel = relative(root, p);
    return (rel.startsWith('..') ? p : rel).split(sep).join('/');
  };
  const blocks = validateBuildingBlocks({ dir: options.blocksDir ?? join(dirname(dir), 'building-blocks'), vocabularies, root });
  const schema = practiceSchema({ vocabularies, buildingBlocks: () => blocks.ids });
  const template = templateValues(projectRoot);
  const problems: Problem[] = [];
  const practices: CheckedPractice[] = [];
  const files = listPracticeFiles(dir, display, problems);
  // No SVG or other markup anywhere in the content folder (practices/ and its siblings), not only beside practices.
  problems.push(...slugProblems(files, display), ...markupFileProblems(basename(dir) === 'practices' ? dirname(dir) : dir, display));
  const written: WrittenPractice[] = [];
  const imageChecks: ImageCheck[] = [];

  for (const { slug, path } of files) {
    const file = display(path);
    const bytes = lstatSync(path).size;
    if (bytes > MAX_PRACTICE_FILE_BYTES) {
      problems.push({ file, severity: 'error', message: `is ${(Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1)} MB; a practice file may be at most ${(MAX_PRACTICE_FILE_BYTES / 1024 / 1024).toFixed(1)} MB: keep the text to the practice, and link long documents as resources` });
      continue;
    }
    const read = readPracticeFile(readFileSync(path, 'utf8'));
    for (const e of read.errors) problems.push({ file, line: e.line, severity: 'error', message: e.message });
    const language = (read.data as { language?: unknown } | undefined)?.language;
    const body = checkBody(read.body, read.bodyLine, file, isLang(language) ? language : DEFAULT_LANG);
    problems.push(...body.problems);
    const place = { path, slug, display };
    checkBodyImages(body.images, place, problems, imageChecks);
    if (read.data === undefined) continue;

    const parsed = schema.safeParse(read.data);
    if (!parsed.success) problems.push(...issuesToProblems(parsed.error.issues, file, read.lineOf, read.sourceOf));
    const raw = read.data as Record<string, unknown>;
    written.push({ slug, file, raw, translationOfLine: read.lineOf(['translationOf']) });

    const cover = raw.cover as { src?: unknown } | undefined;
    if (cover && typeof cover === 'object' && typeof cover.src === 'string') checkCover(cover.src, read.lineOf(['cover', 'src']), place, problems, imageChecks);

    problems.push(
      ...textProblems(raw, file, read.lineOf),
      ...staleStatusProblems(raw, file, read.lineOf, today),
      ...httpsResourceProblems(raw, file, read.lineOf),
      ...vocabularyProblems(raw, file, read.lineOf, vocabularies),
      ...placeholderProblems(raw, read.body, read.bodyLine, file, read.lineOf, template),
    );

    // A body with errors is not published, and its tree may nest past what plainMarkdown walks.
    if (parsed.success && body.tree && !body.problems.some((p) => p.severity === 'error')) {
      practices.push({ slug, file, data: parsed.data, body: read.body, raw, markdown: options.markdown ? options.markdown(read.body, body.tree!, path) : undefined });
    }
  }

  problems.push(...translationProblems(written, new Set(files.map((f) => f.slug))));
  problems.push(...blocks.problems, ...unusedBlockProblems(written, blocks.fileOf));
  problems.push(...(await measuredImageProblems(imageChecks)));
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  // Only practices without a single error are given to the build.
  const failed = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file));
  return { practices: practices.filter((p) => !failed.has(p.file)), problems, files: files.length, blocks: blocks.blocks, blockFiles: blocks.files };
}

/** A published block that no published practice names: readers would find a block page listing nothing. */
function unusedBlockProblems(written: WrittenPractice[], blocks: Map<string, { file: string; line?: number | undefined; draft: boolean }>): Problem[] {
  const used = new Set<string>();
  for (const { raw } of written) {
    if (raw.draft === true || !Array.isArray(raw.buildingBlocks)) continue;
    for (const id of raw.buildingBlocks) if (typeof id === 'string') used.add(id);
  }
  return [...blocks].flatMap(([id, { file, draft }]) =>
    draft || used.has(id)
      ? []
      : [{ file, severity: 'warning' as const, message: `"${id}" is used by no published practice; add it to the buildingBlocks of the practices that use it, or remove the block` }],
  );
}
