/**
 * `astro build` of a content set into an output folder, in this process,
 * through Astro's JavaScript API (`build()` from 'astro'): no Node to start
 * and no Astro to import again for every site. Builds run one at a time:
 * the configuration reads the content folder, base path and output folder
 * from the environment (astro.config.mjs, src/i18n/site-config.ts), which is
 * set for the build and restored after it; and two builds of this project at
 * once, even in separate threads, would race on <root>/.astro/, where Astro
 * writes each build's content and asset maps whatever the cacheDir.
 */
import { join } from 'node:path';
import { build } from 'astro';
import { ROOT } from './sites.ts';

export interface BuildResult {
  status: number;
  /** What the build printed, and the error that stopped it, as `astro build` shows them. */
  output: string;
}

export interface SiteToBuild {
  content: string;
  dist: string;
  base?: string;
  env?: Record<string, string>;
}

/** The environment every test build runs in, as CI would build. */
export function buildEnv({ content, dist, base = '/', env = {} }: SiteToBuild): Record<string, string> {
  return {
    ATLAS_CONTENT_DIR: content,
    ATLAS_OUT_DIR: dist,
    ATLAS_BASE: base,
    ATLAS_SITE: 'https://atlas.example.org',
    // Freshness ("Ongoing as of 2021, not confirmed since") depends on the build's day: fixed, so the pages tested are the same every day.
    ATLAS_TODAY: '2026-12-01',
    ASTRO_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    ...env,
  };
}

/**
 * Where a test build keeps Astro's cache (optimised images, the content
 * store): beside its output folder, so that content sets never share one.
 * The path astro.config.mjs gives when ATLAS_OUT_DIR is set; CI caches the
 * images under it (.github/workflows/tests.yml).
 */
export const cacheDirOf = (dist: string) => join(dist, '..', '.astro-cache');

let queue: Promise<unknown> = Promise.resolve();

/** Builds a content set; never throws: a failed build has a non-zero status and says why in `output`. */
export function buildSite(site: SiteToBuild): Promise<BuildResult> {
  const run = queue.then(() => buildNow(site));
  queue = run.catch(() => undefined);
  return run;
}

async function buildNow(site: SiteToBuild): Promise<BuildResult> {
  const saved = { ...process.env };
  // Vitest mirrors Vite's import.meta.env into process.env (BASE_URL "/", MODE "test"...); Astro would read them back in the build.
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete process.env[name];
  Object.assign(process.env, buildEnv(site));
  const chunks: string[] = [];
  const capture = (stream: NodeJS.WriteStream) => {
    const write = stream.write;
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    }) as typeof stream.write;
    return () => void (stream.write = write);
  };
  const restore = [capture(process.stdout), capture(process.stderr)];
  try {
    await build({ root: ROOT, mode: 'production', logLevel: 'info' });
    return { status: 0, output: chunks.join('') };
  } catch (error) {
    return { status: 1, output: `${chunks.join('')}\n${describe(error)}` };
  } finally {
    for (const undo of restore) undo();
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
  }
}

/** An error as the command line prints it: its message, and those of its causes. */
function describe(error: unknown): string {
  const lines: string[] = [];
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    lines.push(e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e));
  }
  return lines.join('\n');
}
