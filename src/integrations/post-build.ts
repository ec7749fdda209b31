import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { arch } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readdirSync, writeFileSync } from 'node:fs';
import { projectRoot } from '../lib/content-paths.ts';
import { formatHeadersFile, headerRules } from '../lib/security-headers.ts';
import { siteFiles } from '../lib/site-files.ts';

/** Writes `_headers`, one rule per top-level folder and file of the built site. */
function writeHeaders(site: string, base: string): void {
  const entries = readdirSync(site, { withFileTypes: true }).filter((e) => !e.name.startsWith('_headers'));
  const sections = entries.filter((e) => e.isDirectory()).map((e) => e.name).concat('pagefind');
  const files = entries.filter((e) => e.isFile()).map((e) => e.name);
  writeFileSync(join(site, '_headers'), formatHeadersFile(headerRules(base, [...new Set(sections)], files)));
}

/**
 * The pages Pagefind indexes: one practice each (`/practices/<slug>/`, not
 * `/practices/page/<n>/`). Only they carry `data-pagefind-body`, but Pagefind
 * reads and holds every page it is given before leaving those without it
 * out: at 10,000 practices the listing pages alone would cost it 0.4 GB and
 * 5 seconds. A page of another kind that marks a body must be added here.
 */
export const PAGEFIND_GLOB = 'practices/*/index.html';

/** Pagefind's executable, found as its npm package finds it (pagefind/lib/resolveBinary.js). */
function pagefindBinary(): string {
  const names = ['pagefind_extended', 'pagefind'];
  for (const name of names) {
    const fromEnv = process.env[`${name.toUpperCase()}_BINARY_PATH`];
    if (fromEnv) return fromEnv;
  }
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const cpu = process.env.npm_config_arch || arch();
  for (const from of [join(projectRoot, 'package.json'), join(projectRoot, 'node_modules', 'pagefind', 'package.json')]) {
    const require = createRequire(from);
    for (const name of names) {
      try {
        return require.resolve(`@pagefind/${platform}-${cpu}/bin/${name}${platform === 'windows' ? '.exe' : ''}`);
      } catch {
        /* try the next */
      }
    }
  }
  throw new Error(`Pagefind has no executable for ${platform}-${cpu}: reinstall the dependencies (npm install), or set PAGEFIND_BINARY_PATH.`);
}

/**
 * Runs Pagefind's command line over the built site and resolves with the
 * number of pages indexed. The command line rather than Pagefind's Node API:
 * the same index, written the same way, but its service keeps more in memory
 * (0.2 GB more at 10,000 practices, while the build's own process still holds
 * its memory) and takes longer.
 */
function runPagefind(site: string, glob: string | undefined): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(pagefindBinary(), ['--site', site, ...(glob ? ['--glob', glob] : []), '--output-subdir', 'pagefind'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-20_000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => reject(new Error(`Pagefind could not start: ${error.message}`)));
    child.on('close', (code) => {
      const indexed = [...output.matchAll(/Indexed (\d+) pages?/g)].at(-1)?.[1];
      if (code === 0 && indexed !== undefined) resolve(Number(indexed));
      else reject(new Error(`Pagefind could not index the site (exit code ${code}):\n${output.trim()}`));
    });
  });
}

/**
 * After the build: writes the sitemap, robots.txt and `_headers`, then builds
 * the Pagefind index over the finished site. Only practice pages carry
 * `data-pagefind-body`, so listing pages stay out of results; filters and the
 * date sort come from `data-pagefind-filter` / `data-pagefind-sort` attributes.
 */
export default function postBuild(): AstroIntegration {
  let base = '/';
  let site = '';
  return {
    name: 'practice-atlas-post-build',
    hooks: {
      'astro:config:setup': ({ command }) => {
        // Drafts are for `astro dev` only. Decided from the command, not from
        // NODE_ENV, which test runners and CI set to other values.
        process.env.ATLAS_INCLUDE_DRAFTS = command === 'dev' ? '1' : '0';
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = (config.site ?? '').replace(/\/+$/, '');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = siteFiles(root);
        // The sitemap itself is @astrojs/sitemap's (astro.config.mjs), with hreflang alternates.
        writeFileSync(join(root, 'robots.txt'), `User-agent: *\nAllow: /\nSitemap: ${site}${base}sitemap-index.xml\n`);
        writeHeaders(root, base);
        // A site without practices yet gets Pagefind's default (every page), as
        // Pagefind cannot write an empty index and the search page needs one.
        const practices = files.some((f) => /^practices\/(?!page\/)[^/]+\/index\.html$/.test(f));
        const pages = await runPagefind(root, practices ? PAGEFIND_GLOB : undefined);
        logger.info(`Pagefind indexed ${pages} ${practices ? 'practice pages' : 'pages (no practice yet)'}.`);
      },
    },
  };
}
