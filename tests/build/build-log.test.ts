/**
 * What the builds of the test sites said (kept by the global setup): the
 * server build read the content store from its file, so the build's process
 * did not keep the store's text twice more until Pagefind indexed (issue 20,
 * memory at 10,000 practices). When Astro changes the module it generates,
 * the integration leaves it alone and this fails.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURE, REAL, buildLogOf } from '../support/sites.ts';

describe('the build log of the test sites', () => {
  for (const [name, site] of [['fixture', FIXTURE], ['real', REAL]] as const) {
    it(`${name} site: the server build read the content store from its file`, () => {
      const log = readFileSync(buildLogOf(site.dist), 'utf8');
      expect(log).toContain('The server build reads the content store from its file instead of carrying it in its code.');
      expect(log).not.toContain('content store module is not in the shape');
    });
  }
});
