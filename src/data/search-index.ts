import { createHash } from 'node:crypto';
import { buildSearchIndex, markdownText, type IndexDoc, type SearchIndex } from '../lib/build-search-index.ts';
import { placeLabel } from '../lib/place-label.ts';
import { searchRecord } from '../lib/search-record.ts';
import { stemmerFor } from '../lib/stemmer-for.ts';
import { paths } from '../lib/urls.ts';
import { LANGS, type Lang } from '../i18n/index.ts';
import { entryOf, getCatalog, vocabularies, type Practice } from './catalog.ts';
import { href } from './href.ts';

export interface LangIndex extends SearchIndex {
  /** Folder of the index under the site, versioned by its content: `search/index/en-1a2b3c4d5e/`. */
  dir: string;
}

function indexDoc(practice: Practice): IndexDoc {
  const { data } = practice;
  const vocab = vocabularies();
  const lang = data.language;
  const { filters, meta } = searchRecord(practice);
  const labels = [
    ...data.gcmObjectives.map((n) => vocab.objectives.get(n)?.short ?? ''),
    ...data.themes.map((id) => vocab.themes.get(id)?.label ?? ''),
    ...(data.countries ?? []).map((id) => vocab.countries.get(id)?.names[lang] ?? ''),
    ...practice.regions.map((id) => vocab.regions.get(id)?.name ?? ''),
    ...data.implementers,
    ...(data.partners ?? []),
    ...(data.funders ?? []),
  ];
  const resources = (data.resources ?? []).map((r) => r.title).join('\n');
  return {
    slug: practice.slug,
    url: href(paths.practice(practice.slug)),
    title: data.title,
    summary: data.summary,
    labels,
    body: `${markdownText(entryOf(practice.slug).body ?? '')}\n${resources}`,
    filters,
    card: { o: meta.objective, c: meta.countries, r: meta.regions, y: meta.years, st: meta.status, p: placeLabel(data, vocab, lang) },
  };
}

let indexes: Promise<Map<Lang, LangIndex>> | undefined;

/** The search index of every language, built once per build. */
export function searchIndexes(): Promise<Map<Lang, LangIndex>> {
  indexes ??= (async () => {
    const catalog = await getCatalog();
    const out = new Map<Lang, LangIndex>();
    for (const lang of LANGS) {
      const docs = catalog.practices.filter((p) => p.data.language === lang).map(indexDoc);
      const index = buildSearchIndex(docs, { stem: await stemmerFor(lang), lang });
      const hash = createHash('sha256');
      for (const [file, text] of index.files) hash.update(file).update('\0').update(text).update('\0');
      out.set(lang, { ...index, dir: `search/index/${lang}-${hash.digest('hex').slice(0, 10)}/` });
    }
    return out;
  })();
  return indexes;
}
