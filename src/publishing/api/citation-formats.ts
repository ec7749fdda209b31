import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CitationRecord } from './citation-record.ts';
import { bibliographyEntry } from './citation-engines.ts';

/** The downloadable formats, each with the file a reference manager imports. */
export const CITATION_FILES = {
  bibtex: { name: 'BibTeX (BibLaTeX)', file: 'cite.bib', mediaType: 'application/x-bibtex' },
  ris: { name: 'RIS', file: 'cite.ris', mediaType: 'application/x-research-info-systems' },
  'csl-json': { name: 'CSL-JSON', file: 'cite.json', mediaType: 'application/vnd.citationstyles.csl+json' },
} as const;

export type CitationFormat = keyof typeof CITATION_FILES;

/** CSL locales bundled with @citation-js/plugin-csl (loaded by citation-engines.ts), one per language of the Atlas. */
const CSL_LOCALES = { en: 'en-US', fr: 'fr-FR', es: 'es-ES' } as const;

/**
 * The record as a reference file, written by citation-js from its mappings
 * (CSL to BibLaTeX fields, CSL to RIS tags), never by templates of our own.
 */
export function citationFile(record: CitationRecord, format: CitationFormat): string {
  const cite = new Cite([record]);
  switch (format) {
    case 'bibtex':
      // BibLaTeX's dialect of the .bib format: classic BibTeX has no field for
      // the language and no `online` entry type, so the reference would lose both.
      return `${cite.format('biblatex', { format: 'text' }).trim()}\n`;
    case 'ris':
      return risText(cite.format('ris', { format: 'object' }) as unknown as RisEntry[]);
    case 'csl-json':
      return `${cite.format('data', { format: 'text' }).trim()}\n`;
  }
}

type RisEntry = Record<string, string | number | (string | number)[]>;

/**
 * RIS lines from citation-js's tag mapping, one tag and its whole value per
 * line. Its own text output hard-wraps values at 70 characters, which splits
 * URLs and which RIS readers (astrocite, Zotero) refuse.
 */
function risText(entries: RisEntry[]): string {
  return entries
    .map(({ TY, ...tags }) => {
      const lines = [`TY  - ${TY}`];
      for (const [tag, value] of Object.entries(tags)) {
        for (const v of [value].flat()) lines.push(`${tag}  - ${String(v).replace(/\s+/g, ' ')}`);
      }
      lines.push('ER  - ');
      return `${lines.join('\n')}\n`;
    })
    .join('\n');
}

/**
 * The citation as one line of text in APA style, with the dates and words of
 * the given language's CSL locale. It is plain text: the page escapes it.
 */
export function citationText(record: CitationRecord, lang: keyof typeof CSL_LOCALES): string {
  return bibliographyEntry(record, 'apa', CSL_LOCALES[lang]).trim();
}
