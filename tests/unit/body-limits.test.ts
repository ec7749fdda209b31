/**
 * Issue 19, item 6: reading a body stays linear in its size. Markdown
 * parsers spend time in the square of how deeply a line nests quotes and
 * lists (a line of 200,000 ">" took 13 s to compile); the check and the
 * build's compiler count nesting levels and line length in one pass before
 * parsing. These tests count levels; they do not time anything.
 */
import { describe, expect, it } from 'vitest';
import { MAX_BLOCK_LENGTH, MAX_BODY_NESTING, MAX_LINE_LENGTH, MAX_TREE_DEPTH, bodyShapeProblems, lineNesting } from '../../src/catalogue/validate/body-limits.ts';
import { checkBody } from '../../src/catalogue/validate/body.ts';

const errors = (body: string) => checkBody(body, 10, 'practices/x/index.mdx').problems.filter((p) => p.severity === 'error').map((p) => `${p.line}: ${p.message}`);

describe('nesting', () => {
  it('counts the quote and list markers at the start of a line', () => {
    expect(lineNesting('plain text')).toBe(0);
    expect(lineNesting('> quoted')).toBe(1);
    expect(lineNesting('> > - 1. deep')).toBe(4);
    expect(lineNesting('>>>> x')).toBe(4);
    expect(lineNesting('   - item')).toBe(1);
    // A thematic break is not a list, and a hyphenated word is not a marker.
    expect(lineNesting('* * * * * * * *')).toBe(0);
    expect(lineNesting('-not a list')).toBe(0);
    // It stops counting past the limit: a line of 400,000 ">" costs no more than 7.
    expect(lineNesting('>'.repeat(400_000))).toBe(MAX_BODY_NESTING + 1);
  });

  it(`accepts ${MAX_BODY_NESTING} levels of quotes and lists, and refuses ${MAX_BODY_NESTING + 1}, on one line or by indentation`, () => {
    const quotes = (n: number) => `${'> '.repeat(n)}quoted`;
    expect(errors(quotes(MAX_BODY_NESTING))).toEqual([]);
    expect(errors(quotes(MAX_BODY_NESTING + 1))).toMatchInlineSnapshot(`
      [
        "10: the line nests quotes or lists more than 6 levels deep (">", "-", "1." at its start); a practice needs at most 2",
      ]
    `);
    const list = (n: number) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
    expect(errors(list(MAX_BODY_NESTING))).toEqual([]);
    expect(errors(list(MAX_BODY_NESTING + 1))).toMatchInlineSnapshot(`
      [
        "16: quotes and lists nest more than 6 levels deep here; a practice needs at most 2",
      ]
    `);
  });

  it(`refuses elements nested more than ${MAX_TREE_DEPTH} levels`, () => {
    const spans = (n: number) => `Text ${'<span>'.repeat(n)}deep${'</span>'.repeat(n)}`;
    // The paragraph and the root hold the spans: 30 spans are 32 levels.
    expect(errors(spans(MAX_TREE_DEPTH - 2))).toEqual([]);
    expect(errors(spans(MAX_TREE_DEPTH))).toMatchInlineSnapshot(`
      [
        "10: elements nest more than 32 levels deep here; write the text without nesting emphasis, links and elements inside each other",
      ]
    `);
  });
});

describe('length', () => {
  it(`refuses a line over ${MAX_LINE_LENGTH.toLocaleString('en')} characters and a block over ${MAX_BLOCK_LENGTH.toLocaleString('en')}`, () => {
    const sentence = 'A sentence of the practice. ';
    expect(errors('x'.repeat(MAX_LINE_LENGTH))).toEqual([]);
    expect(errors('x'.repeat(MAX_LINE_LENGTH + 1))).toMatchInlineSnapshot(`
      [
        "10: the line is longer than 5,000 characters; split it into paragraphs, with a blank line between them",
      ]
    `);
    const lines = Array.from({ length: Math.ceil(MAX_BLOCK_LENGTH / sentence.length) + 1 }, () => sentence);
    expect(errors(lines.join('\n'))).toMatchInlineSnapshot(`
      [
        "10: the paragraph, list or table starting here runs over 20,000 characters without a blank line; split it with blank lines",
      ]
    `);
    // The same lines in paragraphs of ten are fine.
    expect(errors(lines.map((l, i) => (i % 10 === 9 ? `${l}\n` : l)).join('\n'))).toEqual([]);
  });

  it('refuses the 400,000-character line of issue 19 before parsing it, and says so once per kind', () => {
    const shape = bodyShapeProblems(`## Context\n\n${'>'.repeat(400_000)} deep\n`);
    expect(shape.map((p) => `${p.line}: ${p.message}`)).toMatchInlineSnapshot(`
      [
        "3: the line is longer than 5,000 characters; split it into paragraphs, with a blank line between them",
        "3: the line nests quotes or lists more than 6 levels deep (">", "-", "1." at its start); a practice needs at most 2",
        "3: the paragraph, list or table starting here runs over 20,000 characters without a blank line; split it with blank lines",
      ]
    `);
  });

  it('reports the first lines past a limit, then how many more', () => {
    const body = Array.from({ length: 12 }, () => `${'> '.repeat(MAX_BODY_NESTING + 1)}x\n`).join('\n');
    expect(bodyShapeProblems(body).map((p) => `${p.line}: ${p.message}`)).toMatchInlineSnapshot(`
      [
        "1: the line nests quotes or lists more than 6 levels deep (">", "-", "1." at its start); a practice needs at most 2",
        "3: the line nests quotes or lists more than 6 levels deep (">", "-", "1." at its start); a practice needs at most 2",
        "5: the line nests quotes or lists more than 6 levels deep (">", "-", "1." at its start); a practice needs at most 2",
        "7: the line nests quotes or lists more than 6 levels deep (">", "-", "1." at its start); a practice needs at most 2",
        "9: the line nests quotes or lists more than 6 levels deep (">", "-", "1." at its start); a practice needs at most 2",
        "11: and 7 more lines like line 1",
      ]
    `);
  });
});
