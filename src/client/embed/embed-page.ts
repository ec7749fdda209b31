/**
 * /embed/: reads the query string (every value is data, see parseEmbedParams)
 * and shows the matching practices from Pagefind's index of the chosen
 * language: the filter chunks of the chosen filters and the fragments of the
 * cards shown, and for a text search (`q`, or the search box with
 * `search=1`) the word chunks of its text. Nothing it fetches grows with the
 * whole collection but Pagefind's own metadata.
 */
import { EMBED_LANGS, embedQuery, parseEmbedParams } from '../../search/embed-params.ts';
import { localizePath } from '../../i18n/locales.ts';
import { cleanQuery, QUERY_MAX } from '../../search/search-state.ts';
import { Engine, type ResultCard } from '../search/engine.ts';
import { readBundle } from '../search/bundle.ts';
import { el, outLink, renderPractices, type LinkOptions } from './render-practices.ts';
import { reportHeight } from './report-height.ts';
import { embedTranslate, type EmbedStrings } from './strings.ts';

/** What is shown: how many practices match, and the first ones of them, in order. */
interface Source {
  total: number;
  take(count: number): Promise<ResultCard[]>;
}

const root = document.getElementById('atlas-embed');
if (root) void start(root);

function readJson<T>(text: string | undefined, fallback: T): T {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

async function start(root: HTMLElement): Promise<void> {
  const pageLang = EMBED_LANGS.find((l) => l === root.dataset.lang);
  const params = parseEmbedParams(location.search, pageLang);
  const base = root.dataset.base ?? '/';
  const all = readJson<Record<string, EmbedStrings>>(root.dataset.strings, {});
  const objectives = readJson<Record<string, Record<string, string>>>(root.dataset.objectives, {})[params.lang] ?? {};
  const sections = readJson<Record<string, Record<string, string>>>(root.dataset.sections, {})[params.lang] ?? {};
  const t = embedTranslate(all[params.lang] ?? all.en!);
  const html = document.documentElement;
  html.lang = params.lang;
  if (params.colorScheme !== 'auto') html.classList.add(`scheme-${params.colorScheme}`);
  document.title = t('embed.title');
  root.querySelector('h1')!.textContent = t('embed.heading');
  reportHeight(root, () => document.title);

  const link: LinkOptions = { target: params.target === 'top' ? '_top' : '_blank', t };
  const atlas = (path: string) => new URL(base + path.replace(/^\//, ''), location.origin).href;
  const status = el('p', 'embed-status', t('embed.loading'));
  status.setAttribute('role', 'status');
  const results = el('div', 'embed-results');
  const more = el('p', 'embed-more');
  root.append(status, results, more);

  const engine = new Engine({ bundleUrl: root.dataset.pagefind ?? `${base}pagefind/`, base, lang: params.lang, bundle: readBundle(root.dataset.bundle) });
  engine.warm();
  let q = params.q;
  let shown = params.limit;
  let run = 0;
  let last: { text: string; source: Promise<Source> } | undefined;

  const sourceFor = (text: string): Promise<Source> => {
    if (last?.text !== text) {
      const source = engine.search({ q: text, filters: params.filters, sort: params.sort }).then(({ results }) => ({
        total: results.length,
        take: (n: number) => Promise.all(results.slice(0, n).map((r) => r.card())),
      }));
      last = { text, source };
      // A failed search is tried again next time.
      source.catch(() => {
        if (last?.source === source) last = undefined;
      });
    }
    return last!.source;
  };

  const render = async (focusFrom?: number) => {
    const mine = ++run;
    let source: Source;
    let records: ResultCard[];
    try {
      source = await sourceFor(q);
      records = await source.take(shown);
    } catch {
      if (mine === run) status.textContent = t('embed.error');
      return;
    }
    if (mine !== run) return;
    status.textContent =
      source.total === 0
        ? t('embed.empty')
        : records.length < source.total
          ? t('embed.showing', { shown: records.length, count: source.total })
          : source.total === 1
            ? t('count.practice')
            : t('count.practices', { count: source.total });
    const list = renderPractices(records, { layout: params.layout, objectives, sections, link, base, lang: params.lang });
    results.replaceChildren(...(records.length ? [list] : []));
    if (records.length < source.total) {
      const button = el('button', 'embed-show-more', t('embed.showMore'));
      button.type = 'button';
      button.addEventListener('click', () => {
        const from = shown;
        shown += params.limit;
        void render(from);
      });
      results.append(button);
    }
    if (focusFrom !== undefined) list.querySelectorAll<HTMLElement>(':scope > li')[focusFrom]?.querySelector('a')?.focus();
    const query = embedQuery({ q, filters: params.filters, sort: params.sort }, { searchOnly: true });
    more.replaceChildren(outLink(atlas(localizePath('/search/', params.lang) + (query ? `?${query}` : '')), t('embed.moreOnAtlas'), link));
  };

  if (params.search) root.insertBefore(searchBox(q, t('embed.searchLabel'), t('search.submit'), (value) => {
    q = value;
    shown = params.limit;
    void render();
  }), status);
  await render();
}

/** A search box that searches as one types (after a pause) and on submit. */
function searchBox(value: string, label: string, submit: string, onSearch: (q: string) => void): HTMLFormElement {
  const form = el('form', 'embed-search');
  form.setAttribute('role', 'search');
  const id = 'embed-q';
  const labelEl = el('label', undefined, label);
  labelEl.htmlFor = id;
  const input = el('input');
  input.type = 'search';
  input.id = id;
  input.name = 'q';
  input.value = value;
  input.maxLength = QUERY_MAX;
  input.autocomplete = 'off';
  const button = el('button', undefined, submit);
  button.type = 'submit';
  const row = el('div', 'embed-search-row');
  row.append(input, button);
  form.append(labelEl, row);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = value;
  const go = () => {
    clearTimeout(timer);
    const next = cleanQuery(input.value);
    if (next === last) return;
    last = next;
    onSearch(next);
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(go, 300);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go();
  });
  return form;
}
