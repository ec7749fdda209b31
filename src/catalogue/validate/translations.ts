/** `translationOf` across practices: it names another practice, in another language. */
import { SLUG_PATTERN } from '../../schemas/practice.ts';
import { closestMatch } from '../closest-match.ts';
import type { Problem } from '../problem.ts';
import { PRACTICE_KIND, type ContentKind } from './practice-files.ts';

export interface WrittenPractice {
  slug: string;
  file: string;
  raw: Record<string, unknown>;
  /**
   * The line of its `translationOf`, worked out while the file is read: a
   * line finder keeps the file's whole YAML tree alive, and the set is
   * checked across files only when every file has been read (at 10,000
   * practices, `npm run check` peaked at 640 MB with the trees kept, 500 MB
   * without).
   */
  translationOfLine: number | undefined;
}

/** Checked on what was written, so that they are reported even when a file has other problems. */
export function translationProblems(written: WrittenPractice[], slugs: Set<string>, kind: ContentKind = PRACTICE_KIND): Problem[] {
  const problems: Problem[] = [];
  const languageOf = (raw: Record<string, unknown>) => (typeof raw.language === 'string' ? raw.language : 'en');
  const languages = new Map(written.map((w) => [w.slug, languageOf(w.raw)]));
  for (const { slug, file, raw, translationOfLine } of written) {
    const target = raw.translationOf;
    if (typeof target !== 'string' || !SLUG_PATTERN.test(target)) continue;
    const at = { file, line: translationOfLine, field: 'translationOf', severity: 'error' as const };
    if (target === slug) {
      problems.push({ ...at, message: `"${target}" is this ${kind.one} itself; name the ${kind.one} this one translates` });
    } else if (!slugs.has(target)) {
      const near = closestMatch(target, slugs);
      problems.push({ ...at, message: `"${target}" is not the ${kind.id} of any ${kind.one}` + (near ? `; did you mean "${near}"?` : '') });
    } else if (languages.get(target) === languageOf(raw)) {
      problems.push({ ...at, message: `"${target}" is also in "${languageOf(raw)}"; a translation must set a different \`language\`` });
    }
  }
  return problems;
}
