import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { clearGitHistoryCache, editUrl, historyUrl, lastCommitDate } from '../../src/catalogue/git-history.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
beforeEach(() => clearGitHistoryCache());

/** A repository whose commits have fixed dates, independent of the machine's git settings. */
function repository(): { dir: string; commit: (file: string, date: string) => void } {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-git-'));
  temps.push(dir);
  const git = (args: string[], date = '2020-01-01T12:00:00Z') =>
    execFileSync('git', args, {
      cwd: dir,
      stdio: 'ignore',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Editor',
        GIT_AUTHOR_EMAIL: 'editor@example.org',
        GIT_COMMITTER_NAME: 'Editor',
        GIT_COMMITTER_EMAIL: 'editor@example.org',
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_CONFIG_NOSYSTEM: '1',
      },
    });
  git(['init', '-q']);
  return {
    dir,
    commit(file, date) {
      writeFileSync(join(dir, file), `${file} at ${date}\n`);
      git(['add', file]);
      git(['commit', '-q', '-m', `Edit ${file}`], date);
    },
  };
}

describe('lastCommitDate', () => {
  it('gives the day of the last commit that touched the file', () => {
    const repo = repository();
    repo.commit('a.mdx', '2021-03-04T10:00:00Z');
    repo.commit('b.mdx', '2022-05-06T10:00:00Z');
    repo.commit('a.mdx', '2023-07-08T10:00:00Z');
    expect(lastCommitDate(join(repo.dir, 'a.mdx'))).toBe('2023-07-08');
    expect(lastCommitDate(join(repo.dir, 'b.mdx'))).toBe('2022-05-06');
  });

  it('is undefined for a file that is not committed or does not exist', () => {
    const repo = repository();
    repo.commit('a.mdx', '2021-03-04T10:00:00Z');
    writeFileSync(join(repo.dir, 'new.mdx'), 'draft');
    expect(lastCommitDate(join(repo.dir, 'new.mdx'))).toBeUndefined();
    expect(lastCommitDate(join(repo.dir, 'missing.mdx'))).toBeUndefined();
    expect(lastCommitDate(join(repo.dir, 'no-such-folder', 'index.mdx'))).toBeUndefined();
  });

  it('is undefined outside a repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-nogit-'));
    temps.push(dir);
    writeFileSync(join(dir, 'a.mdx'), 'text');
    expect(lastCommitDate(join(dir, 'a.mdx'))).toBeUndefined();
  });

  it('is undefined, without throwing, when git is not installed', () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      expect(lastCommitDate('content/practices/anything/index.mdx')).toBeUndefined();
    } finally {
      process.env.PATH = path;
    }
  });

  it('asks git once per file', () => {
    const repo = repository();
    const file = join(repo.dir, 'a.mdx');
    repo.commit('a.mdx', '2021-03-04T10:00:00Z');
    expect(lastCommitDate(file)).toBe('2021-03-04');
    repo.commit('a.mdx', '2024-01-02T10:00:00Z');
    expect(lastCommitDate(file)).toBe('2021-03-04');
    clearGitHistoryCache();
    expect(lastCommitDate(file)).toBe('2024-01-02');
  });
});

describe('forge links', () => {
  const repo = 'https://github.com/practice-atlas/practice-atlas';
  const file = 'content/practices/sierra-leone-national-migration-policy/index.mdx';

  it('points at the history and the web editor of a file', () => {
    expect(historyUrl(repo, 'main', file)).toBe(`${repo}/commits/main/${file}`);
    expect(editUrl(repo, 'main', file)).toBe(`${repo}/edit/main/${file}`);
  });

  it('tolerates a trailing slash, "./" and Windows separators', () => {
    expect(editUrl(`${repo}/`, 'main', `./content\\practices\\x\\index.mdx`)).toBe(`${repo}/edit/main/content/practices/x/index.mdx`);
  });

  it('keeps the slashes of a branch and encodes unsafe characters', () => {
    expect(historyUrl(repo, 'release/2025', 'content/practices/a b#c/index.mdx')).toBe(
      `${repo}/commits/release/2025/content/practices/a%20b%23c/index.mdx`,
    );
  });
});
