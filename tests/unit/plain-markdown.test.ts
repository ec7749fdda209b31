/**
 * Which bodies the build renders as plain Markdown in the content layer, and
 * which keep Astro's MDX compiler: the two must give the same page.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { frontmatterYaml, type ScaffoldInput } from '../../src/editor/scaffold-practice.ts';
import { validatePractices } from '../../src/catalogue/validate-practices.ts';
import { plainMarkdown } from '../../src/catalogue/loaders/plain-markdown.ts';
import { scaffoldInput } from '../support/practice-entry.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

const input: ScaffoldInput = scaffoldInput();

/** The plain Markdown the validator gives for a body, or undefined. */
async function markdownOf(body: string, withMarkdown = true): Promise<string | undefined> {
  const root = mkdtempSync(join(tmpdir(), 'atlas-markdown-'));
  temps.push(root);
  mkdirSync(join(root, 'practices', 'desk'), { recursive: true });
  writeFileSync(join(root, 'practices', 'desk', 'index.mdx'), `---\n${frontmatterYaml(input)}---\n${body}`);
  const { practices, problems } = await validatePractices({ dir: join(root, 'practices'), markdown: withMarkdown ? plainMarkdown : undefined });
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return practices[0]!.markdown;
}

describe('plain Markdown bodies', () => {
  it('are the body itself when it uses Markdown only', async () => {
    const body = '\n## Context\n\nText with **bold**, a [link](https://example.org), \\< and \\{.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nA note.[^1]\n\n[^1]: Footnote.\n';
    expect(await markdownOf(body)).toBe(body);
  });

  it('lose their MDX comments, which render nothing', async () => {
    expect(await markdownOf('\n## Context\n\n{/* What was the situation? */}\n\nText {/* inline */} more.\n')).toBe('\n## Context\n\n\n\nText  more.\n');
  });

  // Expressions, imports and exports never get this far: they are errors (body-safety.test.ts).
  it('are not given for the safe HTML elements (JSX in MDX) or indented code', async () => {
    expect(await markdownOf('\n## Context\n\nSee the <abbr title="x">GCM</abbr>.\n')).toBeUndefined();
    expect(await markdownOf('\n## Context\n\n    indented is code in Markdown, text in MDX\n')).toBeUndefined();
  });

  it('are only worked out when the loader asks', async () => {
    expect(await markdownOf('\n## Context\n\nText.\n', false)).toBeUndefined();
  });
});
