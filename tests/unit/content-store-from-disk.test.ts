import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { storeModuleFromDisk } from '../../src/publishing/integrations/content-store-from-disk.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A store as Astro writes it (devalue's flattened form), with text outside Latin-1 and characters JSON escapes.
const store = JSON.stringify([['Map', 1, 2], 'practices', { html: '<p>L’OIM — “Quote” \\ "x"\n</p>' }]);

describe('storeModuleFromDisk (the server build reads the content store from its file)', () => {
  it('turns the module Astro generates into one that reads the same store from its file', async () => {
    const file = join(dir, 'data-store.json');
    writeFileSync(file, store);
    // The module as astro/dist/content/vite-plugin-content-virtual-mod.js generates it for a single-file store.
    const astroModule = `export default JSON.parse(${JSON.stringify(store)})`;
    const code = storeModuleFromDisk(astroModule, file);
    expect(code).toBeDefined();
    expect(code).not.toContain('OIM');
    const module = join(dir, 'store-module.mjs');
    writeFileSync(module, code!);
    const inlined = join(dir, 'inlined-module.mjs');
    writeFileSync(inlined, astroModule);
    const [fromDisk, fromCode] = await Promise.all([import(pathToFileURL(module).href), import(pathToFileURL(inlined).href)]);
    expect(fromDisk.default).toEqual(fromCode.default);
    expect(fromDisk.default[2].html).toBe('<p>L’OIM — “Quote” \\ "x"\n</p>');
  });

  it('leaves the module of an empty store as it is', () => {
    expect(storeModuleFromDisk('export default new Map()', join(dir, 'data-store.json'))).toBe('export default new Map()');
  });

  it('leaves modules of any other shape alone: a chunked store, or code around the literal', () => {
    expect(storeModuleFromDisk('export default{"practices":[(await import("astro:data-layer-content-chunk:0123456789abcdef.txt"))]}', 'x')).toBeUndefined();
    expect(storeModuleFromDisk('const x = 1;\nexport default JSON.parse("[]")', 'x')).toBeUndefined();
  });
});
