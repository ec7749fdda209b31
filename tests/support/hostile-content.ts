/**
 * The hostile-content set: tests/fixtures/hostile/practices, one practice
 * per attack, copied under tests/.output/<name>/ (so paths in messages are
 * stable), plus the attacks git cannot carry well: a practice file over the
 * size limit, and symbolic links (a cover, and a whole practice file) that
 * point out of the content folder.
 */
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_PRACTICE_FILE_BYTES } from '../../src/lib/read-practice-file.ts';
import { OUTPUT, ROOT } from './sites.ts';

/** Written by the hostile body of esm-export if it ever ran. */
export const RAN_MARKER = join(ROOT, 'tests', '.output', 'HOSTILE-BODY-RAN');

/** Builds the set and returns its content folder (the one holding `practices/`). */
export function hostileContent(name: string): string {
  const content = join(OUTPUT, name);
  rmSync(content, { recursive: true, force: true });
  const practices = join(content, 'practices');
  mkdirSync(practices, { recursive: true });
  cpSync(join(ROOT, 'tests', 'fixtures', 'hostile', 'practices'), practices, { recursive: true });
  const fixture = join(ROOT, 'tests', 'fixtures', 'content', 'practices');
  symlinkSync(join(fixture, 'beta-caribbean-displacement', 'cover.jpg'), join(practices, 'cover-symlink', 'cover.jpg'));
  symlinkSync(join(fixture, 'zeta-single-file.mdx'), join(practices, 'linked-practice.mdx'));
  mkdirSync(join(practices, 'oversized-file'));
  writeFileSync(join(practices, 'oversized-file', 'index.mdx'), `---\ntitle: "Oversized"\n---\n\n${'A sentence that repeats. '.repeat(Math.ceil(MAX_PRACTICE_FILE_BYTES / 25) + 10)}\n`);
  return content;
}
