/**
 * The hostile-content set: tests/fixtures/hostile/practices, one practice
 * per attack, copied under tests/.output/<name>/ (so paths in messages are
 * stable), plus the attacks git cannot carry well: a practice file over the
 * size limit, symbolic links (a cover, and a whole practice file) that
 * point out of the content folder, and (issue 19) files whose bytes matter:
 * a BOM, mixed line endings, a 400,000-character line of nested quotes, a
 * PNG header claiming 16,000 × 16,000 pixels, and slugs that Windows or a
 * case-insensitive disk cannot hold.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { MAX_PRACTICE_FILE_BYTES } from '../../src/catalogue/read-practice-file.ts';
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
  // A valid practice to vary: the attacks below change one thing each.
  const valid = readFileSync(join(ROOT, 'tests', 'fixtures', 'hostile', 'practices', 'yaml-tag', 'index.mdx'), 'utf8').replace(/^title: .*$/m, 'title: "Hostile fixture"');
  const practice = (slug: string, text: string) => {
    mkdirSync(join(practices, slug), { recursive: true });
    writeFileSync(join(practices, slug, 'index.mdx'), text);
  };
  practice('bom', `\uFEFF${valid}`);
  practice('mixed-line-endings', valid.replace('\n', '\r\n'));
  practice('leading-blank-line', `\n${valid}`);
  practice('nested-quotes', `${valid}\n${'>'.repeat(400_000)} deep\n`);
  practice('con', valid);
  practice('case-twin', valid);
  writeFileSync(join(practices, 'Case-Twin.mdx'), valid);
  practice('huge-pixels', valid.replace('---\n\n', 'cover: { src: ./cover.png, alt: "A chart of arrivals by year" }\n---\n\n'));
  writeFileSync(join(practices, 'huge-pixels', 'cover.png'), pngHeader(16_000, 16_000));
  return content;
}

/** A PNG whose header says width × height, with one row of data: what sharp's metadata reads, at a few bytes. */
function pngHeader(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])), chunk('IEND', Buffer.alloc(0))]);
}
