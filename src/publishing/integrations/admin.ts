/**
 * The web editor at `/admin/` (Sveltia CMS), self-hosted: its code is copied
 * from node_modules into `admin/`, and its configuration is generated from
 * the practice schema and the vocabularies at every build. No other page
 * loads any of it. `astro dev` serves the same files.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { adminFiles, CMS_LOCALES, githubRepo } from '../../editor/admin-files.ts';
import { projectRoot } from '../../catalogue/content-paths.ts';
import { selfHostCms } from '../../editor/self-host-cms.ts';
import { siteConfig } from '../../i18n/site-config.ts';
import { withTrailingSlash } from '../../i18n/base-path.ts';

const require = createRequire(join(projectRoot, 'package.json'));
// The package exports one entry (`npm/index.js`); its folder holds the browser bundle and the locales.
const cmsPackage = dirname(dirname(require.resolve('@sveltia/cms')));

/** The CMS's script with its fonts pointed at copies served beside it. */
function cmsScript(base: string) {
  return selfHostCms(readFileSync(join(cmsPackage, 'dist', 'sveltia-cms.js'), 'utf8'), `${base}admin/`);
}

/** Files copied from npm packages, by their name under `admin/`. */
function packageFiles(base: string): Record<string, string> {
  return {
    ...Object.fromEntries(
      CMS_LOCALES.map((l) => [`cms@${cmsVersion()}/locales/${l}.json`, join(cmsPackage, 'locales', `${l}.json`)]),
    ),
    ...Object.fromEntries(
      cmsScript(base).fonts.map((f) => [f.name, join(dirname(require.resolve(`${f.packageName}/package.json`)), f.file)]),
    ),
  };
}

function cmsVersion(): string {
  return (JSON.parse(readFileSync(join(cmsPackage, 'package.json'), 'utf8')) as { version: string }).version;
}

function generated(base: string): Record<string, string> {
  return {
    ...adminFiles({ ...siteConfig(), base, authUrl: process.env.ATLAS_CMS_AUTH_URL }),
    'sveltia-cms.js': cmsScript(base).script,
    // The CMS compares this with its own version to offer updates; it is the version installed.
    'cms/package.json': JSON.stringify({ name: '@sveltia/cms', version: cmsVersion() }),
  };
}

/**
 * What the build writes under `admin/` (paths relative to it): nothing when
 * the repository is not on GitHub. The headers are written from it too, so
 * they do not wait for this integration's files (src/publishing/integrations/post-build.ts).
 */
export function adminOutput(base: string): string[] {
  return githubRepo(siteConfig().repository) ? [...Object.keys(generated(base)), ...Object.keys(packageFiles(base))] : [];
}

export default function admin(): AstroIntegration {
  let base = '/';
  return {
    name: 'practice-atlas:admin',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = withTrailingSlash(config.base);
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${base}admin/`;
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0]!;
          if (!path.startsWith(prefix)) return next();
          const rest = path.slice(prefix.length);
          // `/admin/` itself is an Astro page; the editor is `/admin/editor/`.
          if (!rest) return next();
          const name = rest.endsWith('/') ? `${rest}index.html` : rest;
          const made = generated(base)[name];
          const copied = packageFiles(base)[name];
          if (made === undefined && copied === undefined) return next();
          const type = name.endsWith('.html') ? 'text/html' : name.endsWith('.yml') ? 'application/yaml' : name.endsWith('.json') ? 'application/json' : name.endsWith('.woff2') ? 'font/woff2' : 'text/javascript';
          res.setHeader('Content-Type', type.startsWith('font/') ? type : `${type}; charset=utf-8`);
          res.end(made ?? readFileSync(copied!));
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const { repository } = siteConfig();
        if (!githubRepo(repository)) {
          // The editor opens pull requests through GitHub's API; elsewhere it would only fail at sign-in.
          logger.warn(`/admin/ not built: ATLAS_REPO (${repository}) is not a GitHub repository, and the web editor works with GitHub.`);
          return;
        }
        const out = join(dir.pathname, 'admin');
        for (const [name, text] of Object.entries(generated(base))) {
          mkdirSync(dirname(join(out, name)), { recursive: true });
          writeFileSync(join(out, name), text);
        }
        for (const [name, from] of Object.entries(packageFiles(base))) {
          mkdirSync(dirname(join(out, name)), { recursive: true });
          copyFileSync(from, join(out, name));
        }
      },
    },
  };
}
