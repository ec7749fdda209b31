/**
 * The proposal workflow (.github/workflows/proposal.yml), without GitHub:
 * who may do what, and its two scripts run here as the runner would run
 * them, on fixture issue bodies, with git and gh replaced by recorders.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/catalogue/content-paths.ts';

interface Step { name?: string; uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, unknown> }
interface Job { if?: string; permissions: Record<string, string>; steps: Step[]; needs?: string }
const workflow = parse(readFileSync(join(projectRoot, '.github', 'workflows', 'proposal.yml'), 'utf8')) as {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: { convert: Job; publish: Job };
};
const { convert, publish } = workflow.jobs;
const script = (job: Job, name: string) => job.steps.find((s) => s.name === name)!;

describe('proposal workflow: permissions', () => {
  it('runs on proposals only, reading them with a read-only token and no secret', () => {
    expect(workflow.on).toEqual({ issues: { types: ['opened', 'edited', 'labeled'] } });
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(convert.if).toContain("contains(github.event.issue.labels.*.name, 'practice proposal')");
    expect(convert.permissions).toEqual({ contents: 'read' });
    expect(JSON.stringify(convert)).not.toContain('secrets.');
    expect(convert.steps.find((s) => s.uses?.startsWith('actions/checkout'))!.with).toEqual({ 'persist-credentials': false });
  });

  it('never puts issue text in a run: line; it arrives through the environment', () => {
    for (const job of [convert, publish]) for (const step of job.steps) expect(step.run ?? '', step.name).not.toMatch(/\$\{\{/);
    expect(script(convert, 'Convert the proposal').env).toEqual({ ISSUE_BODY: '${{ github.event.issue.body }}' });
    expect(JSON.stringify(publish)).not.toContain('github.event.issue.body');
    expect(JSON.stringify(publish)).not.toContain('github.event.issue.title');
  });

  it('writes in a second job that runs nothing from the issue nor the project', () => {
    expect(publish.needs).toBe('convert');
    expect(publish.permissions).toEqual({ contents: 'write', 'pull-requests': 'write', issues: 'write' });
    const runs = publish.steps.map((s) => s.run ?? '').join('\n');
    expect(runs).not.toMatch(/\b(npm|npx|node)\b/);
    expect(publish.steps.some((s) => s.uses?.startsWith('actions/checkout'))).toBe(false);
    // Every action pinned to a commit.
    for (const step of [...convert.steps, ...publish.steps]) if (step.uses) expect(step.uses, step.uses).toMatch(/@[0-9a-f]{40}$/);
  });
});

describe('proposal workflow: its scripts, run here', () => {
  let work: string;
  let content: string;
  let bin: string;
  const fixture = (name: string) => readFileSync(join(projectRoot, 'tests', 'fixtures', 'proposals', name), 'utf8');

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'atlas-proposal-run-'));
    content = join(work, 'content');
    cpSync(join(projectRoot, 'content', 'building-blocks'), join(content, 'building-blocks'), { recursive: true });
    // git and gh record their arguments instead of touching GitHub.
    bin = join(work, 'bin');
    mkdirSync(bin);
    for (const tool of ['git', 'gh']) {
      writeFileSync(join(bin, tool), `#!/bin/sh\necho "${tool} $*" >> "${join(work, 'calls.log')}"\n[ "$1 $2" = "pr view" ] && exit 1\nexit 0\n`);
      chmodSync(join(bin, tool), 0o755);
    }
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** The convert step, in the project (it runs `npm run from-proposal`), writing its results under `out`. */
  function runConvert(body: string, out: string) {
    const run = script(convert, 'Convert the proposal').run!.replaceAll('proposal/', `${out}/`).replace('mkdir -p proposal', `mkdir -p ${out}`);
    return spawnSync('bash', ['-e', '-c', run], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, ISSUE_BODY: body, ATLAS_CONTENT_DIR: content, PATH: `${join(projectRoot, 'node_modules', '.bin')}:${process.env.PATH}` },
    });
  }

  /** The publish step, in a folder holding the artifact as `proposal/` and main as `site/`. */
  function runPublish(artifact: string) {
    const dir = mkdtempSync(join(work, 'publish-'));
    cpSync(artifact, join(dir, 'proposal'), { recursive: true });
    mkdirSync(join(dir, 'site'));
    rmSync(join(work, 'calls.log'), { force: true });
    const result = spawnSync('bash', ['-e', '-c', script(publish, 'Open or update the pull request, or answer on the issue').run!], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NUMBER: '42', REPO: 'practice-atlas/practice-atlas', DEFAULT_BRANCH: 'main', GH_TOKEN: 'test', PATH: `${bin}:${process.env.PATH}` },
    });
    const calls = existsSync(join(work, 'calls.log')) ? readFileSync(join(work, 'calls.log'), 'utf8').trim().split('\n') : [];
    return { ...result, dir, calls };
  }

  it('a good proposal: convert writes the practice, publish opens a pull request with it', () => {
    const out = join(work, 'good');
    const converted = runConvert(fixture('valid-en.md'), out);
    expect(converted.stderr).toBe('');
    expect(converted.status).toBe(0);
    expect(readFileSync(join(out, 'status'), 'utf8').trim()).toBe('0');
    expect(readFileSync(join(out, 'reply.md'), 'utf8')).toMatch(/^Thank you: your proposal is now a pull request/);
    // Here the content lives in a scratch folder; on GitHub it is the checkout's content/.
    const path = readFileSync(join(out, 'path'), 'utf8').trim();
    expect(path.endsWith('/content/practices/sri-lanka-one-stop-centres-for-returning-migrant-workers/index.mdx')).toBe(true);
    writeFileSync(join(out, 'path'), `${path.slice(path.indexOf('content/practices/'))}\n`);
    const published = runPublish(out);
    expect(published.status).toBe(0);
    expect(published.calls).toEqual([
      'git clone --depth 1 --branch main https://x-access-token:test@github.com/practice-atlas/practice-atlas.git site',
      'git config user.name practice-atlas-bot',
      'git config user.email practice-atlas-bot@users.noreply.github.com',
      'git checkout -B proposal/42',
      `git add ${readFileSync(join(out, 'path'), 'utf8').trim()}`,
      'git commit -m Practice proposed in #42 -m Written from the issue\'s answers by the proposal workflow.',
      'git push --force origin proposal/42',
      'gh pr view proposal/42 --repo practice-atlas/practice-atlas',
      'gh pr create --repo practice-atlas/practice-atlas --head proposal/42 --title Practice proposed in #42 --body-file ../proposal/pr-body.md',
      'gh issue comment 42 --repo practice-atlas/practice-atlas --body-file ../proposal/reply.md',
    ]);
    expect(readFileSync(join(published.dir, 'site', 'content', 'practices', 'sri-lanka-one-stop-centres-for-returning-migrant-workers', 'index.mdx'), 'utf8')).toBe(
      readFileSync(join(out, 'practice.mdx'), 'utf8'),
    );
  });

  it('a French proposal with mistakes: publish answers on the issue, in French, and writes nothing', () => {
    const out = join(work, 'bad');
    expect(runConvert(fixture('errors-fr.md'), out).status).toBe(0);
    expect(readFileSync(join(out, 'status'), 'utf8').trim()).toBe('1');
    expect(readFileSync(join(out, 'reply.md'), 'utf8')).toContain('«\u202fPays\u202f»\u202f: «\u202fSénégall\u202f» n’est pas un pays connu de l’Atlas');
    const published = runPublish(out);
    expect(published.status).toBe(0);
    expect(published.calls).toEqual(['gh issue comment 42 --repo practice-atlas/practice-atlas --body-file proposal/reply.md']);
  });

  it('publish refuses any other path than a practice file', () => {
    const out = join(work, 'good');
    writeFileSync(join(out, 'path'), '.github/workflows/deploy.yml\n');
    const published = runPublish(out);
    expect(published.status).toBe(1);
    expect(published.stderr).toContain('Unexpected path from convert: .github/workflows/deploy.yml');
    expect(published.calls).toEqual([]);
  });
});
