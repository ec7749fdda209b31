/** Which files are practices, and whether their slugs are valid and unique. */
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SLUG_PATTERN } from '../../schemas/practice.ts';
import type { Problem } from '../problem.ts';
import { showValue } from '../show-value.ts';

/** What kind of entry a content folder holds, for the messages about its files. */
export interface ContentKind {
  one: string;
  many: string;
  folder: string;
  /** What the file name is to the entry: a practice's slug, a block's id. */
  id: string;
}

export const PRACTICE_KIND: ContentKind = { one: 'practice', many: 'practices', folder: 'content/practices', id: 'slug' };
export const BUILDING_BLOCK_KIND: ContentKind = { one: 'building block', many: 'building blocks', folder: 'content/building-blocks', id: 'id' };

export interface PracticeFile {
  slug: string;
  path: string;
}

/**
 * Finds practice files: `<slug>.mdx` and `<slug>/index.mdx`; reports files
 * that would be ignored, and symbolic links, which could make the build read
 * a file from anywhere on the machine.
 */
export function listPracticeFiles(dir: string, display: (p: string) => string, problems: Problem[], kind: ContentKind = PRACTICE_KIND): PracticeFile[] {
  if (!existsSync(dir)) return [];
  const files: PracticeFile[] = [];
  const link = (path: string) =>
    problems.push({ file: display(path), severity: 'error', message: `is a symbolic link; a ${kind.one} must be a real file or folder in ${kind.folder}: copy the file instead of linking it` });
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) {
      if (entry.name.endsWith('.mdx') || !entry.name.includes('.')) link(path);
    } else if (entry.isDirectory()) {
      const index = join(path, 'index.mdx');
      if (existsSync(index) && lstatSync(index).isSymbolicLink()) link(index);
      else if (existsSync(index)) files.push({ slug: entry.name, path: index });
      else {
        const stray = readdirSync(path).find((f) => /\.(mdx?|markdown)$/i.test(f));
        problems.push({
          file: display(path),
          severity: 'error',
          message: stray
            ? `has no index.mdx, so it is not published; rename ${stray} to index.mdx`
            : `is a ${kind.one} folder without index.mdx; add index.mdx or remove the folder`,
        });
      }
    } else if (entry.name.endsWith('.mdx')) {
      files.push({ slug: entry.name.slice(0, -4), path });
    } else if (/\.(md|markdown)$/i.test(entry.name)) {
      problems.push({
        file: display(path),
        severity: 'error',
        message: `is not published: ${kind.many} are .mdx files; rename it to .mdx`,
      });
    }
  }
  return files;
}

/** A valid slug and one practice per slug. */
export function slugProblems(files: PracticeFile[], display: (p: string) => string, kind: ContentKind = PRACTICE_KIND): Problem[] {
  const problems: Problem[] = [];
  const bySlug = new Map<string, string[]>();
  for (const { slug, path } of files) bySlug.set(slug, [...(bySlug.get(slug) ?? []), display(path)]);
  for (const { slug, path } of files) {
    const file = display(path);
    if (!SLUG_PATTERN.test(slug)) {
      problems.push({
        file,
        severity: 'error',
        field: kind.id,
        message: `${showValue(slug)} is not a valid ${kind.id}; name the file or folder with lowercase ASCII words joined by "-", such as "${slug
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
        field: kind.id,
        message: `"${slug}" is used by ${same.length} ${kind.many} (${same.join(', ')}); each ${kind.one} needs its own ${kind.id}`,
      });
    }
  }
  return problems;
}
