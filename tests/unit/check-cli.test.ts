import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/catalogue/content-paths.ts';
import { practiceFileText, type ScaffoldInput } from '../../src/editor/scaffold-practice.ts';
import { scaffoldInput, withSources } from '../support/practice-entry.ts';

const pinned = join(projectRoot, 'node_modules', '.bin', 'node');
const NODE = existsSync(pinned) ? pinned : process.execPath;
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

const valid: ScaffoldInput = scaffoldInput({ slug: 'labour-migration-desk' });

/** A content set in a temp folder: `{ slug: file text }`. */
function contentSet(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'atlas-check-'));
  temps.push(root);
  mkdirSync(join(root, 'practices'));
  for (const [slug, text] of Object.entries(files)) {
    mkdirSync(join(root, 'practices', slug), { recursive: true });
    writeFileSync(join(root, 'practices', slug, 'index.mdx'), text);
  }
  return root;
}

function check(content: string, args: string[] = [], env: Record<string, string> = {}) {
  // CI runs these tests with GITHUB_ACTIONS=true; each test decides for itself.
  const { GITHUB_ACTIONS: _ignored, ...base } = process.env;
  return spawnSync(NODE, ['scripts/check.ts', ...args], {
    cwd: projectRoot,
    env: { ...base, ATLAS_CONTENT_DIR: content, ...env },
    encoding: 'utf8',
  });
}

const broken = withSources(practiceFileText(valid))
  .replace('gcmObjectives: [6]', 'gcmObjectives: [6, 24]')
  .replace('themes: [labour-migration]', 'themes: [labor-migration]\ngcmObjective: 3');
// A summary over 200 characters is advice only.
const longSummary = withSources(practiceFileText({ ...valid, summary: 'A'.repeat(150) + ' ' + 'b'.repeat(100) }));

describe('npm run check', () => {
  it('exits 1 and prints file:line: field: message for each error', () => {
    const content = contentSet({ ok: withSources(practiceFileText(valid)), broken });
    const run = check(content);
    expect(run.status).toBe(1);
    const file = `${content}/practices/broken/index.mdx`;
    expect(run.stdout).toContain(`${file}:4: gcmObjectives[1]: 24 is not a GCM objective (1-23)`);
    expect(run.stdout).toContain(`${file}:5: themes[0]: "labor-migration" is not a theme; allowed values are listed in content/taxonomies/themes.yaml; did you mean "labour-migration"?`);
    expect(run.stdout).toContain(`${file}:6: gcmObjective: is not a field of a practice; did you mean "gcmObjectives"?`);
    expect(run.stdout).toContain('3 errors in 1 file.');
    expect(run.stdout).toMatch(/^Checked 2 practices in \d+\.\d s$/m);
    expect(run.stdout).not.toContain('::error');
  });

  it('exits 0 when there are warnings only', () => {
    const run = check(contentSet({ long: longSummary }));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('warning: summary: has 251 characters');
    expect(run.stdout).toContain('No errors, 1 warning.');
    expect(run.stdout).toMatch(/Checked 1 practice in \d+\.\d s/);
  });

  it('prints a JSON report with --json', () => {
    const run = check(contentSet({ broken, long: longSummary }), ['--json']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report).sort()).toEqual(['buildingBlocks', 'errors', 'practices', 'problems', 'seconds', 'warnings']);
    expect(report).toMatchObject({ errors: 3, warnings: 1, practices: 2, buildingBlocks: 0 });
    expect(typeof report.seconds).toBe('number');
    expect(report.problems).toHaveLength(4);
    expect(report.problems[0]).toEqual({
      file: expect.stringMatching(/practices\/broken\/index\.mdx$/),
      line: 4,
      field: 'gcmObjectives[1]',
      severity: 'error',
      message: '24 is not a GCM objective (1-23)',
    });
    expect(report.problems.at(-1)).toMatchObject({ severity: 'warning', field: 'summary' });
  });

  it('adds workflow annotations on GitHub Actions', () => {
    const content = contentSet({ broken, long: longSummary });
    const run = check(content, [], { GITHUB_ACTIONS: 'true' });
    expect(run.status).toBe(1);
    const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(annotations).toHaveLength(4);
    expect(annotations[0]).toBe(`::error file=${content}/practices/broken/index.mdx,line=4,title=gcmObjectives[1]::24 is not a GCM objective (1-23)`);
    expect(annotations[3]).toMatch(/^::warning file=.*\/long\/index\.mdx,line=3,title=summary::has 251 characters/);
    // The plain report still follows, for people reading the log.
    expect(run.stdout).toContain('3 errors in 1 file, 1 warning.');
  });

  it('keeps --json output pure JSON on GitHub Actions', () => {
    const run = check(contentSet({ broken }), ['--json'], { GITHUB_ACTIONS: 'true' });
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });

  it('passes on an empty content set, but not on a missing one', () => {
    const empty = contentSet({});
    expect(check(empty).status).toBe(0);
    const missing = check(join(empty, 'nowhere'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/there is no practices folder at .*nowhere/);
  });

  it('rejects unknown flags', () => {
    const empty = contentSet({});
    const bad = check(empty, ['--jsn']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Unknown option '--jsn'");
  });
});
