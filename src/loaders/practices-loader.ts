import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { formatReport } from '../lib/format-problem.ts';
import { practicesDir } from '../lib/content-paths.ts';
import { validatePractices } from '../lib/validate-practices.ts';

/**
 * Astro's glob loader, preceded by the Atlas's own validation of the whole
 * content set. Astro alone stops at the first bad file; editors need every
 * problem of every file in one run, worded as the content model promises.
 */
export function practicesLoader(): Loader {
  const base = practicesDir();
  const inner = glob({
    pattern: ['*.mdx', '*/index.mdx'],
    base,
    generateId: ({ entry }) => entry.replace(/\/index\.mdx$|\.mdx$/, ''),
  });
  return {
    name: 'practice-atlas-practices',
    async load(context) {
      const { problems } = await validatePractices({ dir: base });
      // Warnings are advice for editors: `npm run check` lists them; the
      // build only counts them, so real errors stay easy to see.
      const warnings = problems.filter((p) => p.severity === 'warning').length;
      if (warnings) context.logger.info(`${warnings} content warnings (advice, not errors): run "npm run check" to see them.`);
      const errors = problems.filter((p) => p.severity === 'error');
      if (errors.length) {
        const error = new Error(`Practice Atlas found problems in the content:\n${formatReport(errors, 'contract')}`);
        error.name = 'ContentProblems';
        throw error;
      }
      await inner.load(context);
    },
  };
}
