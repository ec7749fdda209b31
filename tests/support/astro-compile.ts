/**
 * A practice file compiled as the build compiles it, without the rest of the
 * build: what @astrojs/mdx's Vite transform does to every `.mdx` file
 * (node_modules/@astrojs/mdx/dist/vite-plugin-mdx.js): Astro's own
 * frontmatter reader, then the MDX renderer of the Markdown processor that
 * astro.config.mjs sets, with its plugins. Nothing here consults the check.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { MarkdownProcessor } from '@astrojs/internal-helpers/markdown';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { ROOT } from './sites.ts';

type Renderer = { process(content: string, id: string, frontmatter: Record<string, unknown>): Promise<{ code: string }> };
let renderer: Promise<Renderer> | undefined;

async function mdxRenderer(): Promise<Renderer> {
  const config = (await import('../../astro.config.mjs')).default as { markdown?: { processor?: MarkdownProcessor<object> } };
  const processor = config.markdown?.processor;
  if (!processor?.createMdxRenderer) throw new Error('astro.config.mjs sets no Markdown processor with an MDX renderer');
  // The options @astrojs/mdx passes by default (syntax highlighting off: it changes no code path that matters here).
  return (await processor.createMdxRenderer(
    { syntaxHighlight: false, gfm: true, smartypants: true } as never,
    { optimize: false, srcDir: pathToFileURL(join(ROOT, 'src/')), sourcemap: false } as never,
  )) as Renderer;
}

export type Compiled = { ok: true; code: string } | { ok: false; error: string };

/** Compiles a file's text as the build would compile the file at `path`. */
export async function compileAsAstro(source: string, path: string): Promise<Compiled> {
  renderer ??= mdxRenderer();
  try {
    const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
    const { code } = await (await renderer).process(content, path, frontmatter);
    return { ok: true, code };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}
