/**
 * Keeps `npm install` free of "Unsupported engine" warnings on machines whose
 * Node is older than the project's pinned Node 24 (see scripts/lib/lockfile-engines.ts).
 * Run after adding or updating a dependency; `--check` only reports.
 *
 *   npm run lockfile            rewrite package-lock.json
 *   npm run lockfile -- --check exit 1 if package-lock.json needs it
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/catalogue/content-paths.ts';
import { lockfileEngineProblems, relaxLockfileEngines, type Lockfile } from './lib/lockfile-engines.ts';

const file = join(projectRoot, 'package-lock.json');
const lock = JSON.parse(readFileSync(file, 'utf8')) as Lockfile;

if (process.argv.includes('--check')) {
  const problems = lockfileEngineProblems(lock);
  for (const problem of problems) console.error(problem);
  process.exit(problems.length > 0 ? 1 : 0);
}

const { lock: relaxed, dropped } = relaxLockfileEngines(lock);
writeFileSync(file, `${JSON.stringify(relaxed, null, 2)}\n`);
console.log(dropped.length === 0 ? 'package-lock.json: nothing to drop.' : `package-lock.json: dropped engines.node from ${dropped.length} packages the pinned Node satisfies.`);
for (const problem of lockfileEngineProblems(relaxed)) console.error(problem);
