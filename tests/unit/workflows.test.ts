/**
 * The GitHub workflows cannot run here; these checks pin what editors rely on
 * (issue 13): "Check content" answers in about a minute with the check only,
 * the full tests do not hold up practice-only pull requests, every pull
 * request gets a preview under its own base path, and nothing a workflow
 * runs is missing from package.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../../src/lib/content-paths.ts';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on': string;
  'timeout-minutes'?: number;
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, { branches?: string[]; paths?: string[]; 'paths-ignore'?: string[]; types?: string[] } | null>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const dir = join(projectRoot, '.github', 'workflows');
const workflows = new Map(readdirSync(dir).filter((f) => f.endsWith('.yml')).map((f) => [f, parse(readFileSync(join(dir, f), 'utf8')) as Workflow]));
const workflow = (file: string) => workflows.get(file) ?? expect.unreachable(`.github/workflows/${file} is missing`);
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);
const runs = (w: Workflow) => steps(w).flatMap((s) => (s.run ? [s.run] : []));
const scripts = Object.keys((JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

describe('the workflows', () => {
  it('are the five the docs describe', () => {
    expect([...workflows.keys()].sort()).toEqual(['content.yml', 'deploy.yml', 'preview.yml', 'proposal.yml', 'tests.yml']);
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

  it('previews every pull request under pr-<number>/, as an artifact and, from this repository, on Pages with a comment', () => {
    const w = workflow('preview.yml');
    expect(w.on.pull_request?.types).toEqual(['opened', 'synchronize', 'reopened', 'closed']);
    const build = w.jobs.build!;
    const where = build.steps.find((s) => s.run?.includes('pr-$NUMBER'))!.run!;
    expect(where).toContain('echo "base=$BASE/pr-$NUMBER/"');
    const buildStep = build.steps.find((s) => s.run === 'npm run build')!;
    expect(buildStep.env?.ATLAS_BASE).toBe('${{ steps.where.outputs.base }}');
    expect(build.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))?.with).toMatchObject({ name: 'site-preview', path: 'dist' });
    const publish = w.jobs.publish!;
    expect(publish.needs).toBe('build');
    expect(publish.if).toBe('github.event.pull_request.head.repo.full_name == github.repository');
    expect(publish.steps.map((s) => s.run ?? '').join('\n')).toMatch(/gh pr comment "\$NUMBER"[^\n]*--edit-last --create-if-none/);
    expect(w.jobs.remove?.if).toContain("github.event.action == 'closed'");
  });

  it('deploy main, keeping the previews beside it', () => {
    const w = workflow('deploy.yml');
    expect(w.on.push?.branches).toEqual(['main']);
    const publish = runs(w).find((r) => r.includes('gh-pages'))!;
    expect(publish).toContain("! -name 'pr-*'");
  });
});
