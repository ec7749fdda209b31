/** The parts of an mdast/MDX node (from Sätteri, the parser Astro's MDX uses) that the checks read. */
export interface MdNode {
  type: string;
  depth?: number;
  url?: string;
  alt?: string | null;
  identifier?: string;
  value?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } };
  children?: MdNode[];
}
