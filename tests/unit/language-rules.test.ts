import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import { I18N, LANGS, localePaths, localizePath, PREFIXED_LANGS } from '../../src/i18n/locales.ts';
import { sectionNames } from '../../src/i18n/sections.ts';
import { typeset } from '../../src/i18n/typography.ts';
import { meaningfulQuery } from '../../src/search/search-terms.ts';
import { stopWords } from '../../src/search/stop-words.ts';

describe('the locales', () => {
  it('are Astro’s i18n config, which astro.config.mjs takes from src/i18n/locales.ts', () => {
    expect(LANGS).toEqual(['en', 'fr', 'es']);
    expect(PREFIXED_LANGS).toEqual(['fr', 'es']);
    expect(I18N.defaultLocale).toBe('en');
    expect(readFileSync(new URL('../../astro.config.mjs', import.meta.url), 'utf8')).toContain("import { I18N } from './src/i18n/locales.ts';");
  });

  it('give every route its paths in every language, the default without a prefix', async () => {
    const paths = await localePaths((lang) => [{ params: { n: '5' }, props: { id: `5-${lang}` } }]);
    expect(paths).toEqual([
      { params: { n: '5', locale: undefined }, props: { id: '5-en', lang: 'en' } },
      { params: { n: '5', locale: 'fr' }, props: { id: '5-fr', lang: 'fr' } },
      { params: { n: '5', locale: 'es' }, props: { id: '5-es', lang: 'es' } },
    ]);
  });

  it('localize a path once, whatever language it was in', () => {
    expect(localizePath('/fr/themes/health/', 'es')).toBe('/es/themes/health/');
    expect(localizePath('/es/themes/health/', 'en')).toBe('/themes/health/');
    expect(localizePath('/practices/x/cite.bib', 'fr')).toBe('/practices/x/cite.bib');
    expect(localizePath('/untranslated/x/', 'fr')).toBe('/fr/untranslated/x/');
  });
});

describe('typography', () => {
  it('sets a narrow no-break space before : ; ! ? and inside « » in French', () => {
    expect(typeset('fr', 'Publiée le: {date}')).toBe('Publiée le\u202F: {date}');
    expect(typeset('fr', 'Trouvé dans « {section} » ?')).toBe('Trouvé dans «\u202F{section}\u202F»\u202F?');
    expect(typeset('fr', 'Voir https://example.org')).toBe('Voir https://example.org');
    expect(useTranslations('fr')('untranslated.original')).toBe('Lire l’original\u202F:');
  });

  it('puts no space before them in Spanish and English', () => {
    expect(typeset('es', 'Publicado el : {date}')).toBe('Publicado el: {date}');
    expect(typeset('en', 'Published on : {date} !')).toBe('Published on: {date}!');
  });
});

describe('words that carry no meaning alone', () => {
  it('are left out of a query when other words carry it', async () => {
    expect(meaningfulQuery('trata de personas', await stopWords('es'))).toBe('trata personas');
    expect(meaningfulQuery('traite des êtres humains', await stopWords('fr'))).toBe('traite êtres humains');
    expect(meaningfulQuery('The return of migrants', await stopWords('en'))).toBe('return migrants');
  });

  it('leave nothing to search when they are all there is, and stay inside a quoted phrase', async () => {
    expect(meaningfulQuery('de la', await stopWords('es'))).toBe('');
    expect(meaningfulQuery('des', await stopWords('fr'))).toBe('');
    expect(meaningfulQuery('"trata de personas"', await stopWords('es'))).toBe('"trata de personas"');
  });
});

describe('section names on result cards', () => {
  it('are the reader’s for the standard sections, whatever language the practice is in', () => {
    const es = sectionNames('es');
    expect(es['Resources']).toBe('Recursos');
    expect(es['Lessons learned']).toBe('Lecciones aprendidas');
    expect(sectionNames('fr')['Contexto']).toBe('Contexte');
    expect(es['Background and history']).toBeUndefined();
  });
});
