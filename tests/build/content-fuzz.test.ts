/**
 * Issue 19, item 10: a seeded fuzz test of the content pipeline. Valid
 * practices are mutated at random places (`---`, fences, YAML tags,
 * entities, braces, ESM, elements, line endings…, each carrying a payload
 * that would leave a marker file if it ever ran), then:
 *
 * - the check (validatePractices, what `npm run check` runs) reads them all;
 * - each is compiled as the build compiles it, with the check skipped
 *   (tests/support/astro-compile.ts): the payload never comes out as code;
 * - one real build of every mutant the check passes succeeds, runs nothing
 *   and publishes no code;
 * - one real build of every mutant the check refuses fails, naming each.
 *
 * ATLAS_FUZZ_SEED=<n> replays a run (the seed is in the test's name);
 * ATLAS_FUZZ_MUTANTS sets how many mutants (40); ATLAS_FUZZ_DEBUG=1 prints
 * each mutant, how it was made and what the check said.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/catalogue/format-problem.ts';
import { siteFiles } from '../../src/publishing/site-files.ts';
import { validatePractices, type ValidationResult } from '../../src/catalogue/validate-practices.ts';
import { compileAsAstro } from '../support/astro-compile.ts';
import { buildSite } from '../support/build-site.ts';
import { OUTPUT, ROOT } from '../support/sites.ts';

const SEED = Number(process.env.ATLAS_FUZZ_SEED ?? 19);
const MUTANTS = Number(process.env.ATLAS_FUZZ_MUTANTS ?? 40);
/** In every payload: found as code in a compiled module or a published file, it means code got through. */
const TOKEN = 'ATLAS_FUZZ_PAYLOAD';
const MARKER = join(OUTPUT, 'FUZZ-PAYLOAD-RAN');
/** Code that names the token outside any string, and writes the marker if it runs. */
const RUN = `globalThis.${TOKEN} = process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(MARKER)}, 'ran')`;

/** What may be inserted, anywhere: the constructs two readers, or the check and a compiler, could read differently. */
const FRAGMENTS = [
  '---',
  '\n---\n',
  '--- fields',
  '\n+++\n',
  '```',
  '\n```js\n',
  `!!js/function "function () { ${RUN} }"`,
  '!!binary aGk=',
  '!local ',
  `&lt;script&gt;${TOKEN}&lt;/script&gt;`,
  `&#60;img src=x onerror=${TOKEN}&#62;`,
  '&amp;',
  `{${RUN}}`,
  `\\{${TOKEN}\\}`,
  `{/* ${TOKEN} */}`,
  '{',
  '}',
  `\n\nexport const ${TOKEN} = ${RUN}\n\n`,
  "\n\nimport fs from 'node:fs'\n\n",
  `<script>${TOKEN}</script>`,
  `<img src="x" onerror="${TOKEN}" />`,
  `<abbr title="${TOKEN}">t</abbr>`,
  `[link](javascript:${TOKEN})`,
  `\`<script>${TOKEN}</script>\``,
  '\r\n',
  '\uFEFF',
  '> > > > > > > > ',
  `\nlayout: ./${TOKEN}.mjs\n`,
  `![chart](./chart.png?${TOKEN})`,
];

const BASES = ['alpha-fair-recruitment/index.mdx', 'gamma-global-data/index.mdx', 'delta-escaping/index.mdx', 'zeta-single-file.mdx'].map((f) =>
  readFileSync(join(ROOT, 'tests', 'fixtures', 'content', 'practices', f), 'utf8'),
);

/** mulberry32: small, seeded, good enough to spread insertions. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Mutant {
  slug: string;
  text: string;
  /** How it was made, to read a failure: the base and each insertion. */
  recipe: string;
}

function mutants(): Mutant[] {
  const next = random(SEED);
  const pick = <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  return Array.from({ length: MUTANTS }, (_, i) => {
    const base = Math.floor(next() * BASES.length);
    // Its own title, so that mutants are not taken for copies of each other.
    let text = BASES[base]!.replace(/^title: "?/m, (t) => `${t}Fuzz ${i} - `);
    const steps: string[] = [];
    for (let n = 1 + Math.floor(next() * 2); n > 0; n--) {
      const fragment = pick(FRAGMENTS);
      // Mostly in the body, where most constructs are text, else anywhere, the frontmatter included.
      const bodyStart = text.indexOf('\n---\n') + 5;
      const from = next() < 0.6 && bodyStart > 4 ? bodyStart : 0;
      let at = from + Math.floor(next() * (text.length - from + 1));
      // Half the time at the start of a line, where Markdown and YAML constructs begin.
      if (next() < 0.5) at = text.lastIndexOf('\n', at - 1) + 1;
      text = text.slice(0, at) + fragment + text.slice(at);
      steps.push(`${at}:${JSON.stringify(fragment.slice(0, 24))}`);
    }
    return { slug: `fuzz-${i}`, text, recipe: `base ${base}, ${steps.join(', ')}` };
  });
}

function writeContent(name: string, set: Mutant[]): string {
  const content = join(OUTPUT, name);
  rmSync(content, { recursive: true, force: true });
  for (const m of set) {
    mkdirSync(join(content, 'practices', m.slug), { recursive: true });
    writeFileSync(join(content, 'practices', m.slug, 'index.mdx'), m.text);
  }
  return content;
}

/** The JavaScript outside its string literals and comments: where a payload would be code. */
function codeOutsideStrings(js: string): string {
  return js.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '""');
}

/** Every place in a built site where a payload would run in a browser. */
function publishedCode(dist: string): string[] {
  const found: string[] = [];
  for (const file of siteFiles(dist)) {
    const path = join(dist, file);
    if (/\.(m?js)$/.test(file) && readFileSync(path, 'utf8').includes(TOKEN)) found.push(`${file}: script holds the payload`);
    if (!file.endsWith('.html')) continue;
    const html = parse(readFileSync(path, 'utf8'));
    for (const script of html.querySelectorAll('script')) {
      if (!script.getAttribute('src') && script.getAttribute('type') !== 'application/ld+json') found.push(`${file}: inline <script>`);
      // JSON-LD carries titles as data: harmless while nothing in it can close the element.
      if (script.getAttribute('type') === 'application/ld+json') {
        if (script.innerHTML.includes('<')) found.push(`${file}: JSON-LD with markup`);
        continue;
      }
      if (script.toString().includes(TOKEN)) found.push(`${file}: <script> with the payload`);
    }
    for (const element of html.querySelectorAll('*')) {
      for (const [name, value] of Object.entries(element.attributes)) {
        if (/^on/i.test(name)) found.push(`${file}: <${element.rawTagName} ${name}>`);
        if (/^\s*javascript:/i.test(value)) found.push(`${file}: <${element.rawTagName} ${name}="${value}">`);
      }
    }
  }
  return found;
}

describe(`the content pipeline under fuzzing (seed ${SEED}, replay with ATLAS_FUZZ_SEED=${SEED})`, () => {
  const all = mutants();
  let check: ValidationResult;
  const refused = new Set<string>();

  it('the check reads every mutant, and the build\'s compiler never emits a payload as code, check or no check', async () => {
    rmSync(MARKER, { force: true });
    const content = writeContent('fuzz-check', all);
    check = await validatePractices({ dir: join(content, 'practices'), today: new Date('2026-01-15') });
    expect(check.files).toBe(MUTANTS);
    for (const p of check.problems) if (p.severity === 'error') refused.add(p.file.split('/').at(-2)!);
    const disagreements: string[] = [];
    for (const m of all) {
      const compiled = await compileAsAstro(m.text, join(content, 'practices', m.slug, 'index.mdx'));
      if (compiled.ok && codeOutsideStrings(compiled.code).includes(TOKEN)) disagreements.push(`${m.slug} (${m.recipe}): compiled the payload as code`);
      // A file the check passes must compile: otherwise the deploy breaks on what the check accepted.
      if (!refused.has(m.slug) && !compiled.ok) disagreements.push(`${m.slug} (${m.recipe}): passed the check, refused by the compiler: ${compiled.error.split('\n')[1]}`);
    }
    if (process.env.ATLAS_FUZZ_DEBUG) for (const m of all) console.log(m.slug, m.recipe, check.problems.filter((p) => p.severity === 'error' && p.file.split('/').at(-2) === m.slug).map((p) => `${p.line}: ${p.message.slice(0, 90)}`));
    expect(disagreements).toEqual([]);
    expect(existsSync(MARKER)).toBe(false);
    // The seed gives both kinds; another seed could give one kind only, which the builds below handle.
    if (!process.env.ATLAS_FUZZ_SEED) expect(refused.size, 'mutants refused').toBeGreaterThan(5);
    if (!process.env.ATLAS_FUZZ_SEED) expect(MUTANTS - refused.size, 'mutants passed').toBeGreaterThan(5);
  });

  it('builds every mutant the check passes, without running or publishing any code', async () => {
    const passed = all.filter((m) => !refused.has(m.slug));
    if (!passed.length) return;
    const content = writeContent('fuzz-passed', passed);
    const dist = join(OUTPUT, 'fuzz-passed-dist');
    rmSync(dist, { recursive: true, force: true });
    const build = await buildSite({ content, dist });
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(existsSync(MARKER)).toBe(false);
    for (const m of passed) expect(existsSync(join(dist, 'practices', m.slug, 'index.html')), `${m.slug} (${m.recipe})`).toBe(true);
    expect(publishedCode(dist)).toEqual([]);
  }, 120_000);

  it('fails the build on every mutant the check refuses, naming each of them', async () => {
    const failed = all.filter((m) => refused.has(m.slug));
    if (!failed.length) return;
    const content = writeContent('fuzz-refused', failed);
    const dist = join(OUTPUT, 'fuzz-refused-dist');
    rmSync(dist, { recursive: true, force: true });
    const build = await buildSite({ content, dist });
    expect(build.status).not.toBe(0);
    expect(existsSync(join(dist, 'index.html'))).toBe(false);
    expect(existsSync(MARKER)).toBe(false);
    const display = (file: string) => relative(ROOT, join(content, 'practices', file.split('/').slice(-2).join('/')));
    for (const m of failed) {
      const first = check.problems.find((p) => p.severity === 'error' && p.file.split('/').at(-2) === m.slug)!;
      expect(build.output, `${m.slug} (${m.recipe})`).toContain(formatProblem({ ...first, file: display(first.file) }, 'contract'));
    }
  }, 120_000);
});
