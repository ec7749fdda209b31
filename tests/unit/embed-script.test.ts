/**
 * /embed.js is hand-written (no build step): these checks keep it small and
 * in step with the embed page.
 */
import { parseEmbedParams } from '../../src/search/embed-params.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/catalogue/content-paths.ts';
import { FILTER_NAMES } from '../../src/search/search-record.ts';
import { HEIGHT_MESSAGE } from '../../src/client/embed/report-height.ts';

const source = readFileSync(join(projectRoot, 'public', 'embed.js'), 'utf8');

describe('embed.js', () => {
  it('is at most 2 KB gzipped', () => {
    expect(gzipSync(source, { level: 9 }).length).toBeLessThanOrEqual(2048);
  });

  it('reads the height message the embed page sends, and checks origin and source', () => {
    expect(source).toContain(`'${HEIGHT_MESSAGE}'`);
    expect(source).toMatch(/event\.origin !== origin/);
    expect(source).toMatch(/event\.source !== frame\.contentWindow/);
  });

  it('passes every filter of /search/ through', () => {
    const lists = /var LISTS = \/\^\(([^)]+)\)\$\//.exec(source)?.[1]?.split('|');
    expect(lists?.sort()).toEqual([...FILTER_NAMES].sort());
  });

  it('passes every other parameter of /embed/ through', () => {
    const singles = /var SINGLE = \/\^\(([^)]+)\)\$\//.exec(source)?.[1]?.split('|');
    const options = Object.keys(parseEmbedParams('')).filter((k) => k !== 'filters').map((k) => (k === 'colorScheme' ? 'theme' : k));
    // `theme` (the colour scheme) shares its name with the theme filter, a list.
    expect(singles?.sort()).toEqual(options.filter((k) => k !== 'theme').sort());
  });

  it('has no dependency and no markup injection', () => {
    expect(source).not.toMatch(/\bimport\b|\brequire\(/);
    expect(source).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
  });
});
