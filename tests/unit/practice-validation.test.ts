/**
 * Every rule of the content model, and the exact sentence an editor reads
 * when it is broken (pinned with inline snapshots).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/catalogue/format-problem.ts';
import { validatePractices } from '../../src/catalogue/validate-practices.ts';

const VALID: Record<string, string> = {
  title: 'A valid practice title',
  summary: 'A summary that is long enough to satisfy the fifty character minimum.',
  gcmObjectives: '[6]',
  themes: '[labour-migration]',
  status: 'ongoing',
  period: '{ start: 2019 }',
  implementers: '[ICMPD]',
  publishedAt: '2025-01-10',
  // Last, so that the lines pinned below stay those of the fields before.
  statusAsOf: `${new Date().getUTCFullYear()}-01`,
  resources: '[{ title: Desk report, url: "https://www.ilo.org/desk-report" }]',
};

const BODY = '\n## Context\n\nText.\n\n## What was done\n\nText.\n\n## Results\n\nText.\n\n## Challenges\n\nText.\n\n## Lessons learned\n\nText.\n\n## Replicability\n\nText.\n';

function frontmatter(fields: Record<string, string | undefined>): string {
  return Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
}

/** Writes practice files into a fresh content set and returns the formatted problems. */
async function problemsOf(files: Record<string, string>, { warnings = false } = {}): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'atlas-validate-'));
  for (const [path, text] of Object.entries(files)) {
    const file = join(root, 'practices', path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  try {
    const { problems } = await validatePractices({ dir: join(root, 'practices'), root });
    return problems.filter((p) => warnings || p.severity === 'error').map((p) => formatProblem(p, 'contract'));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Problems of one practice whose fields are VALID with `changes` applied. */
function problemsWith(changes: Record<string, string | undefined>, body = BODY) {
  return problemsOf({ 'x/index.mdx': `---\n${frontmatter({ ...VALID, ...changes })}\n---\n${body}` });
}

describe('a valid practice', () => {
  it('has no problems, not even warnings', async () => {
    expect(await problemsOf({ 'x/index.mdx': `---\n${frontmatter(VALID)}\n---\n${BODY}` }, { warnings: true })).toEqual([]);
  });

  it('accepts every optional field', async () => {
    expect(
      await problemsWith({
        sdgTargets: '["10.7", "17.18", "10.c"]',
        guidingPrinciples: '[whole-of-government, human-rights]',
        countries: '[SLE, CIV, CRI]',
        regions: '[western-africa]',
        scope: 'regional',
        practiceType: 'programme',
        evaluation: 'independent',
        status: 'completed',
        period: '{ start: 2019-05, end: "2021-12-31" }',
        partners: '[IOM]',
        funders: '[European Union]',
        updatedAt: '2025-02-01',
        language: 'en',
        resources: '[{ title: Report, url: "https://example.org/r.pdf", type: report }, { title: Site, url: "http://example.org" }]',
        contact: '{ name: A Person, organisation: ICMPD, email: a@example.org }',
        draft: 'false',
      }),
    ).toEqual([]);
  });
});

describe('messages name the file, the field, the value, what is allowed and the closest value', () => {
  it('title and summary lengths', async () => {
    expect(await problemsWith({ title: 'Hi', summary: 'Too short' })).toMatchInlineSnapshot(`
      [
        "practices/x/index.mdx: title: "Hi" has 2 characters; write text of 5–160 characters (line 2)",
        "practices/x/index.mdx: summary: "Too short" has 9 characters; write plain text of 50–500 characters (line 3)",
      ]
    `);
  });

  it('missing required fields', async () => {
    expect(await problemsWith({ title: undefined, status: undefined, implementers: undefined, publishedAt: undefined })).toMatchInlineSnapshot(`
      [
        "practices/x/index.mdx: title: is required: text of 5–160 characters",
        "practices/x/index.mdx: status: is required: one of "planned", "ongoing", "completed"",
        "practices/x/index.mdx: implementers: is required: a list of implementing organisations, such as [ICMPD]",
        "practices/x/index.mdx: publishedAt: is required: a date as YYYY-MM-DD, such as 2024-05-31",
      ]
    `);
  });

  it('GCM objectives: range, repeats, quotes, empty list', async () => {
    expect(await problemsWith({ gcmObjectives: '[5, 24, 5, "7"]' })).toMatchInlineSnapshot(`
      [
        "practices/x/index.mdx: gcmObjectives[1]: 24 is not a GCM objective (1-23) (line 4)",
        "practices/x/index.mdx: gcmObjectives[3]: "7" is text; write the objective number without quotes: 7 (line 4)",
        "practices/x/index.mdx: gcmObjectives[2]: 5 appears twice; list it once (line 4)",
      ]
    `);
    expect(await problemsWith({ gcmObjectives: '[]' })).toMatchInlineSnapshot(`
      [
        "practices/x/index.mdx: gcmObjectives: is empty; give at least one GCM objective (line 4)",
      ]
    `);
    expect(await problemsWith({ gcmObjectives: '0' })).toMatchInlineSnapshot(`
      [
        "practices/x/index.mdx: gcmObjectives: 0 is not a list of GCM objectives, such as [6, 23] (line 4)",
      ]
    `);
  });

  it('unknown fields, with the field meant', async () => {
    expect(await problemsWith({ gcmObjective: '3', summery: 'x', colour: 'blue' })).toMatchInlineSnapshot(`
      [
        "practices/x/index.mdx: gcmObjective: is not a field of a practice; did you mean "gcmObjectives"? (line 12)",
        "practices/x/index.mdx: summery: is not a field of a practice; did you mean "summary"? (line 13)",
        "practices/x/index.mdx: colour: is not a field of a practice; allowed fields: title, summary, gcmObjectives, themes, sdgTargets, guidingPrinciples, countries, regions, scope, practiceType, status, statusAsOf, evaluation, period, implementers, partners, funders, publishedAt, updatedAt, language, translationOf, cover, resources, contact, buildingBlocks, reach, budget, enablingFactors, constraints, draft (line 14)",
      ]
    `);
  });

  it('shows an unquoted number as written, not as YAML read it (10.10 is not 10.1)', async () => {
    expect(await problemsWith({ sdgTargets: '[10.10, 8.8]' })).toMatchInlineSnapshot(`
      [
        "practices/x/index.mdx: sdgTargets[0]: 10.10 is a number; write SDG target ids as quoted text, such as "10.10" (line 12)",
        "practices/x/index.mdx: sdgTargets[1]: 8.8 is a number; write SDG target ids as quoted text, such as "8.8" (line 12)",
      ]
    `);
  });

  it('vocabularies: themes, SDG targets, principles, countries, regions', async () => {
    expect(
      await problemsWith({
        themes: '[labor-migration]',
        sdgTargets: '[10.7, "10.x", "18.1"]',
        guidingPrinciples: '[whole-of-govt]',
        countries: '[sle, XXX]',
        regions: '[west-africa]',
      }),
    ).toMatchInlineSnapshot(`
      [
        "practices/x/index.mdx: themes[0]: "labor-migration" is not a theme; allowed values are listed in content/taxonomies/themes.yaml; did you mean "labour-migration"? (line 5)",
        "practices/x/index.mdx: sdgTargets[0]: 10.7 is a number; write SDG target ids as quoted text, such as "10.7" (line 12)",
        "practices/x/index.mdx: sdgTargets[1]: "10.x" is not an SDG target; use a target id such as "10.7" or "17.18" (all 169 are in content/taxonomies/sdg-targets.json); did you mean "10.1"? (line 12)",
        "practices/x/index.mdx: sdgTargets[2]: "18.1" is not an SDG target; use a target id such as "10.7" or "17.18" (all 169 are in content/taxonomies/sdg-targets.json); did you mean "1.1"? (line 12)",
        "practices/x/index.mdx: guidingPrinciples[0]: "whole-of-govt" is not a GCM guiding principle; allowed values are listed in content/taxonomies/principles.json (line 13)",
        "practices/x/index.mdx: countries[0]: "sle" is not an ISO 3166-1 alpha-3 country code; allowed values are listed in content/taxonomies/countries.json; did you mean "SLE"? (line 14)",
        "practices/x/index.mdx: countries[1]: "XXX" is not an ISO 3166-1 alpha-3 country code; allowed values are listed in content/taxonomies/countries.json; did you mean "XKX"? (line 14)",
        "practices/x/index.mdx: regions[0]: "west-africa" is not a region; allowed values are listed in content/taxonomies/regions.json; did you mean "western-africa"? (line 15)",
      ]
    `);
  });

  it('closed lists: status, scope, type, evaluation, language', async () => {
    expect(
      await problemsWith({ status: 'complet', scope: 'nation', practiceType: 'programe', evaluation: 'external', language: 'de' }),
    ).toMatchInlineSnapshot(`
      [
        "practices/x/index.mdx: status: "complet" is not a status; use one of "planned", "ongoing", "completed"; did you mean "completed"? (line 6)",
        "practices/x/index.mdx: scope: "nation" is not a scope; use one of "local", "national", "regional", "global"; did you mean "national"? (line 12)",
        "practices/x/index.mdx: practiceType: "programe" is not a practice type; use one of "policy", "legislation", "programme", "project", "tool", "training", "partnership", "research"; did you mean "programme"? (line 13)",
        "practices/x/index.mdx: evaluation: "external" is not an evaluation level; use one of "independent", "internal", "none"; did you mean "internal"? (line 14)",
        "practices/x/index.mdx: language: "de" is not a supported language; use one of "en", "fr", "es" (line 15)",
      ]
    `);
  });

  it('dates: impossible dates, formats, end before start, completed without end, updated before published', async () => {
    expect(await problemsWith({ period: '{ start: 2020-02-30 }', publishedAt: '2024-13-01' })).toMatchInlineSnapshot(`
      [
        "practices/x/index.mdx: period.start: "2020-02-30" is not a real calendar date; write a year (2019), a month (2019-05) or a day (2019-05-31) (line 7)",
        "practices/x/index.mdx: publishedAt: "2024-13-01" is not a real calendar date; write a date as YYYY-MM-DD, such as 2024-05-31 (line 9)",
      ]
    `);
    expect(await problemsWith({ period: '{ start: 2021, end: 2019 }', publishedAt: '10/01/2025' })).toMatchInlineSnapshot(`
      [
        "practices/x/index.mdx: period.end: "2019" is before start "2021"; end cannot come before start (line 7)",
        "practices/x/index.mdx: publishedAt: "10/01/2025" is not a date as YYYY-MM-DD, such as 2024-05-31 (line 9)",
      ]
    `);
    expect(await problemsWith({ status: 'completed', period: '{ start: 2021 }' })).toMatchInlineSnapshot(`
      [
        "practices/x/index.mdx: period.end: is missing: a completed practice needs an end date (\`period.end\`) (line 7)",
      ]
    `);
    expect(await problemsWith({ updatedAt: '2024-12-31' })).toMatchInlineSnapshot(`
      [
        "practices/x/index.mdx: updatedAt: "2024-12-31" is before publishedAt "2025-01-10"; a practice cannot be updated before it was published (line 12)",
      ]
    `);
    expect(await problemsWith({ period: '{ start: 19 }' })).toMatchInlineSnapshot(`
      [
        "practices/x/index.mdx: period.start: 19 is not a year (2019), a month (2019-05) or a day (2019-05-31) (line 7)",
      ]
    `);
    expect(await problemsWith({ period: '2019' })).toMatchInlineSnapshot(`
      [
        "practices/x/index.mdx: period: 2019 is not an object with \`start\` (and optionally \`end\`) (line 7)",
      ]
    `);
  });

  it('accepts a bare year from YAML as a number, and month precision', async () => {
    expect(await problemsWith({ period: '{ start: 2019, end: 2019-06 }', status: 'completed' })).toEqual([]);
    expect(await problemsWith({ period: '{ start: 2019-06, end: 2019 }', status: 'completed' })).toEqual([]);
  });

  it('resources: only http(s) addresses, known types', async () => {
    expect(
      await problemsWith({ resources: '[{ title: A, url: "javascript:alert(1)" }, { title: B, url: "not a url", type: pdf }, { url: "https://example.org" }]' }),
    ).toMatchInlineSnapshot(`
      [
        "practices/x/index.mdx: resources[0].url: "javascript:alert(1)" uses "javascript:"; only https: (or http:) addresses are allowed (line 11)",
        "practices/x/index.mdx: resources[1].url: "not a url" is not a web address; write a full address starting with https:// (line 11)",
        "practices/x/index.mdx: resources[1].type: "pdf" is not a resource type; use one of "report", "policy", "toolkit", "training", "video", "website", "dataset" (line 11)",
        "practices/x/index.mdx: resources[2].title: is required: a non-empty text (line 11)",
      ]
    `);
  });

  it('cover: a file beside the practice, with alt text', async () => {
    expect(await problemsWith({ cover: '{ src: ./cover.jpg, alt: "" }' })).toMatchInlineSnapshot(`
      [
        "practices/x/index.mdx: cover.alt: is empty; describe what the image shows for people who cannot see it (line 12)",
        "practices/x/index.mdx: cover.src: "./cover.jpg" does not exist beside the practice; add the image to practices/x/ (line 12)",
      ]
    `);
    expect(await problemsWith({ cover: '{ src: ./cover.jpg }' })).toMatchInlineSnapshot(`
      [
        "practices/x/index.mdx: cover.alt: is required: a description of the image (alt text) (line 12)",
        "practices/x/index.mdx: cover.src: "./cover.jpg" does not exist beside the practice; add the image to practices/x/ (line 12)",
      ]
    `);
  });

  it('contact e-mail and draft flag', async () => {
    expect(await problemsWith({ contact: '{ email: "not-an-email" }', draft: 'yes' })).toMatchInlineSnapshot(`
      [
        "practices/x/index.mdx: contact.email: "not-an-email" is not a plain e-mail address; write the address alone, such as desk@ministry.gov.sl (line 12)",
        "practices/x/index.mdx: draft: "yes" is not true or false (line 13)",
      ]
    `);
  });

  it('translations point to an existing practice in another language', async () => {
    expect(await problemsWith({ language: 'fr', translationOf: 'no-such-practice' })).toMatchInlineSnapshot(`
      [
        "practices/x/index.mdx: translationOf: "no-such-practice" is not the slug of any practice (line 13)",
      ]
    `);
    expect(await problemsWith({ translationOf: 'x' })).toMatchInlineSnapshot(`
      [
        "practices/x/index.mdx: translationOf: "x" is this practice itself; name the practice this one translates (line 12)",
      ]
    `);
  });
});

describe('files', () => {
  it('broken YAML is named by file and line', async () => {
    expect(await problemsOf({ 'x/index.mdx': '---\ntitle: A: B: C\nsummary: [unclosed\n---\nBody\n' })).toMatchInlineSnapshot(`
      [
        "practices/x/index.mdx: the frontmatter is not valid YAML: Nested mappings are not allowed in compact mappings. Put text that contains ": " or " #" in quotes, and close every [ and { (line 2)",
        "practices/x/index.mdx: the frontmatter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]. Put text that contains ": " or " #" in quotes, and close every [ and { (line 3)",
      ]
    `);
  });

  it('a file without frontmatter', async () => {
    expect(await problemsOf({ 'x/index.mdx': '# Just a heading\n' })).toMatchInlineSnapshot(`
      [
        "practices/x/index.mdx: has no frontmatter: the file must start with a line "---", the fields, and another line "---" (line 1)",
        "practices/x/index.mdx: body: has a "#" heading; the title is the page's only top heading, so start sections at "##" (line 1)",
      ]
    `);
  });

  it('broken MDX is named by file and line', async () => {
    expect(await problemsWith({}, '\n## Context\n\nSome <b>bold text.\n')).toMatchInlineSnapshot(`
      [
        "practices/x/index.mdx: body: is not valid MDX: Expected a closing tag for \`<b>\` before the end of \`paragraph\` (mdx-jsx:unexpected-character). In MDX, "<" and "{" start code: write them as \\< and \\{ in text (line 16)",
      ]
    `);
    expect(await problemsWith({}, '\n## Context\n\nAn { unclosed expression.\n')).toMatchInlineSnapshot(`
      [
        "practices/x/index.mdx: body: is not valid MDX: Unexpected end of file in expression, expected a corresponding closing brace for \`{\` (mdx-jsx:unexpected-character). In MDX, "<" and "{" start code: write them as \\< and \\{ in text (line 16)",
      ]
    `);
  });

  it('a top-level heading in the body', async () => {
    expect(await problemsWith({}, '\n# Context\n\nText.\n')).toMatchInlineSnapshot(`
      [
        "practices/x/index.mdx: body: has a "#" heading; the title is the page's only top heading, so start sections at "##" (line 14)",
      ]
    `);
  });

  it('duplicate slugs, bad slugs, ignored files', async () => {
    const practice = `---\n${frontmatter(VALID)}\n---\n${BODY}`;
    expect(
      await problemsOf({
        'same/index.mdx': practice,
        'same.mdx': practice,
        'Bad_Slug.mdx': practice,
        'notes.md': practice,
        'empty-folder/readme.txt': 'x',
      }),
    ).toMatchInlineSnapshot(`
      [
        "practices/Bad_Slug.mdx: slug: "Bad_Slug" is not a valid slug; name the file or folder with lowercase ASCII words joined by "-", such as "bad-slug"",
        "practices/empty-folder: is a practice folder without index.mdx; add index.mdx or remove the folder",
        "practices/notes.md: is not published: practices are .mdx files; rename it to .mdx",
        "practices/same/index.mdx: slug: "same" is used by 2 practices (practices/same/index.mdx, practices/same.mdx); each practice needs its own slug",
      ]
    `);
  });

  it('reports every problem of every file in one run', async () => {
    const problems = await problemsOf({
      'a/index.mdx': `---\n${frontmatter({ ...VALID, gcmObjectives: '[24]' })}\n---\n${BODY}`,
      'b/index.mdx': `---\n${frontmatter({ ...VALID, themes: '[nope]', status: 'done' })}\n---\n${BODY}`,
      'c.mdx': `---\n${frontmatter({ ...VALID, title: 'x' })}\n---\n${BODY}`,
    });
    expect(problems).toHaveLength(4);
    expect(new Set(problems.map((p) => p.split(':')[0]))).toEqual(new Set(['practices/a/index.mdx', 'practices/b/index.mdx', 'practices/c.mdx']));
  });
});

describe('warnings do not fail', () => {
  it('missing sections, long summaries, private links, markup in a summary', async () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-warn-'));
    mkdirSync(join(root, 'practices', 'x'), { recursive: true });
    writeFileSync(
      join(root, 'practices', 'x', 'index.mdx'),
      `---\n${frontmatter({
        ...VALID,
        summary: JSON.stringify('A summary with <b>markup</b> that goes on and on. '.repeat(6).trim()),
        resources: '[{ title: Intranet, url: "http://intranet.local/doc" }]',
      })}\n---\n\n## Context\n\nText.\n`,
    );
    const { problems } = await validatePractices({ dir: join(root, 'practices'), root });
    rmSync(root, { recursive: true, force: true });
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(problems.map((p) => formatProblem(p, 'contract'))).toMatchInlineSnapshot(`
      [
        "practices/x/index.mdx: warning: summary: contains markup "<b>", which is shown as typed; write plain text (line 3)",
        "practices/x/index.mdx: warning: summary: has 299 characters; cards show the first 200, so put the essential first (line 3)",
        "practices/x/index.mdx: warning: resources[0].url: "http://intranet.local/doc" points to a private address that readers cannot open; link to a public copy (line 11)",
        "practices/x/index.mdx: warning: resources: has no https:// address; link the secure version of a source (most sites serve https://) (line 11)",
        "practices/x/index.mdx: warning: body: has no section "## What was done", "## Results", "## Challenges", "## Lessons learned", "## Replicability"; readers look for these sections in this order: Context, What was done, Results, Challenges, Lessons learned, Replicability (line 13)",
      ]
    `);
  });
});
