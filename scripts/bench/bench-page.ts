import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withTrailingSlash } from '../../src/i18n/base-path.ts';

/**
 * A comparison page of `npm run bench`, written into a built site at `path`
 * for the bench only (never part of `npm run build`): Pagefind's own UI, its
 * stylesheet and script from the bundle, and an `init.js` that runs the
 * query of the URL and sets the `search:results` mark.
 */
export function writeBenchPage(dist: string, base: string, path: string, page: { title: string; ui: 'ui' | 'component-ui'; body: string; init: string }): string {
  const dir = join(dist, path);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const b = withTrailingSlash(base);
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title>
<link href="${b}pagefind/pagefind-${page.ui}.css" rel="stylesheet">
<script src="${b}pagefind/pagefind-${page.ui}.js"></script>
<script src="${b}${path}init.js" defer></script>
</head>
<body>
<main>
<h1>Search</h1>
<p id="search-status" role="status"></p>
${page.body}
</main>
</body>
</html>
`,
  );
  writeFileSync(join(dir, 'init.js'), page.init);
  return dir;
}

export function removeBenchPage(dist: string, path: string): void {
  rmSync(join(dist, path), { recursive: true, force: true });
}
