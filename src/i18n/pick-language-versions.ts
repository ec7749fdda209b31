/** The fields of a practice that say which language it is in and what it translates. */
interface Versioned {
  slug: string;
  data: { language: string; translationOf?: string | undefined };
}

/**
 * One card per practice for a reader of `lang`: of a practice and its
 * translations (linked by `translationOf`), the version in `lang` where one
 * exists, otherwise the original. The list keeps its order, each practice at
 * the place of its first version in the list.
 *
 * `versions` gives every version of a practice (itself excluded), as the
 * catalogue's `translations` map does.
 */
export function pickLanguageVersions<P extends Versioned>(
  list: readonly P[],
  lang: string,
  versions: ReadonlyMap<string, readonly P[]>,
): P[] {
  const seen = new Set<string>();
  const out: P[] = [];
  for (const p of list) {
    const others = versions.get(p.slug);
    if (!others || others.length === 0) {
      out.push(p);
      continue;
    }
    const group = [p, ...others];
    const key = p.data.translationOf ?? p.slug;
    if (seen.has(key)) continue;
    seen.add(key);
    const chosen =
      group.find((v) => v.data.language === lang) ??
      group.find((v) => v.data.translationOf === undefined) ??
      p;
    out.push(chosen);
  }
  return out;
}

/**
 * The reader languages whose lists show this version of a practice: its own
 * language, and any language in which the practice has no version of its own
 * when this is the version shown instead (the original). Written into the
 * search index as the `listedIn` filter, so that a search in one language
 * returns one result per practice, as the listings do.
 */
export function readerLanguages<P extends Versioned>(practice: P, versions: readonly P[], langs: readonly string[]): string[] {
  return langs.filter((lang) => pickLanguageVersions([practice, ...versions], lang, new Map([[practice.slug, versions]]))[0] === practice);
}
