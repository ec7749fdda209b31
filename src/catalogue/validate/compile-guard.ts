/**
 * The body rules, enforced by the build's own compiler: a Sätteri mdast
 * plugin registered for every Markdown and MDX file Astro compiles
 * (`markdown.processor` in astro.config.mjs, which @astrojs/mdx inherits). It
 * checks the tree that is actually being compiled, after Astro's own split of
 * the frontmatter, so code in a body stops the build even when `npm run
 * check` was skipped or read the file differently. The check
 * (validate-practices.ts) applies the same rules first, with friendlier
 * reporting of every file at once.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry, PluginFactoryContext } from 'satteri';
import { formatProblem } from '../format-problem.ts';
import type { Problem } from '../problem.ts';
import { showValue } from '../show-value.ts';
import { bodyShapeProblems, treeDepthProblems } from './body-limits.ts';
import { bodySafetyProblems, localImagePathProblem, urlScheme } from './body-safety.ts';
import { walkTree, type MdNode } from './md-node.ts';

/** Thrown when a body breaks the rules: the build stops with every problem of the file. */
export class BodyRefused extends Error {
  readonly file: string;
  readonly problems: Problem[];
  constructor(file: string, problems: Problem[]) {
    super(`Practice Atlas refused to compile ${file}: a body is content, not code.\n${problems.map((p) => formatProblem(p, 'editor')).join('\n')}`);
    this.name = 'BodyRefused';
    this.file = file;
    this.problems = problems;
  }
}

/** Every problem of a tree being compiled; `frontmatter` as the compiler read it. */
export function compiledTreeProblems(tree: MdNode, file: string, frontmatter: unknown): Problem[] {
  const at = (line: number) => ({ file, line, field: 'body', severity: 'error' as const });
  const problems: Problem[] = [
    ...treeDepthProblems(tree).map((s) => ({ ...at(s.line), message: s.message })),
    ...bodySafetyProblems(tree, file, 0),
  ];
  const definitions = new Map<string, string>();
  const images: MdNode[] = [];
  walkTree(tree, (node) => {
    if (node.type === 'definition' && node.identifier) definitions.set(node.identifier, node.url ?? '');
    if (node.type === 'image' || node.type === 'imageReference') images.push(node);
  });
  for (const node of images) {
    const url = node.type === 'image' ? node.url : definitions.get(node.identifier ?? '');
    // Images on the web are checked by their scheme (bodySafetyProblems); only local paths reach the bundler.
    const problem = url === undefined || urlScheme(url) || /^\s*[\\/]{2}/.test(url) ? undefined : localImagePathProblem(url, `image ${showValue(url)}`);
    if (problem) problems.push({ ...at(node.position?.start.line ?? 1), message: problem });
  }
  // @astrojs/mdx imports the module named by `layout` into the page: code, chosen by the file.
  const layout = (frontmatter as { layout?: unknown } | null | undefined)?.layout;
  if (layout !== undefined) {
    problems.push({ file, line: 1, field: 'layout', severity: 'error', message: `${showValue(layout)}: a practice has no "layout" (it would import code into the page); remove the field` });
  }
  return problems.filter((p) => p.severity === 'error');
}

function shownFile(ctx: PluginFactoryContext): string {
  if (!ctx.fileURL) return 'a Markdown text';
  const path = fileURLToPath(ctx.fileURL);
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

/**
 * The plugin, as a factory so that the limits on the raw text are checked
 * before the parser reads it (a body past them could take minutes to parse).
 */
export function bodyGuard(): MdastPluginEntry {
  return (ctx: PluginFactoryContext) => {
    const file = shownFile(ctx);
    const shape = bodyShapeProblems(ctx.source);
    if (shape.length) throw new BodyRefused(file, shape.map((s) => ({ file, line: s.line, field: 'body', severity: 'error', message: s.message })));
    return {
      name: 'practice-atlas-body-guard',
      // Messages name the line.
      options: { position: true },
      before(root, context) {
        const frontmatter = (context.data as { astro?: { frontmatter?: unknown } }).astro?.frontmatter;
        const problems = compiledTreeProblems(root as unknown as MdNode, file, frontmatter);
        if (problems.length) throw new BodyRefused(file, problems);
      },
    };
  };
}
