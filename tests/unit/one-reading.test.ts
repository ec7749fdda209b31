/**
 * Issue 19, items 1 and 5: a practice file is read once. The check's reader
 * (readPracticeFile) and the build's (Astro's parseFrontmatter, which
 * @astrojs/mdx applies to every .mdx it compiles) are fed the same corpus and
 * must give the same frontmatter and the same body; a file they could split
 * differently is refused, naming the line; and YAML the build's parser would
 * refuse or read otherwise is refused by the check.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { readPracticeFile, splitPracticeFile } from '../../src/catalogue/read-practice-file.ts';
import { hostileContent } from '../support/hostile-content.ts';
import { ROOT } from '../support/sites.ts';

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return mdxFiles(path);
    return e.isFile() && e.name.endsWith('.mdx') && statSync(path).size < 1024 * 1024 ? [path] : [];
  });
}

/** js-yaml makes dates Date objects; the check keeps the text written (YAML 1.2), which the schema reads. */
function asWritten(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace('T00:00:00.000Z', '');
  if (Array.isArray(value)) return value.map(asWritten);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asWritten(v)]));
  return value;
}

/**
 * The check's values as js-yaml would give them: a date and time as one
 * instant, and an impossible date
 * ("2024-02-30") is rolled over by js-yaml, while the check keeps the text
 * and its schema refuses it ("not a real calendar date", pinned in
 * practice-validation.test.ts). Nothing else is changed.
 */
function rolledOver(value: unknown): unknown {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
  }
  // A date and time, which both read as the same instant.
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}[Tt ]/.test(value) && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString();
  if (Array.isArray(value)) return value.map(rolledOver);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rolledOver(v)]));
  return value;
}

/** What the build reads: Astro's frontmatter and body, the body without the blanked frontmatter, which keeps line numbers. */
function astroReading(text: string) {
  const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
  const body = content.replace(/^[ \t]*(?:\n[ \t]*)*\n/, (blank) => '\n'.repeat(blank.split('\n').length - 1));
  return { frontmatter: asWritten(frontmatter), body };
}

const corpus = [
  ...mdxFiles(join(ROOT, 'content')),
  ...mdxFiles(join(ROOT, 'tests', 'fixtures')),
  ...mdxFiles(join(hostileContent('one-reading'), 'practices')),
  join(ROOT, 'docs', 'practice-template.mdx'),
];

describe('the check and the build read a practice file the same way', () => {
  it('give the same frontmatter and the same body for every file the check reads', () => {
    let compared = 0;
    for (const path of corpus) {
      const text = readFileSync(path, 'utf8');
      const check = readPracticeFile(text);
      if (check.errors.length) continue;
      const build = astroReading(text);
      const name = relative(ROOT, path);
      expect(build.frontmatter, name).toEqual(rolledOver(check.data));
      // The body from the same line on: Astro blanks the frontmatter instead of removing it.
      expect(build.body, name).toBe('\n'.repeat(check.bodyLine - 1) + check.body);
      compared++;
    }
    // The Atlas's practices, the fixtures and the hostile files whose frontmatter is sound.
    expect(compared).toBeGreaterThan(100);
  });

  it('refuses, naming the line, every file that two readers could split differently', () => {
    const valid = '---\ntitle: "A practice"\n---\n\n## Context\n';
    const cases: Record<string, string> = {
      'closing --- not alone': '---\ntitle: "A practice"\n--- the end\n\n## Context\n',
      '"---" inside a folded text, at the start of a line': '---\nsummary: >\n  They come home\n---- and stay\n---\n\n## Context\n',
      '+++ inside the frontmatter': '---\ntitle: "A practice"\n+++\n---\n',
      BOM: `\uFEFF${valid}`,
      'CRLF throughout': valid.replace(/\n/g, '\r\n'),
      'mixed line endings': valid.replace('title', 'title: x\r\nother'),
      'a lone carriage return': valid.replace('## Context', '## Con\rtext'),
      'blank line before the frontmatter': `\n${valid}`,
      'opening line with more on it': valid.replace('---\n', '--- fields\n'),
      'never closed': '---\ntitle: "A practice"\n\n## Context\n',
      'no frontmatter': '## Context\n',
    };
    const refused = Object.fromEntries(Object.entries(cases).map(([name, text]) => [name, splitPracticeFile(text).problems.map((p) => `${p.line}: ${p.message}`)]));
    expect(refused).toMatchInlineSnapshot(`
      {
        ""---" inside a folded text, at the start of a line": [
          "4: line 4 is "---- and stay": the build ends the frontmatter at any line that starts with "---" or "+++", while other readers need "---" alone on its line; close the frontmatter with a line of exactly "---", and move "---" off the start of this line",
        ],
        "+++ inside the frontmatter": [
          "3: line 3 is "+++": the build ends the frontmatter at any line that starts with "---" or "+++", while other readers need "---" alone on its line; close the frontmatter with a line of exactly "---", and move "+++" off the start of this line",
        ],
        "BOM": [
          "1: the file starts with a byte order mark (BOM), which some readers take as text before the frontmatter; save it as UTF-8 without BOM",
        ],
        "CRLF throughout": [
          "1: the file uses Windows (CRLF) line endings from line 1 on, which readers split differently; save it with Unix (LF) line endings",
        ],
        "a lone carriage return": [
          "5: the file has a carriage return (an old Mac line ending) from line 5 on, which readers split differently; save it with Unix (LF) line endings",
        ],
        "blank line before the frontmatter": [
          "1: the frontmatter starts on line 2, after a blank line; remove it so that "---" is the first line",
        ],
        "closing --- not alone": [
          "3: line 3 is "--- the end": the build ends the frontmatter at any line that starts with "---" or "+++", while other readers need "---" alone on its line; close the frontmatter with a line of exactly "---", and move "---" off the start of this line",
        ],
        "mixed line endings": [
          "2: the file mixes Windows (CRLF) and Unix (LF) line endings from line 2 on, which readers split differently; save it with Unix (LF) line endings",
        ],
        "never closed": [
          "1: the frontmatter opened on line 1 is never closed; end it with a line of exactly "---"",
        ],
        "no frontmatter": [
          "1: has no frontmatter: the file must start with a line "---", the fields, and another line "---"",
        ],
        "opening line with more on it": [
          "1: the first line is "--- fields"; the frontmatter opens with a line of exactly "---", nothing else on it",
        ],
      }
    `);
    expect(splitPracticeFile(valid).problems).toEqual([]);
  });

  it('the attack of issue 19: "---" at the end of a folded line no longer ends the frontmatter for the check', () => {
    const text = readFileSync(join(ROOT, 'tests', 'fixtures', 'hostile', 'practices', 'frontmatter-split', 'index.mdx'), 'utf8');
    const check = readPracticeFile(text);
    const build = astroReading(text);
    expect(rolledOver(check.data)).toEqual(build.frontmatter);
    expect(build.body).toBe('\n'.repeat(check.bodyLine - 1) + check.body);
    expect(check.body).toContain("export const ran = process.getBuiltinModule('node:fs')");
  });
});

describe('YAML', () => {
  // Each is a frontmatter the two YAML readers (yaml for the check, js-yaml for the build) could disagree on.
  const frontmatters: Record<string, string> = {
    'a !!js/function tag': 'title: !!js/function "function () { return 1 }"',
    'a !!binary tag': 'title: !!binary aGVsbG8=',
    'a !!str tag': 'title: !!str 2024',
    'a local tag': 'title: !secret "x"',
    'a merge key': 'base: &b { scope: national }\nother:\n  <<: *b',
    'YAML 1.1 booleans': 'draft: yes',
    'YAML 1.1 octal': 'title: 0777',
    'an impossible date': 'publishedAt: 2024-02-30',
    'a date and time': 'publishedAt: 2024-01-05T10:00:00Z',
    'a duplicate key': 'title: a\ntitle: b',
    'a second document': 'title: a\n...\n---\ntitle: b',
    'a tab for indentation': 'period:\n\tstart: 2019',
    'sexagesimal': 'title: 1:20',
    'an anchor and alias': 'title: &t "A"\nsummary: *t',
  };

  it('is accepted by the check only when the build reads the same values, and refused with its line otherwise', () => {
    const outcome: Record<string, string> = {};
    for (const [name, yaml] of Object.entries(frontmatters)) {
      const text = `---\n${yaml}\n---\n\n## Context\n`;
      const check = readPracticeFile(text);
      if (check.errors.length) {
        outcome[name] = `refused: ${check.errors.map((e) => `${e.line}: ${e.message}`).join(' | ')}`;
        continue;
      }
      // Accepted: the build must accept it too, with the same values.
      expect(astroReading(text).frontmatter, name).toEqual(rolledOver(check.data));
      outcome[name] = `accepted: ${JSON.stringify(check.data)}`;
    }
    expect(outcome).toMatchInlineSnapshot(`
      {
        "YAML 1.1 booleans": "accepted: {"draft":"yes"}",
        "YAML 1.1 octal": "accepted: {"title":777}",
        "a !!binary tag": "refused: 2: the frontmatter field "title" uses the YAML tag "!!binary"; tags are not allowed in a practice: write the plain value, in quotes if it is text",
        "a !!js/function tag": "refused: 2: the frontmatter field "title" uses the YAML tag "!!js/function"; tags are not allowed in a practice: write the plain value, in quotes if it is text",
        "a !!str tag": "refused: 2: the frontmatter field "title" uses the YAML tag "!!str"; tags are not allowed in a practice: write the plain value, in quotes if it is text",
        "a date and time": "accepted: {"publishedAt":"2024-01-05T10:00:00Z"}",
        "a duplicate key": "refused: 3: the frontmatter gives "title" twice; keep one of them (YAML would silently use the last)",
        "a local tag": "refused: 2: the frontmatter field "title" uses the YAML tag "!secret"; tags are not allowed in a practice: write the plain value, in quotes if it is text",
        "a merge key": "refused: 4: "other.<<" reads as {"scope":"national"} for the check but as undefined for the build's YAML reader; put the value in quotes, or write it as the template does",
        "a second document": "accepted: {"title":"a"}",
        "a tab for indentation": "refused: 3: the frontmatter is not valid YAML: Tabs are not allowed as indentation. Put text that contains ": " or " #" in quotes, and close every [ and {",
        "an anchor and alias": "accepted: {"title":"A","summary":"A"}",
        "an impossible date": "accepted: {"publishedAt":"2024-02-30"}",
        "sexagesimal": "accepted: {"title":"1:20"}",
      }
    `);
  });
});
