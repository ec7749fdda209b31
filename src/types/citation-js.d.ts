// citation-js ships no types; these cover the calls src/publishing/api/citation-formats.ts makes.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    format(format: 'biblatex' | 'ris' | 'data', options?: { format?: 'text' | 'object' }): string;
  }
  export const plugins: { config: { get(name: string): unknown } };
}
// citeproc-js ships no types; src/publishing/api/citation-engines.ts describes the engine it uses.
declare module 'citeproc' {
  const CSL: { Engine: new (sys: object, style: string, lang?: string, forceLang?: boolean) => unknown };
  export default CSL;
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
