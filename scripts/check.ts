/**
 * `npm run check`: validates every practice and building block without
 * building the site, with the same rules as the build
 * (src/catalogue/validate-practices.ts).
 *
 *   npm run check               problems as `file:line: field: message`
 *   npm run check -- --json     { problems, errors, warnings, practices, seconds }
 *
 * Exit code: 0 when there are no errors (warnings are advice), 1 when there
 * are errors, 2 when the check itself could not run (a broken vocabulary, a
 * bad flag). `ATLAS_CONTENT_DIR` checks another content set. On GitHub
 * Actions the problems are also printed as annotations, which show on the
 * pull request next to the line concerned.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { relative } from 'node:path';
import { practicesDir, projectRoot } from '../src/catalogue/content-paths.ts';
import { formatReport } from '../src/catalogue/format-problem.ts';
import { formatAnnotation } from './lib/github-annotations.ts';
import { validatePractices } from '../src/catalogue/validate-practices.ts';

const USAGE = `Usage: npm run check [-- --json]

Checks every practice in ${relative(process.cwd(), practicesDir()) || '.'}, and the building blocks beside it, against the content model.
  --json   print a JSON report instead of text
  --help   show this help
Set ATLAS_CONTENT_DIR to check another content folder.`;

let json = false;
try {
  const { values } = parseArgs({ options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  json = values.json ?? false;
} catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}

const dir = practicesDir();
if (!existsSync(dir)) {
  // Most likely a mistyped ATLAS_CONTENT_DIR: passing "0 practices" would hide it.
  console.error(`The check could not run: there is no practices folder at ${dir}`);
  process.exit(2);
}

const started = performance.now();
let result: Awaited<ReturnType<typeof validatePractices>>;
try {
  result = await validatePractices({ dir, root: projectRoot });
} catch (error) {
  // A vocabulary that cannot be read makes every practice uncheckable: say so plainly.
  console.error(`The check could not run: ${(error as Error).message}`);
  process.exit(2);
}
const seconds = (performance.now() - started) / 1000;
const { problems, files, blockFiles } = result;
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;

if (json) {
  console.log(JSON.stringify({ problems, errors, warnings, practices: files, buildingBlocks: blockFiles, seconds: Number(seconds.toFixed(3)) }, null, 2));
} else {
  if (process.env.GITHUB_ACTIONS === 'true') {
    for (const problem of problems) console.log(formatAnnotation(problem));
  }
  console.log(formatReport(problems, 'editor'));
  const blocks = blockFiles ? ` and ${blockFiles} building block${blockFiles === 1 ? '' : 's'}` : '';
  console.log(`Checked ${files} practice${files === 1 ? '' : 's'}${blocks} in ${seconds.toFixed(1)} s`);
}
process.exitCode = errors ? 1 : 0;
