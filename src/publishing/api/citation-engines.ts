import CSL from 'citeproc';
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CitationRecord } from './citation-record.ts';

/** What @citation-js/plugin-csl registers: its CSL styles and locales, by name. */
interface CslConfig {
  styles: { get(name: string): string | undefined };
  locales: { get(name: string): string | undefined; has(name: string): boolean };
}

interface Engine {
  sys: { items: Map<string, CitationRecord> };
  setOutputFormat(format: 'text'): void;
  opt: { development_extensions: { wrap_url_and_doi: boolean } };
  updateItems(ids: string[]): string[];
  makeBibliography(): [unknown, string[]];
}

/**
 * The citeproc engines of the build, one per style and locale, under a key
 * of the process (as the manifest is: src/catalogue/manifest.ts), so that
 * the search integration, in another module graph, can let them go
 * (`releaseCitationEngines`) once every page is written.
 *
 * Why not citation-js's own `format('bibliography')`: @citation-js/plugin-csl
 * keeps its engines in a private cache for the life of the process, and an
 * APA engine holds about 90 MB; the three languages' engines were 270 MB of
 * the build's memory while Pagefind indexed. These are the same engines
 * (citeproc-js, with citation-js's styles and locales), made as plugin-csl
 * makes them.
 */
const REGISTRY = Symbol.for('practice-atlas.citation-engines');
type Registry = { [REGISTRY]?: Map<string, Engine> };

function engine(style: string, locale: string): Engine {
  const registry = globalThis as Registry;
  const engines = (registry[REGISTRY] ??= new Map());
  const key = `${style}|${locale}`;
  let found = engines.get(key);
  if (!found) {
    const csl = plugins.config.get('@csl') as CslConfig;
    const styleXml = csl.styles.get(style);
    if (!styleXml) throw new Error(`No CSL style "${style}" in @citation-js/plugin-csl.`);
    const items = new Map<string, CitationRecord>();
    const sys = {
      items,
      retrieveItem: (id: string) => items.get(id),
      retrieveLocale: (name: string) => csl.locales.get(name) ?? csl.locales.get(name.replace('-', '_')) ?? {},
    };
    found = new CSL.Engine(sys, styleXml, csl.locales.has(locale) ? locale : undefined, true) as Engine;
    found.setOutputFormat('text');
    found.opt.development_extensions.wrap_url_and_doi = false;
    engines.set(key, found);
  }
  return found;
}

/** One record's bibliography entry, as plain text, in `style` and `locale`. */
export function bibliographyEntry(record: CitationRecord, style: string, locale: string): string {
  const citeproc = engine(style, locale);
  citeproc.sys.items.clear();
  citeproc.sys.items.set(record.id, record);
  citeproc.updateItems([record.id]);
  const [, entries] = citeproc.makeBibliography();
  return entries.join('');
}

/** Lets the engines go (a later citation makes them again). */
export function releaseCitationEngines(): void {
  delete (globalThis as Registry)[REGISTRY];
}
