import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../../src/catalogue/content-paths.ts';
import { loadVocabularies } from '../../src/catalogue/load-vocabularies.ts';
import { readPracticeFile } from '../../src/catalogue/read-practice-file.ts';
import {
  frontmatterYaml,
  inputFromFlags,
  orderObjectives,
  practiceFileText,
  scaffoldProblems,
  slugProblem,
  splitList,
  type ScaffoldInput,
} from '../../src/editor/scaffold-practice.ts';
import { SUGGESTED_SECTIONS, validatePractices } from '../../src/catalogue/validate-practices.ts';

// The project's own Node, which runs .ts files; vitest may run under another.
const pinned = join(projectRoot, 'node_modules', '.bin', 'node');
const NODE = existsSync(pinned) ? pinned : process.execPath;
const vocabularies = loadVocabularies(join(projectRoot, 'content', 'taxonomies'));
const temps: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-scaffold-'));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

const SUMMARY = 'Sierra Leone set up a labour migration desk with ICMPD that placed 400 workers abroad under fair recruitment rules.';
const input: ScaffoldInput = {
  title: 'Labour desk: "fair" recruitment, Sierra Leone',
  slug: 'labour-desk-sierra-leone',
  summary: SUMMARY,
  gcmObjectives: [6, 23],
  themes: ['labour-migration'],
  sdgTargets: ['10.7', '8.10', '17.18', '10.c'],
  countries: ['SLE'],
  practiceType: 'programme',
  status: 'completed',
  period: { start: '2019', end: '2023-06' },
  implementers: ['ICMPD', 'Ministry of Labour, Sierra Leone'],
  publishedAt: '2025-01-31',
};

describe('frontmatter', () => {
  it('round-trips through YAML with SDG targets kept as text', () => {
    const yaml = frontmatterYaml(input);
    expect(yaml).toContain('sdgTargets: ["10.7", "8.10", "17.18", "10.c"]');
    const data = parse(yaml);
    expect(data.sdgTargets).toEqual(['10.7', '8.10', '17.18', '10.c']);
    expect(data.title).toBe(input.title);
    expect(data.implementers).toEqual(input.implementers);
    expect(data.period).toEqual({ start: '2019', end: '2023-06' });
    expect(data.publishedAt).toBe('2025-01-31');
  });

  it('keeps the fields in the order of the content model and leaves out empty ones', () => {
    const keys = Object.keys(parse(frontmatterYaml({ ...input, sdgTargets: [], countries: undefined, practiceType: undefined })));
    expect(keys).toEqual(['title', 'summary', 'gcmObjectives', 'themes', 'status', 'period', 'implementers', 'publishedAt']);
  });

  it('writes every suggested section with a hint that does not render', () => {
    const text = practiceFileText(input);
    const read = readPracticeFile(text);
    expect(read.errors).toEqual([]);
    for (const section of SUGGESTED_SECTIONS) expect(read.body).toMatch(new RegExp(`^## ${section}\\n\\n\\{/\\* .+ \\*/\\}$`, 'm'));
  });

  it('is valid by the schema', () => {
    expect(scaffoldProblems(input, vocabularies)).toEqual([]);
  });
});

describe('helpers', () => {
  it('puts the primary objective first', () => {
    expect(orderObjectives([3, 23, 6], 23)).toEqual([23, 3, 6]);
  });

  it('splits organisations on commas, or on ";" when names contain commas', () => {
    expect(splitList('ICMPD, IOM ,')).toEqual(['ICMPD', 'IOM']);
    expect(splitList('Ministry of Labour, Sierra Leone; ICMPD')).toEqual(['Ministry of Labour, Sierra Leone', 'ICMPD']);
  });

  it('refuses invalid and taken slugs with a clear message', () => {
    const dir = join(projectRoot, 'content', 'practices');
    expect(slugProblem(dir, 'Bad Slug')).toMatch(/not a valid slug.*"bad-slug"/);
    const dirWithOne = tempDir();
    execFileSync('mkdir', ['-p', join(dirWithOne, 'taken')]);
    expect(slugProblem(dirWithOne, 'taken')).toMatch(/"taken" is already used by .*taken; each practice needs its own slug/);
    expect(slugProblem(dirWithOne, 'free')).toBeUndefined();
  });
});

describe('flags', () => {
  const dir = join(tempDir(), 'practices');

  it('lists every missing required flag at once', () => {
    const { input: made, errors } = inputFromFlags({ title: 'Something' }, vocabularies, { dir });
    expect(made).toBeUndefined();
    expect(errors[0]).toMatch(/^missing required flags: --summary, --objective, --theme, --status, --start, --implementer/);
  });

  it('reports wrong values with the schema messages', () => {
    const { errors } = inputFromFlags(
      { title: 'A good title', summary: SUMMARY, objective: ['24'], theme: ['labor-migration'], status: 'ongoing', start: '2019', implementer: ['ICMPD'] },
      vocabularies,
      { dir },
    );
    expect(errors).toEqual([
      'gcmObjectives[0]: 24 is not a GCM objective (1-23)',
      'themes[0]: "labor-migration" is not a theme; allowed values are listed in content/taxonomies/themes.yaml; did you mean "labour-migration"?',
    ]);
  });

  it('accepts theme labels and country names', () => {
    const { input: made } = inputFromFlags(
      {
        title: 'A good title',
        summary: SUMMARY,
        objective: ['6'],
        theme: ['Labour migration'],
        country: ["Cote d'Ivoire", 'sle'],
        status: 'ongoing',
        start: '2019',
        implementer: ['ICMPD'],
      },
      vocabularies,
      { dir, publishedAt: '2025-02-01' },
    );
    expect(made).toMatchObject({ slug: 'a-good-title', themes: ['labour-migration'], countries: ['CIV', 'SLE'], publishedAt: '2025-02-01' });
  });

  const BASE = { title: 'A good title', summary: SUMMARY, objective: ['6'], theme: ['labour-migration'], status: 'ongoing', start: '2019', implementer: ['ICMPD'] };

  it('takes building blocks, figures and what helped or held it back, into valid frontmatter', () => {
    const { input: made, errors } = inputFromFlags(
      { ...BASE, block: ['pre-departure-orientation'], reach: ['23096 residence cards issued'], budget: '1500000 EUR', 'enabling-factor': ['a national law, adopted in 2018'], constraint: ['short funding cycles'] },
      vocabularies,
      { dir, publishedAt: '2025-02-01', blocks: ['pre-departure-orientation', 'migrant-resource-centre'] },
    );
    expect(errors).toEqual([]);
    const yaml = frontmatterYaml(made!);
    expect(yaml).toContain('buildingBlocks: [pre-departure-orientation]\n');
    expect(yaml).toContain('budget: {amount: 1500000, currency: EUR}\n');
    expect(parse(yaml)).toMatchObject({
      reach: [{ count: 23096, unit: 'residence cards issued' }],
      enablingFactors: ['a national law, adopted in 2018'],
      constraints: ['short funding cycles'],
    });
  });

  it('reports an unknown block and a figure that is not one, with the check\'s messages', () => {
    const { errors } = inputFromFlags(
      { ...BASE, block: ['pre-departure-orientaton'], reach: ['many workers'], budget: '1500000 euros' },
      vocabularies,
      { dir, blocks: ['pre-departure-orientation'] },
    );
    expect(errors).toMatchInlineSnapshot(`
      [
        "buildingBlocks[0]: "pre-departure-orientaton" is not a building block; allowed values are the ids of the files in content/building-blocks/; did you mean "pre-departure-orientation"?",
        "reach[0].count: "many workers" is not a whole number of 0 or more (a count), such as 23096",
        "reach[0].unit: is empty; write a name",
        "budget.currency: "euros" is not an ISO 4217 currency code; write the three capital letters, such as "USD", "EUR" or "XOF"",
      ]
    `);
  });
});

describe('npm run new without a terminal', () => {
  it('writes a practice that passes the validator with no errors', async () => {
    const content = tempDir();
    const run = spawnSync(
      NODE,
      [
        'scripts/new-practice.ts',
        ...['--title', 'Sierra Leone labour migration desk'],
        ...['--summary', SUMMARY],
        ...['--objective', '6', '--objective', '23'],
        ...['--theme', 'labour-migration', '--country', 'SLE', '--status', 'ongoing', '--start', '2019'],
        ...['--implementer', 'ICMPD', '--type', 'programme', '--sdg', '10.7'],
      ],
      { cwd: projectRoot, env: { ...process.env, ATLAS_CONTENT_DIR: content }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const file = join(content, 'practices', 'sierra-leone-labour-migration-desk', 'index.mdx');
    expect(run.stdout).toContain('Created ');
    expect(run.stdout).toContain('npm start');

    const text = readFileSync(file, 'utf8');
    expect(text).toContain('gcmObjectives: [6, 23]');
    expect(text).toContain('sdgTargets: ["10.7"]');
    expect(text).toMatch(/^publishedAt: \d{4}-\d{2}-\d{2}$/m);

    const { problems, practices } = await validatePractices({ dir: join(content, 'practices'), vocabularies });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(practices.map((p) => p.slug)).toEqual(['sierra-leone-labour-migration-desk']);

    // A second run with the same title must not overwrite the first.
    const again = spawnSync(NODE, ['scripts/new-practice.ts', '--yes', '--title', 'Sierra Leone labour migration desk', '--summary', SUMMARY, '--objective', '6', '--theme', 'labour-migration', '--status', 'ongoing', '--start', '2019', '--implementer', 'ICMPD'], {
      cwd: projectRoot,
      env: { ...process.env, ATLAS_CONTENT_DIR: content },
      encoding: 'utf8',
    });
    expect(again.status).not.toBe(0);
    expect(again.stderr).toMatch(/"sierra-leone-labour-migration-desk" is already used by/);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('exits with a list of the missing flags', () => {
    const run = spawnSync(NODE, ['scripts/new-practice.ts', '--title', 'Only a title'], {
      cwd: projectRoot,
      env: { ...process.env, ATLAS_CONTENT_DIR: tempDir() },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('missing required flags: --summary, --objective, --theme, --status, --start, --implementer');
  });
});

describe('docs/practice-template.mdx', () => {
  it('passes the validator once copied into practices/, with every suggested section', async () => {
    const practices = join(tempDir(), 'practices');
    mkdirSync(join(practices, 'exampleland-labour-migration-policy'), { recursive: true });
    const file = join(practices, 'exampleland-labour-migration-policy', 'index.mdx');
    copyFileSync(join(projectRoot, 'docs', 'practice-template.mdx'), file);
    const { problems, practices: valid } = await validatePractices({ dir: practices, vocabularies });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(valid).toHaveLength(1);
    for (const section of SUGGESTED_SECTIONS) expect(readFileSync(file, 'utf8')).toContain(`## ${section}\n`);
  });
});
