/**
 * What a body may contain (CONTRIBUTING, "What a body may contain"): the
 * Markdown people write is accepted as it is; code and what could mislead
 * are refused at their line, with the Markdown to write instead. The attacks
 * themselves are pinned in hostile-content.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { checkBody } from '../../src/catalogue/validate/body.ts';
import { urlScheme } from '../../src/catalogue/validate/body-safety.ts';

const errorsOf = (body: string) => checkBody(body, 10, 'x.mdx').problems.filter((p) => p.severity === 'error').map((p) => `${p.line}: ${p.message}`);

describe('a body', () => {
  it('may use Markdown, GFM, notes, the safe elements, and https, http, mailto and relative links', () => {
    const body = [
      '## Context',
      '',
      'Text with **bold**, *italics*, `code`, ~~struck~~, a [link](https://www.iom.int/), [another](http://example.gov.sl/),',
      'an [address](mailto:desk@ministry.gov.sl), a [file](./annex.pdf), an [anchor](#results) and https://www.ilo.org/ as it is.',
      '',
      '{/* A note for editors, which renders nothing. */}',
      '',
      '| Year | Arrivals |',
      '| ---- | -------- |',
      '| 2019 | 1,200    |',
      '',
      '- [x] done',
      '',
      'H<sub>2</sub>O, m<sup>2</sup>, <abbr title="International Organization for Migration">IOM</abbr>, <span lang="fr">laissez-passer</span>, <kbd>Ctrl</kbd>, <mark>new</mark><br />',
      '',
      'A note.[^1]',
      '',
      '[^1]: The footnote, with a [reference link][ref].',
      '',
      '[ref]: https://www.iom.int/report',
    ].join('\n');
    expect(errorsOf(body)).toEqual([]);
  });

  it('is refused, at the line, for code and for HTML that loads, runs or styles', () => {
    expect(errorsOf('Text.\n\n<style>{`body{display:none}`}</style>\n\n<a href="https://evil.example">x</a> <img src="x.png" alt="" />\n\n<span style="color:red" lang={x}>y</span>')).toMatchInlineSnapshot(`
      [
        "12: <style> is not allowed in a body; remove it: the site styles every page. HTML elements allowed: <abbr>, <br>, <del>, <dfn>, <ins>, <kbd>, <mark>, <q>, <s>, <small>, <span>, <sub>, <sup>",
        "12: "{\`body{display:none}\`}" is an expression (code), which a body may not contain; write the text itself, with \\{ for a brace, or a note as {/* note */}",
        "14: <a> is not allowed in a body; write a link as [text](https://…). HTML elements allowed: <abbr>, <br>, <del>, <dfn>, <ins>, <kbd>, <mark>, <q>, <s>, <small>, <span>, <sub>, <sup>",
        "14: <img> is not allowed in a body; write an image as ![what it shows](./file.jpg), with the file beside the practice. HTML elements allowed: <abbr>, <br>, <del>, <dfn>, <ins>, <kbd>, <mark>, <q>, <s>, <small>, <span>, <sub>, <sup>",
        "16: <span style=…>: "style" is not allowed on <span>; allowed: lang",
        "16: <span lang={…}>: a value in braces is code; write lang="text"",
      ]
    `);
  });

  it('reads a scheme as a browser does', () => {
    expect(urlScheme('JaVaScRiPt:alert(1)')).toBe('javascript:');
    expect(urlScheme(' \u0001java\tscript:alert(1)')).toBe('javascript:');
    expect(urlScheme('./file:name.pdf')).toBeUndefined();
    expect(urlScheme('#results')).toBeUndefined();
  });
});

describe('CONTRIBUTING, "What a body may contain"', () => {
  it('lists exactly the elements, attributes, schemes and components the check allows', async () => {
    const { readFileSync } = await import('node:fs');
    const { SAFE_ELEMENTS, LINK_SCHEMES, IMAGE_SCHEMES, BODY_COMPONENTS } = await import('../../src/catalogue/validate/body-safety.ts');
    const text = readFileSync('CONTRIBUTING.md', 'utf8');
    const section = text.slice(text.indexOf('## What a body may contain'));
    const listed = section.slice(0, section.indexOf('Refused'));
    const elements = [...listed.matchAll(/`<([a-z]+)[ >]/g)].map((m) => m[1]);
    expect(new Set(elements)).toEqual(new Set(Object.keys(SAFE_ELEMENTS)));
    for (const scheme of [...LINK_SCHEMES, ...IMAGE_SCHEMES]) expect(listed).toContain(`\`${scheme}\``);
    expect(BODY_COMPONENTS).toEqual([]);
    expect(listed).toContain('**Components**: none');
  });
});
