import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { projectRoot } from './content-paths.ts';

/** Per repository (its top folder): each committed file's last commit day, or undefined when git could not say. */
const repositories = new Map<string, Map<string, string> | undefined>();
/** Per folder asked about: the top folder of its repository, or null outside any. */
const tops = new Map<string, string | null>();

/** The nearest folder at or above `dir` with a `.git` (folder, or file for worktrees and submodules). */
function repositoryTop(dir: string): string | null {
  const cached = tops.get(dir);
  if (cached !== undefined) return cached;
  const parent = dirname(dir);
  const top = existsSync(resolve(dir, '.git')) ? dir : parent === dir ? null : repositoryTop(parent);
  tops.set(dir, top);
  return top;
}

/**
 * Every file's last commit day in one repository, from a single `git log`
 * over its whole history: one process for the whole build instead of one per
 * practice (a spawn from a large build process costs tens of milliseconds).
 * Newest commits come first, so the first day seen for a file is its last.
 */
function readRepository(top: string): Map<string, string> | undefined {
  try {
    const out = execFileSync('git', ['-c', 'core.quotePath=false', 'log', '--format=%x1e%cs', '--name-only', '--no-renames'], {
      cwd: top,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 60_000,
      maxBuffer: 1024 * 1024 * 1024,
    });
    const dates = new Map<string, string>();
    for (const commit of out.split('\x1e')) {
      const lines = commit.split('\n');
      const day = lines[0]!.trim();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) continue;
      for (let i = 1; i < lines.length; i++) {
        const file = lines[i]!;
        if (file && !dates.has(file)) dates.set(file, day);
      }
    }
    return dates;
  } catch {
    return undefined;
  }
}

/**
 * Day (`YYYY-MM-DD`) of the last commit that touched a file (absolute, or
 * relative to the project root as `CheckedPractice.file` is), or undefined when
 * it cannot be known: git missing, not a repository, the file not committed
 * yet. Never throws, because a page must build from a plain download of the
 * sources as well as from a clone. A shallow clone (CI's default depth of 1)
 * gives the date of the latest commit for every file: fetch full history
 * (`fetch-depth: 0`) where the dates are shown. The file is looked up in its
 * own repository, so a content set outside the project (ATLAS_CONTENT_DIR)
 * gets its own history; each repository's history is read once per build.
 */
export function lastCommitDate(file: string): string | undefined {
  const path = resolve(projectRoot, file);
  const top = repositoryTop(dirname(path));
  if (top === null) return undefined;
  if (!repositories.has(top)) repositories.set(top, readRepository(top));
  return repositories.get(top)?.get(relative(top, path).split(sep).join('/'));
}

/** Forgets cached dates; for tests and long-running dev servers after a commit. */
export function clearGitHistoryCache(): void {
  repositories.clear();
  tops.clear();
}

/** Joins a repository URL, a branch and a path in the repository, encoding each segment. */
function forgeUrl(repository: string, action: string, branch: string, path: string): string {
  const segments = (p: string) =>
    p
      .split(/[\\/]+/)
      .filter((s) => s && s !== '.')
      .map(encodeURIComponent)
      .join('/');
  return `${repository.replace(/\/+$/, '')}/${action}/${segments(branch)}/${segments(path)}`;
}

/** The forge's page of commits that changed a file (GitHub, Gitea and Forgejo style). */
export function historyUrl(repository: string, branch: string, path: string): string {
  return forgeUrl(repository, 'commits', branch, path);
}

/** The forge's web editor for a file, which offers to open a pull request. */
export function editUrl(repository: string, branch: string, path: string): string {
  return forgeUrl(repository, 'edit', branch, path);
}
