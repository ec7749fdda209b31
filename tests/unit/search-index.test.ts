import { describe, expect, it } from 'vitest';
import { buildSearchIndex, markdownText, type IndexDoc, type TermShard } from '../../src/lib/build-search-index.ts';
import { countFacets, narrowed } from '../../src/lib/count-facets.ts';
import { count, decodeSet, encodeSet, fullSet, members, setOf } from '../../src/lib/doc-set.ts';
import { highlightWords } from '../../src/lib/highlight-words.ts';
import { matchWord, rankText } from '../../src/lib/rank-text.ts';
import { searchTokens, shardKey } from '../../src/lib/search-tokens.ts';
import { stemmerFor } from '../../src/lib/stemmer-for.ts';
import { FILTER_NAMES, type FilterName } from '../../src/lib/search-record.ts';

const en = await stemmerFor('en');
const fr = await stemmerFor('fr');
const es = await stemmerFor('es');

describe('search words', () => {
  it('are lower case, stemmed in the language, then without accents', () => {
    expect(searchTokens('Migrants, MIGRATION and labour-migration policies!', en)).toEqual(['migrant', 'migrat', 'and', 'labour', 'migrat', 'polici']);
    expect(searchTokens('Politiques d’intégration', fr)).toEqual(['polit', 'd', 'integr']);
    expect(searchTokens('Migración y políticas', es)).toEqual(['migracion', 'y', 'polit']);
    expect(searchTokens('<script>alert(1)</script> 10.7', en)).toEqual(['script', 'alert', '1', 'script', '10', '7']);
    expect(searchTokens(`${'x'.repeat(41)} ok`, en)).toEqual(['ok']);
  });

  it('are filed by their first two letters', () => {
    expect(shardKey('migrat')).toBe('31-2x');
    expect(shardKey('migrant')).toBe(shardKey('mi'));
    expect(shardKey('a')).toBe('2p');
  });

  it('come out of Markdown and MDX without markup or link targets', () => {
    const text = markdownText('import X from "./x.mdx";\n\nSee [the report](https://example.org/secret-word) <Aside kind="note">inside</Aside> {props.hidden}');
    expect(searchTokens(text, en)).toEqual(['see', 'the', 'report', 'insid']);
  });
});

describe('practice sets', () => {
  it('round-trip as gap lists when sparse and as bitsets when dense', () => {
    const sparse = [3, 40, 999];
    const dense = Array.from({ length: 900 }, (_, i) => i);
    expect(encodeSet(sparse, 1000)).toBe('3,10,qm');
    expect(encodeSet(dense, 1000).startsWith('~')).toBe(true);
    for (const ids of [sparse, dense, [], [0], [31, 32, 33, 63, 64]]) {
      expect(members(decodeSet(encodeSet(ids, 1000), 1000))).toEqual(ids);
    }
    expect(count(fullSet(70))).toBe(70);
  });
});

function doc(slug: string, fields: Partial<Omit<IndexDoc, 'filters'>> & { filters?: Partial<Record<FilterName, string[]>> }): IndexDoc {
  const filters = Object.fromEntries(FILTER_NAMES.map((n) => [n, fields.filters?.[n] ?? []])) as Record<FilterName, string[]>;
  return {
    slug,
    url: `/practices/${slug}/`,
    title: fields.title ?? slug,
    summary: fields.summary ?? '',
    labels: fields.labels ?? [],
    body: fields.body ?? '',
    filters,
    card: { o: '1', c: '', r: '', y: '2020', st: 'completed', p: '' },
  };
}

describe('the search index', () => {
  const docs = [
    doc('a', { title: 'Diaspora bonds', body: 'Migration migration migration.', filters: { objective: ['19'], region: ['africa', 'world'], status: ['completed'] } }),
    doc('b', { summary: 'A fund for the diaspora.', filters: { objective: ['19', '5'], region: ['europe', 'world'], status: ['ongoing'] } }),
    doc('c', { body: 'Labour migration, once. The diaspora is mentioned.', filters: { objective: ['5'], region: ['africa', 'world'], status: ['ongoing'] } }),
    doc('d', { labels: ['Labour mobility'], body: 'Nothing else.', filters: { objective: ['6'], region: ['asia', 'world'], status: ['planned'] } }),
  ];
  const index = buildSearchIndex(docs, { stem: en, lang: 'en' });
  const shard = (word: string) => JSON.parse(index.files.get(`t/${shardKey(word)}.json`) ?? '{}') as TermShard;
  const find = (q: string) => {
    const words = searchTokens(q, en);
    return rankText(words.map((w) => matchWord(shard(w), w, index.size)), index.size);
  };

  it('lists its files: words, filters, cards, title order and slugs', () => {
    expect(index.size).toBe(4);
    expect([...index.files.keys()].filter((f) => !f.startsWith('t/'))).toEqual([
      ...FILTER_NAMES.map((n) => `f/${n}.json`),
      'c/0.json',
      'title.json',
      'slugs.json',
      'manifest.json',
    ]);
    expect(index.shards).toContain(shardKey('diaspora'));
    expect(JSON.parse(index.files.get('c/0.json')!)[1]).toEqual({ u: '/practices/b/', t: 'b', s: 'A fund for the diaspora.', o: '1', c: '', r: '', y: '2020', st: 'completed', p: '' });
    expect(JSON.parse(index.files.get('manifest.json')!)).toEqual({ size: 4, shards: index.shards });
  });

  it('ranks a word in the title above the summary, the summary above the body', () => {
    expect(members(find('diaspora').set)).toEqual([0, 1, 2]);
    expect(find('diaspora').ranked).toEqual([0, 1, 2]);
    // Often in the body (three times) ranks above once; tags count as often.
    expect(find('migration').ranked).toEqual([0, 2]);
    expect(find('labour').ranked).toEqual([3, 2]);
  });

  it('needs every word, and matches words by their beginning', () => {
    expect(find('labour migration').ranked).toEqual([2]);
    expect(find('diasp').ranked).toEqual([0, 1, 2]);
    expect(find('migrants').ranked).toEqual([]);
    expect(find('zzzz').ranked).toEqual([]);
  });

  it('counts each filter value with the other filters applied, and its own left out', () => {
    const sets = Object.fromEntries(
      FILTER_NAMES.map((n) => [n, new Map(Object.entries(JSON.parse(index.files.get(`f/${n}.json`)!) as Record<string, string>).map(([v, e]) => [v, decodeSet(e, 4)]))]),
    );
    const all = fullSet(4);
    const selection = { objective: ['5'], region: ['africa'] };
    expect(members(narrowed(all, selection, sets, 4))).toEqual([2]);
    const counts = countFacets(all, selection, sets, 4);
    // objective: the practices in Africa (a, c) by objective
    expect(counts.objective).toEqual({ '19': 1, '5': 1, '6': 0 });
    // region: the practices with objective 5 (b, c) by region
    expect(counts.region).toEqual({ africa: 1, asia: 0, europe: 1, world: 2 });
    expect(counts.status).toEqual({ completed: 0, ongoing: 1, planned: 0 });
    // text narrows every count
    expect(countFacets(find('diaspora').set, {}, sets, 4).objective).toEqual({ '19': 2, '5': 2, '6': 0 });
    expect(members(narrowed(setOf([0, 1], 4), { objective: ['5', '6'] }, sets, 4))).toEqual([1]);
  });

  it('orders titles for the title sort, in the language', () => {
    const titled = buildSearchIndex([doc('x', { title: 'Zebra' }), doc('y', { title: 'Éducation' }), doc('z', { title: 'apple' })], { stem: fr, lang: 'fr' });
    expect(JSON.parse(titled.files.get('title.json')!)).toEqual([2, 1, 0]);
    expect(JSON.parse(titled.files.get('slugs.json')!)).toEqual(['x', 'y', 'z']);
  });
});

describe('highlighting', () => {
  it('marks the words found, as search matched them, and keeps everything else as text', () => {
    expect(highlightWords('Diaspora bonds & diasporas: <b>migrants</b>', ['diaspora', 'migrant'], en)).toEqual([
      { text: 'Diaspora', mark: true },
      { text: ' bonds & ', mark: false },
      { text: 'diasporas', mark: true },
      { text: ': <b>', mark: false },
      { text: 'migrants', mark: true },
      { text: '</b>', mark: false },
    ]);
    expect(highlightWords('Nothing here', ['zzz'], en)).toEqual([{ text: 'Nothing here', mark: false }]);
    expect(highlightWords('Política migratoria', searchTokens('politica', es), es)[0]).toEqual({ text: 'Política', mark: true });
  });
});
