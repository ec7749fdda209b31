/**
 * Issues 11 and 19: `npm run check` and the production build agree on every file of
 * the hostile-content set, and the build stops before any body runs (the
 * export in esm-export would leave a marker file).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/catalogue/format-problem.ts';
import type { Problem } from '../../src/catalogue/problem.ts';
import { buildSite } from '../support/build-site.ts';
import { RAN_MARKER, hostileContent } from '../support/hostile-content.ts';
import { OUTPUT, ROOT } from '../support/sites.ts';

describe('hostile content', () => {
  it('is refused by the check and by the build with the same errors, and never runs', async () => {
    rmSync(RAN_MARKER, { force: true });
    const content = hostileContent('hostile-build');
    const { GITHUB_ACTIONS: _ignored, ...env } = process.env;
    const check = spawnSync(join(ROOT, 'node_modules', '.bin', 'node'), ['scripts/check.ts', '--json'], {
      cwd: ROOT,
      env: { ...env, ATLAS_CONTENT_DIR: content },
      encoding: 'utf8',
    });
    expect(check.status).toBe(1);
    const report = JSON.parse(check.stdout) as { problems: Problem[]; errors: number };
    const errors = report.problems.filter((p) => p.severity === 'error');
    const files = new Set(errors.map((p) => p.file)).size;
    // The 45 practices of tests/unit/hostile-content.test.ts, and two image files refused for what they are (cover.svg, an SVG named cover.png).
    expect(files).toBe(47);

    const build = await buildSite({ content, dist: join(OUTPUT, 'hostile-build-dist') });
    expect(build.status).not.toBe(0);
    for (const problem of errors) expect(build.output).toContain(formatProblem(problem, 'contract'));
    expect(build.output).toContain(`${report.errors} errors in ${files} files`);
    expect(existsSync(RAN_MARKER)).toBe(false);
    expect(existsSync(join(OUTPUT, 'hostile-build-dist', 'index.html'))).toBe(false);
  });
});
