/**
 * `npm run new`: creates content/practices/<slug>/index.mdx with valid
 * frontmatter and the suggested sections, asking one question at a time.
 *
 * Without a terminal (or with --yes) it reads flags instead, for scripts:
 *
 *   npm run new -- --title "..." --summary "..." --objective 6 --objective 23 \
 *     --theme labour-migration --country SLE --status ongoing --start 2019 \
 *     --implementer ICMPD [--end 2023] [--type programme] [--sdg 10.7] [--slug ...] \
 *     [--block pre-departure-orientation] [--reach "23096 residence cards issued"] \
 *     [--budget "1500000 EUR"] [--enabling-factor "..."] [--constraint "..."] [--yes]
 *
 * Respects ATLAS_CONTENT_DIR, like the site and `npm run check`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { checkbox, confirm, input, search, select } from '@inquirer/prompts';
import { practicesDir, projectRoot, taxonomiesDir } from '../src/catalogue/content-paths.ts';
import { formatReport } from '../src/catalogue/format-problem.ts';
import { loadVocabularies, type Vocabularies } from '../src/catalogue/load-vocabularies.ts';
import {
  fieldProblem,
  frontmatterYaml,
  inputFromFlags,
  orderObjectives,
  practiceFileText,
  scaffoldProblems,
  slugProblem,
  splitList,
  today,
  type PracticeType,
  type ScaffoldFlags,
  type ScaffoldInput,
} from '../src/editor/scaffold-practice.ts';
import { slugify } from '../src/catalogue/slugify.ts';
import { validateBuildingBlocks } from '../src/catalogue/validate-building-blocks.ts';
import { validatePractices } from '../src/catalogue/validate-practices.ts';
import { PRACTICE_TYPES, STATUSES, type Status } from '../src/schemas/practice.ts';

const USAGE = `Usage: npm run new [-- flags]

Creates a practice with valid frontmatter and the suggested sections.
Asks questions in a terminal; with --yes, or without a terminal, uses flags:

  --title TEXT          required  5-160 characters
  --summary TEXT        required  plain text, 50-500 characters
  --objective N         required  GCM objective 1-23; repeat; the first is the primary one
  --theme ID            required  theme id or label; repeat
  --status STATUS       required  ${STATUSES.join(', ')}
  --start DATE          required  YYYY, YYYY-MM or YYYY-MM-DD
  --implementer NAME    required  organisation; repeat
  --end DATE            needed when status is completed
  --country ISO3        ISO 3166-1 alpha-3 code or English name; repeat
  --sdg TARGET          SDG target id such as 10.7; repeat
  --type TYPE           ${PRACTICE_TYPES.join(', ')}
  --block ID            building block id (content/building-blocks/); repeat
  --reach "N UNIT"      a figure the sources state, such as "23096 residence cards issued"; repeat
  --budget "N CODE"     resources mobilised, such as "1500000 EUR" (ISO 4217 currency)
  --enabling-factor T   what made it work, a short phrase; repeat
  --constraint T        what held it back, a short phrase; repeat
  --slug SLUG           instead of the one made from the title
  --yes                 do not ask anything`;

const display = (p: string) => {
  const rel = relative(projectRoot, p);
  return (rel.startsWith('..') ? p : rel).split(sep).join('/');
};

function parseFlags(): { flags: ScaffoldFlags; yes: boolean } {
  const many = { type: 'string', multiple: true } as const;
  const one = { type: 'string' } as const;
  const { values } = parseArgs({
    options: {
      title: one,
      slug: one,
      summary: one,
      objective: many,
      theme: many,
      sdg: many,
      country: many,
      status: one,
      start: one,
      end: one,
      type: one,
      implementer: many,
      block: many,
      reach: many,
      budget: one,
      'enabling-factor': many,
      constraint: many,
      yes: { type: 'boolean', short: 'y' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const { yes, help: _help, ...flags } = values;
  return { flags, yes: yes ?? false };
}

/** Counts characters as the editor types, against the schema's own limits. */
function counter(min: number, max: number) {
  return (value: string, { isFinal }: { isFinal: boolean }) => {
    if (isFinal) return value;
    const n = [...value.trim()].length;
    const note = n < min ? `${min - n} more needed` : n > max ? `${n - max} too many` : 'ok';
    return `${value}  (${n}/${min}-${max}, ${note})`;
  };
}

const asMessage = (problem: string | undefined) => problem ?? true;

async function ask(flags: ScaffoldFlags, vocabularies: Vocabularies, dir: string, blocks: { id: string; title: string }[]): Promise<ScaffoldInput> {
  const title = await input({
    message: 'Title (how readers will search for it)',
    default: flags.title,
    transformer: counter(5, 160),
    validate: (v) => asMessage(fieldProblem('title', v.trim(), vocabularies)),
  });

  const slug = await input({
    message: 'Slug (the permanent address: /practices/<slug>/)',
    default: flags.slug ?? slugify(title),
    prefill: 'editable',
    validate: (v) => asMessage(slugProblem(dir, v.trim(), display)),
  });

  const summary = await input({
    message: 'Summary (one or two plain sentences: what was done, where, with what result)',
    default: flags.summary,
    transformer: counter(50, 500),
    validate: (v) => asMessage(fieldProblem('summary', v.trim(), vocabularies)),
  });

  const objectives = [...vocabularies.objectives.values()];
  const given = new Set(flags.objective?.map(Number));
  const selected = await checkbox({
    message: 'GCM objectives it contributes to (space to select, enter to confirm)',
    choices: objectives.map((o) => ({
      value: o.id,
      name: `${o.id} — ${o.short}`,
      description: o.title,
      checked: given.has(o.id),
    })),
    pageSize: 12,
    required: true,
  });
  const primary =
    selected.length === 1
      ? selected[0]!
      : await select({
          message: 'Which one is the primary objective?',
          choices: selected.map((id) => ({ value: id, name: `${id} — ${vocabularies.objectives.get(id)!.short}` })),
          default: flags.objective?.length ? Number(flags.objective[0]) : undefined,
        });

  const givenThemes = new Set(flags.theme);
  const themes = await checkbox({
    message: 'Themes',
    choices: [...vocabularies.themes.values()].map((t) => ({
      value: t.id,
      name: t.label,
      description: t.description,
      checked: givenThemes.has(t.id),
    })),
    pageSize: 12,
    required: true,
  });

  const countries: string[] = [...(flags.country ?? [])];
  const all = [...vocabularies.countries.values()];
  for (;;) {
    const chosen = countries.map((c) => vocabularies.countries.get(c)?.names.en ?? c).join(', ');
    const DONE = '';
    const next = await search<string>({
      message: countries.length
        ? `Another country? (${chosen}; type to search, or choose "Done")`
        : 'Countries where it took place (type to search; choose "Done" for a regional or global practice)',
      source: (term) => {
        const wanted = slugify(term ?? '');
        const matches = all
          .filter((c) => !countries.includes(c.id))
          .filter((c) => !wanted || slugify(c.names.en).includes(wanted) || c.id.toLowerCase() === wanted)
          .map((c) => ({ value: c.id, name: `${c.names.en} (${c.id})` }));
        return [{ value: DONE, name: countries.length ? 'Done' : 'Done (no country)' }, ...matches];
      },
      pageSize: 10,
    });
    if (next === DONE) break;
    countries.push(next);
  }

  const status = await select<Status>({
    message: 'Status',
    choices: STATUSES.map((s) => ({ value: s, name: s })),
    default: flags.status as Status | undefined,
  });

  const start = await input({
    message: 'Start (YYYY, YYYY-MM or YYYY-MM-DD)',
    default: flags.start,
    validate: (v) => asMessage(fieldProblem('period', { start: v.trim() }, vocabularies)),
  });
  const end = await input({
    message: status === 'completed' ? 'End (required for a completed practice)' : 'End (leave empty if not ended)',
    default: flags.end,
    validate: (v) => {
      if (!v.trim()) return status === 'completed' ? 'a completed practice needs an end date' : true;
      return asMessage(fieldProblem('period', { start: start.trim(), end: v.trim() }, vocabularies));
    },
  });

  const SKIP = '';
  const practiceType = await select<PracticeType | typeof SKIP>({
    message: 'Type of practice',
    choices: [{ value: SKIP, name: '(leave out)' }, ...PRACTICE_TYPES.map((t) => ({ value: t, name: t }))],
    default: (flags.type as PracticeType | undefined) ?? SKIP,
  });

  const implementers = splitList(
    await input({
      message: 'Implementers: organisations that carried it out (separate with commas, or with ";" if a name has a comma)',
      default: flags.implementer?.join('; '),
      validate: (v) => asMessage(fieldProblem('implementers', splitList(v), vocabularies)),
    }),
  );

  return {
    title: title.trim(),
    slug: slug.trim(),
    summary: summary.trim(),
    gcmObjectives: orderObjectives(selected, primary),
    themes,
    sdgTargets: flags.sdg,
    countries,
    practiceType: practiceType || undefined,
    status,
    period: { start: start.trim(), end: end.trim() || undefined },
    implementers,
    publishedAt: today(),
    buildingBlocks: blocks.length
      ? await checkbox({
          message: 'Building blocks it uses (space to choose; none is fine)',
          choices: blocks.map((b) => ({ value: b.id, name: b.title, checked: flags.block?.includes(b.id) ?? false })),
        })
      : undefined,
    enablingFactors: phrases(await input({ message: 'What made it work, as short phrases (separate with ";"; leave empty if the sources do not say)', default: flags['enabling-factor']?.join('; ') })),
    constraints: phrases(await input({ message: 'What held it back, as short phrases (separate with ";"; leave empty if the sources do not say)', default: flags.constraint?.join('; ') })),
  };
}

/** Short phrases typed on one line, separated by ";" (a phrase may hold a comma). */
function phrases(text: string): string[] {
  return text.split(';').map((s) => s.trim()).filter(Boolean);
}

/** Published building blocks a practice may name, beside the practices folder. */
function buildingBlocks(dir: string): { id: string; title: string }[] {
  return validateBuildingBlocks({ dir: join(dirname(dir), 'building-blocks') })
    .blocks.filter((b) => b.data.translationOf === undefined && !b.data.draft)
    .map((b) => ({ id: b.id, title: b.data.title }));
}

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parseFlags>;
  try {
    parsed = parseFlags();
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { flags, yes } = parsed;
  const dir = practicesDir();
  const vocabularies = loadVocabularies(taxonomiesDir());
  const interactive = !yes && Boolean(process.stdin.isTTY) && Boolean(process.stdout.isTTY);
  const blocks = buildingBlocks(dir);

  let practice: ScaffoldInput;
  if (interactive) {
    practice = await ask(flags, vocabularies, dir, blocks);
    const problems = scaffoldProblems(practice, vocabularies, blocks.map((b) => b.id));
    if (problems.length) {
      console.error(`The practice is not valid yet:\n${problems.map((p) => `  ${p}`).join('\n')}`);
      return 1;
    }
    console.log(`\n---\n${frontmatterYaml(practice)}---\n`);
    const file = display(join(dir, practice.slug, 'index.mdx'));
    if (!(await confirm({ message: `Create ${file}?`, default: true }))) {
      console.log('Nothing was written.');
      return 0;
    }
  } else {
    const { input: fromFlags, errors } = inputFromFlags(flags, vocabularies, { dir, display, blocks: blocks.map((b) => b.id) });
    if (!fromFlags) {
      console.error(`Cannot create the practice:\n${errors.map((e) => `  ${e}`).join('\n')}\n\nRun "npm run new -- --help" for the flags.`);
      return 2;
    }
    practice = fromFlags;
  }

  const path = join(dir, practice.slug, 'index.mdx');
  mkdirSync(dirname(path), { recursive: true });
  // "wx": never overwrite a practice created meanwhile under the same slug.
  writeFileSync(path, practiceFileText(practice), { flag: 'wx' });
  const file = display(path);
  console.log(`Created ${file}`);

  const { problems } = await validatePractices({ dir, vocabularies, root: projectRoot });
  const own = problems.filter((p) => p.file === file);
  if (own.length) console.log(formatReport(own, 'editor'));
  const failed = own.some((p) => p.severity === 'error');

  console.log(`
Next steps:
  1. Open ${file} and write each section; the comments under the headings say what goes there and can be deleted.
  2. Put a cover image (at least 1,200 px wide, at most 5 MB) beside it and add
       cover: { src: "./cover.jpg", alt: "What the picture shows" }
     to the frontmatter if you have one.
  3. Run "npm run check" to check it, and "npm start" to see it at http://localhost:4321/practices/${practice.slug}/
  4. Commit it on a new branch and open a pull request (see CONTRIBUTING.md).`);
  return failed ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  // Ctrl+C in a prompt: leave without a stack trace and without writing anything.
  if ((error as Error).name === 'ExitPromptError') {
    console.log('\nCancelled; nothing was written.');
    process.exitCode = 130;
  } else {
    throw error;
  }
}
