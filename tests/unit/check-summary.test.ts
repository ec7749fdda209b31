import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSummaryMarkdown, sortProblems } from '../../scripts/lib/check-summary.ts';
import { projectRoot } from '../../src/catalogue/content-paths.ts';
import type { Problem } from '../../src/catalogue/problem.ts';

const problems: Problem[] = [
  { file: 'content/practices/b/index.mdx', line: 9, field: 'summary', severity: 'warning', message: 'is long | very' },
  { file: 'content/practices/b/index.mdx', line: 4, field: 'themes[0]', severity: 'error', message: '"labor-migration" is not a theme' },
  { file: 'content/practices/a/index.mdx', severity: 'error', message: 'two <b>files</b>' },
];

describe('the check summary', () => {
  it('puts errors first, by file and line', () => {
    expect(sortProblems(problems).map((p) => `${p.severity} ${p.file}:${p.line ?? ''}`)).toEqual([
      'error content/practices/a/index.mdx:',
      'error content/practices/b/index.mdx:4',
      'warning content/practices/b/index.mdx:9',
    ]);
  });

  it('writes every problem as a table row, linked to its line', () => {
    const markdown = checkSummaryMarkdown(
      { problems, errors: 2, warnings: 1, practices: 24, seconds: 0.42 },
      { repository: 'https://github.com/un/atlas', sha: 'abc123' },
    );
    expect(markdown).toMatchInlineSnapshot(`
      "## Check content: 2 errors to fix before this can be published

      Checked 24 practices in 0.4 s: 2 errors, 1 warning. Errors stop the site from being built; warnings are advice. Fix a file in the web editor or on GitHub and the check runs again.

      | | Where | Field | What is wrong, and what is allowed |
      | --- | --- | --- | --- |
      | error | [\`content/practices/a/index.mdx\`](https://github.com/un/atlas/blob/abc123/content/practices/a/index.mdx) |  | two &lt;b>files&lt;/b> |
      | error | [\`content/practices/b/index.mdx:4\`](https://github.com/un/atlas/blob/abc123/content/practices/b/index.mdx#L4) | \`themes[0]\` | "labor-migration" is not a theme |
      | warning | [\`content/practices/b/index.mdx:9\`](https://github.com/un/atlas/blob/abc123/content/practices/b/index.mdx#L9) | \`summary\` | is long \\| very |
      "
    `);
  });

  it('says when there is nothing to fix', () => {
    expect(checkSummaryMarkdown({ problems: [], errors: 0, warnings: 0, practices: 1, seconds: 0.1 })).toBe(
      '## Check content: passed\n\nChecked 1 practice in 0.1 s: no problems.\n',
    );
  });

  it('runs the check and writes annotations, the log and the job summary', () => {
    const content = mkdtempSync(join(tmpdir(), 'atlas-summary-'));
    const summary = join(content, 'summary.md');
    try {
      mkdirSync(join(content, 'practices', 'x'), { recursive: true });
      writeFileSync(join(content, 'practices', 'x', 'index.mdx'), '---\ntitle: X\n---\n');
      writeFileSync(summary, '');
      const run = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'check-summary.ts')], {
        encoding: 'utf8',
        env: { ...process.env, ATLAS_CONTENT_DIR: content, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary },
      });
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/^::error file=.*x\/index\.mdx,line=2,title=title::"X" has 1 characters/m);
      const table = readFileSync(summary, 'utf8');
      expect(table).toMatch(/^## Check content: \d+ errors to fix/);
      // One row per problem, every one of them.
      const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::')).length;
      expect(table.split('\n').filter((l) => /^\| (error|warning) \|/.test(l))).toHaveLength(annotations);
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  });
});
