/**
 * A practice body is content, not code: what it may contain, and the
 * problems of a body that goes further. Run on the MDX parser's tree before
 * anything compiles the file, so a hostile body never runs, not even in CI.
 * The rules are stated for editors in CONTRIBUTING.md ("What a body may
 * contain").
 */
import type { Problem } from '../problem.ts';
import { showValue } from '../show-value.ts';
import { walkTree, type MdNode } from './md-node.ts';

/**
 * HTML elements a body may use, with the attributes each takes besides
 * `lang`. Inline text semantics only: nothing that loads, runs, embeds,
 * navigates or styles. Everything else has a Markdown form.
 */
export const SAFE_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  abbr: ['title'],
  br: [],
  del: [],
  dfn: ['title'],
  ins: [],
  kbd: [],
  mark: [],
  q: [],
  s: [],
  small: [],
  span: [],
  sub: [],
  sup: [],
};
/** Attributes every safe element takes: the language of a phrase, for screen readers. */
export const GLOBAL_ATTRIBUTES = ['lang'] as const;

/** Components of the Atlas a body may use: none, so far. CONTRIBUTING says so. */
export const BODY_COMPONENTS: readonly string[] = [];

/** URL schemes a link may use; a URL without a scheme (relative, `#anchor`) is allowed too. */
export const LINK_SCHEMES = ['https:', 'http:', 'mailto:'] as const;
/** URL schemes an image may use; otherwise a file beside the practice. */
export const IMAGE_SCHEMES = ['https:', 'http:'] as const;

const SAFE_LIST = Object.keys(SAFE_ELEMENTS).map((e) => `<${e}>`).join(', ');

/** A Markdown form for what people most often write as HTML. */
const ALTERNATIVES: Record<string, string> = {
  a: 'write a link as [text](https://…)',
  img: 'write an image as ![what it shows](./file.jpg), with the file beside the practice',
  iframe: 'link to the page instead: [title](https://…)',
  video: 'link to the video instead: [title](https://…)',
  audio: 'link to the recording instead: [title](https://…)',
  embed: 'link to the document instead: [title](https://…)',
  object: 'link to the document instead: [title](https://…)',
  script: 'remove it: a body cannot run code',
  style: 'remove it: the site styles every page',
  link: 'remove it: the site styles every page',
  meta: 'remove it: the site sets every page\'s metadata',
  base: 'remove it',
  form: 'link to the form instead: [title](https://…)',
  b: 'write **bold** instead',
  strong: 'write **bold** instead',
  i: 'write *italics* instead',
  em: 'write *italics* instead',
  h1: 'write a heading as "## Heading"',
  h2: 'write a heading as "## Heading"',
  h3: 'write a heading as "### Heading"',
  p: 'leave a blank line between paragraphs instead',
  ul: 'write a list with "- " at the start of each line',
  ol: 'write a list with "1. " at the start of each line',
  li: 'write a list with "- " at the start of each line',
  table: 'write a Markdown table (| a | b |)',
  code: 'write `code` between backticks',
  pre: 'indent nothing; put code between lines of ```',
  blockquote: 'start each line with "> "',
  hr: 'write "---" on a line of its own',
  div: 'write the content in Markdown',
};

/** The scheme of a URL as a browser reads it: tabs and line breaks inside, and leading spaces and controls, are ignored. */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1];
  return scheme ? `${scheme.toLowerCase()}:` : undefined;
}

/** What is wrong with a link's or image's URL, or undefined when it is allowed. */
function urlProblem(url: string, kind: 'link' | 'image'): string | undefined {
  const scheme = urlScheme(url);
  const allowed: readonly string[] = kind === 'link' ? LINK_SCHEMES : IMAGE_SCHEMES;
  const list = kind === 'link' ? 'https:, http:, mailto: or a relative path such as ./report.pdf' : 'https:, http: or a file beside the practice such as ./chart.png';
  if (scheme && !allowed.includes(scheme)) return `${kind} ${showValue(url)} uses "${scheme}"; ${kind}s may use ${list}`;
  // "//host/path" leaves the site without saying how.
  if (!scheme && /^\s*[\\/]{2}/.test(url)) return `${kind} ${showValue(url)} leaves out the scheme; write the full address, https://${url.trim().replace(/^[\\/]+/, '')}`;
  return undefined;
}

/**
 * What is wrong with the path of a local image, whoever reads it (the check,
 * or the build's compiler): a query or a fragment (`./a.png?raw`), which the
 * bundler reads as an instruction, or an SVG, which can carry scripts.
 * `label` is how the message names the image.
 */
export function localImagePathProblem(src: string, label: string): string | undefined {
  let decoded = src;
  try {
    decoded = decodeURI(src);
  } catch {
    /* not percent-encoded */
  }
  const mark = /[?#]/.exec(decoded)?.[0];
  if (mark) {
    const name = (src.split(/[\\/]/).pop() ?? src).replace(/[?#].*$/, '').replace(/[^\w.-]+/g, '-') || 'image.jpg';
    return `${label} has "${mark}" in its path, which the build reads as an instruction, not as part of the name; rename the file with letters, digits and "-" only, such as "./${name}"`;
  }
  if (/\.svgz?$/i.test(decoded.trim())) return `${label} is an SVG, which can carry scripts; export it as a .png or .webp image`;
  return undefined;
}

/**
 * One comment and nothing else: `/* a *\/ code() /* b *\/` is code between
 * two comments, so the comment may not contain its own end.
 */
export const NOTE_ONLY = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

/** A short view of an expression or ESM line for messages. */
function shown(code: string): string {
  return showValue(code.replace(/\s+/g, ' ').trim());
}

/**
 * Every construct of a body that is code or could mislead, as problems at
 * their line. `lineOffset` turns a body line into a file line.
 */
export function bodySafetyProblems(tree: MdNode, file: string, lineOffset: number): Problem[] {
  const problems: Problem[] = [];
  const at = (node: MdNode) => ({ file, line: (node.position?.start.line ?? 1) + lineOffset, field: 'body', severity: 'error' as const });
  walkTree(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push({ ...at(node), message: `${shown(node.value ?? '')} is code (import/export), which a body may not contain: a body is Markdown, and no components need importing; remove the line` });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // {/* notes */} are the template's: they render nothing.
        if (!NOTE_ONLY.test(node.value ?? '')) {
          problems.push({ ...at(node), message: `${shown(`{${node.value ?? ''}}`)} is an expression (code), which a body may not contain; write the text itself, with \\{ for a brace, or a note as {/* note */}` });
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        problems.push(...elementProblems(node, at(node)));
        break;
      case 'html':
        problems.push({ ...at(node), message: `raw HTML ${showValue(node.value ?? '')} is not allowed; write it in Markdown` });
        break;
      case 'link':
      case 'definition': {
        const problem = urlProblem(node.url ?? '', 'link');
        if (problem) problems.push({ ...at(node), message: problem });
        break;
      }
      case 'image': {
        const problem = urlProblem(node.url ?? '', 'image');
        if (problem) problems.push({ ...at(node), message: problem });
        break;
      }
    }
  });
  return problems;
}

function elementProblems(node: MdNode, at: Omit<Problem, 'message'>): Problem[] {
  const name = node.name;
  if (!name) return [{ ...at, message: '<> (a fragment) is JSX, which a body may not contain; remove <> and </>' }];
  const allowedAttributes = SAFE_ELEMENTS[name];
  if (!allowedAttributes) {
    if (/^[A-Z]|\./.test(name)) {
      return [{ ...at, message: `<${name}> is a component; bodies may use ${BODY_COMPONENTS.length ? BODY_COMPONENTS.map((c) => `<${c}>`).join(', ') : 'no components'} (see "What a body may contain" in CONTRIBUTING.md): write it in Markdown` }];
    }
    const alternative = ALTERNATIVES[name.toLowerCase()] ?? 'write it in Markdown';
    return [{ ...at, message: `<${name}> is not allowed in a body; ${alternative}. HTML elements allowed: ${SAFE_LIST}` }];
  }
  const problems: Problem[] = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push({ ...at, message: `<${name} {${attribute.value ?? ''}}> spreads code into attributes, which a body may not contain; remove it` });
      continue;
    }
    const attr = attribute.name ?? '';
    if (/^on/i.test(attr)) {
      problems.push({ ...at, message: `<${name} ${attr}=…>: "${attr}" runs code when something happens, and no "on…" attribute is allowed; remove it` });
      continue;
    }
    const allowed = [...GLOBAL_ATTRIBUTES, ...allowedAttributes];
    if (!allowed.includes(attr)) {
      problems.push({ ...at, message: `<${name} ${attr}=…>: "${attr}" is not allowed on <${name}>; allowed: ${allowed.join(', ')}` });
      continue;
    }
    if (attribute.value !== null && typeof attribute.value === 'object') {
      problems.push({ ...at, message: `<${name} ${attr}={…}>: a value in braces is code; write ${attr}="text"` });
    }
  }
  return problems;
}
