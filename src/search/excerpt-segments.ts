/**
 * Pagefind's excerpts are text with HTML entities encoded and the matching
 * words wrapped in `<mark>`. They are turned into text segments (never parsed
 * as HTML), so whatever a practice contains is shown as text.
 */
export interface Segment {
  text: string;
  mark: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the entities Pagefind writes, in one pass (so `&amp;lt;` stays `&lt;`). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : entity;
    }
    return NAMED[body.toLowerCase()] ?? entity;
  });
}

export function excerptSegments(html: string): Segment[] {
  const segments: Segment[] = [];
  const push = (raw: string, mark: boolean) => {
    // Any other tag would be a surprise: drop it rather than show or parse it.
    const text = decodeEntities(raw.replace(/<[^>]*>/g, ''));
    if (!text) return;
    const last = segments.at(-1);
    if (last && last.mark === mark) last.text += text;
    else segments.push({ text, mark });
  };
  const re = /<mark>([\s\S]*?)<\/mark>/gi;
  let at = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    push(html.slice(at, m.index), false);
    push(m[1] ?? '', true);
    at = re.lastIndex;
  }
  push(html.slice(at), false);
  return segments;
}
