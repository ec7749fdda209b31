/**
 * CONTRIBUTING.md's generated parts (fields, section headings, common
 * mistakes) are what `npm run docs` makes from the schema and the check now.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/catalogue/content-paths.ts';
import { COMMON_MISTAKES, mistakesTable, replaceBetweenMarkers, updateContributing } from '../../src/editor/contributing-docs.ts';
import { loadVocabularies } from '../../src/catalogue/load-vocabularies.ts';

const vocab = loadVocabularies();

describe('CONTRIBUTING.md', () => {
  it('is up to date with the schema and the check (run `npm run docs` if not)', async () => {
    const text = readFileSync(join(projectRoot, 'CONTRIBUTING.md'), 'utf8');
    expect(await updateContributing(text, vocab)).toBe(text);
  });

  it('keeps what stands outside the markers', () => {
    const text = 'before\n<!-- x:start note -->\nold\n<!-- x:end -->\nafter\n';
    expect(replaceBetweenMarkers(text, 'x', 'new')).toBe('before\n<!-- x:start note -->\nnew\n<!-- x:end -->\nafter\n');
    expect(() => replaceBetweenMarkers('no markers', 'x', 'new')).toThrow(/has no "<!-- x:start -->"/);
  });

  it('refuses a "mistake" the check accepts', async () => {
    await expect(mistakesTable(vocab, [{ what: 'Nothing wrong', lines: ['status: planned'] }])).rejects.toThrow(
      /finds no error in "Nothing wrong"/,
    );
    expect(COMMON_MISTAKES.length).toBeGreaterThanOrEqual(8);
  });
});
