import { describe, expect, it } from 'vitest';
import { buildFacetData, shortTargetText, splitLabels } from '../../src/search/facet-data.ts';
import { EMBED_KEYS, SEARCH_KEYS, COMPARE_KEYS, type SearchKey } from '../../src/i18n/script-strings.ts';
import { format, translator } from '../../src/client/shared/translator.ts';
import { buildCatalog } from '../../src/catalogue/build-catalog.ts';
import { loadVocabularies } from '../../src/catalogue/load-vocabularies.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { practiceEntry } from '../support/practice-entry.ts';

describe('interface strings', () => {
  it('are in every dictionary', () => {
    for (const lang of ['en', 'fr', 'es'] as const) {
      const t = useTranslations(lang);
      for (const key of [...SEARCH_KEYS, ...EMBED_KEYS, ...COMPARE_KEYS]) expect(t(key), `${lang} ${key}`).not.toBe('');
    }
  });
  it('are filled and counted', () => {
    const t = useTranslations('fr');
    const tr = translator(Object.fromEntries(SEARCH_KEYS.map((k) => [k, t(k)])) as Record<SearchKey, string>, 'fr');
    const found = { zero: 'search.found.zero', one: 'search.found.one', other: 'search.found.many' } as const;
    expect(tr.plural(found, 0)).toBe('Aucune pratique trouvée');
    expect(tr.plural(found, 1)).toBe('1 pratique trouvée');
    expect(tr.plural(found, 7)).toBe('7 pratiques trouvées');
    // Numbers as French writes them, grouped by a narrow no-break space, as the server writes them.
    expect(tr.plural(found, 1000000)).toBe('1\u202f000\u202f000 pratiques trouvées');
    expect(tr.number(12345)).toBe('12\u202f345');
    expect(format('{a} {b} {a}', { a: 1 })).toBe('1 {b} 1');
    // CLDR: Spanish leaves four-digit numbers ungrouped, English groups with a comma.
    const es = translator({ n: '{n} prácticas' }, 'es');
    expect([es.t('n', { n: 1234 }), es.t('n', { n: 12345 })]).toEqual(['1234 prácticas', '12.345 prácticas']);
    expect(translator({ n: '{n}' }, 'en').t('n', { n: 12345 })).toBe('12,345');
  });
});

describe('facets.json', () => {
  const vocab = loadVocabularies();
  const practice = practiceEntry;

  it('lists values in use, in display order, with labels and counts', () => {
    const catalog = buildCatalog(
      [
        practice('a', { gcmObjectives: [6, 23], countries: ['SLE'], sdgTargets: ['10.7', '8.8'], guidingPrinciples: ['whole-of-government'] }),
        practice('b', { gcmObjectives: [23], countries: ['CIV', 'SLE'], status: 'completed', period: { start: '2019', end: '2020' } }),
      ],
      vocab,
    );
    const data = buildFacetData(catalog.practices, vocab, 'fr');
    expect(data.total).toBe(2);
    expect(data.facets.objective.map((v) => [v.v, v.n])).toEqual([
      ['6', 1],
      ['23', 2],
    ]);
    // Every label in the page's language: the French search shows French filters.
    expect(data.facets.objective[0]!.l).toBe(vocab.objectives.get(6)!.fr.short);
    expect(data.facets.region[0]!.l).toBe(vocab.regions.get('africa')!.fr.name);
    expect(data.facets.principle[0]!.l).toBe(vocab.principles.get('whole-of-government')!.fr.title);
    expect(data.facets.sdg.map((v) => v.v)).toEqual(['8.8', '10.7']);
    expect(data.facets.country.map((v) => [v.v, v.l, v.n])).toEqual([
      ['CIV', vocab.countries.get('CIV')!.names.fr, 1],
      ['SLE', vocab.countries.get('SLE')!.names.fr, 2],
    ]);
    // Regions as a tree: a region before its sub-regions, with depth.
    expect(data.facets.region.map((v) => [v.v, v.d, v.n])).toEqual([
      ['africa', 0, 2],
      ['sub-saharan-africa', 1, 2],
      ['western-africa', 2, 2],
    ]);
    const t = useTranslations('fr');
    expect(data.facets.status).toEqual([
      { v: 'ongoing', l: t('status.ongoing'), n: 1 },
      { v: 'completed', l: t('status.completed'), n: 1 },
    ]);
    expect(data.facets.principle.map((v) => v.v)).toEqual(['whole-of-government']);
  });

  it('shortens SDG target texts', () => {
    expect(shortTargetText('By 2030, eradicate extreme poverty for all people everywhere, currently measured as people living on less than $1.25 a day')).toBe(
      'Eradicate extreme poverty for all people everywhere…',
    );
    expect(shortTargetText('Short text')).toBe('Short text');
    expect(shortTargetText("D'ici à 2030, éliminer complètement l'extrême pauvreté")).toBe("Éliminer complètement l'extrême pauvreté");
  });

  it('leaves the long filters\' labels past their first eight to facet-labels.json', () => {
    const ten = ['BEN', 'CIV', 'GHA', 'GIN', 'LBR', 'MLI', 'NER', 'SEN', 'SLE', 'TGO'];
    const catalog = buildCatalog([practice('a', { countries: ten })], vocab);
    const { facets, labels } = splitLabels(buildFacetData(catalog.practices, vocab, 'en'));
    // In display order (by name), the first eight keep their labels; the last two come with facet-labels.json.
    expect(facets.facets.country.filter((v) => v.l !== undefined)).toHaveLength(8);
    expect(facets.facets.country.map((v) => v.v).sort()).toEqual(ten);
    expect(Object.keys(labels.country)).toHaveLength(2);
    expect(labels.sdg).toEqual({});
    for (const [id, label] of Object.entries(labels.country)) expect(label).toBe(vocab.countries.get(id)!.names.en);
    // Other filters keep every label.
    expect(facets.facets.objective.every((v) => typeof v.l === 'string')).toBe(true);
  });
});
