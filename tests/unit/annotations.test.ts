import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatAnnotation } from '../../scripts/lib/github-annotations.ts';

describe('GitHub annotations', () => {
  it('formats an error with file, line and field', () => {
    expect(
      formatAnnotation({
        file: 'content/practices/x/index.mdx',
        line: 4,
        field: 'gcmObjectives[1]',
        severity: 'error',
        message: '24 is not a GCM objective (1-23)',
      }),
    ).toMatchInlineSnapshot(`"::error file=content/practices/x/index.mdx,line=4,title=gcmObjectives[1]::24 is not a GCM objective (1-23)"`);
  });

  it('formats a warning and leaves out what the problem does not have', () => {
    expect(
      formatAnnotation({ file: 'content/practices/y', severity: 'warning', message: 'is a practice folder without index.mdx' }),
    ).toMatchInlineSnapshot(`"::warning file=content/practices/y::is a practice folder without index.mdx"`);
  });

  it('escapes %, line breaks, and in properties also ":" and ","', () => {
    expect(
      formatAnnotation({
        file: 'content/practices/a,b:c/index.mdx',
        line: 2,
        field: 'resources[0].url',
        severity: 'error',
        message: '"50%" is not valid:\nline two\r, end',
      }),
    ).toMatchInlineSnapshot(
      `"::error file=content/practices/a%2Cb%3Ac/index.mdx,line=2,title=resources[0].url::"50%25" is not valid:%0Aline two%0D, end"`,
    );
  });

  it('escapes % first, so escapes are not escaped twice', () => {
    expect(escapeData('100%\n')).toBe('100%25%0A');
    expect(escapeProperty('%3A:')).toBe('%253A%3A');
  });
});
