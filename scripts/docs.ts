/**
 * Rewrites the generated parts of CONTRIBUTING.md from the practice schema
 * and the check: the table of fields and the table of common mistakes.
 *
 *   npm run docs            rewrite them
 *   npm run docs -- --check say whether they are up to date (exit 1 if not)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/lib/content-paths.ts';
import { updateContributing } from '../src/lib/contributing-docs.ts';
import { loadVocabularies } from '../src/lib/load-vocabularies.ts';

const file = join(projectRoot, 'CONTRIBUTING.md');
const current = readFileSync(file, 'utf8');
const next = await updateContributing(current, loadVocabularies());
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error('CONTRIBUTING.md is out of date with the schema or the check: run `npm run docs` and commit it.');
    process.exit(1);
  }
  console.log('CONTRIBUTING.md is up to date.');
} else if (next === current) {
  console.log('CONTRIBUTING.md is up to date.');
} else {
  writeFileSync(file, next);
  console.log('CONTRIBUTING.md: fields and common mistakes rewritten.');
}
