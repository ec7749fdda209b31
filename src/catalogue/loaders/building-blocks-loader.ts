import { relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { buildingBlocksDir, projectRoot, taxonomiesDir } from '../content-paths.ts';
import { validateBuildingBlocks } from '../validate-building-blocks.ts';
import { plainMarkdown } from './plain-markdown.ts';
import { publishesDrafts } from './drafts.ts';
import { watchContent } from './watch-content.ts';

/** Validates the blocks and stores the valid ones, rendered (drafts in development only). */
async function loadBlocks(context: LoaderContext): Promise<void> {
  const dir = buildingBlocksDir();
  const { problems, blocks } = validateBuildingBlocks({ dir });
  // The practices' loader checks the blocks too (a practice names them) and
  // stops the build with every problem of every file in one report; here
  // only valid blocks are stored.
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (errors) context.logger.warn(`${errors} problem${errors === 1 ? '' : 's'} in the building blocks; the build reports them with the practices.`);
  context.store.clear();
  const root = fileURLToPath(context.config.root);
  const drafts = publishesDrafts();
  for (const block of blocks) {
    if (block.data.draft && !drafts) continue;
    const absolute = resolve(projectRoot, block.file);
    const markdown = plainMarkdown(block.body, block.tree)!;
    const { html, metadata } = await context.renderMarkdown(markdown, { fileURL: pathToFileURL(absolute) });
    context.store.set({
      id: block.id,
      data: structuredClone(block.data) as unknown as Record<string, unknown>,
      filePath: relative(root, absolute).split(sep).join('/'),
      digest: context.generateDigest({ raw: block.raw, body: block.body }),
      rendered: { html, metadata },
    });
  }
}

/**
 * The building blocks, validated by the Atlas's own rules (every problem of
 * every file in one run), their bodies rendered with Astro's Markdown
 * renderer as for practices. A content set without
 * `content/building-blocks/` has no blocks; that is not an error.
 *
 * Blocks are few and short, so their HTML stays in the content store. A body
 * that needs MDX beyond Markdown is an error of the check: block pages render
 * Markdown only. Drafts are stored in development only (drafts.ts), and in
 * development a change to the content loads the blocks again.
 */
export function buildingBlocksLoader(): Loader {
  return {
    name: 'practice-atlas-building-blocks',
    async load(context) {
      watchContent(context, () => loadBlocks(context), [buildingBlocksDir(), taxonomiesDir()]);
      await loadBlocks(context);
    },
  };
}
