/** The parts of an mdast/MDX node (from Sätteri, the parser Astro's MDX uses) that the checks read. */
export interface MdNode {
  type: string;
  depth?: number;
  url?: string;
  alt?: string | null;
  identifier?: string;
  value?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } };
  children?: MdNode[];
}

/**
 * Visits every node in document order, without recursion: a hostile body can
 * nest thousands of levels, which a recursive walk would overflow.
 */
export function walkTree(tree: MdNode, visit: (node: MdNode, depth: number) => void): void {
  const stack: [MdNode, number][] = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    visit(node, depth);
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, depth + 1]);
  }
}
