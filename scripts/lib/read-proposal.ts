/**
 * An issue written with the proposal form, read back into a practice file.
 * The issue body is hostile input: it is only ever parsed as text, every
 * answer becomes YAML through the `yaml` package (never pasted into YAML),
 * and the file is then checked by `npm run check`'s own rules before it is
 * written (see scripts/from-proposal.ts).
 *
 * GitHub writes each answered question as `### <label>` followed by the
 * answer; `_No response_` for an empty one; a multiple choice as the chosen
 * labels joined by ", "; checkboxes as `- [X] label` / `- [ ] label`.
 */
import { stringify } from 'yaml';
import { LANGS, useTranslations, type Lang } from '../../src/i18n/index.ts';
import { closestMatch } from '../../src/catalogue/closest-match.ts';
import type { Vocabularies } from '../../src/catalogue/load-vocabularies.ts';
import { proposalQuestions, type ProposalQuestion } from '../../src/editor/proposal-form.ts';
import { slugify } from '../../src/catalogue/slugify.ts';
import { inLanguage } from '../../src/i18n/term-labels.ts';

export interface ProposalProblem {
  /** The question, in the proposal's language; undefined for the whole proposal. */
  question?: string | undefined;
  message: string;
}

export interface ReadProposal {
  /** The language of the form the proposer filled in. */
  lang: Lang;
  slug: string;
  /** The practice file: frontmatter and body. */
  text: string;
  problems: ProposalProblem[];
  /** Frontmatter field (top level) → the question that answers it, for the check's messages. */
  questionOf: (field: string) => string | undefined;
}

const NO_RESPONSE = '_No response_';

/** The form's answers by question id, in the language whose labels the body uses most. */
export function proposalAnswers(body: string, vocab: Vocabularies): { lang: Lang; answers: Map<string, string>; questions: ProposalQuestion[] } {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  let best: { lang: Lang; answers: Map<string, string>; questions: ProposalQuestion[] } | undefined;
  for (const lang of LANGS) {
    const questions = proposalQuestions(vocab, lang);
    const byLabel = new Map(questions.map((q) => [q.label, q]));
    const answers = new Map<string, string[]>();
    let current: string[] | undefined;
    for (const line of lines) {
      // Only a heading that is one of the form's questions starts an answer, so a
      // `### ` line inside a description stays in the description.
      const heading = /^### (.+?)\s*$/.exec(line);
      const question = heading && byLabel.get(heading[1]!);
      if (question && !answers.has(question.id)) answers.set(question.id, (current = []));
      else current?.push(line);
    }
    const found = new Map([...answers].map(([id, text]) => [id, cleanAnswer(text.join('\n'))]));
    if (!best || found.size > best.answers.size) best = { lang, answers: found, questions };
  }
  return best!;
}

function cleanAnswer(text: string): string {
  const trimmed = text.trim();
  return trimmed === NO_RESPONSE ? '' : trimmed;
}

/**
 * The practice a proposal describes, as the text of its file, with what is
 * wrong in the answers themselves (missing, not a choice of the form, an
 * unknown country). The check's rules run on the text afterwards.
 */
export function readProposal(body: string, vocab: Vocabularies, options: { today: string }): ReadProposal {
  const { lang, answers, questions } = proposalAnswers(body, vocab);
  const t = useTranslations(lang);
  const problems: ProposalProblem[] = [];
  const question = new Map(questions.map((q) => [q.id, q]));
  if (answers.size === 0) problems.push({ message: t('proposal.error.unreadable') });

  const fail = (id: string, message: string) => problems.push({ question: question.get(id)!.label, message });
  const answer = (id: string): string | undefined => {
    // A one-line question stays one line, whatever was sent through the API.
    const value = question.get(id)!.kind === 'input' ? (answers.get(id) ?? '').replace(/\s+/g, ' ').trim() : (answers.get(id) ?? '');
    if (value) return value;
    if (question.get(id)!.required && answers.size > 0) fail(id, t('proposal.error.required'));
    return undefined;
  };
  const list = (id: string): string[] => {
    const value = answer(id);
    if (!value) return [];
    const parts = question.get(id)!.split === 'commas' ? value.split(/[,;\n]/) : value.split('\n');
    return parts.map((p) => p.replace(/^\s*[-*•]\s+/, '').trim()).filter(Boolean);
  };
  const choices = (id: string): string[] => {
    const value = answer(id);
    if (!value) return [];
    const options = question.get(id)!.options!;
    const picked: string[] = [];
    // Labels may hold ", " themselves ("8 — Save lives, missing migrants"): join
    // pieces until they make a label.
    let pending = '';
    for (const piece of value.split(', ')) {
      pending = pending ? `${pending}, ${piece}` : piece;
      const option = options.find((o) => o.label === pending.trim());
      if (option) {
        picked.push(option.value);
        pending = '';
      }
    }
    if (pending) {
      const near = closestMatch(pending.trim(), options.map((o) => o.label));
      fail(id, t('proposal.error.choice', { value: pending.trim() }) + (near ? t('proposal.error.near', { near }) : ''));
    }
    return picked;
  };
  const choice = (id: string): string | undefined => choices(id)[0];

  const title = answer('title');
  const summary = answer('summary')?.replace(/\s+/g, ' ');
  const primary = choice('primary-objective');
  const objectives = [...new Set([primary, ...choices('gcm-objectives')].filter((n): n is string => !!n))].map(Number);
  const countries = list('countries').map((name) => placeId(name, 'countries', vocab, lang, (value, near) => fail('countries', t('proposal.error.country', { value }) + (near ? t('proposal.error.near', { near }) : ''))));
  const regions = list('regions').map((name) => placeId(name, 'regions', vocab, lang, (value, near) => fail('regions', t('proposal.error.region', { value }) + (near ? t('proposal.error.near', { near }) : ''))));
  const resources = list('resources').flatMap((line, i) => {
    const url = /https?:\/\/\S+/.exec(line)?.[0];
    if (!url) {
      fail('resources', t('proposal.error.resource', { line: i + 1 }));
      return [];
    }
    const titleText = line.replace(url, '').replace(/^[\s:|–—-]+|[\s:|–—(-]+$/g, '').trim();
    if (!titleText) {
      fail('resources', t('proposal.error.resourceTitle', { line: i + 1 }));
      return [];
    }
    return [{ title: titleText, url: url.replace(/[).,;]+$/, '') }];
  });
  for (const id of ['inclusion-criteria', 'consent']) {
    const value = answers.get(id) ?? '';
    for (const option of question.get(id)!.options!) {
      const ticked = value.split('\n').some((l) => /^\s*-\s*\[[xX]\]\s*/.test(l) && l.replace(/^\s*-\s*\[[xX]\]\s*/, '').trim() === option.label);
      if (!ticked && answers.size > 0) fail(id, t('proposal.error.criteria', { criterion: option.label }));
    }
  }
  const contact = {
    name: answer('contact-name'),
    organisation: answer('contact-organisation'),
    email: answer('contact-email'),
  };
  const frontmatter = compact({
    title,
    summary,
    gcmObjectives: objectives.length ? objectives : undefined,
    themes: nonEmpty(choices('themes')),
    sdgTargets: nonEmpty(list('sdg-targets')),
    guidingPrinciples: nonEmpty(choices('guiding-principles')),
    countries: nonEmpty(countries.filter((c): c is string => !!c)),
    regions: nonEmpty(regions.filter((r): r is string => !!r)),
    practiceType: choice('practice-type'),
    status: choice('status'),
    statusAsOf: answer('status-as-of'),
    evaluation: choice('evaluation'),
    period: compact({ start: answer('period-start'), end: answer('period-end') }),
    implementers: nonEmpty(list('implementers')),
    partners: nonEmpty(list('partners')),
    funders: nonEmpty(list('funders')),
    publishedAt: options.today,
    language: choice('language'),
    resources: nonEmpty(resources),
    contact: compact(contact),
    enablingFactors: nonEmpty(list('enabling-factors')),
    constraints: nonEmpty(list('constraints')),
  });
  // In the order of the form, as the proposer reads it.
  const order = questions.map((q) => q.label);
  problems.sort((a, b) => order.indexOf(a.question ?? '') - order.indexOf(b.question ?? ''));
  const text = `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${(answer('body') ?? '').trim()}\n`;
  const fields: Record<string, string> = {
    gcmObjectives: 'primary-objective',
    sdgTargets: 'sdg-targets',
    guidingPrinciples: 'guiding-principles',
    practiceType: 'practice-type',
    statusAsOf: 'status-as-of',
    period: 'period-start',
    enablingFactors: 'enabling-factors',
  };
  return {
    lang,
    slug: slugify(title ?? ''),
    text,
    problems,
    questionOf: (field) => {
      const top = field.replace(/[.[].*$/, '');
      if (top === 'period' && field.startsWith('period.end')) return question.get('period-end')!.label;
      if (top === 'gcmObjectives' && !/^gcmObjectives(\[0\])?$/.test(field)) return question.get('gcm-objectives')!.label;
      if (top === 'contact') return question.get(`contact-${field.split('.')[1] ?? 'name'}`)?.label;
      return question.get(fields[top] ?? top)?.label;
    },
  };
}

/** A country or region named as the proposer wrote it: its id, its name in any of the three languages, any case and accents. */
function placeId(
  written: string,
  kind: 'countries' | 'regions',
  vocab: Vocabularies,
  lang: Lang,
  unknown: (value: string, near: string | undefined) => void,
): string | undefined {
  const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  const key = fold(written);
  const names = new Map<string, string>();
  const shown: string[] = [];
  if (kind === 'countries') {
    for (const [id, country] of vocab.countries) {
      names.set(fold(id), id);
      for (const name of Object.values(country.names)) names.set(fold(name), id);
      shown.push(country.names[lang]);
    }
  } else {
    for (const [id, region] of vocab.regions) {
      names.set(fold(id), id);
      for (const l of LANGS) names.set(fold(inLanguage(region, l).name), id);
      shown.push(inLanguage(region, lang).name);
    }
  }
  const id = names.get(key);
  if (!id) unknown(written, closestMatch(written, shown));
  return id;
}

function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length ? list : undefined;
}

/** The object without its undefined fields; undefined when nothing is left. */
function compact<T extends Record<string, unknown>>(object: T): T | undefined {
  const entries = Object.entries(object).filter(([, v]) => v !== undefined);
  return entries.length ? (Object.fromEntries(entries) as T) : undefined;
}
