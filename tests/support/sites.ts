/** Where the test sites are built, shared by the global setup and the tests. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const OUTPUT = join(ROOT, 'tests', '.output');

/** What the build of a test site printed, kept beside its output folder by the global setup. */
export const buildLogOf = (dist: string) => join(dist, '..', 'build.log');

/** Fixture content, built under a base path so every link is tested with one. */
export const FIXTURE = {
  content: join(ROOT, 'tests', 'fixtures', 'content'),
  dist: join(OUTPUT, 'fixture', 'dist'),
  base: '/practices-hub/',
};

/** The real content in `content/`, as `npm run build` makes it. */
export const REAL = {
  content: join(ROOT, 'content'),
  dist: join(OUTPUT, 'real', 'dist'),
  base: '/',
  // A sign-in proxy for the web editor, as a deployment with one has (the fixture site has none).
  env: { ATLAS_CMS_AUTH_URL: 'https://atlas-auth.example.workers.dev' },
};

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureUrl: string;
    realUrl: string;
    /** A second origin serving the real site, for cross-origin (partner) tests. */
    realUrl2: string;
  }
}
