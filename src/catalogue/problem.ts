/** One problem found in content, as the build and `npm run check` report it. */
export interface Problem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** 1-based line in the file, when the problem has a place. */
  line?: number;
  /** Field path, such as `gcmObjectives[1]` or `period.end`; `body` for the MDX. */
  field?: string;
  /** Errors stop the build; warnings are advice. */
  severity: 'error' | 'warning';
  /** What is wrong and what is allowed, starting with the value as written. */
  message: string;
}
