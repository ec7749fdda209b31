/**
 * Pagefind's floor for a query: the fewest bytes any page on Pagefind must
 * fetch before it can show that query's first results, computed from the
 * built files as a server with gzip sends them. Pagefind's own files
 * (.pagefind, .pf_*) are gzipped already and go out as they are; its scripts
 * are gzipped by the server.
 *
 * floor = pagefind.js + pagefind-worker.js + the language's WebAssembly and
 * metadata + the query's word chunks + the fragments of the cards shown.
 * The word chunks and fragments are those the Atlas's page fetched before its
 * first results (scripts/measure-search.ts reads them from Resource Timing).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Floor {
  bytes: number;
  parts: Record<string, number>;
}

const gz = (path: string) => gzipSync(readFileSync(path)).length;
const size = (path: string) => (existsSync(path) ? statSync(path).size : 0);

export function pagefindFloor(dist: string, base: string, lang: string, chunkPaths: string[]): Floor {
  const pf = join(dist, 'pagefind');
  const entry = JSON.parse(readFileSync(join(pf, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; wasm?: string }> };
  const index = entry.languages[lang];
  if (!index) throw new Error(`Pagefind has no index for "${lang}"`);
  const local = (path: string) => join(dist, path.slice(base.length));
  const chunks = chunkPaths.filter((p) => p.includes('/pagefind/index/'));
  const fragments = chunkPaths.filter((p) => p.includes('/pagefind/fragment/'));
  const parts = {
    'pagefind.js': gz(join(pf, 'pagefind.js')),
    worker: gz(join(pf, 'pagefind-worker.js')),
    wasm: size(join(pf, `wasm.${index.wasm ?? 'unknown'}.pagefind`)),
    meta: size(join(pf, `pagefind.${index.hash}.pf_meta`)),
    [`word chunks (${chunks.length})`]: chunks.reduce((sum, p) => sum + size(local(p)), 0),
    [`fragments (${fragments.length})`]: fragments.reduce((sum, p) => sum + size(local(p)), 0),
  };
  return { bytes: Object.values(parts).reduce((a, b) => a + b, 0), parts };
}
