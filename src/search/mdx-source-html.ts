import Slugger from 'github-slugger';
import { mdxToHast } from 'satteri';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const TAG = /^[a-z][a-z0-9]*$/;
const HEADING = /^h[1-6]$/;
/** Elements whose content is not text a reader sees. */
const SKIPPED = new Set(['script', 'style', 'template']);

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function textOf(node: HastNode): string {
  return node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
}

/**
 * The searchable HTML of a body that needs MDX, from its source: the body
 * is rendered with its page only (Astro's `deferredRender`), so the search
 * record makes its own HTML of it. Markdown's elements are kept, each
 * heading with the id Astro gives it on the page (github-slugger over its
 * text, as @astrojs/markdown-satteri does), so sub-results link to the
 * page's sections; a component stands for its children; expressions and
 * imports are left out (the content rules allow only comments). Every text
 * is escaped, and no attribute but a heading's id or an image's text
 * alternative is written.
 */
export function mdxSourceHtml(source: string): string {
  const slugger = new Slugger();
  const html = (node: HastNode): string => {
    if (node.type === 'text') return escape(node.value ?? '');
    const inner = () => (node.children ?? []).map(html).join('');
    if (node.type !== 'element' || !node.tagName) return node.type === 'root' || node.type.startsWith('mdxJsx') ? inner() : '';
    const tag = node.tagName.toLowerCase();
    if (SKIPPED.has(tag) || !TAG.test(tag)) return '';
    if (tag === 'img') return typeof node.properties?.alt === 'string' ? `<img alt="${escape(node.properties.alt)}">` : '';
    const id = HEADING.test(tag) ? ` id="${escape(typeof node.properties?.id === 'string' ? node.properties.id : slugger.slug(textOf(node)))}"` : '';
    return `<${tag}${id}>${inner()}</${tag}>`;
  };
  return html(mdxToHast(source) as HastNode);
}
