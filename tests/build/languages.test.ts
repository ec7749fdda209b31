/**
 * The Atlas in English, French and Spanish, checked over the built sites:
 * every English page has its twins, French and Spanish pages carry no English
 * interface string, alternates everywhere, and a practice with a translation
 * is one card per language.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { fr } from '../../src/i18n/fr.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { siteFiles } from '../../src/lib/site-files.ts';
import { FIXTURE, REAL } from '../support/sites.ts';

const pagesOf = (dist: string) => siteFiles(dist).filter((f) => f.endsWith('.html'));
const read = (dist: string, file: string) => readFileSync(join(dist, file), 'utf8');

/**
 * English pages that exist once: practice pages (in their own language),
 * Pagefind's files, and the web editor (its interface follows the
 * editor's browser language).
 */
const ONE_VERSION = /^(practices\/(?!page\/)[^/]+\/index\.html|pagefind\/|admin\/)/;

describe('every English page has its French and Spanish twins', () => {
  for (const [name, site] of [['fixture', FIXTURE], ['real', REAL]] as const) {
    it(`${name} site: same path segments and ids under /fr/ and /es/`, () => {
      const files = pagesOf(site.dist);
      const english = files.filter((f) => !/^(fr|es)\//.test(f) && !ONE_VERSION.test(f));
      expect(english.length).toBeGreaterThan(40);
      const missing = english.flatMap((f) => ['fr', 'es'].map((l) => `${l}/${f}`)).filter((f) => !existsSync(join(site.dist, f)));
      expect(missing).toEqual([]);
      // And nothing in French or Spanish without its English original.
      const orphans = files.filter((f) => /^(fr|es)\//.test(f)).map((f) => f.slice(3)).filter((f) => !existsSync(join(site.dist, f)));
      expect(orphans).toEqual([]);
    });
  }

  it('has feeds in each language', () => {
    for (const lang of ['fr', 'es'] as const) {
      const atom = read(REAL.dist, `${lang}/feeds/practices.xml`);
      const t = useTranslations(lang);
      expect(atom).toContain(`<title>${t('feed.title', { site: t('site.name'), name: t('practices.title') })}</title>`);
      expect(atom).toContain(`<link rel="self" href="${new URL(`/${lang}/feeds/practices.xml`, 'https://atlas.example.org').href}"/>`);
      expect(existsSync(join(REAL.dist, lang, 'feeds', 'objectives', '23.json'))).toBe(true);
    }
  });
});

/** The visible and announced text of a page in its own language: parts marked as another language are left out. */
function pageText(html: string): { lang: string; text: string } {
  // Scripts and styles are not text; <noscript> is parsed as the HTML it shows.
  const root = parse(html, { blockTextElements: { script: false, style: false } });
  const lang = root.querySelector('html')!.getAttribute('lang')!;
  for (const el of root.querySelectorAll('[lang]')) if (el.getAttribute('lang') !== lang && el.tagName !== 'HTML') el.remove();
  // Text written by editors in the page's language (a building block's French body) may name an
  // English programme ("Mobility Partnership Facility"): it is content, not the interface.
  for (const el of root.querySelectorAll('.prose')) el.remove();
  const attrs = root
    .querySelectorAll('[aria-label], [title], [placeholder], [alt], meta[name="description"], [data-copied], [data-failed]')
    .flatMap((el: HTMLElement) => ['aria-label', 'title', 'placeholder', 'alt', 'content', 'data-copied', 'data-failed'].map((a) => el.getAttribute(a) ?? ''));
  const title = root.querySelector('title')?.text ?? '';
  return { lang, text: [title, root.querySelector('body')?.textContent ?? '', ...attrs].join('\n').replace(/\s+/g, ' ') };
}

/** The fixed parts of the English strings that a translation must replace (not those spelled the same in both languages). */
function englishOnly(translated: Record<string, string>): { key: string; part: string }[] {
  const out: { key: string; part: string }[] = [];
  for (const [key, value] of Object.entries(en)) {
    if (translated[key] === value) continue;
    // The longest text between placeholders: "{count} practices found" → " practices found".
    const part = value.split(/\{\w+\}/).map((s) => s.trim()).sort((a, b) => b.length - a.length)[0]!;
    // Single short words ("Local", "Video") are too often shared by the languages to mean anything.
    if (part.length < 6 || !/\s/.test(part) && part.length < 9) continue;
    // "JSON Feed:" stays inside the Spanish "Fuente JSON Feed:": not a leftover.
    if (translated[key]!.includes(part)) continue;
    out.push({ key, part });
  }
  return out;
}

describe('French and Spanish pages', () => {
  for (const lang of ['fr', 'es'] as const) {
    it(`${lang}: no English interface string is left (page text compared with the English dictionary)`, () => {
      const strings = englishOnly(lang === 'fr' ? fr : es);
      const found: string[] = [];
      const files = pagesOf(REAL.dist).filter((f) => f.startsWith(`${lang}/`));
      expect(files.length).toBeGreaterThan(40);
      for (const file of files) {
        const { lang: pageLang, text } = pageText(read(REAL.dist, file));
        expect(pageLang, file).toBe(lang);
        for (const { key, part } of strings) {
          const re = new RegExp(`(?<![\\p{L}])${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
          if (re.test(text)) found.push(`${file}: "${part}" (${key})`);
        }
      }
      expect(found).toEqual([]);
    });
  }

  it('show vocabulary labels in their language', () => {
    expect(read(REAL.dist, 'fr/themes/index.html')).toContain('Gouvernance des migrations');
    expect(read(REAL.dist, 'es/regions/africa/index.html')).toContain('<h1>África</h1>');
    expect(read(REAL.dist, 'fr/objectives/5/index.html')).toContain('Faire en sorte que les filières de migration régulière soient accessibles et plus souples');
    expect(read(REAL.dist, 'es/sdg/10.7/index.html')).toContain('Facilitar la migración y la movilidad ordenadas, seguras, regulares y responsables');
  });

  it('announce their twins with hreflang alternates, also in the sitemap', () => {
    const page = read(REAL.dist, 'es/themes/health/index.html');
    for (const [l, path] of [['en', '/themes/health/'], ['fr', '/fr/themes/health/'], ['es', '/es/themes/health/'], ['x-default', '/themes/health/']]) {
      expect(page).toContain(`<link rel="alternate" hreflang="${l}" href="https://atlas.example.org${path}">`);
    }
    const sitemap = read(REAL.dist, 'sitemap-0.xml');
    expect(sitemap).toContain('<loc>https://atlas.example.org/fr/themes/health/</loc>');
    expect(sitemap).toContain('<xhtml:link rel="alternate" hreflang="es" href="https://atlas.example.org/es/themes/health/"/>');
    expect(sitemap).not.toMatch(/\/(fr\/|es\/)?(search|embed)\//);
  });
});

describe('a practice with a translation', () => {
  const dist = FIXTURE.dist;
  // Cards link with href="…"; the listing's JSON-LD names the same practices by absolute URL.
  const count = (html: string, slug: string) => html.split(`href="/practices-hub/practices/${slug}/"`).length - 1;

  it('is one card on a French listing, as the translation, and one on the English listing, as the original', () => {
    for (const listing of ['practices/index.html', 'objectives/6/index.html', 'countries/SLE/index.html']) {
      const english = read(dist, listing);
      const french = read(dist, `fr/${listing}`);
      const spanish = read(dist, `es/${listing}`);
      expect([count(english, 'alpha-fair-recruitment'), count(english, 'alpha-fair-recruitment-fr')], listing).toEqual([1, 0]);
      expect([count(french, 'alpha-fair-recruitment'), count(french, 'alpha-fair-recruitment-fr')], listing).toEqual([0, 1]);
      // No Spanish version: the original, marked with its language.
      expect([count(spanish, 'alpha-fair-recruitment'), count(spanish, 'alpha-fair-recruitment-fr')], listing).toEqual([1, 0]);
      expect(spanish).toContain(es['card.inLanguage.en']);
    }
  });

  it('is a page in its own language that links to its translation', () => {
    const page = read(dist, 'practices/alpha-fair-recruitment-fr/index.html');
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain(fr['glance.title']);
    expect(page).toContain('hreflang="en" href="https://atlas.example.org/practices-hub/practices/alpha-fair-recruitment/"');
    // Its facts link to the French listings.
    expect(page).toContain('href="/practices-hub/fr/objectives/6/"');
  });
});
