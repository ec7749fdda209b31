import { parse as parseBib } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { describe, expect, it } from 'vitest';
import { citationFile, citationText } from '../../src/publishing/api/citation-formats.ts';
import { releaseCitationEngines } from '../../src/publishing/api/citation-engines.ts';
import { citationRecord } from '../../src/publishing/api/citation-record.ts';

// Written by hand: what a reference manager must read back from each file.
const practice = {
  slug: 'politique-nationale-de-migration-du-senegal',
  data: {
    title: 'Politique nationale de migration du Sénégal',
    summary: 'Le Sénégal a adopté en 2018 une politique nationale de migration préparée avec les ministères, la diaspora et la société civile.',
    implementers: ['Gouvernement du Sénégal', 'OIM Sénégal'],
    publishedAt: '2026-03-09',
    language: 'fr' as const,
  },
};
const url = 'https://atlas.example.org/hub/practices/politique-nationale-de-migration-du-senegal/';
const record = citationRecord(practice, url, 'Practice Atlas');

describe('citation files, read back by independent parsers', () => {
  it('BibTeX (BibLaTeX): title, institutional authors, year, URL and language', () => {
    const { entries, errors } = parseBib(citationFile(record, 'bibtex'));
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    // The parser turns {\'e} back into "e" + a combining accent: compare composed text.
    const fields = JSON.parse(JSON.stringify(entries[0]!.fields).normalize('NFC')) as Record<string, unknown>;
    expect(fields.title).toBe('Politique nationale de migration du Sénégal');
    expect(fields.author).toEqual([{ name: 'Gouvernement du Sénégal' }, { name: 'OIM Sénégal' }]);
    expect(String(fields.date)).toBe('2026-03-09');
    expect(fields.url).toBe(url);
    expect(fields.language).toBe('fr');
  });

  it('RIS: the same five facts, each value on one line', () => {
    const text = citationFile(record, 'ris');
    // A long URL stays whole: RIS readers refuse values wrapped onto tagless lines.
    expect(text).toContain(`UR  - ${url}\n`);
    const [item] = parseRis(text);
    expect(item).toMatchObject({ title: 'Politique nationale de migration du Sénégal', URL: url, language: 'fr' });
    // RIS has no mark for institutions: a name without a comma is one name to
    // Zotero and citation-js, while astrocite splits it into given and family.
    const names = (item!.author as { literal?: string; given?: string; family?: string }[]).map(
      (a) => a.literal ?? [a.given, a.family].filter(Boolean).join(' '),
    );
    expect(names).toEqual(['Gouvernement du Sénégal', 'OIM Sénégal']);
    expect((item!.issued as { 'date-parts': unknown[][] })['date-parts'][0]!.map(Number)).toEqual([2026]);
  });

  it('CSL-JSON: an array of one item with the record as written', () => {
    const [item, ...rest] = JSON.parse(citationFile(record, 'csl-json')) as Record<string, unknown>[];
    expect(rest).toEqual([]);
    expect(item).toEqual({
      id: 'politique-nationale-de-migration-du-senegal',
      type: 'webpage',
      title: 'Politique nationale de migration du Sénégal',
      author: [{ literal: 'Gouvernement du Sénégal' }, { literal: 'OIM Sénégal' }],
      'container-title': 'Practice Atlas',
      issued: { 'date-parts': [[2026, 3, 9]] },
      URL: url,
      language: 'fr',
      abstract: practice.data.summary,
    });
  });

  it('keeps markup-like text as text in every format', () => {
    const hostile = citationRecord(
      { ...practice, data: { ...practice.data, title: 'Return </script><script>alert(1)</script> & reintegration' } },
      url,
      'Practice Atlas',
    );
    expect(JSON.parse(citationFile(hostile, 'csl-json'))[0].title).toBe('Return </script><script>alert(1)</script> & reintegration');
    expect(parseRis(citationFile(hostile, 'ris'))[0]!.title).toBe('Return </script><script>alert(1)</script> & reintegration');
  });
});

describe('citation text', () => {
  it('is APA in the practice language', () => {
    expect(citationText(record, 'fr')).toBe(
      'Gouvernement du Sénégal & OIM Sénégal. (2026, mars 9). Politique nationale de migration du Sénégal. Practice Atlas. ' + url,
    );
    expect(citationText({ ...record, language: 'es' }, 'es')).toContain('(2026, marzo 9)');
    expect(citationText({ ...record, language: 'en' }, 'en')).toContain('(2026, March 9)');
  });

  it('gives one record per text, whatever was cited before, and its engines can go and come back', () => {
    const other = { ...record, id: 'other', title: 'Another practice', author: [{ literal: 'OIM' }] };
    expect(citationText(other, 'fr')).toBe('OIM. (2026, mars 9). Another practice. Practice Atlas. ' + url);
    const registry = Symbol.for('practice-atlas.citation-engines');
    expect((globalThis as Record<symbol, Map<string, unknown> | undefined>)[registry]?.has('apa|fr-FR')).toBe(true);
    releaseCitationEngines();
    expect((globalThis as Record<symbol, unknown>)[registry]).toBeUndefined();
    expect(citationText(record, 'fr')).toBe(
      'Gouvernement du Sénégal & OIM Sénégal. (2026, mars 9). Politique nationale de migration du Sénégal. Practice Atlas. ' + url,
    );
  });
});
