import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';

/**
 * What a page that runs Pagefind needs to know about the built bundle to
 * start fetching it at once: the cache tag of `pagefind-entry.json` and, per
 * language, the hashed metadata file and the WebAssembly file. Without it the
 * browser learns these names one round trip at a time (pagefind.js, then the
 * entry, then the metadata and the WebAssembly).
 */
export interface PagefindBundle {
  /** Passed to Pagefind as `metaCacheTag`: the entry's URL is then `pagefind-entry.json?ts=<tag>`. */
  tag: string;
  langs: Record<string, { meta: string; wasm: string }>;
}

/** The attribute value the search and embed pages carry until the build knows the bundle. */
export const BUNDLE_PLACEHOLDER = '__PAGEFIND_BUNDLE__';

interface EntryJson {
  version?: string;
  languages?: Record<string, { hash?: string; wasm?: string }>;
}

export function readBundle(entryText: string): PagefindBundle {
  const entry = JSON.parse(entryText) as EntryJson;
  const langs: PagefindBundle['langs'] = {};
  for (const [lang, index] of Object.entries(entry.languages ?? {})) {
    if (!index.hash) continue;
    langs[lang] = { meta: `pagefind.${index.hash}.pf_meta`, wasm: `wasm.${index.wasm ?? 'unknown'}.pagefind` };
  }
  const tag = createHash('sha256').update(entryText).digest('hex').slice(0, 12);
  return { tag, langs };
}

/** Pagefind's files are gzipped and start with a signature once unzipped. */
function decodePagefindFile(content: Uint8Array): unknown {
  let data = Buffer.from(content);
  if (data.subarray(0, 12).toString('utf8') !== 'pagefind_dcd') data = gunzipSync(data);
  if (data.subarray(0, 12).toString('utf8') !== 'pagefind_dcd') throw new Error('not a Pagefind file');
  return JSON.parse(data.subarray(12).toString('utf8'));
}

interface Fragment {
  url: string;
}
const isFragment = (value: unknown): value is Fragment =>
  !!value && typeof value === 'object' && typeof (value as Fragment).url === 'string';

/**
 * Each search result's page, by the id Pagefind gives the result (its
 * fragment's hash): the search page's download turns results into practices
 * with it, instead of fetching one fragment per result. Fragments are single
 * files, or groups of them on large sites (`maxFragments`).
 */
export function resultUrls(files: { path: string; content: Uint8Array }[]): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const file of files) {
    const match = /(?:^|\/)fragment\/([^/]+)\.pf_fragment$/.exec(file.path.replace(/\\/g, '/'));
    if (!match) continue;
    const decoded = decodePagefindFile(file.content);
    // A practice's copy in another language's index has `?lang=` on its URL: the page is the same.
    const page = (url: string) => url.replace(/\?.*$/, '');
    if (isFragment(decoded)) urls[match[1]!] = page(decoded.url);
    else if (decoded && typeof decoded === 'object') {
      for (const [hash, fragment] of Object.entries(decoded)) if (isFragment(fragment)) urls[hash] = page(fragment.url);
    }
  }
  return urls;
}
