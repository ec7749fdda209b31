/**
 * Advice `npm run check` gives (warnings, never errors): stale statuses,
 * practices without an https source, values left from the template or
 * placeholders, regions already derived from countries.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validatePractices } from '../../src/catalogue/validate-practices.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

const FIELDS = [
  'title: Labour migration desk',
  'summary: Sierra Leone set up a labour migration desk that placed 400 workers abroad under fair recruitment rules.',
  'gcmObjectives: [6]',
  'themes: [labour-migration]',
  'status: completed',
  'period: { start: 2019, end: 2021 }',
  'implementers: [ICMPD]',
  'publishedAt: 2025-01-31',
  'resources: [{ title: Desk report, url: "https://www.ilo.org/desk-report" }]',
];
const BODY = '\n## Context\n\nT.\n\n## What was done\n\nT.\n\n## Results\n\nT.\n\n## Challenges\n\nT.\n\n## Lessons learned\n\nT.\n\n## Replicability\n\nT.\n';

/** Warnings for a practice whose fields are FIELDS with lines replaced or added (a field name maps to its new line, or null to drop it). */
async function warnings(changes: Record<string, string | null>, body = BODY, today = new Date('2026-01-15')): Promise<string[]> {
  const lines = FIELDS.filter((l) => changes[l.split(':')[0]!] !== null).map((l) => changes[l.split(':')[0]!] ?? l);
  for (const [field, line] of Object.entries(changes)) if (line && !FIELDS.some((l) => l.startsWith(`${field}:`))) lines.push(line);
  const root = mkdtempSync(join(tmpdir(), 'atlas-warnings-'));
  temps.push(root);
  mkdirSync(join(root, 'practices', 'desk'), { recursive: true });
  writeFileSync(join(root, 'practices', 'desk', 'index.mdx'), `---\n${lines.join('\n')}\n---\n${body}`);
  const { problems } = await validatePractices({ dir: join(root, 'practices'), root, today });
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return problems.map((p) => `${p.line ?? '-'}: ${p.field}: ${p.message}`);
}

describe('content warnings', () => {
  it('are none for a complete, sourced, completed practice', async () => {
    expect(await warnings({})).toEqual([]);
  });

  it('ask for the date behind a planned or ongoing status, and for a fresh planned one after two years', async () => {
    expect(await warnings({ status: 'status: ongoing', period: 'period: { start: 2019 }' })).toMatchInlineSnapshot(`
      [
        "6: status: "ongoing" has no statusAsOf; add statusAsOf: YYYY-MM, when the source reported the practice as ongoing, so readers know how current it is",
      ]
    `);
    expect(await warnings({ status: 'status: planned', period: 'period: { start: 2019 }', statusAsOf: 'statusAsOf: 2023-12' })).toMatchInlineSnapshot(`
      [
        "11: statusAsOf: "2023-12" is more than 2 years ago for a practice still "planned"; check a recent source and update status and statusAsOf (a finished practice is "completed", with period.end)",
      ]
    `);
    // January 2024 is less than two years before 15 January 2026 at its end: no warning yet.
    expect(await warnings({ status: 'status: planned', period: 'period: { start: 2019 }', statusAsOf: 'statusAsOf: 2024-01' })).toEqual([]);
    expect(await warnings({ status: 'status: planned', period: 'period: { start: 2019 }', statusAsOf: 'statusAsOf: 2024-01-14' })).toHaveLength(1);
  });

  it('say when an ongoing status was last confirmed, once that is more than three years ago', async () => {
    const ongoing = { status: 'status: ongoing', period: 'period: { start: 2015 }' };
    expect(await warnings({ ...ongoing, statusAsOf: 'statusAsOf: 2018-08' })).toMatchInlineSnapshot(`
      [
        "11: statusAsOf: ongoing as of 2018-08, not confirmed since; refresh statusAsOf from a current source (the site shows "not confirmed since" after 3 years), or set status: completed with period.end if it has ended",
      ]
    `);
    // Without statusAsOf, the last revision, then the publication, is the last confirmation.
    expect(await warnings({ ...ongoing, publishedAt: 'publishedAt: 2019-03-02', updatedAt: 'updatedAt: 2022-11-30' })).toMatchInlineSnapshot(`
      [
        "6: status: ongoing as of 2022-11-30 (its updatedAt; there is no statusAsOf), not confirmed since; refresh statusAsOf from a current source (the site shows "not confirmed since" after 3 years), or set status: completed with period.end if it has ended",
      ]
    `);
    expect(await warnings({ ...ongoing, publishedAt: 'publishedAt: 2021-06-01' })).toMatchInlineSnapshot(`
      [
        "6: status: ongoing as of 2021-06-01 (its publishedAt; there is no statusAsOf), not confirmed since; refresh statusAsOf from a current source (the site shows "not confirmed since" after 3 years), or set status: completed with period.end if it has ended",
      ]
    `);
    // 2024-01 is two years old on 15 January 2026: fresh enough for an ongoing status.
    expect(await warnings({ ...ongoing, statusAsOf: 'statusAsOf: 2024-01' })).toEqual([]);
    // January 2023 ends less than three years before 15 January 2026; 14 January 2023 is just over.
    expect(await warnings({ ...ongoing, statusAsOf: 'statusAsOf: 2023-01' })).toEqual([]);
    expect(await warnings({ ...ongoing, statusAsOf: 'statusAsOf: 2023-01-14' })).toHaveLength(1);
    // Only an ongoing status claims the present.
    expect(await warnings({ status: 'status: completed', period: 'period: { start: 2015, end: 2017 }', statusAsOf: 'statusAsOf: 2017-12' })).toEqual([]);
  });

  it('ask for an https source', async () => {
    expect(await warnings({ resources: null })).toMatchInlineSnapshot(`
      [
        "-: resources: is missing: give at least one public source with an https:// address (a report, the policy, the project's page), so readers can check the practice",
      ]
    `);
    expect(await warnings({ resources: 'resources: [{ title: Desk report, url: "http://www.ilo.org/desk-report" }]' })).toMatchInlineSnapshot(`
      [
        "10: resources: has no https:// address; link the secure version of a source (most sites serve https://)",
      ]
    `);
  });

  it('point out copies of a page instead of the page: staging, preview, AMP, embed, CDN origins, link wrappers (issue 24)', async () => {
    const urls = [
      'https://preview.state.gov/reports/2021-trafficking-in-persons-report/',
      'https://dev.laopinion.com.co/colombia/migrantes',
      'https://www.semana.com/amp/nacion/articulo/migrantes/1234',
      'https://www.hindustantimes.com/india-news/vande-bharat.amp',
      'https://www.youtube.com/embed/abc123',
      'https://migrationnetwork.un.org/hub/projects?embed_node=3141',
      'https://cloudfront-us-east-1.images.arcpublishing.com/elcomercio/photo.jpg',
      'https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fexample.org',
    ];
    const resources = `resources: [${urls.map((url, i) => `{ title: Source ${i}, url: "${url}" }`).join(', ')}]`;
    const found = (await warnings({ resources })).map((w) => w.replace(/^\d+: /, ''));
    expect(found.map((w) => w.replace(/: ".*" is /, ': … is '))).toEqual([
      'resources[0].url: … is a staging, preview, development or origin copy, not the page itself; link the canonical address, the one the publisher\'s own site shows',
      'resources[1].url: … is a staging, preview, development or origin copy, not the page itself; link the canonical address, the one the publisher\'s own site shows',
      'resources[2].url: … is an AMP copy, not the page itself; link the canonical address, the one the publisher\'s own site shows',
      'resources[3].url: … is an AMP copy, not the page itself; link the canonical address, the one the publisher\'s own site shows',
      'resources[4].url: … is an embed view, not the page itself; link the canonical address, the one the publisher\'s own site shows',
      'resources[5].url: … is an embed view, not the page itself; link the canonical address, the one the publisher\'s own site shows',
      'resources[6].url: … is a CDN\'s origin host, not the page itself; link the canonical address, the one the publisher\'s own site shows',
      'resources[7].url: … is a link wrapper, not the page itself; link the canonical address, the one the publisher\'s own site shows',
    ]);
    // Canonical pages of the same publishers are fine, and so is a word like "example" or "damp" in a path.
    expect(await warnings({ resources: 'resources: [{ title: TIP report, url: "https://www.state.gov/reports/2021-trafficking-in-persons-report/" }, { title: Damp housing, url: "https://www.semana.com/nacion/damp-housing/1234" }, { title: Developer guide, url: "https://developer.mozilla.org/en-US/" }]' })).toEqual([]);
  });

  it('point out values left from the template and placeholder addresses', async () => {
    expect(
      await warnings(
        {
          title: 'title: "National labour migration policy of Exampleland"',
          implementers: 'implementers: ["Ministry of Labour of Exampleland", ICMPD]',
          resources: 'resources: [{ title: Policy, url: "https://example.org/labour-migration-policy.pdf" }]',
          evaluation: 'evaluation: internal',
          funders: 'funders: ["European Union"]',
          contact: 'contact: { email: desk@example.com }',
        },
        BODY.replace('## Context\n\nT.', '## Context\n\nWrite two or three paragraphs. Replace this text.'),
      ),
    ).toMatchInlineSnapshot(`
      [
        "2: title: "National labour migration policy of Exampleland" is the template's sample; write the practice's own",
        "8: implementers[0]: "Ministry of Labour of Exampleland" names the template's sample country, Exampleland; write the real name",
        "10: resources[0].url: "https://example.org/labour-migration-policy.pdf" is a placeholder address (example.org is reserved for examples); give the real one, or remove it",
        "11: evaluation: "internal" is as in the template, like the values above; check that it is this practice's evidence",
        "12: funders: ["European Union"] is as in the template, like the values above; check who funded this practice",
        "13: contact.email: "desk@example.com" is a placeholder address (example.com is reserved for examples); give the real one, or remove it",
        "18: body: "Write two or three paragraphs. Replace this text." is the template's sample text; replace it with the practice's own",
      ]
    `);
  });

  it('leave evaluation and funders alone when nothing else is left from the template', async () => {
    expect(await warnings({ evaluation: 'evaluation: internal', funders: 'funders: ["European Union"]' })).toEqual([]);
  });

  it('point out a region that a listed country already places the practice in', async () => {
    expect(await warnings({ countries: 'countries: [SLE, CIV]', regions: 'regions: [western-africa, europe]' })).toMatchInlineSnapshot(`
      [
        "12: regions[0]: "western-africa" is already derived from SLE in countries; remove it (regions are for practices that cover a region rather than listed countries)",
      ]
    `);
  });
});
