/**
 * Building blocks and the evidence fields of a practice (`buildingBlocks`,
 * `reach`, `budget`, `enablingFactors`, `constraints`): every rule, and the
 * exact sentence an editor reads when it is broken.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/catalogue/format-problem.ts';
import { validatePractices } from '../../src/catalogue/validate-practices.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

const PRACTICE = [
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
const PRACTICE_BODY = '\n## Context\n\nT.\n\n## What was done\n\nT.\n\n## Results\n\nT.\n\n## Challenges\n\nT.\n\n## Lessons learned\n\nT.\n\n## Replicability\n\nT.\n';

const BLOCK = [
  'title: Pre-departure orientation',
  'summary: A structured course before departure on rights, contracts, the destination country, money and return.',
  'gcmObjectives: [3, 6]',
  'themes: [labour-migration, information-and-awareness]',
];
const BLOCK_BODY = '\n## What it is\n\nT.\n\n## How it works\n\nT.\n\n## Conditions for success\n\nT.\n\n## Pitfalls\n\nT.\n';

const practice = (...lines: string[]) => `---\n${[...PRACTICE, ...lines].join('\n')}\n---\n${PRACTICE_BODY}`;
const block = (lines: string[] = [], body = BLOCK_BODY) => `---\n${[...BLOCK, ...lines].join('\n')}\n---\n${body}`;

/** Writes a content set (paths under practices/ and building-blocks/) and returns its problems as the contract formats them. */
async function problemsOf(files: Record<string, string>, severity?: 'error' | 'warning'): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'atlas-blocks-'));
  temps.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  mkdirSync(join(root, 'practices'), { recursive: true });
  const { problems } = await validatePractices({ dir: join(root, 'practices'), root, today: new Date('2026-01-15') });
  return problems.filter((p) => !severity || p.severity === severity).map((p) => formatProblem(p, 'contract'));
}

/** Problems of one practice with extra lines, beside one block, `pre-departure-orientation`. */
const withFields = (...lines: string[]) =>
  problemsOf({ 'practices/desk/index.mdx': practice('buildingBlocks: [pre-departure-orientation]', ...lines), 'building-blocks/pre-departure-orientation.mdx': block() });

describe('evidence fields of a practice', () => {
  it('accepts reach, budget, enabling factors and constraints as the content model writes them', async () => {
    expect(
      await withFields(
        'reach: [{ count: 23096, unit: "residence cards issued", asOf: 2015 }, { count: 0, unit: complaints upheld, asOf: 2016-03 }]',
        'budget: { amount: 1500000.5, currency: XOF, period: "2019-2022", note: EU contribution }',
        'enablingFactors: ["a national law", "the partner\'s data"]',
        'constraints: [short funding cycles]',
      ),
    ).toEqual([]);
  });

  it('reach: a whole count of 0 or more as the source states it, a unit, a date', async () => {
    expect(await withFields('reach: [{ count: -3, unit: workers }, { count: 12.5, unit: workers }, { count: "23,096", unit: cards }, { count: 4, asOf: 2015-13 }, { count: 5, unit: cards, size: 3 }]')).toMatchInlineSnapshot(`
      [
        "practices/desk/index.mdx: reach[0].count: -3 is not a whole number of 0 or more (a count), such as 23096; give the figure as the source states it (line 12)",
        "practices/desk/index.mdx: reach[1].count: 12.5 is not a whole number of 0 or more (a count), such as 23096; give the figure as the source states it (line 12)",
        "practices/desk/index.mdx: reach[2].count: "23,096" is text; write the number without quotes or separators: 23096 (line 12)",
        "practices/desk/index.mdx: reach[3].unit: is required: a non-empty text (line 12)",
        "practices/desk/index.mdx: reach[3].asOf: "2015-13" is not a real calendar date; write a year (2019), a month (2019-05) or a day (2019-05-31) (line 12)",
        "practices/desk/index.mdx: reach[4].size: is not a field of reach[4]; remove it (line 12)",
      ]
    `);
    expect(await withFields('reach: { count: 5, unit: cards }')).toMatchInlineSnapshot(`
      [
        "practices/desk/index.mdx: reach: {"count":5,"unit":"cards"} is not a list of reach figures, such as [{ count: 23096, unit: residence cards issued, asOf: 2015 }] (line 12)",
      ]
    `);
  });

  it('budget: an amount of 0 or more in an ISO 4217 currency', async () => {
    expect(await withFields('budget: { amount: "1.5 million", currency: eur }')).toMatchInlineSnapshot(`
      [
        "practices/desk/index.mdx: budget.amount: "1.5 million" is not a number of 0 or more (an amount of money), such as 1500000 (line 12)",
        "practices/desk/index.mdx: budget.currency: "eur" is not an ISO 4217 currency code; write the three capital letters, such as "USD", "EUR" or "XOF"; did you mean "EUR"? (line 12)",
      ]
    `);
    expect(await withFields('budget: { amount: -10, currency: XFO }')).toMatchInlineSnapshot(`
      [
        "practices/desk/index.mdx: budget.amount: -10 is not a number of 0 or more (an amount of money), such as 1500000; give the figure as the source states it (line 12)",
        "practices/desk/index.mdx: budget.currency: "XFO" is not an ISO 4217 currency code; write the three capital letters, such as "USD", "EUR" or "XOF" (line 12)",
      ]
    `);
    expect(await withFields('budget: { currency: USD, total: 5 }')).toMatchInlineSnapshot(`
      [
        "practices/desk/index.mdx: budget.amount: is required: a number of 0 or more (an amount of money), such as 1500000 (line 12)",
        "practices/desk/index.mdx: budget.total: is not a field of budget; remove it (line 12)",
      ]
    `);
  });

  it('enabling factors and constraints: lists of short phrases', async () => {
    expect(await withFields('enablingFactors: a national law', 'constraints: ["", short funding cycles, short funding cycles]')).toMatchInlineSnapshot(`
      [
        "practices/desk/index.mdx: enablingFactors: "a national law" is not a list of enabling factors, such as ["a national law", "a partner's data"] (line 12)",
        "practices/desk/index.mdx: constraints[0]: is empty; write a name (line 13)",
        "practices/desk/index.mdx: constraints[2]: "short funding cycles" appears twice; list it once (line 13)",
      ]
    `);
  });
});

describe('building blocks of a practice', () => {
  it('must exist, with the closest id suggested; a translation is not an id of its own', async () => {
    expect(
      await problemsOf({
        'practices/desk/index.mdx': practice('buildingBlocks: [pre-departure-orientaton, pre-departure-orientation-fr, bilateral-agreements]'),
        'building-blocks/pre-departure-orientation.mdx': block(),
        'building-blocks/pre-departure-orientation-fr.mdx': block(['language: fr', 'translationOf: pre-departure-orientation'], '\n## Ce que c\'est\n\nT.\n\n## Comment ça marche\n\nT.\n\n## Conditions de réussite\n\nT.\n\n## Écueils\n\nT.\n'),
      }, 'error'),
    ).toMatchInlineSnapshot(`
      [
        "practices/desk/index.mdx: buildingBlocks[0]: "pre-departure-orientaton" is not a building block; allowed values are the ids of the files in content/building-blocks/; did you mean "pre-departure-orientation"? (line 11)",
        "practices/desk/index.mdx: buildingBlocks[1]: "pre-departure-orientation-fr" is not a building block; allowed values are the ids of the files in content/building-blocks/; did you mean "pre-departure-orientation"? (line 11)",
        "practices/desk/index.mdx: buildingBlocks[2]: "bilateral-agreements" is not a building block; allowed values are the ids of the files in content/building-blocks/ (line 11)",
      ]
    `);
  });

  it('when there are no blocks yet, says so', async () => {
    expect(await problemsOf({ 'practices/desk/index.mdx': practice('buildingBlocks: [migrant-resource-centre]') })).toMatchInlineSnapshot(`
      [
        "practices/desk/index.mdx: buildingBlocks[0]: "migrant-resource-centre" is not a building block; there are none yet in content/building-blocks/: add the block first (line 11)",
      ]
    `);
  });

  it('a block that no published practice uses is a warning, not an error', async () => {
    expect(
      await problemsOf({
        'practices/desk/index.mdx': practice('buildingBlocks: [pre-departure-orientation]'),
        'practices/draft.mdx': practice('buildingBlocks: [migrant-resource-centre]', 'draft: true'),
        'building-blocks/pre-departure-orientation/index.mdx': block(),
        'building-blocks/migrant-resource-centre.mdx': block(['title: Migrant resource centre']).replace('title: Pre-departure orientation\n', ''),
        'building-blocks/unfinished.mdx': block(['draft: true']),
      }),
    ).toMatchInlineSnapshot(`
      [
        "building-blocks/migrant-resource-centre.mdx: warning: "migrant-resource-centre" is used by no published practice; add it to the buildingBlocks of the practices that use it, or remove the block",
      ]
    `);
  });
});

describe('building block files', () => {
  it('are valid as the content model writes them, in three languages', async () => {
    expect(
      await problemsOf({
        'practices/desk/index.mdx': practice('buildingBlocks: [pre-departure-orientation]'),
        'building-blocks/pre-departure-orientation.mdx': block(),
        'building-blocks/pre-departure-orientation-es.mdx': block(['language: es', 'translationOf: pre-departure-orientation'], '\n## Qué es\n\nT.\n\n## Cómo funciona\n\nT.\n\n## Condiciones para el éxito\n\nT.\n\n## Escollos\n\nT.\n'),
      }, 'warning'),
    ).toEqual([]);
  });

  it('name the file, the field, the value and what is allowed', async () => {
    expect(
      await problemsOf({
        'practices/desk/index.mdx': practice('buildingBlocks: [orientation]'),
        'building-blocks/orientation.mdx': `---\ntitle: Orie\nsummary: Too short.\ngcmObjectives: [24]\nthemes: [labor-migration]\nlanguge: fr\n---\n${BLOCK_BODY}`,
        'building-blocks/orientation-fr.mdx': block(['translationOf: orientaton', 'language: fr']),
        'building-blocks/orientation-es.mdx': block(['translationOf: orientation']),
        'building-blocks/Bad Name.mdx': block(),
        'building-blocks/notes.md': block(),
      }, 'error'),
    ).toMatchInlineSnapshot(`
      [
        "building-blocks/Bad Name.mdx: id: "Bad Name" is not a valid id; name the file or folder with lowercase ASCII words joined by "-", such as "bad-name"",
        "building-blocks/notes.md: is not published: building blocks are .mdx files; rename it to .mdx",
        "building-blocks/orientation-es.mdx: translationOf: "orientation" is also in "en"; a translation must set a different \`language\` (line 6)",
        "building-blocks/orientation-fr.mdx: translationOf: "orientaton" is not the id of any building block; did you mean "orientation"? (line 6)",
        "building-blocks/orientation.mdx: title: "Orie" has 4 characters; write text of 5–120 characters (line 2)",
        "building-blocks/orientation.mdx: summary: "Too short." has 10 characters; write plain text of 50–400 characters (line 3)",
        "building-blocks/orientation.mdx: gcmObjectives[0]: 24 is not a GCM objective (1-23) (line 4)",
        "building-blocks/orientation.mdx: themes[0]: "labor-migration" is not a theme; allowed values are listed in content/taxonomies/themes.yaml; did you mean "labour-migration"? (line 5)",
        "building-blocks/orientation.mdx: languge: is not a field of a building block; did you mean "language"? (line 6)",
      ]
    `);
  });

  it('a translation names the block itself, not another translation', async () => {
    expect(
      await problemsOf({
        'practices/desk/index.mdx': practice('buildingBlocks: [orientation]'),
        'building-blocks/orientation.mdx': block(),
        'building-blocks/orientation-fr.mdx': block(['language: fr', 'translationOf: orientation']),
        'building-blocks/orientation-es.mdx': block(['language: es', 'translationOf: orientation-fr']),
      }, 'error'),
    ).toMatchInlineSnapshot(`
      [
        "building-blocks/orientation-es.mdx: translationOf: "orientation-fr" is itself a translation; name the block it translates (orientation) (line 7)",
      ]
    `);
  });

  it('are plain Markdown: HTML a practice may use is refused in a block', async () => {
    expect(
      await problemsOf({
        'practices/desk/index.mdx': practice('buildingBlocks: [orientation]'),
        'building-blocks/orientation.mdx': block([], `${BLOCK_BODY}\nA <mark>highlighted</mark> word.\n`),
      }, 'error'),
    ).toMatchInlineSnapshot(`
      [
        "building-blocks/orientation.mdx: body: uses MDX (components, expressions or imports); write a building block in plain Markdown (line 7)",
      ]
    `);
  });

  it('suggest the block sections, in the language of the block', async () => {
    expect(
      await problemsOf({
        'practices/desk/index.mdx': practice('buildingBlocks: [orientation]'),
        'building-blocks/orientation.mdx': block([], '\n## Context\n\nT.\n'),
        'building-blocks/orientation-fr.mdx': block(['language: fr', 'translationOf: orientation'], '\n## Ce que c\'est\n\nT.\n'),
      }, 'warning'),
    ).toMatchInlineSnapshot(`
      [
        "building-blocks/orientation-fr.mdx: warning: body: has no section "## Comment ça marche", "## Conditions de réussite", "## Écueils"; readers look for these sections in this order: Ce que c'est, Comment ça marche, Conditions de réussite, Écueils (line 9)",
        "building-blocks/orientation.mdx: warning: body: has no section "## What it is", "## How it works", "## Conditions for success", "## Pitfalls"; readers look for these sections in this order: What it is, How it works, Conditions for success, Pitfalls (line 7)",
      ]
    `);
  });
});
