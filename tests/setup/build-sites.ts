/**
 * Builds the fixture site (under a base path) and the real site, in this
 * process with Astro's build() (tests/support/build-site.ts), then serves
 * both locally as a CDN would. Every suite of the site project reads these
 * two builds; only the suites about building other content sets (bad,
 * hostile, fuzzed, generated) build their own. Set ATLAS_TEST_REUSE=1 to
 * reuse earlier builds while iterating on tests.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { buildSite } from '../support/build-site.ts';
import { FIXTURE, REAL, buildLogOf } from '../support/sites.ts';

export default async function setup(project: TestProject) {
  for (const site of [FIXTURE, REAL]) {
    // An earlier build is reused only with its log, which the build-log checks read.
    if (process.env.ATLAS_TEST_REUSE === '1' && existsSync(site.dist) && existsSync(buildLogOf(site.dist))) continue;
    rmSync(site.dist, { recursive: true, force: true });
    const started = performance.now();
    const { status, output } = await buildSite(site);
    if (status !== 0) throw new Error(`Building ${site.content} failed:\n${output.slice(-4000)}`);
    // Kept beside the output, for the checks on what the build said.
    writeFileSync(buildLogOf(site.dist), output);
    console.log(`Built ${site.content} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
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
