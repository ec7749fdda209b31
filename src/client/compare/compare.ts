import { budgetText, reachText, type Budget, type Reach } from '../../i18n/evidence-format.ts';
import { staleOngoing } from '../../catalogue/freshness.ts';
import { el } from '../shared/el.ts';
import { readStrings, translator, type Params } from '../shared/translator.ts';
import { UrlState } from '../shared/url-state.ts';
import { readSelection, selectionQuery, withPrevious } from './selection.ts';
import type { CompareKey, CompareLabels } from '../../i18n/script-strings.ts';

/** What the compare page reads of `/api/practices/<slug>.json`. */
interface PracticeData {
  slug: string;
  title: string;
  language: string;
  gcmObjectives: number[];
  countries?: string[];
  period: { start: string; end?: string };
  status: string;
  statusAsOf?: string;
  updatedAt?: string;
  publishedAt: string;
  practiceType?: string;
  evaluation?: string;
  reach?: Reach[];
  budget?: Budget;
  enablingFactors?: string[];
  constraints?: string[];
  buildingBlocks?: string[];
}

const STORAGE_KEY = 'practice-atlas-compare';

function previousSelection(): string[] {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter((s): s is string => typeof s === 'string') : [];
  } catch {
    return [];
  }
}

type T = (key: CompareKey, params?: Params) => string;

/** A cell's content: a list of values, or "Not stated". */
function values(items: (string | Node)[], t: T): Node {
  if (!items.length) return el('span', { className: 'muted', text: t('compare.notStated') });
  if (items.length === 1) {
    const span = el('span');
    span.append(items[0]!);
    return span;
  }
  const ul = el('ul');
  for (const item of items) {
    const li = el('li');
    li.append(item);
    ul.append(li);
  }
  return ul;
}

/**
 * The compare page's enhancement: reads the chosen practices from the URL,
 * lists links to them at once, then fetches each one's open data and lays
 * them side by side, field by field. Everything from the data reaches the
 * page as text nodes.
 */
export async function startCompare(root: HTMLElement): Promise<void> {
  const lang = root.dataset.lang ?? 'en';
  const base = (root.dataset.base ?? '/').replace(/\/?$/, '/');
  const strings = readStrings<CompareKey>(root.dataset.strings);
  if (!strings) throw new Error('The compare page holds no strings.');
  const labels = JSON.parse(root.dataset.labels ?? '{}') as CompareLabels;
  const comparePath = root.dataset.compare ?? location.pathname;
  const { t } = translator(strings, lang);
  const requested = readSelection(location.search);
  const { slugs, cut } = withPrevious(requested, previousSelection());
  if (!slugs.length) return;
  // The URL stays the one shareable state, and the language switcher keeps it.
  new UrlState(requested.slugs.join() !== slugs.join() ? selectionQuery(slugs) : undefined);
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(slugs));
  } catch {
    // Storage refused (private mode, quota): adding one practice then starts a new selection.
  }

  document.getElementById('compare-none')?.setAttribute('hidden', '');
  const practiceUrl = (slug: string) => `${base}practices/${slug}/`;

  // First the links: whatever happens to the data, the reader can reach each practice.
  const chosen = el('section', { className: 'compare-chosen' });
  chosen.setAttribute('aria-labelledby', 'compare-chosen-title');
  const heading = el('h2', { text: t('compare.chosen') });
  heading.id = 'compare-chosen-title';
  const list = el('ul');
  const linkOf = new Map<string, HTMLAnchorElement>();
  for (const slug of slugs) {
    const li = el('li');
    const a = el('a', { text: slug });
    a.href = practiceUrl(slug);
    linkOf.set(slug, a);
    li.append(a);
    if (slugs.length > 1) {
      const remove = el('a', { className: 'compare-remove no-print' });
      const rest = slugs.filter((s) => s !== slug);
      remove.href = `${comparePath}?${selectionQuery(rest)}`;
      // What is left is the selection now: one practice left must not bring the removed one back (withPrevious).
      remove.addEventListener('click', () => {
        try {
          sessionStorage.setItem(STORAGE_KEY, JSON.stringify(rest));
        } catch {
          /* storage refused: nothing to update */
        }
      });
      remove.setAttribute('aria-label', t('compare.remove', { title: slug }));
      remove.textContent = '×';
      li.append(' ', remove);
    }
    list.append(li);
  }
  chosen.append(heading, list);
  const status = el('p', { className: 'compare-status', text: t('compare.loading') });
  status.setAttribute('role', 'status');
  root.append(chosen, status);
  if (cut) root.insertBefore(el('p', { className: 'notice', text: t('compare.tooMany') }), chosen);
  if (slugs.length < 2) {
    status.textContent = t('compare.tooFew');
    return;
  }

  const loaded = await Promise.all(
    slugs.map(async (slug) => {
      try {
        const response = await fetch(`${base}api/practices/${slug}.json`);
        if (!response.ok) throw new Error(String(response.status));
        const data = (await response.json()) as PracticeData;
        return data && typeof data.title === 'string' ? data : undefined;
      } catch {
        return undefined;
      }
    }),
  );
  slugs.forEach((slug, i) => {
    const data = loaded[i];
    const link = linkOf.get(slug)!;
    if (data) {
      link.textContent = data.title;
      if (data.language !== lang) link.lang = data.language;
      link.closest('li')?.querySelector('.compare-remove')?.setAttribute('aria-label', t('compare.remove', { title: data.title }));
    } else {
      link.after(' ', el('span', { className: 'muted', text: `(${t('compare.error')})` }));
    }
  });
  const practices = loaded.filter((p): p is PracticeData => p !== undefined);
  if (practices.length < 2) {
    status.textContent = practices.length ? t('compare.tooFew') : t('compare.error');
    return;
  }

  // A block is shared when at least two of the practices compared use it.
  const uses = new Map<string, number>();
  for (const p of practices) for (const id of new Set(p.buildingBlocks ?? [])) uses.set(id, (uses.get(id) ?? 0) + 1);
  const today = new Date();
  const rows: { label: string; cell: (p: PracticeData) => Node }[] = [
    { label: t('compare.objectives'), cell: (p) => values(p.gcmObjectives.map((n) => `${n}. ${labels.objectives[n] ?? ''}`.trim()), t) },
    { label: t('compare.countries'), cell: (p) => (p.countries?.length ? values(p.countries.map((c) => labels.countries[c] ?? c), t) : el('span', { text: t('glance.global') })) },
    {
      label: t('compare.period'),
      cell: (p) => {
        const span = el('span');
        const years = `${p.period.start.slice(0, 4)}–${p.period.end ? p.period.end.slice(0, 4) : ''}`;
        const stale = staleOngoing(p, today);
        const word = p.status === 'planned' || p.status === 'ongoing' || p.status === 'completed' ? t(`status.${p.status}`) : '';
        const statusNode = stale
          ? el('span', { className: 'status-ongoing status-stale', text: t('status.stale', { status: t('status.ongoing'), year: stale.asOf.slice(0, 4) }) })
          : el('span', { className: `status-${p.status}`, text: word });
        span.append(`${years} · `, statusNode);
        return span;
      },
    },
    { label: t('compare.type'), cell: (p) => values(p.practiceType ? [labels.types[p.practiceType] ?? p.practiceType] : [], t) },
    { label: t('compare.evaluation'), cell: (p) => values(p.evaluation ? [labels.evaluations[p.evaluation] ?? p.evaluation] : [], t) },
    { label: t('compare.reach'), cell: (p) => values((p.reach ?? []).map((r) => reachText(r, lang)), t) },
    { label: t('compare.budget'), cell: (p) => values(p.budget ? [budgetText(p.budget, lang)] : [], t) },
    { label: t('compare.enablingFactors'), cell: (p) => values(p.enablingFactors ?? [], t) },
    { label: t('compare.constraints'), cell: (p) => values(p.constraints ?? [], t) },
    {
      label: t('compare.blocks'),
      cell: (p) =>
        values(
          (p.buildingBlocks ?? []).map((id) => {
            const a = el('a', { text: labels.blocks[id] ?? id });
            a.href = `${root.dataset.blocks ?? `${base}building-blocks/`}${id}/`;
            if ((uses.get(id) ?? 0) < 2) return a;
            // Shared blocks are marked by more than colour: a word says so.
            const mark = el('mark', { className: 'compare-shared' });
            mark.append(a, ` (${t('compare.shared')})`);
            return mark;
          }),
          t,
        ),
    },
  ];

  // Wide screens and print: one table, a column per practice.
  const table = el('table', { className: 'compare-table' });
  const head = el('tr');
  head.append(el('th', { text: t('compare.field') }));
  for (const p of practices) {
    const th = el('th');
    th.scope = 'col';
    const a = el('a', { text: p.title });
    a.href = practiceUrl(p.slug);
    if (p.language !== lang) a.lang = p.language;
    th.append(a);
    head.append(th);
  }
  const thead = el('thead');
  thead.append(head);
  const tbody = el('tbody');
  for (const row of rows) {
    const tr = el('tr');
    const th = el('th', { text: row.label });
    th.scope = 'row';
    tr.append(th);
    for (const p of practices) {
      const td = el('td');
      td.append(row.cell(p));
      tr.append(td);
    }
    tbody.append(tr);
  }
  table.append(thead, tbody);
  const wide = el('div', { className: 'compare-wide' });
  wide.append(table);

  // Phones: one section per practice, with the same row labels.
  const stack = el('div', { className: 'compare-stack' });
  for (const p of practices) {
    const section = el('section', { className: 'compare-practice' });
    const title = el('h2');
    const a = el('a', { text: p.title });
    a.href = practiceUrl(p.slug);
    if (p.language !== lang) a.lang = p.language;
    title.append(a);
    const dl = el('dl', { className: 'compare-facts' });
    for (const row of rows) {
      const dd = el('dd');
      dd.append(row.cell(p));
      dl.append(el('dt', { text: row.label }), dd);
    }
    section.append(title, dl);
    stack.append(section);
  }
  status.textContent = '';
  root.append(wide, stack);
}
