import type { PracticeFields } from '../../src/lib/build-catalog.ts';

/** A minimal valid catalogue entry for unit tests; `fields` override the defaults. */
export function practiceEntry(slug: string, fields: Partial<PracticeFields> = {}): { slug: string; data: PracticeFields } {
  return {
    slug,
    data: {
      title: slug,
      summary: 'x',
      gcmObjectives: [23],
      themes: ['international-cooperation'],
      status: 'ongoing',
      period: { start: '2020' },
      publishedAt: '2025-01-01',
      language: 'en',
      draft: false,
      ...fields,
    },
  };
}
