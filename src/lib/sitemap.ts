/**
 * A sitemap of a built site's pages. Search, embeds and the 404 page are left
 * out: they are not documents to index. Drafts never reach the production
 * build, so they cannot appear here.
 */
const EXCLUDED = /^(404\.html|search\/|embed\/|fr\/search\/|es\/search\/)/;

export function sitemapXml(htmlFiles: string[], origin: string, base: string): string {
  const prefix = origin.replace(/\/+$/, '') + (base.endsWith('/') ? base : base + '/');
  const urls = htmlFiles
    .filter((f) => f.endsWith('.html') && !EXCLUDED.test(f))
    .map((f) => prefix + f.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    urls.map((u) => `  <url><loc>${escape(u)}</loc></url>`).join('\n') +
    '\n</urlset>\n'
  );
}
