/**
 * npm checks each package's `engines.node` against the Node that runs
 * `npm install` (often a machine's Node 20 or 22), not against the Node that
 * runs the project: every npm script runs on the Node 24 of the `node`
 * devDependency. Astro 7, vitest 5 and a few others ask for 22.12 or newer, so a
 * newcomer on Node 20 got seven "Unsupported engine" warnings about packages
 * that never run on that Node. npm reads those ranges from package-lock.json,
 * so the lockfile keeps only the ranges the pinned Node does not satisfy: those
 * warnings would be true, and `lockfileEngineProblems` reports them.
 */
import semver from 'semver';

interface LockPackage {
  version?: string;
  engines?: Record<string, string> | string[];
  [key: string]: unknown;
}

export interface Lockfile {
  packages: Record<string, LockPackage>;
  [key: string]: unknown;
}

/** The Node version the project runs on: the `node` devDependency's. */
export function pinnedNodeVersion(lock: Lockfile): string {
  const version = lock.packages['node_modules/node']?.version;
  if (!version) throw new Error('package-lock.json has no node_modules/node: the project pins Node through the `node` devDependency (npm install -D node@24).');
  return version;
}

function nodeRange(entry: LockPackage): string | undefined {
  return entry.engines && !Array.isArray(entry.engines) ? entry.engines.node : undefined;
}

function satisfies(version: string, range: string): boolean {
  return semver.satisfies(version, range, { includePrerelease: true });
}

/** Drops every `engines.node` the pinned Node satisfies; returns a new lockfile and the packages changed. */
export function relaxLockfileEngines(lock: Lockfile): { lock: Lockfile; dropped: string[] } {
  const node = pinnedNodeVersion(lock);
  const dropped: string[] = [];
  const packages: Record<string, LockPackage> = {};
  for (const [path, entry] of Object.entries(lock.packages)) {
    const range = nodeRange(entry);
    if (path === '' || range === undefined || !satisfies(node, range)) {
      packages[path] = entry;
      continue;
    }
    const { node: _dropped, ...otherEngines } = entry.engines as Record<string, string>;
    const { engines: _engines, ...rest } = entry;
    packages[path] = Object.keys(otherEngines).length > 0 ? { ...rest, engines: otherEngines } : rest;
    dropped.push(path);
  }
  return { lock: { ...lock, packages }, dropped };
}

/** What `npm install` would still warn about, or what `npm run lockfile` has yet to drop. */
export function lockfileEngineProblems(lock: Lockfile): string[] {
  const node = pinnedNodeVersion(lock);
  const problems: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    const range = nodeRange(entry);
    // npm skips an optional package its Node fails, silently, as it would on the pinned Node.
    if (path === '' || range === undefined || (entry.optional === true && !satisfies(node, range))) continue;
    const name = path.replace(/^.*node_modules\//, '');
    problems.push(
      satisfies(node, range)
        ? `package-lock.json: ${name}@${entry.version ?? '?'} still lists engines.node "${range}", which npm checks against the Node running npm install. Run \`npm run lockfile\` to drop it (the project runs on Node ${node}, which satisfies it).`
        : `package-lock.json: ${name}@${entry.version ?? '?'} needs Node "${range}", but the project runs on Node ${node}. Update the \`node\` devDependency or pick another version of ${name}.`,
    );
  }
  return problems;
}
