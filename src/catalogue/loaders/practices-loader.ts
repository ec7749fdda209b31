import { relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatReport } from '../format-problem.ts';
import { practicesDir, projectRoot } from '../content-paths.ts';
import { validatePractices, type CheckedPractice } from '../validate-practices.ts';
import { plainMarkdown } from './plain-markdown.ts';
import { publishesDrafts } from './drafts.ts';
import { watchContent } from './watch-content.ts';
import type { MdNode } from '../validate/md-node.ts';

/**
 * Stores the validated practices: the one path of `astro dev` and `astro build`.
 *
 * Each entry holds its body rendered by Astro, or its source when Astro
 * renders it with its page:
 * - a body in plain Markdown (every practice the editors' guide describes) is
 *   rendered here, with `context.renderMarkdown` (Astro's Markdown pipeline,
 *   Sätteri with the body guard, as for a `.md` entry), and stored as
 *   `rendered`; local images in it go to `assetImports`, which Astro turns
 *   into optimised images when the page renders. Its source is not kept:
 *   Astro bundles the whole store into the build, and at 10,000 practices
 *   the sources would add a fifth of a gigabyte to its peak memory; the
 *   search record reads the rendered body (src/catalogue/manifest.ts);
 * - a body that uses MDX itself (JSX, such as `<abbr>`) is stored with its
 *   source `body` and `deferredRender`, as the glob loader stores an `.mdx`
 *   file: Astro compiles it when a page renders it.
 *
 * A body that was rendered before is not rendered again: an entry with the
 * same digest (frontmatter and body) is left as it is, and an entry whose
 * frontmatter alone changed keeps its rendered body.
 *
 * Data is the validation's output, already checked with the practice schema;
 * only practices with a cover go through Astro's schema again, for `image()`.
 */
async function storePractices(context: LoaderContext, practices: CheckedPractice[]): Promise<void> {
  const { store } = context;
  const root = fileURLToPath(context.config.root);
  const untouched = new Set(store.keys());
  for (const practice of practices) {
    const id = practice.slug;
    untouched.delete(id);
    const absolute = resolve(projectRoot, practice.file);
    const filePath = relative(root, absolute).split(sep).join('/');
    // `entry` names what is stored, so entries stored differently by an older loader are replaced.
    const digest = context.generateDigest({ raw: practice.raw, body: practice.body, entry: 'rendered-in-store' });
    const existing = store.get(id);
    if (existing?.digest === digest && existing.filePath === filePath) continue;
    // A copy: the parsed values are slices of the file's text and would keep
    // every file in memory for the whole build (55 MB at 10,000 practices).
    const data = structuredClone(
      practice.raw.cover
        ? await context.parseData({ id, data: practice.raw, filePath: absolute })
        : (practice.data as unknown as Record<string, unknown>),
    );
    const bodyDigest = context.generateDigest(practice.body);
    const entry = { id, data, filePath, digest };
    const same = existing && existing.filePath === filePath && storedBodyDigest(context, existing) === bodyDigest ? existing : undefined;
    if (same ? same.deferredRender : practice.markdown === undefined) {
      store.set({ ...entry, body: practice.body, deferredRender: true });
      continue;
    }
    const fresh = same?.rendered ?? (await context.renderMarkdown(practice.markdown!, { fileURL: pathToFileURL(absolute) }));
    // The body's digest rides with its rendering, which is all the entry keeps of it.
    const rendered = { ...fresh, metadata: { ...fresh.metadata, bodyDigest } };
    const images = rendered.metadata.imagePaths;
    store.set({ ...entry, rendered, ...(images?.length ? { assetImports: images } : {}) });
  }
  for (const id of untouched) store.delete(id);
}

/** The digest of the body an entry was stored from: its source's, or the one kept with its rendering. */
function storedBodyDigest(context: LoaderContext, entry: { body?: string | undefined; rendered?: { metadata?: Record<string, unknown> } | undefined }): string | undefined {
  if (entry.body !== undefined) return context.generateDigest(entry.body);
  const kept = entry.rendered?.metadata?.bodyDigest;
  return typeof kept === 'string' ? kept : undefined;
}

/**
 * The body as Astro's Markdown renderer should read it, or undefined when
 * Astro must compile it as MDX. The renderer reads a leading `---` block as
 * frontmatter, so such a body takes the MDX path too.
 */
function markdownOf(body: string, tree: MdNode): string | undefined {
  const markdown = plainMarkdown(body, tree);
  return markdown === undefined || /^\s*(---|\+\+\+)/.test(markdown) ? undefined : markdown;
}

/** Loads the practices once: validation of the whole set, then the store. */
async function loadPractices(context: LoaderContext, dir: string): Promise<void> {
  // A body already in the store, from the same file, is not worked out again (see storePractices).
  const root = fileURLToPath(context.config.root);
  const stored = new Map<string, string | undefined>();
  for (const entry of context.store.values()) if (entry.filePath) stored.set(resolve(root, entry.filePath), storedBodyDigest(context, entry));
  // Every file is checked before Astro's renderer or MDX compiler sees any of
  // them: a body that is code (import/export, expressions, scripts) never
  // runs. The renderer and the compiler enforce the same rules again on what
  // they compile (src/catalogue/validate/compile-guard.ts); the check, this
  // loader and Astro split each file with the one reader (read-practice-file.ts).
  const { problems, practices } = await validatePractices({
    dir,
    markdown: (body, tree, path) => (stored.get(path) === context.generateDigest(body) ? undefined : markdownOf(body, tree)),
  });
  // Warnings are advice for editors: `npm run check` lists them; the build
  // only counts them, so real errors stay easy to see.
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  if (warnings) context.logger.info(`${warnings} content warnings (advice, not errors): run "npm run check" to see them.`);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) {
    const error = new Error(`Practice Atlas found problems in the content:\n${formatReport(errors, 'contract')}`);
    error.name = 'ContentProblems';
    throw error;
  }
  const drafts = publishesDrafts();
  const published = drafts ? practices : practices.filter((p) => !p.data.draft);
  await storePractices(context, published);
  let mdx = 0;
  for (const entry of context.store.values()) if (entry.deferredRender) mdx++;
  if (mdx) context.logger.info(`${mdx} practice${mdx === 1 ? ' uses' : 's use'} MDX beyond Markdown and ${mdx === 1 ? 'is' : 'are'} compiled as MDX (${relative(projectRoot, dir) || dir}).`);
  if (!drafts && published.length < practices.length) context.logger.info(`${practices.length - published.length} draft${practices.length - published.length === 1 ? '' : 's'} left out (drafts are published by \`astro dev\` only).`);
}

/**
 * The practices, after the Atlas's own validation of the whole content set.
 * Astro alone stops at the first bad file; editors need every problem of
 * every file in one run, worded as the content model promises.
 *
 * The same loader serves `astro dev` and `astro build`. In development it
 * also loads again when a content file changes (watch-content.ts): the whole
 * set is validated, and only changed practices are rendered again.
 */
export function practicesLoader(): Loader {
  const dir = practicesDir();
  return {
    name: 'practice-atlas-practices',
    async load(context) {
      watchContent(context, () => loadPractices(context, dir));
      await loadPractices(context, dir);
    },
  };
}
