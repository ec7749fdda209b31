/** Result and embed links stay on the Atlas, under its base path. */
import { describe, expect, it } from 'vitest';
import { safeResultUrl } from '../../src/search/safe-result-url.ts';

const site = { origin: 'https://atlas.example.org', base: '/hub/' };

describe('safeResultUrl', () => {
  it('resolves links of the site, relative or absolute, with their query and fragment', () => {
    expect(safeResultUrl('/hub/practices/a/', site)).toBe('https://atlas.example.org/hub/practices/a/');
    expect(safeResultUrl('practices/a/?q=x#results', site)).toBe('https://atlas.example.org/hub/practices/a/?q=x#results');
    expect(safeResultUrl('https://atlas.example.org/hub/fr/search/', site)).toBe('https://atlas.example.org/hub/fr/search/');
    expect(safeResultUrl('/hub/', site)).toBe('https://atlas.example.org/hub/');
    expect(safeResultUrl('/practices/a/', { origin: site.origin, base: '/' })).toBe('https://atlas.example.org/practices/a/');
  });

  it('refuses other origins, other schemes, and paths out of the base', () => {
    const refused = [
      'https://evil.example/hub/practices/a/',
      '//evil.example/hub/',
      '/\\evil.example/hub/',
      '\\\\evil.example/hub/',
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'https://atlas.example.org@evil.example/hub/',
      'https://user:pass@atlas.example.org/hub/',
      'http://atlas.example.org/hub/',
      'https://atlas.example.org:8443/hub/',
      '/other/',
      '/hubx/',
      '/hub/../admin/',
      '/hub/%2e%2e/admin/',
      '/hub/..%2fadmin/',
      '/hub/%5c..%5cadmin/',
      'http://[::1',
    ];
    for (const href of refused) expect(safeResultUrl(href, site), href).toBeUndefined();
  });
});
