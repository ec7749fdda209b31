/**
 * Issue 19, item 2: the build enforces the body rules itself. Each hostile
 * file is compiled as the build compiles it (tests/support/astro-compile.ts:
 * Astro's frontmatter reader and the MDX renderer of the processor that
 * astro.config.mjs sets), with no check before it. Code is refused by the
 * compiler, at its line; content compiles; nothing runs.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { MarkdownProcessor } from '@astrojs/internal-helpers/markdown';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileAsAstro } from '../support/astro-compile.ts';
import { RAN_MARKER, hostileContent } from '../support/hostile-content.ts';
import { ROOT } from '../support/sites.ts';

/** Attacks whose body (or MDX layout) is code, or past the limits: the compiler itself must refuse them. */
const CODE = [
  'code-between-notes',
  'component',
  'data-image',
  'deep-elements',
  'deep-lists',
  'esm-export',
  'esm-import',
  'expression',
  'frontmatter-split',
  'iframe-element',
  'image-query',
  'javascript-definition',
  'javascript-link',
  'layout-field',
  'meta-refresh',
  'nested-quotes',
  'on-attribute',
  'protocol-relative-link',
  'script-element',
  'spread-attribute',
];

let practices: string;
beforeAll(() => {
  rmSync(RAN_MARKER, { force: true });
  practices = join(hostileContent('compile-guard'), 'practices');
});

describe('the compiler of the build', () => {
  it('refuses every body that is code, naming the file and the line, with the check skipped', async () => {
    const refused: Record<string, string> = {};
    for (const name of CODE) {
      const path = join(practices, name, 'index.mdx');
      const compiled = await compileAsAstro(readFileSync(path, 'utf8'), path);
      refused[name] = compiled.ok ? 'COMPILED' : compiled.error.split('\n')[1]!;
    }
    expect(refused).toMatchInlineSnapshot(`
      {
        "code-between-notes": "tests/.output/compile-guard/practices/code-between-notes/index.mdx:17: body: "{/* a note */ process.exit(1) /* another */}" is an expression (code), which a body may not contain; write the text itself, with \\{ for a brace, or a note as {/* note */}",
        "component": "tests/.output/compile-guard/practices/component/index.mdx:17: body: <Chart> is a component; bodies may use no components (see "What a body may contain" in CONTRIBUTING.md): write it in Markdown",
        "data-image": "tests/.output/compile-guard/practices/data-image/index.mdx:17: body: image "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" uses "data:"; images may use https:, http: or a file beside the practice such as ./chart.png",
        "deep-elements": "tests/.output/compile-guard/practices/deep-elements/index.mdx:15: body: elements nest more than 32 levels deep here; write the text without nesting emphasis, links and elements inside each other",
        "deep-lists": "tests/.output/compile-guard/practices/deep-lists/index.mdx:21: body: quotes and lists nest more than 6 levels deep here; a practice needs at most 2",
        "esm-export": "tests/.output/compile-guard/practices/esm-export/index.mdx:17: body: "export const ran = (await import('node:child_process')).e…" is code (import/export), which a body may not contain: a body is Markdown, and no components need importing; remove the line",
        "esm-import": "tests/.output/compile-guard/practices/esm-import/index.mdx:17: body: "import { readFileSync } from 'node:fs'" is code (import/export), which a body may not contain: a body is Markdown, and no components need importing; remove the line",
        "expression": "tests/.output/compile-guard/practices/expression/index.mdx:17: body: "{process.env.HOME}" is an expression (code), which a body may not contain; write the text itself, with \\{ for a brace, or a note as {/* note */}",
        "frontmatter-split": "tests/.output/compile-guard/practices/frontmatter-split/index.mdx:17: body: "export const ran = process.getBuiltinModule('node:fs').wr…" is code (import/export), which a body may not contain: a body is Markdown, and no components need importing; remove the line",
        "iframe-element": "tests/.output/compile-guard/practices/iframe-element/index.mdx:17: body: <iframe> is not allowed in a body; link to the page instead: [title](https://…). HTML elements allowed: <abbr>, <br>, <del>, <dfn>, <ins>, <kbd>, <mark>, <q>, <s>, <small>, <span>, <sub>, <sup>",
        "image-query": "tests/.output/compile-guard/practices/image-query/index.mdx:15: body: image "./chart.png?raw" has "?" in its path, which the build reads as an instruction, not as part of the name; rename the file with letters, digits and "-" only, such as "./chart.png"",
        "javascript-definition": "tests/.output/compile-guard/practices/javascript-definition/index.mdx:19: body: link "JaVaScRiPt:alert(1)" uses "javascript:"; links may use https:, http:, mailto: or a relative path such as ./report.pdf",
        "javascript-link": "tests/.output/compile-guard/practices/javascript-link/index.mdx:17: body: link "javascript:alert(document.domain)" uses "javascript:"; links may use https:, http:, mailto: or a relative path such as ./report.pdf",
        "layout-field": "tests/.output/compile-guard/practices/layout-field/index.mdx:1: layout: "../../../../src/layouts/BaseLayout.astro": a practice has no "layout" (it would import code into the page); remove the field",
        "meta-refresh": "tests/.output/compile-guard/practices/meta-refresh/index.mdx:17: body: <meta> is not allowed in a body; remove it: the site sets every page's metadata. HTML elements allowed: <abbr>, <br>, <del>, <dfn>, <ins>, <kbd>, <mark>, <q>, <s>, <small>, <span>, <sub>, <sup>",
        "nested-quotes": "tests/.output/compile-guard/practices/nested-quotes/index.mdx:17: body: the line is longer than 5,000 characters; split it into paragraphs, with a blank line between them",
        "on-attribute": "tests/.output/compile-guard/practices/on-attribute/index.mdx:17: body: <abbr onmouseover=…>: "onmouseover" runs code when something happens, and no "on…" attribute is allowed; remove it",
        "protocol-relative-link": "tests/.output/compile-guard/practices/protocol-relative-link/index.mdx:17: body: link "//evil.example/report" leaves out the scheme; write the full address, https://evil.example/report",
        "script-element": "tests/.output/compile-guard/practices/script-element/index.mdx:17: body: <script> is not allowed in a body; remove it: a body cannot run code. HTML elements allowed: <abbr>, <br>, <del>, <dfn>, <ins>, <kbd>, <mark>, <q>, <s>, <small>, <span>, <sub>, <sup>",
        "spread-attribute": "tests/.output/compile-guard/practices/spread-attribute/index.mdx:17: body: <abbr {...globalThis}> spreads code into attributes, which a body may not contain; remove it",
      }
    `);
    expect(existsSync(RAN_MARKER)).toBe(false);
  });

  it('compiles content: every practice of the fixture site and of the Atlas', async () => {
    const files = ['tests/fixtures/content/practices', 'content/practices'].flatMap((dir) =>
      readdirSync(join(ROOT, dir), { withFileTypes: true }).map((e) => join(ROOT, dir, e.name, e.isDirectory() ? 'index.mdx' : '')).filter((p) => p.endsWith('.mdx')),
    );
    expect(files.length).toBeGreaterThan(60);
    const failed: string[] = [];
    for (const path of files) {
      const compiled = await compileAsAstro(readFileSync(path, 'utf8'), path);
      if (!compiled.ok) failed.push(`${path}: ${compiled.error}`);
    }
    expect(failed).toEqual([]);
  });

  it('refuses raw HTML in the Markdown that the loader renders (context.renderMarkdown)', async () => {
    const config = (await import('../../astro.config.mjs')).default as { markdown: { processor: MarkdownProcessor<object> } };
    const renderer = await config.markdown.processor.createRenderer({} as never);
    const render = (text: string) =>
      renderer.render(text, { fileURL: new URL('file:///practice.mdx') } as never).then(
        () => 'rendered',
        (error: Error) => error.message.split('\n')[1],
      );
    expect(await render('## Context\n\nA paragraph.')).toBe('rendered');
    expect(await render('## Context\n\n<img src=x onerror="alert(1)">')).toMatchInlineSnapshot(`"/practice.mdx:3: body: raw HTML "<img src=x onerror=\\"alert(1)\\">" is not allowed; write it in Markdown"`);
    expect(await render('[a](javascript:alert(1))')).toMatchInlineSnapshot(`"/practice.mdx:1: body: link "javascript:alert(1)" uses "javascript:"; links may use https:, http:, mailto: or a relative path such as ./report.pdf"`);
  });
});
