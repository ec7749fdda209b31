/** Which files are practices, and whether their slugs are valid and unique. */
import { closeSync, existsSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { extname, join } from 'node:path';
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

/** Names Windows gives to devices, whatever the case and even with an extension (`con.mdx`). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** A valid slug and one entry per slug: not a Windows device name, and not another slug in other case. */
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
    const reserved = WINDOWS_RESERVED.exec(slug);
    if (reserved) {
      problems.push({
        file,
        severity: 'error',
        field: kind.id,
        message: `"${slug}" is a name Windows keeps for a device (CON, PRN, AUX, NUL, COM0-9, LPT0-9): the repository could not be checked out, nor the site built, there; add a word, such as "${slug}-${slug === 'con' ? 'conference' : 'practice'}"`,
      });
    }
    const twins = [...bySlug.keys()].filter((other) => other !== slug && other.toLowerCase() === slug.toLowerCase());
    if (twins.length) {
      problems.push({
        file,
        severity: 'error',
        field: kind.id,
        message: `"${slug}" differs from ${twins.map((t) => `"${t}" (${bySlug.get(t)!.join(', ')})`).join(', ')} only by case: on Windows and macOS they are one file, and one ${kind.one} would overwrite the other; give each its own ${kind.id}`,
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

/** Files in content checked for markup, at most: a practice folder holds a handful. */
const MAX_SCANNED_FILES = 100_000;

/**
 * No SVG anywhere in content, and nothing else that is markup: an SVG is a
 * document that runs scripts when opened from the site's origin, whatever
 * the file is called. Files are recognised by name (.svg, .svgz) and by
 * their first bytes (`<svg`, `<?xml`, `<!DOCTYPE`, `<html`…), since a
 * `.png` can hold an SVG.
 */
export function markupFileProblems(dir: string, display: (p: string) => string): Problem[] {
  if (!existsSync(dir)) return [];
  const problems: Problem[] = [];
  const folders = [dir];
  let scanned = 0;
  while (folders.length && scanned < MAX_SCANNED_FILES) {
    const folder = folders.pop()!;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) folders.push(path);
      if (!entry.isFile() || entry.name.endsWith('.mdx')) continue;
      scanned++;
      const svgName = /\.svgz?$/i.test(entry.name);
      if (svgName || startsWithMarkup(path)) {
        problems.push({
          file: display(path),
          severity: 'error',
          message: svgName
            ? `is an SVG, which can carry scripts, and content may hold none: export it as a .png or .webp image, or remove it`
            : `holds markup (SVG, HTML or XML) although it is named ${extname(entry.name) || 'without an extension'}: such a file can carry scripts; export the image again as PNG, JPEG or WebP, or remove it`,
        });
      }
    }
  }
  return problems;
}

/** Whether a file starts, after a BOM and blank space, with "<": SVG, HTML and XML all do; images never. */
function startsWithMarkup(path: string): boolean {
  const head = Buffer.alloc(512);
  const fd = openSync(path, 'r');
  try {
    const read = readSync(fd, head, 0, head.length, 0);
    const text = head.subarray(0, read).toString('utf8').replace(/^\uFEFF/, '').trimStart();
    return text.startsWith('<');
  } finally {
    closeSync(fd);
  }
}
