/**
 * /embed/: reads the query string (every value is data, see parseEmbedParams)
 * and shows the matching practices from Pagefind's index of the chosen
 * language: the filter chunks of the chosen filters and the fragments of the
 * cards shown, and for a text search (`q`, or the search box with
 * `search=1`) the word chunks of its text. Nothing it fetches grows with the
 * whole collection but Pagefind's own metadata. What it shows is embedView's
 * (src/client/embed/view-model.ts); the result cards are the search page's.
 */
import { EMBED_LANGS, parseEmbedParams, type EmbedParams } from '../../search/embed-params.ts';
import { localizePath } from '../../i18n/locales.ts';
import type { EmbedKey } from '../../i18n/script-strings.ts';
import { cleanQuery, QUERY_MAX } from '../../search/search-state.ts';
import { debounce } from '../shared/debounce.ts';
import { el } from '../shared/el.ts';
import { LatestRun } from '../shared/latest-run.ts';
import { renderCard, type ResultCard } from '../shared/result-card.ts';
import { translator, type Translator } from '../shared/translator.ts';
import { Engine } from '../search/engine.ts';
import { readBundle } from '../search/bundle.ts';
import { reportHeight } from './report-height.ts';
import { embedView, type EmbedView } from './view-model.ts';

const root = document.getElementById('atlas-embed');
if (root) void start(root);

function readJson<T>(text: string | undefined, fallback: T): T {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

/** A link out of the frame: a new tab (said to screen readers) or the whole window. */
function outLink(href: string, text: string, params: EmbedParams, tr: Translator<EmbedKey>): HTMLAnchorElement {
  const a = el('a', { text, attrs: { href, target: params.target === 'top' ? '_top' : '_blank' } });
  if (params.target !== 'top') {
    a.rel = 'noopener';
    a.append(el('span', { className: 'visually-hidden', text: ' ' + tr.t('embed.newTab') }));
  }
  return a;
}

async function start(root: HTMLElement): Promise<void> {
  const pageLang = EMBED_LANGS.find((l) => l === root.dataset.lang);
  const params = parseEmbedParams(location.search, pageLang);
  const base = root.dataset.base ?? '/';
  const all = readJson<Partial<Record<string, Record<EmbedKey, string>>>>(root.dataset.strings, {});
  const objectives = readJson<Record<string, Record<string, string>>>(root.dataset.objectives, {})[params.lang] ?? {};
  const sections = readJson<Record<string, Record<string, string>>>(root.dataset.sections, {})[params.lang] ?? {};
  const tr = translator((all[params.lang] ?? all.en)!, params.lang);
  const { t } = tr;
  const html = document.documentElement;
  html.lang = params.lang;
  if (params.colorScheme !== 'auto') html.classList.add(`scheme-${params.colorScheme}`);
  document.title = t('embed.title');
  root.querySelector('h1')!.textContent = t('embed.heading');
  reportHeight(root, () => document.title);

  const status = el('p', { className: 'embed-status', text: t('embed.loading'), attrs: { role: 'status' } });
  const results = el('div', { className: 'embed-results' });
  const more = el('p', { className: 'embed-more' });
  root.append(status, results, more);

  const engine = new Engine({
    bundleUrl: root.dataset.pagefind ?? `${base}pagefind/`,
    base,
    lang: params.lang,
    stopWordsUrl: base + localizePath('/search/stop-words.json', params.lang).slice(1),
    bundle: readBundle(root.dataset.bundle),
  });
  engine.warm();
  const context = { tr, origin: location.origin, base, objectiveShort: (n: string) => objectives[n], sections };
  const runs = new LatestRun();
  let q = params.q;
  let shown = params.limit;
  /** The last search, kept while only "Show more" asks for more of it. */
  let last: { text: string; search: Promise<{ total: number; take: (n: number) => Promise<ResultCard[]> }> } | undefined;

  const searchFor = (text: string) => {
    if (last?.text !== text) {
      const search = engine.search({ q: text, filters: params.filters, sort: params.sort }).then(({ results }) => ({
        total: results.length,
        take: (n: number) => Promise.all(results.slice(0, n).map((r) => r.card())),
      }));
      last = { text, search };
      // A failed search is tried again next time.
      search.catch(() => {
        if (last?.search === search) last = undefined;
      });
    }
    return last!.search;
  };

  const draw = (view: EmbedView, focusFrom: number | undefined) => {
    status.textContent = view.status;
    // Out of the frame, the partner's page must not resolve the links: they are absolute.
    const link = (path: string, text: string) => outLink(new URL(path, location.origin).href, text, params, tr);
    const layout = { link, heading: 'h2', text: params.layout === 'cards', className: 'embed-practice' } as const;
    const list = el('ul', { className: `embed-practices layout-${params.layout}` }, ...view.cards.map((c) => renderCard(c, layout, params.lang)));
    results.replaceChildren(...(view.cards.length ? [list] : []));
    if (view.showMore) {
      const button = el('button', { className: 'embed-show-more', text: t('embed.showMore'), attrs: { type: 'button' } });
      button.addEventListener('click', () => {
        const from = shown;
        shown += params.limit;
        void render(from);
      });
      results.append(button);
    }
    if (focusFrom !== undefined) list.querySelectorAll<HTMLElement>(':scope > li')[focusFrom]?.querySelector('a')?.focus();
    more.replaceChildren(outLink(view.moreHref, t('embed.moreOnAtlas'), params, tr));
  };

  const render = async (focusFrom?: number) => {
    const current = runs.start();
    let view: EmbedView;
    try {
      const search = await searchFor(q);
      view = embedView(params, q, { total: search.total, records: await search.take(shown) }, context);
    } catch {
      if (current()) status.textContent = t('embed.error');
      return;
    }
    if (current()) draw(view, focusFrom);
  };

  if (params.search) {
    root.insertBefore(
      searchBox(q, tr, (value) => {
        q = value;
        shown = params.limit;
        void render();
      }),
      status,
    );
  }
  await render();
}

/** A search box that searches as one types (after a pause) and on submit. */
function searchBox(value: string, tr: Translator<EmbedKey>, onSearch: (q: string) => void): HTMLFormElement {
  const input = el('input', { attrs: { type: 'search', id: 'embed-q', name: 'q', autocomplete: 'off', maxlength: String(QUERY_MAX) } });
  input.value = value;
  const form = el(
    'form',
    { className: 'embed-search', attrs: { role: 'search' } },
    el('label', { text: tr.t('embed.searchLabel'), attrs: { for: 'embed-q' } }),
    el('div', { className: 'embed-search-row' }, input, el('button', { text: tr.t('search.submit'), attrs: { type: 'submit' } })),
  );
  let last = value;
  const go = () => {
    typed.cancel();
    const next = cleanQuery(input.value);
    if (next === last) return;
    last = next;
    onSearch(next);
  };
  const typed = debounce(go);
  input.addEventListener('input', () => typed());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go();
  });
  return form;
}
