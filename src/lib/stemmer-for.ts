import type { Stem } from './search-tokens.ts';

/**
 * The Snowball stemmer of a language (Orama's, a few KB each). Imported on
 * demand, so a search page loads its own language's stemmer only.
 */
export async function stemmerFor(lang: string): Promise<Stem> {
  switch (lang) {
    case 'fr':
      return (await import('@orama/stemmers/french')).stemmer;
    case 'es':
      return (await import('@orama/stemmers/spanish')).stemmer;
    default:
      return (await import('@orama/stemmers/english')).stemmer;
  }
}
