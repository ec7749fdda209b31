/**
 * The headers that embeds, feeds and cross-site search depend on, and their
 * nginx and Apache versions in docs/hosting.md, which must not drift.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/catalogue/content-paths.ts';
import { headerRules, headersFor, policyForPath } from '../../src/publishing/security-headers.ts';

const docs = readFileSync(join(projectRoot, 'docs', 'hosting.md'), 'utf8');
const strict = policyForPath('/practices/a/');
const search = policyForPath('/search/');
const framable = policyForPath('/embed/');
const pagefind = policyForPath('/pagefind/pagefind.js');

describe('headers for partners', () => {
  const rules = headerRules('/', ['embed', 'embed/builder', 'api', 'feeds', 'pagefind', 'practices', 'search'], ['index.html', 'embed.js', 'embed/index.html']);

  it('let any site frame /embed/ and only the Atlas frame the rest, the embed builder too', () => {
    expect(headersFor(rules, '/embed/')['Content-Security-Policy']).toBe(framable);
    expect(headersFor(rules, '/embed/builder/')['Content-Security-Policy']).toBe(strict);
    expect(headersFor(rules, '/search/')['Content-Security-Policy']).toBe(search);
    expect(headersFor(rules, '/')['Content-Security-Policy']).toBe(strict);
  });

  it('let partner sites read embed.js, feeds, open data and the search index', () => {
    for (const path of ['/embed.js', '/feeds/practices.xml', '/api/practices.csv', '/pagefind/pagefind-entry.json']) {
      expect(headersFor(rules, path)['Access-Control-Allow-Origin'], path).toBe('*');
    }
    expect(headersFor(rules, '/embed/')['Access-Control-Allow-Origin']).toBeUndefined();
    expect(headersFor(rules, '/search/')['Access-Control-Allow-Origin']).toBeUndefined();
  });
});

describe('docs/hosting.md', () => {
  const count = (text: string) => docs.split(text).length - 1;

  it('gives the same policies as the build, for nginx and Apache', () => {
    // Once in the explanation, once for nginx, once for Apache (strict: twice for nginx, the default and the builder).
    expect(count(strict)).toBe(4);
    expect(count(search)).toBe(3);
    expect(count(framable)).toBe(3);
    expect(count(pagefind)).toBe(3);
    expect(docs).toContain('add_header Content-Security-Policy $atlas_csp always;');
    expect(docs).toMatch(/Header always set Access-Control-Allow-Origin "\*" "expr=.*api\|feeds\|pagefind.*embed\.js/);
  });

  it('documents merging the Atlas index with mergeIndex', () => {
    expect(docs).toContain("pagefind.mergeIndex('https://atlas.example.org/pagefind/'");
    expect(docs).toContain('Access-Control-Allow-Origin: *');
  });
});
