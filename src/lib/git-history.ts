import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { projectRoot } from './content-paths.ts';

const dates = new Map<string, string | undefined>();

/**
 * Day (`YYYY-MM-DD`) of the last commit that touched a file (absolute, or
 * relative to the project root as `CheckedPractice.file` is), or undefined when
 * it cannot be known: git missing, not a repository, the file not committed
 * yet. Never throws, because a page must build from a plain download of the
 * sources as well as from a clone. A shallow clone (CI's default depth of 1)
 * gives the date of the latest commit for every file: fetch full history
 * (`fetch-depth: 0`) where the dates are shown.
 */
export function lastCommitDate(file: string): string | undefined {
  const path = resolve(projectRoot, file);
  if (dates.has(path)) return dates.get(path);
  let date: string | undefined;
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cs', '--', path], {
      // Run inside the file's own folder so a content set outside the project
      // (ATLAS_CONTENT_DIR) is looked up in its own repository.
      cwd: dirname(path),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
    }).trim();
    date = /^\d{4}-\d{2}-\d{2}$/.test(out) ? out : undefined;
  } catch {
    date = undefined;
  }
  dates.set(path, date);
  return date;
}

/** Forgets cached dates; for tests and long-running dev servers after a commit. */
export function clearGitHistoryCache(): void {
  dates.clear();
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
