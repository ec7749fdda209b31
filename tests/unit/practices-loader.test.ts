/**
 * The loader's two decisions that no build test sees directly: drafts by
 * Astro's mode, and bodies it hands to Astro's Markdown renderer without a
 * second parse (plain-markdown.ts, `PARTING`).
 */
import { describe, expect, it } from 'vitest';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { publishesDrafts } from '../../src/catalogue/loaders/drafts.ts';
import { plainMarkdown } from '../../src/catalogue/loaders/plain-markdown.ts';
import type { MdNode } from '../../src/catalogue/validate/md-node.ts';

describe('drafts', () => {
  it('are published in development mode only', () => {
    expect(publishesDrafts('development')).toBe(true);
    expect(publishesDrafts('production')).toBe(false);
    expect(publishesDrafts('test')).toBe(false);
    expect(publishesDrafts(undefined)).toBe(false);
  });
});

/** A tree without positions, adjacent texts joined. */
function bare(node: MdNode & Record<string, unknown>): unknown {
  const { position: _p, children, ...rest } = node;
  if (!children) return rest;
  const kids: unknown[] = [];
  for (const child of children) {
    const last = kids.at(-1) as { type?: string; value?: string } | undefined;
    if (child.type === 'text' && last?.type === 'text') last.value = (last.value ?? '') + (child.value ?? '');
    else kids.push(bare(child as MdNode & Record<string, unknown>));
  }
  return { ...rest, children: kids };
}

// Everything the editors' guide lets a body hold, with none of < { } tab or
// four spaces: Markdown and MDX must read each the same, which is what lets
// the loader skip the comparing parse.
const PLAIN_BODIES = {
  sections: '\n## Context\n\nText with *emphasis*, **strong**, ~~struck~~ and `code`.\n\n### Detail\n\nMore.\n',
  lists: '\n- one\n- two\n  - nested by two spaces\n  - again\n\n1. first\n2. second\n   continued by three spaces\n',
  links: '\nSee [the report](https://example.org/report "Report"), www.example.org and https://example.org/x.\n\n[ref]: https://example.org/ref\n\nA [reference][ref].\n',
  tables: '\n| Year | People |\n| ---- | -----: |\n| 2021 | 1,200 |\n| 2022 | 3,400 |\n',
  footnotes: '\nA claim.[^1]\n\n[^1]: The source, with *emphasis*.\n',
  quotes: '\n> A quote,\n> on two lines.\n\n---\n\nAfter a rule.\n',
  escapes: '\nStars \\* and underscores \\_ stay, as do &amp; &eacute; and a hard\\\nbreak; snake_case_words too.\n',
  images: '\n![A map of the region](./map.jpg)\n',
};

describe('plain Markdown without the comparing parse', () => {
  for (const [name, body] of Object.entries(PLAIN_BODIES)) {
    it(`${name}: MDX and Markdown read the same tree, and the body is kept as written`, () => {
      const mdx = mdxToMdast(body) as MdNode;
      expect(bare(markdownToMdast(body) as MdNode & Record<string, unknown>)).toEqual(bare(mdx as MdNode & Record<string, unknown>));
      expect(plainMarkdown(body, mdx)).toBe(body);
    });
  }

  it('still compares where the two part, and refuses what Markdown reads otherwise', () => {
    const indented = '\n## Context\n\n    four spaces: code in Markdown, text in MDX\n';
    expect(plainMarkdown(indented, mdxToMdast(indented) as MdNode)).toBeUndefined();
    const autolink = '\nSee <https://example.org>.\n';
    expect(() => mdxToMdast(autolink)).toThrow();
  });
});
