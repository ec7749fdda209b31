import type { ScaffoldInput } from '../../src/editor/scaffold-practice.ts';
import type { PracticeFields } from '../../src/catalogue/build-catalog.ts';

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

/** Answers to `npm run new` that make a valid practice; tests change one field at a time. */
export function scaffoldInput(overrides: Partial<ScaffoldInput> = {}): ScaffoldInput {
  return {
    title: 'Labour migration desk',
    slug: 'desk',
    summary: 'Sierra Leone set up a labour migration desk that placed 400 workers abroad under fair recruitment rules.',
    gcmObjectives: [6],
    themes: ['labour-migration'],
    status: 'ongoing',
    period: { start: '2019' },
    implementers: ['ICMPD'],
    publishedAt: '2025-01-31',
    ...overrides,
  };
}

/**
 * `npm run new` asks for neither a source nor the date of the status; a
 * practice file with both, so that tests about other rules see no warning
 * about them. The date is this year's January: never older than two years.
 */
export function withSources(text: string): string {
  return text.replace(
    /^publishedAt:/m,
    `statusAsOf: ${new Date().getUTCFullYear()}-01\nresources: [{ title: Labour migration desk report, url: "https://www.ilo.org/desk-report" }]\npublishedAt:`,
  );
}
