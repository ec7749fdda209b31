import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatReport } from '../format-problem.ts';
import { practicesDir, projectRoot } from '../content-paths.ts';
import { validatePractices, type CheckedPractice } from '../validate-practices.ts';
import { plainMarkdown } from './plain-markdown.ts';

/** The store given to loaders has this too (the glob loader uses it), though its public type does not say so. */
type AssetStore = LoaderContext['store'] & { addAssetImports(assets: string[], filePath?: string): void };

/** Where the build keeps the body HTML of each practice, in the content cache. */
export const BODY_FOLDER = 'atlas-practice-bodies';

/**
 * Stores validated practices for the build.
 *
 * A body written in plain Markdown (every practice the editors' guide
 * describes) is rendered to HTML here, once, with Astro's own Markdown
 * renderer (`context.renderMarkdown`: the Sätteri pipeline its MDX uses, with
 * GitHub-flavoured Markdown, smart punctuation, heading ids, code
 * highlighting and local images), as Astro does for `.md` entries. Astro would otherwise compile each
 * `.mdx` file into a JavaScript module of the build, which is most of the
 * time and memory of a large build. A body that uses MDX itself (JSX,
 * expressions, imports) keeps that path: it is stored for deferred
 * rendering, exactly as the glob loader stores it.
 *
 * The HTML goes to a file of its own in the content cache, which the
 * practice page reads (`bodyHtml` in src/catalogue/catalog.ts): Astro bundles the
 * whole content store into the build as one string, so at 10,000 practices
 * keeping the bodies in it would cost the build a quarter of a gigabyte of
 * memory. A body with local images stays in the store, where Astro turns
 * its images into optimised ones when the page renders.
 *
 * Data is the validation's output, already checked with the practice schema;
 * only practices with a cover go through Astro's schema again, for `image()`.
 * The source body is not kept (no page uses `entry.body`). Entries unchanged
 * since the last build (same digest) are reused as they are.
 */
async function storePractices(context: LoaderContext, practices: CheckedPractice[], dir: string): Promise<void> {
  const { store } = context;
  const root = fileURLToPath(context.config.root);
  const bodies = join(fileURLToPath(context.config.cacheDir), BODY_FOLDER);
  mkdirSync(bodies, { recursive: true });
  const untouched = new Set(store.keys());
  const kept = new Set<string>();
  for (const practice of practices) {
    const id = practice.slug;
    untouched.delete(id);
    const absolute = resolve(projectRoot, practice.file);
    const filePath = relative(root, absolute).split(sep).join('/');
    const bodyFile = join(bodies, `${id}.html`);
    const digest = context.generateDigest({ raw: practice.raw, body: practice.body });
    const existing = store.get(id);
    const existingFile = existing?.rendered?.metadata?.bodyFile;
    if (existing && existing.digest === digest && existing.filePath === filePath && (existingFile === undefined || (existingFile === bodyFile && existsSync(bodyFile)))) {
      // What the glob loader does for a cached entry: register its module and
      // images again, which rewrites the project's import maps for this build.
      if (existing.deferredRender) store.addModuleImport(existing.filePath);
      if (existing.assetImports?.length) (store as AssetStore).addAssetImports(existing.assetImports, existing.filePath);
      if (existingFile) kept.add(`${id}.html`);
      continue;
    }
    // A copy: the parsed values are slices of the file's text and would keep
    // every file in memory for the whole build (55 MB at 10,000 practices).
    const data = structuredClone(
      practice.raw.cover
        ? await context.parseData({ id, data: practice.raw, filePath: absolute })
        : (practice.data as unknown as Record<string, unknown>),
    );
    // Astro's renderer would read a leading `---` block as frontmatter: such a body takes the MDX path.
    if (practice.markdown === undefined || /^\s*(---|\+\+\+)/.test(practice.markdown)) {
      store.set({ id, data, filePath, digest, deferredRender: true });
      continue;
    }
    const { html, metadata } = await context.renderMarkdown(practice.markdown, { fileURL: pathToFileURL(absolute) });
    if (metadata?.imagePaths?.length) {
      store.set({ id, data, filePath, digest, rendered: { html, metadata }, assetImports: metadata.imagePaths });
    } else {
      writeFileSync(bodyFile, html);
      kept.add(`${id}.html`);
      store.set({ id, data, filePath, digest, rendered: { html: '', metadata: { ...metadata, bodyFile } } });
    }
  }
  for (const id of untouched) store.delete(id);
  for (const file of readdirSync(bodies)) if (!kept.has(file)) rmSync(join(bodies, file), { force: true });
  const deferred = practices.filter((p) => p.markdown === undefined).length;
  if (deferred) context.logger.info(`${deferred} practice${deferred === 1 ? ' uses' : 's use'} MDX beyond Markdown and ${deferred === 1 ? 'is' : 'are'} compiled as MDX (${relative(projectRoot, dir) || dir}).`);
}

/**
 * The practices, after the Atlas's own validation of the whole content set.
 * Astro alone stops at the first bad file; editors need every problem of
 * every file in one run, worded as the content model promises.
 *
 * The build stores them itself (see `storePractices`). The development
 * server uses Astro's glob loader, which also watches the files and reloads
 * a practice when it changes.
 */
export function practicesLoader(): Loader {
  const base = practicesDir();
  const inner = glob({
    pattern: ['*.mdx', '*/index.mdx'],
    base,
    generateId: ({ entry }) => entry.replace(/\/index\.mdx$|\.mdx$/, ''),
  });
  return {
    name: 'practice-atlas-practices',
    async load(context) {
      // Every file is checked before Astro's MDX compiler sees any of them: a
      // body that is code (import/export, expressions, scripts) never runs.
      // The compiler enforces the same rules again on what it compiles
      // (src/catalogue/validate/compile-guard.ts), and both split the file with
      // the one reader (splitPracticeFile).
      const { problems, practices } = await validatePractices({ dir: base, markdown: context.watcher ? undefined : plainMarkdown });
      // Warnings are advice for editors: `npm run check` lists them; the
      // build only counts them, so real errors stay easy to see.
      const warnings = problems.filter((p) => p.severity === 'warning').length;
      if (warnings) context.logger.info(`${warnings} content warnings (advice, not errors): run "npm run check" to see them.`);
      const errors = problems.filter((p) => p.severity === 'error');
      if (errors.length) {
        const error = new Error(`Practice Atlas found problems in the content:\n${formatReport(errors, 'contract')}`);
        error.name = 'ContentProblems';
        throw error;
      }
      if (context.watcher) await inner.load(context);
      else await storePractices(context, practices, base);
    },
  };
}
