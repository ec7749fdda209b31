import { markdownToMdast } from 'satteri';
import { NOTE_ONLY as COMMENT_ONLY } from '../validate/body-safety.ts';
import type { MdNode } from '../validate/md-node.ts';

const MDX_NODES = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxjsEsm']);

/**
 * Where MDX and Markdown can read the same text differently. MDX differs from
 * Markdown by what starts with `<` (JSX instead of HTML and autolinks), by
 * `{` expressions, and by having no indented code (four spaces or a tab of
 * indentation, also after a list marker or `>`). Text with none of these
 * characters and no run of four spaces is read alike by both.
 */
const PARTING = /[<{}\t]| {4}/;

/** A tree's content without positions, adjacent texts joined: what two parses must agree on. */
function shape(node: MdNode & Record<string, unknown>): unknown {
  const { position: _position, children, ...rest } = node;
  if (!children) return rest;
  const kids: unknown[] = [];
  for (const child of children) {
    const last = kids[kids.length - 1] as { type?: string; value?: string } | undefined;
    if (child.type === 'text' && last?.type === 'text') last.value = (last.value ?? '') + (child.value ?? '');
    else kids.push(shape(child as MdNode & Record<string, unknown>));
  }
  return { ...rest, children: kids };
}

/**
 * The body as plain Markdown, or undefined when it needs MDX. Plain means: no
 * JSX, no import or export, no expression but comments; the comments are cut
 * out, and the Markdown parser must then read the same tree as the MDX one
 * (it would not for indented code, which MDX does not have). Such a body can
 * be rendered to HTML once, in the content layer, instead of becoming one
 * JavaScript module per practice in the build.
 *
 * `tree` is the MDX tree the validation parsed (src/catalogue/validate/body.ts),
 * so the body is parsed as MDX once; it is parsed as Markdown, to compare,
 * only when it holds text where the two can part (`PARTING`).
 */
export function plainMarkdown(body: string, tree: MdNode): string | undefined {
  const cuts: [number, number][] = [];
  let plain = true;
  const strip = (node: MdNode): MdNode | undefined => {
    if (!plain) return undefined;
    if (MDX_NODES.has(node.type)) {
      plain = false;
      return undefined;
    }
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      const at = node.position;
      if (!COMMENT_ONLY.test(node.value ?? '') || at?.start.offset === undefined || at.end.offset === undefined) {
        plain = false;
        return undefined;
      }
      cuts.push([at.start.offset, at.end.offset]);
      return undefined;
    }
    if (!node.children) return node;
    return { ...node, children: node.children.map(strip).filter((c): c is MdNode => c !== undefined) };
  };
  const stripped = strip(tree);
  if (!plain || !stripped) return undefined;
  let markdown = body;
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) markdown = markdown.slice(0, start) + markdown.slice(end);
  if (!PARTING.test(markdown)) return markdown;
  try {
    const again = markdownToMdast(markdown) as MdNode;
    return JSON.stringify(shape(again as MdNode & Record<string, unknown>)) === JSON.stringify(shape(stripped as MdNode & Record<string, unknown>))
      ? markdown
      : undefined;
  } catch {
    return undefined;
  }
}
