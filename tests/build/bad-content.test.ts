/**
 * A practice that breaks a rule stops the production build, and the build
 * reports every problem of every file in one run, as the content model says.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { OUTPUT, ROOT } from '../support/sites.ts';

describe('a production build of bad content', () => {
  it('fails and names every problem: file, field, value, what is allowed, the closest value', async () => {
    const { status, output } = await buildSite({
      content: join(ROOT, 'tests', 'fixtures', 'bad-content'),
      dist: join(OUTPUT, 'bad', 'dist'),
    });
    expect(status).not.toBe(0);
    const file = 'tests/fixtures/bad-content/practices/wrong-vocabulary/index.mdx';
    const expected = [
      `${file}: gcmObjectives[1]: 24 is not a GCM objective (1-23)`,
      `${file}: gcmObjective: is not a field of a practice; did you mean "gcmObjectives"?`,
      `${file}: themes[0]: "labor-migration" is not a theme; allowed values are listed in content/taxonomies/themes.yaml; did you mean "labour-migration"?`,
      `${file}: sdgTargets[0]: "10.x" is not an SDG target`,
      `${file}: countries[0]: "sle" is not an ISO 3166-1 alpha-3 country code; allowed values are listed in content/taxonomies/countries.json; did you mean "SLE"?`,
      `${file}: period.end: "2019" is before start "2021"`,
      `${file}: publishedAt: "2024-02-30" is not a real calendar date`,
      `${file}: resources[0].url: "javascript:alert(1)" uses "javascript:"; only https: (or http:) addresses are allowed`,
      `${file}: cover.alt: is empty`,
      `${file}: cover.src: "./missing.jpg" does not exist beside the practice`,
      'tests/fixtures/bad-content/practices/broken-yaml/index.mdx: the frontmatter is not valid YAML',
      'tests/fixtures/bad-content/practices/broken-mdx/index.mdx: body: is not valid MDX',
      'tests/fixtures/bad-content/practices/duplicate/index.mdx: slug: "duplicate" is used by 2 practices',
      `${file}: buildingBlocks[0]: "migrant-resource-center" is not a building block; allowed values are the ids of the files in content/building-blocks/; did you mean "migrant-resource-centre"?`,
      `${file}: reach[0].count: -3 is not a whole number of 0 or more`,
      `${file}: budget.currency: "eur" is not an ISO 4217 currency code; write the three capital letters, such as "USD", "EUR" or "XOF"; did you mean "EUR"?`,
      'tests/fixtures/bad-content/building-blocks/migrant-resource-centre.mdx: colour: is not a field of a building block',
    ];
    for (const line of expected) expect(output).toContain(line);
    expect(output).toMatch(/18 errors in 5 files/);
  });
});
