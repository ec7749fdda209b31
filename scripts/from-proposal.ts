/**
 * `npm run from-proposal -- <file>`: turns an issue written with the
 * proposal form (its body saved to a file) into
 * content/practices/<slug>/index.mdx, and prints that path.
 *
 * When the proposal breaks a rule, nothing is written: the answers to fix are
 * printed in the proposal's language, and the exit code is 1. Advice
 * (warnings of the check) goes to standard error. Exit code 2: the command
 * itself could not run (no file, a bad flag).
 *
 *   --today YYYY-MM-DD   the date the practice enters the Atlas (default: today, UTC)
 *   --reply FILE         also write there the answer to post on the issue, in
 *                        the proposal's language (the proposal workflow does)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { useTranslations } from '../src/i18n/index.ts';
import { buildingBlocksDir, practicesDir, projectRoot, taxonomiesDir } from '../src/catalogue/content-paths.ts';
import { loadVocabularies } from '../src/catalogue/load-vocabularies.ts';
import { proposalToPractice } from './lib/proposal-to-practice.ts';

const USAGE = 'Usage: npm run from-proposal -- <file with the issue body> [--today YYYY-MM-DD] [--reply FILE]';
let file: string;
let today: string;
let reply: string | undefined;
try {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { today: { type: 'string' }, reply: { type: 'string' } } });
  reply = values.reply;
  if (positionals.length !== 1) throw new Error('Give one file: the body of the issue.');
  file = positionals[0]!;
  today = values.today ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`--today ${today} is not a date as YYYY-MM-DD.`);
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}

let body: string;
try {
  body = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`Cannot read ${file}: ${(error as Error).message}`);
  process.exit(2);
}

const dir = practicesDir();
const result = await proposalToPractice(body, {
  vocabularies: loadVocabularies(taxonomiesDir()),
  today,
  practicesDir: dir,
  blocksDir: buildingBlocksDir(),
});
const t = useTranslations(result.lang);
if (!result.ok) {
  const answer = [t('proposal.result.failed'), ...result.messages.map((m) => `- ${m}`)].join('\n');
  console.log(answer);
  if (reply) writeFileSync(reply, `${answer}\n`);
  process.exit(1);
}
if (reply) writeFileSync(reply, `${t('proposal.result.pullRequest')}\n`);
const target = join(dir, result.slug, 'index.mdx');
mkdirSync(join(dir, result.slug), { recursive: true });
writeFileSync(target, result.text);
for (const warning of result.warnings) console.error(`- ${warning}`);
console.log(relative(projectRoot, target));
