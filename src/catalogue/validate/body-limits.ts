/**
 * Limits that keep reading a body linear in its size. Markdown parsers spend
 * time in the square of how deeply a line nests quotes and lists (a line of
 * 200,000 ">" took 13 s to compile, 400,000 took 58 s) and of how long a
 * block of inline markup runs. These limits are checked by a single pass over
 * the text, before any parser reads it, by the check (body.ts) and by the
 * build's compiler (compile-guard.ts); the parsed tree is then held to the
 * same nesting.
 */
import type { MdNode } from './md-node.ts';
import { walkTree } from './md-node.ts';

/** Longest line: a long paragraph is about 1,000 characters; practices have none over 800. */
export const MAX_LINE_LENGTH = 5_000;
/** Longest run of lines without a blank line between them (a paragraph, a list, a table). */
export const MAX_BLOCK_LENGTH = 20_000;
/** Quotes and lists inside each other: a practice needs 2 (a list in a quote). */
export const MAX_BODY_NESTING = 6;
/** Any element inside another (emphasis in a link in a list item…): a practice needs about 8. */
export const MAX_TREE_DEPTH = 32;
/** Problems of one kind reported per file: the first ones, then a count. */
const SHOWN = 5;

export interface BodySlip {
  /** 1-based line in the text given. */
  line: number;
  message: string;
}

/** Quote and list markers at the start of a line (`> > - 1. text` is 4), counting no further than `limit + 1`. */
export function lineNesting(line: string, limit = MAX_BODY_NESTING): number {
  // A thematic break ("* * * *", "- - -") is not a list.
  if (/^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(line)) return 0;
  let depth = 0;
  let i = 0;
  while (depth <= limit) {
    while (line[i] === ' ' || line[i] === '\t') i++;
    const c = line[i];
    if (c === '>') {
      depth++;
      i++;
      continue;
    }
    const marker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/.exec(line.slice(i, i + 11));
    if (!marker) break;
    depth++;
    i += marker[0].length;
  }
  return depth;
}

/** Limits that a single pass over the text checks (line length, block length, nesting at the start of lines). */
export function bodyShapeProblems(text: string): BodySlip[] {
  const long: number[] = [];
  const nested: number[] = [];
  const blocks: number[] = [];
  let blockStart = 0;
  let blockLength = 0;
  let lineNo = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    lineNo++;
    const length = end - start;
    if (length > MAX_LINE_LENGTH) long.push(lineNo);
    // Only the start of a line can nest; a long line is already refused.
    if (lineNesting(text.slice(start, Math.min(end, start + 256))) > MAX_BODY_NESTING) nested.push(lineNo);
    if (text.slice(start, end).trim() === '') blockLength = 0;
    else {
      if (blockLength === 0) blockStart = lineNo;
      blockLength += length + 1;
      if (blockLength > MAX_BLOCK_LENGTH && blocks[blocks.length - 1] !== blockStart) blocks.push(blockStart);
    }
    start = end + 1;
  }
  const some = (lines: number[], message: (line: number) => string): BodySlip[] => [
    ...lines.slice(0, SHOWN).map((line) => ({ line, message: message(line) })),
    ...(lines.length > SHOWN ? [{ line: lines[SHOWN]!, message: `and ${lines.length - SHOWN} more lines like line ${lines[0]}` }] : []),
  ];
  return [
    ...some(long, () => `the line is longer than ${MAX_LINE_LENGTH.toLocaleString('en')} characters; split it into paragraphs, with a blank line between them`),
    ...some(nested, () => `the line nests quotes or lists more than ${MAX_BODY_NESTING} levels deep (">", "-", "1." at its start); a practice needs at most 2`),
    ...some(blocks, () => `the paragraph, list or table starting here runs over ${MAX_BLOCK_LENGTH.toLocaleString('en')} characters without a blank line; split it with blank lines`),
  ].sort((a, b) => a.line - b.line);
}

/** The parsed tree held to the same nesting: quotes and lists, and elements of any kind. */
export function treeDepthProblems(tree: MdNode): BodySlip[] {
  const problems: BodySlip[] = [];
  // Containers above each node, found without recursion by keeping the count on the node.
  const containers = new Map<MdNode, number>();
  let deep: MdNode | undefined;
  let nested: MdNode | undefined;
  walkTree(tree, (node, depth) => {
    const own = (containers.get(node) ?? 0) + (node.type === 'blockquote' || node.type === 'list' ? 1 : 0);
    for (const child of node.children ?? []) containers.set(child, own);
    if (own > MAX_BODY_NESTING && !nested) nested = node;
    if (depth > MAX_TREE_DEPTH && !deep) deep = node;
  });
  if (nested) problems.push({ line: nested.position?.start.line ?? 1, message: `quotes and lists nest more than ${MAX_BODY_NESTING} levels deep here; a practice needs at most 2` });
  if (deep) problems.push({ line: deep.position?.start.line ?? 1, message: `elements nest more than ${MAX_TREE_DEPTH} levels deep here; write the text without nesting emphasis, links and elements inside each other` });
  return problems;
}
