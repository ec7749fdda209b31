import { describe, expect, it } from 'vitest';
import { parseEmbedParams } from '../../src/search/embed-params.ts';
import { embedSnippet } from '../../src/search/embed-snippet.ts';

const SCRIPT = 'https://atlas.example.org/embed.js';

describe('embedSnippet', () => {
  it('is a div with data attributes and one script tag', () => {
    expect(embedSnippet({}, SCRIPT)).toBe(`<div data-practice-atlas></div>\n<script src="${SCRIPT}" async></script>`);
    const p = parseEmbedParams('objective=23&objective=5&region=africa&layout=cards&search=1&theme=dark&lang=fr&target=top&limit=5');
    expect(embedSnippet(p, SCRIPT)).toBe(
      '<div data-practice-atlas data-objective="23 5" data-region="africa" data-layout="cards" data-limit="5" data-search="1" data-theme="dark" data-lang="fr" data-target="top"></div>\n' +
        `<script src="${SCRIPT}" async></script>`,
    );
  });

  it('escapes search text, which is the only free text', () => {
    const p = parseEmbedParams('q="><script>alert(1)</script>');
    expect(embedSnippet(p, SCRIPT)).toContain('data-q="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });
});
