import type { ManifestBody, ManifestPractice } from '../catalogue/manifest.ts';
import { useTranslations } from '../i18n/index.ts';
import type { Lang } from '../i18n/locales.ts';
import { escapeXml as escape } from '../publishing/feeds/escape-xml.ts';
import { mdxSourceHtml } from './mdx-source-html.ts';

/** What a record document needs of a practice: its manifest entry (src/catalogue/manifest.ts). */
export type RecordSource = Pick<ManifestPractice, 'slug' | 'lang' | 'title' | 'summary' | 'path' | 'record' | 'coverAlt' | 'resources' | 'body'>;

/**
 * A practice's record in one reader language's Pagefind index, as the HTML
 * document Pagefind's Node API reads (`addHTMLFile`), generated from the
 * manifest, every value escaped. Pagefind gives it what it gives a page:
 * stemming in the index's language (`<html lang>`), the title, sub-results
 * per section of the body (its headings carry the page's own ids, so a
 * result links to the section on the practice page), filters, sort keys
 * and metadata. The searchable text is what the practice page shows of the
 * practice: title, summary, cover text, body and resources.
 *
 * In the index of another language than the practice's (a language in which
 * it has no version of its own), the record has a URL of its own
 * (`?lang=`: the page ignores the query, cards drop it), and the place and
 * the searchable labels in that language.
 */
export function recordDocument(practice: RecordSource, lang: Lang): { url: string; content: string } {
  const { record } = practice;
  const labels = record.inLanguage[lang];
  if (!labels) throw new Error(`${practice.slug} is not listed in the search of ${lang} (listedIn: ${record.listedIn.join(', ')}).`);
  const span = (attribute: string, name: string, value: string) => `<span ${attribute}="${escape(name)}">${escape(value)}</span>`;
  const hidden = [
    ...Object.entries(record.filters).flatMap(([name, values]) => values.map((value) => span('data-pagefind-filter', name, value))),
    ...record.listedIn.map((l) => span('data-pagefind-filter', 'listedIn', l)),
    ...Object.entries(record.sort).map(([name, value]) => span('data-pagefind-sort', name, value)),
    ...Object.entries({ ...record.meta, ...labels }).map(([name, value]) => span('data-pagefind-meta', name, value)),
  ];
  const t = useTranslations(practice.lang);
  const domain = (url: string) => (URL.canParse(url) ? new URL(url).hostname.replace(/^www\./, '') : '');
  const resources = practice.resources.length
    ? `<section><h2 id="resources-title">${escape(t('practice.resources'))}</h2><ul>${practice.resources
        .map((r) => `<li>${escape(r.title)} ${r.type ? `(${escape(r.type)}) ` : ''}${escape(domain(r.url))}</li>`)
        .join('')}</ul></section>`
    : '';
  const content = [
    `<!doctype html><html lang="${escape(lang)}"><head><title>${escape(practice.title)}</title></head><body><article data-pagefind-body>`,
    `<div hidden data-pagefind-ignore>${hidden.join('')}</div>`,
    `<h1 data-pagefind-meta="title">${escape(practice.title)}</h1>`,
    `<p>${escape(practice.summary)}</p>`,
    practice.coverAlt ? `<p>${escape(practice.coverAlt)}</p>` : '',
    `<div>${bodyHtml(practice.body)}</div>`,
    resources,
    '</article></body></html>',
  ].join('\n');
  return { url: lang === practice.lang ? practice.path : `${practice.path}?lang=${lang}`, content };
}

/**
 * The body's HTML: as Astro's renderer made it (the content rules admit no
 * raw HTML, so it holds only what Markdown makes, its text escaped), or made
 * here from the source of an MDX body.
 */
function bodyHtml(body: ManifestBody): string {
  return 'html' in body ? body.html : mdxSourceHtml(body.mdx);
}
