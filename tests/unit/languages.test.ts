import { describe, expect, it } from 'vitest';
import { countPractices, pluralOf, useTranslations } from '../../src/i18n/index.ts';
import { hasLanguageTwins, localizePath, splitLangPath } from '../../src/i18n/locales.ts';
import { pageAlternates } from '../../src/i18n/page-alternates.ts';
import { pickLanguageVersions } from '../../src/i18n/pick-language-versions.ts';

describe('paths in three languages', () => {
  it('puts French and Spanish under /fr/ and /es/ with the same segments and ids', () => {
    expect(localizePath('/objectives/5/', 'fr')).toBe('/fr/objectives/5/');
    expect(localizePath('/regions/africa/page/2/', 'es')).toBe('/es/regions/africa/page/2/');
    expect(localizePath('/', 'es')).toBe('/es/');
    expect(localizePath('/search/?objective=5', 'fr')).toBe('/fr/search/?objective=5');
    expect(localizePath('/practices/page/2/', 'fr')).toBe('/fr/practices/page/2/');
    expect(localizePath('/objectives/5/', 'en')).toBe('/objectives/5/');
  });

  it('keeps practice pages, open data and the embed script in one version', () => {
    expect(localizePath('/practices/sierra-leone-policy/', 'fr')).toBe('/practices/sierra-leone-policy/');
    expect(localizePath('/api/practices.json', 'es')).toBe('/api/practices.json');
    expect(localizePath('/embed.js', 'fr')).toBe('/embed.js');
    // The contract: every URL but practice pages and open data has its twins, the embed view too.
    expect(localizePath('/embed/?objective=5', 'fr')).toBe('/fr/embed/?objective=5');
    expect(localizePath('/embed/builder/', 'fr')).toBe('/fr/embed/builder/');
    expect(hasLanguageTwins('/practices/x/')).toBe(false);
    expect(hasLanguageTwins('/practices/')).toBe(true);
  });

  it('reads the language back from a path', () => {
    expect(splitLangPath('/fr/themes/health/')).toEqual({ lang: 'fr', path: '/themes/health/' });
    expect(splitLangPath('/es/')).toEqual({ lang: 'es', path: '/' });
    expect(splitLangPath('/themes/')).toEqual({ lang: 'en', path: '/themes/' });
    expect(splitLangPath('/french-practice/')).toEqual({ lang: 'en', path: '/french-practice/' });
  });

  it('gives every page its three versions, under a base path too', () => {
    expect(pageAlternates('/hub/fr/regions/africa/', '/hub/')).toEqual([
      { lang: 'en', path: '/regions/africa/' },
      { lang: 'fr', path: '/fr/regions/africa/' },
      { lang: 'es', path: '/es/regions/africa/' },
    ]);
    expect(pageAlternates('/es/', '/')).toHaveLength(3);
    expect(pageAlternates('/practices/x/', '/')).toEqual([]);
  });
});

describe('one card per practice in each language', () => {
  const original = { slug: 'policy', data: { language: 'en' } };
  const french = { slug: 'policy-fr', data: { language: 'fr', translationOf: 'policy' } };
  const other = { slug: 'other', data: { language: 'es' } };
  const versions = new Map([
    ['policy', [french]],
    ['policy-fr', [original]],
  ]);
  const list = [french, other, original];

  it('shows the translation in the reader’s language, once', () => {
    expect(pickLanguageVersions(list, 'fr', versions).map((p) => p.slug)).toEqual(['policy-fr', 'other']);
  });

  it('shows the original where there is no translation in the reader’s language', () => {
    expect(pickLanguageVersions(list, 'en', versions).map((p) => p.slug)).toEqual(['policy', 'other']);
    expect(pickLanguageVersions(list, 'es', versions).map((p) => p.slug)).toEqual(['policy', 'other']);
  });
});

describe('numbers and plurals through Intl', () => {
  it('counts practices with each language’s plural rules and digit grouping', () => {
    expect(countPractices(useTranslations('en'), 1234, 'en')).toBe('1,234 practices');
    expect(countPractices(useTranslations('fr'), 1234, 'fr')).toBe('1\u202f234 pratiques');
    expect(countPractices(useTranslations('es'), 1, 'es')).toBe('1 práctica');
    expect(countPractices(useTranslations('fr'), 0, 'fr')).toBe('Aucune pratique pour l’instant');
    expect(pluralOf('fr', 1_000_000)).toBe('many');
    expect(countPractices(useTranslations('fr'), 1_000_000, 'fr')).toBe('1\u202f000\u202f000 pratiques');
  });
});
