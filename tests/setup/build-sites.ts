/**
 * Builds the fixture site (under a base path), the real site and a generated
 * content set, side by side in worker threads of this process with Astro's
 * build() (tests/support/build-site.ts), then serves the first two locally
 * as a CDN would. Every suite of the site project reads these builds; only
 * the suites about content that must fail or is fuzzed (bad, hostile,
 * fuzzed) build their own. Set ATLAS_TEST_REUSE=1 to reuse earlier builds
 * while iterating on tests.
 */
import { existsSync, rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { generatePractices } from '../../scripts/generate-practices.ts';
import { buildSites } from '../support/build-site.ts';
import { FIXTURE, GENERATED, REAL } from '../support/sites.ts';

export default async function setup(project: TestProject) {
  const sites = [FIXTURE, REAL, GENERATED].filter((site) => !(process.env.ATLAS_TEST_REUSE === '1' && existsSync(site.dist)));
  if (sites.includes(GENERATED)) await generatePractices({ count: GENERATED.count, dir: GENERATED.content, seed: GENERATED.seed });
  for (const site of sites) rmSync(site.dist, { recursive: true, force: true });
  const started = performance.now();
  const results = await buildSites(sites);
  for (const [i, { status, output }] of results.entries()) {
    if (status !== 0) throw new Error(`Building ${sites[i]!.content} failed:\n${output.slice(-4000)}`);
  }
  if (sites.length) console.log(`Built ${sites.map((s) => s.content).join(', ')} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const fixture = await startStaticServer({ root: FIXTURE.dist, base: FIXTURE.base });
  const real = await startStaticServer({ root: REAL.dist, base: REAL.base });
  // Another port is another origin: partner pages embed the Atlas from here.
  const real2 = await startStaticServer({ root: REAL.dist, base: REAL.base, host: 'localhost' });
  project.provide('fixtureUrl', fixture.url);
  project.provide('realUrl', real.url);
  project.provide('realUrl2', real2.url);
  return async () => {
    for (const s of [fixture, real, real2]) await new Promise((r) => s.server.close(r));
  };
}
