import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useTranslations, type Lang } from '../../src/i18n/index.ts';
import type { Vocabularies } from '../../src/catalogue/load-vocabularies.ts';
import { readProposal } from './read-proposal.ts';
import { validatePractices } from '../../src/catalogue/validate-practices.ts';

export type ProposalResult =
  | { ok: true; lang: Lang; slug: string; text: string; warnings: string[] }
  | { ok: false; lang: Lang; messages: string[] };

/**
 * A proposal turned into a practice file that passes `npm run check`, or the
 * list of what to fix, in the proposal's language. The file is checked by
 * the check itself, alone in a scratch folder (with the real building
 * blocks), before anything is written to the content.
 */
export async function proposalToPractice(
  body: string,
  options: { vocabularies: Vocabularies; today: string; practicesDir: string; blocksDir: string },
): Promise<ProposalResult> {
  const read = readProposal(body, options.vocabularies, { today: options.today });
  const t = useTranslations(read.lang);
  const say = (question: string | undefined, message: string) =>
    question ? t('proposal.error.question', { question, message }) : message;
  const messages = read.problems.map((p) => say(p.question, p.message));
  if (read.slug && (existsSync(join(options.practicesDir, read.slug)) || existsSync(join(options.practicesDir, `${read.slug}.mdx`)))) {
    messages.push(say(read.questionOf('title'), t('proposal.error.exists', { path: `content/practices/${read.slug}/` })));
  }
  if (messages.length || !read.slug) return { ok: false, lang: read.lang, messages };

  const scratch = mkdtempSync(join(tmpdir(), 'atlas-proposal-'));
  try {
    const file = join(scratch, 'practices', read.slug, 'index.mdx');
    mkdirSync(join(scratch, 'practices', read.slug), { recursive: true });
    writeFileSync(file, read.text);
    const { problems } = await validatePractices({
      dir: join(scratch, 'practices'),
      blocksDir: options.blocksDir,
      vocabularies: options.vocabularies,
      root: scratch,
      today: new Date(`${options.today}T12:00:00Z`),
    });
    // The scratch folder holds one practice: what concerns the blocks alone (unused ones) is not the proposer's.
    const own = problems.filter((p) => p.file === `practices/${read.slug}/index.mdx`);
    const errors = own.filter((p) => p.severity === 'error');
    const tell = (p: (typeof own)[number]) => say(p.field ? read.questionOf(p.field) : undefined, p.field ? `${p.field}: ${p.message}` : p.message);
    if (errors.length) return { ok: false, lang: read.lang, messages: errors.map(tell) };
    return { ok: true, lang: read.lang, slug: read.slug, text: read.text, warnings: own.filter((p) => p.severity === 'warning').map(tell) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
