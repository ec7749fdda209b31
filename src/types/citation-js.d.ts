// citation-js ships no types; these cover the calls src/publishing/api/citation-formats.ts makes.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    format(format: 'biblatex' | 'ris' | 'data', options?: { format?: 'text' | 'object' }): string;
    format(format: 'bibliography', options: { format: 'text' | 'html'; template: string; lang: string }): string;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
