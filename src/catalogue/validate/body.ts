/**
 * The body of a practice: parsed as MDX with Sätteri (the parser of Astro's
 * MDX integration, so the check sees exactly what the build would), then
 * checked for code (body-safety.ts), headings and the suggested sections.
 */
import { mdxToMdast } from 'satteri';
import type { Problem } from '../problem.ts';
import { bodyShapeProblems, treeDepthProblems } from './body-limits.ts';
import { bodySafetyProblems } from './body-safety.ts';
import { walkTree, type MdNode } from './md-node.ts';
import type { Lang } from '../../i18n/locales.ts';
import { SECTION_NAMES } from '../../i18n/sections.ts';

export { SECTION_NAMES, SUGGESTED_SECTIONS } from '../../i18n/sections.ts';

/** An image written in the body as `![alt](./file.jpg)` (or a reference to a definition). */
export interface BodyImage {
  url: string;
  alt: string;
  /** 1-based line in the file. */
  line: number;
}

/** Every image of the body, references resolved to their definitions. */
function bodyImages(tree: MdNode, bodyLine: number): BodyImage[] {
  const definitions = new Map<string, string>();
  const found: { node: MdNode; url?: string }[] = [];
  walkTree(tree, (node) => {
    if (node.type === 'definition' && node.identifier && node.url !== undefined) definitions.set(node.identifier, node.url);
    if (node.type === 'image') found.push({ node, url: node.url ?? '' });
    if (node.type === 'imageReference') found.push({ node });
  });
  return found.flatMap(({ node, url }) => {
    const resolved = url ?? definitions.get(node.identifier ?? '');
    // An undefined reference renders as text, not as an image.
    if (resolved === undefined) return [];
    return [{ url: resolved, alt: node.alt ?? '', line: (node.position?.start.line ?? 1) + bodyLine - 1 }];
  });
}

function sectionProblems(tree: MdNode, body: string, bodyLine: number, file: string, language: Lang, names: Record<Lang, readonly string[]>): Problem[] {
  const problems: Problem[] = [];
  const headings = (tree.children ?? []).filter((n) => n.type === 'heading');
  for (const h of headings) {
    if (h.depth === 1) {
      problems.push({
        file,
        line: (h.position?.start.line ?? 1) + bodyLine - 1,
        field: 'body',
        severity: 'error',
        message: 'has a "#" heading; the title is the page\'s only top heading, so start sections at "##"',
      });
    }
  }
  const titles = headings
    .filter((h) => h.depth === 2)
    .map((h) => (h.children ?? []).map((c) => c.value ?? '').join('').trim().toLowerCase());
  const sections = names[language];
  // A heading counts when it starts with the section's name ("Challenges and
  // what did not work" is the Challenges section).
  const missing = sections.filter((s) => !titles.some((t) => t.startsWith(s.toLowerCase())));
  if (missing.length && body.trim()) {
    problems.push({
      file,
      line: bodyLine,
      field: 'body',
      severity: 'warning',
      message: `has no section ${missing.map((m) => `"## ${m}"`).join(', ')}; readers look for these sections in this order: ${sections.join(', ')}`,
    });
  }
  return problems;
}

export interface CheckedBody {
  problems: Problem[];
  images: BodyImage[];
  /** The parsed tree, undefined when the body is not valid MDX. */
  tree?: MdNode | undefined;
}

/**
 * Parses and checks a body. `bodyLine` is the file line on which the body
 * starts; `sections`, the suggested sections (a practice's unless given).
 */
export function checkBody(body: string, bodyLine: number, file: string, language: Lang = 'en', sections: Record<Lang, readonly string[]> = SECTION_NAMES): CheckedBody {
  const at = (line: number) => ({ file, line: line + bodyLine - 1, field: 'body', severity: 'error' as const });
  // Before any parser reads it: a body past these limits could take minutes to parse.
  const shape = bodyShapeProblems(body);
  if (shape.length) return { images: [], problems: shape.map((s) => ({ ...at(s.line), message: s.message })) };
  let tree: MdNode;
  try {
    tree = mdxToMdast(body) as MdNode;
  } catch (error) {
    const message = (error as Error).message;
    const at = /^(\d+):(\d+): /.exec(message);
    return {
      images: [],
      problems: [
        {
          file,
          line: at ? Number(at[1]) + bodyLine - 1 : bodyLine,
          field: 'body',
          severity: 'error',
          message:
            `is not valid MDX: ${message.replace(/^\d+:\d+: /, '').replace(/ \(\d+:\d+\)/, '')}` +
            '. In MDX, "<" and "{" start code: write them as \\< and \\{ in text',
        },
      ],
    };
  }
  return {
    tree,
    images: bodyImages(tree, bodyLine),
    problems: [
      ...treeDepthProblems(tree).map((s) => ({ ...at(s.line), message: s.message })),
      ...bodySafetyProblems(tree, file, bodyLine - 1),
      ...sectionProblems(tree, body, bodyLine, file, language, sections),
    ],
  };
}
