/**
 * Issues 11 and 19: `npm run check` and the production build agree on every file of
 * the hostile-content set, and the build stops before any body runs (the
 * export in esm-export would leave a marker file).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
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
    // Every practice of the set, by folder or single file, is refused (counted from the folder, not written here)...
    const entries = readdirSync(join(content, 'practices')).sort();
    expect([...new Set(errors.map((p) => p.file.split('/practices/')[1]!.split('/')[0]!))].sort()).toEqual(entries);
    // ...and two image files, for what they are: cover.svg, and an SVG named cover.png.
    const images = [...new Set(errors.map((p) => p.file).filter((f) => !f.endsWith('.mdx')))].map((f) => f.split('/practices/')[1]).sort();
    expect(images).toEqual(['cover-svg/cover.svg', 'svg-as-png/cover.png']);
    expect(files).toBe(entries.length + images.length);

    const build = await buildSite({ content, dist: join(OUTPUT, 'hostile-build-dist') });
    expect(build.status).not.toBe(0);
    for (const problem of errors) expect(build.output).toContain(formatProblem(problem, 'contract'));
    expect(build.output).toContain(`${report.errors} errors in ${files} files`);
    expect(existsSync(RAN_MARKER)).toBe(false);
    expect(existsSync(join(OUTPUT, 'hostile-build-dist', 'index.html'))).toBe(false);
  });
});
