/**
 * Rewrites what is generated from the practice schema, the check and the
 * vocabularies: the tables of fields and common mistakes in CONTRIBUTING.md,
 * and the issue forms that propose a practice, in English, French and
 * Spanish (.github/ISSUE_TEMPLATE/propose-a-practice*.yml).
 *
 *   npm run docs            rewrite them
 *   npm run docs -- --check say whether they are up to date (exit 1 if not)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/catalogue/content-paths.ts';
import { updateContributing } from '../src/editor/contributing-docs.ts';
import { loadVocabularies } from '../src/catalogue/load-vocabularies.ts';
import { LANGS } from '../src/i18n/locales.ts';
import { proposalFormFile, proposalFormYaml } from '../src/editor/proposal-form.ts';

const vocabularies = loadVocabularies();
const contributing = join(projectRoot, 'CONTRIBUTING.md');
const files = new Map<string, string>([
  [contributing, await updateContributing(readFileSync(contributing, 'utf8'), vocabularies)],
  ...LANGS.map((lang) => [join(projectRoot, proposalFormFile(lang)), proposalFormYaml(vocabularies, lang)] as [string, string]),
]);
const stale = [...files].filter(([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text).map(([file]) => file.slice(projectRoot.length + 1));

if (process.argv.includes('--check')) {
  if (stale.length) {
    console.error(`Out of date with the schema, the check or the vocabularies: ${stale.join(', ')}. Run \`npm run docs\` and commit them.`);
    process.exit(1);
  }
  console.log('CONTRIBUTING.md and the proposal forms are up to date.');
} else if (!stale.length) {
  console.log('CONTRIBUTING.md and the proposal forms are up to date.');
} else {
  for (const [file, text] of files) if (stale.includes(file.slice(projectRoot.length + 1))) writeFileSync(file, text);
  console.log(`Rewritten: ${stale.join(', ')}.`);
}
