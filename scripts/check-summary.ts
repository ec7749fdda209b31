/**
 * The content check for CI: runs `npm run check -- --json`, prints every
 * problem as a workflow annotation (errors first: GitHub shows ten per step
 * next to the lines) and as plain lines for the log, and writes all of them
 * as a table to the job summary ($GITHUB_STEP_SUMMARY). Exits 1 on errors.
 *
 *   node scripts/check-summary.ts
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSummaryMarkdown, sortProblems, type CheckReport } from './lib/check-summary.ts';
import { projectRoot } from '../src/catalogue/content-paths.ts';
import { formatReport } from '../src/catalogue/format-problem.ts';
import { formatAnnotation } from './lib/github-annotations.ts';

const run = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'check.ts'), '--json'], {
  cwd: projectRoot,
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
const summaryFile = process.env.GITHUB_STEP_SUMMARY;

let report: CheckReport;
try {
  report = JSON.parse(run.stdout) as CheckReport;
} catch {
  const message = `The check could not run:\n${run.stderr || run.stdout}`;
  console.error(message);
  if (summaryFile) appendFileSync(summaryFile, `## Check content: could not run\n\n\`\`\`text\n${message}\n\`\`\`\n`);
  process.exit(run.status || 2);
}

const problems = sortProblems(report.problems);
if (process.env.GITHUB_ACTIONS === 'true') {
  for (const problem of problems) console.log(formatAnnotation(problem));
}
console.log(formatReport(problems, 'editor'));
const server = process.env.GITHUB_SERVER_URL;
const repository = server && process.env.GITHUB_REPOSITORY ? `${server}/${process.env.GITHUB_REPOSITORY}` : undefined;
// On a pull request, link the head commit's files (GITHUB_SHA is the merge commit there).
const sha = process.env.ATLAS_HEAD_SHA || process.env.GITHUB_SHA;
if (summaryFile) appendFileSync(summaryFile, checkSummaryMarkdown(report, { repository, sha }));
process.exitCode = report.errors ? 1 : 0;
