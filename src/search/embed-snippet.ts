import { embedQuery, type EmbedParams } from './embed-params.ts';
import { escapeXml } from '../publishing/feeds/escape-xml.ts';

/**
 * The HTML a partner pastes: a `<div data-practice-atlas>` whose `data-*`
 * attributes are the embed's query parameters (several values of one
 * filter in one attribute, separated by spaces), and the script tag.
 */
export function embedSnippet(params: Partial<EmbedParams>, scriptUrl: string): string {
  const grouped = new Map<string, string[]>();
  for (const [name, value] of new URLSearchParams(embedQuery(params))) {
    grouped.set(name, [...(grouped.get(name) ?? []), value]);
  }
  const attrs = [...grouped].map(([name, values]) => ` data-${name}="${escapeXml(values.join(' '))}"`).join('');
  return `<div data-practice-atlas${attrs}></div>\n<script src="${escapeXml(scriptUrl)}" async></script>`;
}
