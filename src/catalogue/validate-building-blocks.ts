/**
 * Validates the building blocks of a content set (`content/building-blocks/`)
 * with the rules of practices where they apply: file names, frontmatter
 * (src/schemas/building-block.ts), a safe body with the block's sections,
 * translations. Whether practices use them is checked with the practices
 * (src/catalogue/validate-practices.ts), which knows both.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { BLOCK_SECTION_NAMES, BUILDING_BLOCK_FIELDS, buildingBlockSchema, type BuildingBlockData } from '../schemas/building-block.ts';
import { buildingBlocksDir, projectRoot, taxonomiesDir } from './content-paths.ts';
import { loadVocabularies, type Vocabularies } from './load-vocabularies.ts';
import type { Problem } from './problem.ts';
import { MAX_PRACTICE_FILE_BYTES, readPracticeFile } from './read-practice-file.ts';
import { checkBody } from './validate/body.ts';
import { issuesToProblems } from './validate/frontmatter.ts';
import type { MdNode } from './validate/md-node.ts';
import { plainMarkdown } from './loaders/plain-markdown.ts';
import { BUILDING_BLOCK_KIND, listPracticeFiles, slugProblems } from './validate/practice-files.ts';
import { translationProblems, type WrittenPractice } from './validate/translations.ts';
import { DEFAULT_LANG, isLang } from '../i18n/locales.ts';

export interface CheckedBuildingBlock {
  /** The file name: the block's id, or for a translation its own entry id (`<id>-fr`). */
  id: string;
  file: string;
  data: BuildingBlockData;
  body: string;
  raw: Record<string, unknown>;
  /** The parsed body, for the build's renderer. */
  tree: MdNode;
}

export interface BuildingBlocksResult {
  blocks: CheckedBuildingBlock[];
  problems: Problem[];
  /** Block files read, valid or not. */
  files: number;
  /**
   * Ids a practice may name in `buildingBlocks`: every block that is not a
   * translation, as written, whether or not its file has other problems
   * (those are reported on the block itself).
   */
  ids: string[];
  /** For each id a practice may name, its file (for warnings about the block). */
  fileOf: Map<string, { file: string; line?: number | undefined; draft: boolean }>;
}


export interface ValidateBlocksOptions {
  dir?: string;
  vocabularies?: Vocabularies;
  root?: string;
}

export function validateBuildingBlocks(options: ValidateBlocksOptions = {}): BuildingBlocksResult {
  const dir = options.dir ?? buildingBlocksDir();
  const vocabularies = options.vocabularies ?? loadVocabularies(taxonomiesDir());
  const root = options.root ?? projectRoot;
  const display = (p: string) => {
    const rel = relative(root, p);
    return (rel.startsWith('..') ? p : rel).split(sep).join('/');
  };
  const schema = buildingBlockSchema({ vocabularies });
  const problems: Problem[] = [];
  const blocks: CheckedBuildingBlock[] = [];
  const files = listPracticeFiles(dir, display, problems, BUILDING_BLOCK_KIND);
  problems.push(...slugProblems(files, display, BUILDING_BLOCK_KIND));
  const written: WrittenPractice[] = [];
  const fileOf: BuildingBlocksResult['fileOf'] = new Map();

  for (const { slug: id, path } of files) {
    const file = display(path);
    const bytes = lstatSync(path).size;
    if (bytes > MAX_PRACTICE_FILE_BYTES) {
      problems.push({ file, severity: 'error', message: `is ${(Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1)} MB; a building block file may be at most ${(MAX_PRACTICE_FILE_BYTES / 1024 / 1024).toFixed(1)} MB` });
      continue;
    }
    const read = readPracticeFile(readFileSync(path, 'utf8'));
    for (const e of read.errors) problems.push({ file, line: e.line, severity: 'error', message: e.message });
    const language = (read.data as { language?: unknown } | undefined)?.language;
    const body = checkBody(read.body, read.bodyLine, file, isLang(language) ? language : DEFAULT_LANG, BLOCK_SECTION_NAMES);
    problems.push(...body.problems);
    if (read.data === undefined) continue;
    const raw = read.data as Record<string, unknown>;
    written.push({ slug: id, file, raw, translationOfLine: read.lineOf(['translationOf']) });
    if (raw.translationOf === undefined) fileOf.set(id, { file, line: read.lineOf(['title']), draft: raw.draft === true });
    // Block pages render Markdown only (src/catalogue/loaders/building-blocks-loader.ts).
    if (body.tree && plainMarkdown(read.body, body.tree) === undefined) {
      problems.push({ file, line: read.bodyLine, field: 'body', severity: 'error', message: 'uses MDX (components, expressions or imports); write a building block in plain Markdown' });
    }
    const parsed = schema.safeParse(read.data);
    if (!parsed.success) {
      problems.push(...issuesToProblems(parsed.error.issues, file, read.lineOf, read.sourceOf, { fields: BUILDING_BLOCK_FIELDS, name: 'a building block' }));
    }
    if (parsed.success && body.tree) blocks.push({ id, file, data: parsed.data, body: read.body, raw, tree: body.tree });
  }

  const ids = new Set(files.map((f) => f.slug));
  problems.push(...translationProblems(written, ids, BUILDING_BLOCK_KIND));
  // A translation of a translation would have no page of its own to hang on.
  for (const w of written) {
    const target = w.raw.translationOf;
    if (typeof target === 'string' && ids.has(target) && !fileOf.has(target) && target !== w.slug) {
      problems.push({ file: w.file, line: w.translationOfLine, field: 'translationOf', severity: 'error', message: `"${target}" is itself a translation; name the block it translates (${String(written.find((o) => o.slug === target)?.raw.translationOf)})` });
    }
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  const failed = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file));
  return { blocks: blocks.filter((b) => !failed.has(b.file)), problems, files: files.length, ids: [...fileOf.keys()], fileOf };
}
