import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/catalogue/content-paths.ts';
import { lockfileEngineProblems, relaxLockfileEngines, type Lockfile } from '../../scripts/lib/lockfile-engines.ts';

const lock: Lockfile = {
  lockfileVersion: 3,
  packages: {
    '': { engines: { node: '>=24' } },
    'node_modules/node': { version: '24.21.0', engines: { npm: '>=5.0.0' } },
    'node_modules/astro': { version: '7.0.0', engines: { node: '>=22.12.0', npm: '>=9.6.5' } },
    'node_modules/vitest': { version: '5.0.0', engines: { node: '^22.12.0 || ^24.0.0 || >=26.0.0' } },
    'node_modules/old': { version: '1.0.0', engines: { node: '^20.9.0' } },
    'node_modules/@img/sharp-win32-ia32': { version: '0.35.5', optional: true, engines: { node: '^20.9.0' } },
  },
};

describe('the lockfile engines', () => {
  it('drops each engines.node the pinned Node satisfies, and nothing else', () => {
    const { lock: relaxed, dropped } = relaxLockfileEngines(lock);
    expect(dropped).toEqual(['node_modules/astro', 'node_modules/vitest']);
    expect(relaxed.packages['node_modules/astro']).toEqual({ version: '7.0.0', engines: { npm: '>=9.6.5' } });
    expect(relaxed.packages['node_modules/vitest']).toEqual({ version: '5.0.0' });
    expect(relaxed.packages['']).toEqual(lock.packages['']);
    expect(relaxed.packages['node_modules/old']).toEqual(lock.packages['node_modules/old']);
    expect(lock.packages['node_modules/astro']?.engines).toEqual({ node: '>=22.12.0', npm: '>=9.6.5' });
  });

  it('says what to run, or that a package cannot run on the pinned Node', () => {
    expect(lockfileEngineProblems(lock)).toMatchInlineSnapshot(`
      [
        "package-lock.json: astro@7.0.0 still lists engines.node ">=22.12.0", which npm checks against the Node running npm install. Run \`npm run lockfile\` to drop it (the project runs on Node 24.21.0, which satisfies it).",
        "package-lock.json: vitest@5.0.0 still lists engines.node "^22.12.0 || ^24.0.0 || >=26.0.0", which npm checks against the Node running npm install. Run \`npm run lockfile\` to drop it (the project runs on Node 24.21.0, which satisfies it).",
        "package-lock.json: old@1.0.0 needs Node "^20.9.0", but the project runs on Node 24.21.0. Update the \`node\` devDependency or pick another version of old.",
      ]
    `);
    expect(lockfileEngineProblems(relaxLockfileEngines(lock).lock)).toHaveLength(1);
  });

  it('holds for the project: npm install on Node 20 or 22 has nothing to warn about', () => {
    const projectLock = JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8')) as Lockfile;
    expect(lockfileEngineProblems(projectLock)).toEqual([]);
  });

  it('states the pinned Node in engines, devEngines and .nvmrc', () => {
    const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
    const projectLock = JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8')) as Lockfile;
    const major = projectLock.packages['node_modules/node']?.version?.split('.')[0];
    expect(major).toBe('24');
    expect(pkg.engines.node).toBe(`>=${major}`);
    expect(pkg.devEngines.runtime).toMatchObject({ name: 'node', version: `>=${major}` });
    expect(readFileSync(join(projectRoot, '.nvmrc'), 'utf8').trim()).toBe(major);
  });
});
