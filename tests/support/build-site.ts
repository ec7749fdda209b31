import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './sites.ts';

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Runs `astro build` on a content set into an output folder, as CI would. */
export function buildSite({ content, dist, base = '/', env = {} }: { content: string; dist: string; base?: string; env?: Record<string, string> }): BuildResult {
  // Inside a test file, Vitest mirrors Vite's import.meta.env into process.env
  // (BASE_URL "/", MODE "test"...); Astro would read them back in the build.
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...inherited } = process.env;
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...inherited,
      // The pinned Node from node_modules/.bin, whatever started the tests.
      PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH}`,
      ATLAS_CONTENT_DIR: content,
      ATLAS_OUT_DIR: dist,
      ATLAS_BASE: base,
      ATLAS_SITE: 'https://atlas.example.org',
      // Freshness ("Ongoing as of 2021, not confirmed since") depends on the build's day: fixed, so the pages tested are the same every day.
      ATLAS_TODAY: '2026-12-01',
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
