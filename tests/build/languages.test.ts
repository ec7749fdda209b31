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
import { hasLanguageTwins } from '../../src/i18n/locales.ts';
import { loadVocabularies } from '../../src/catalogue/load-vocabularies.ts';
import { siteFiles } from '../../src/publishing/site-files.ts';
import { termLabels } from '../../src/i18n/term-labels.ts';
import { FIXTURE, REAL } from '../support/sites.ts';

const pagesOf = (dist: string) => siteFiles(dist).filter((f) => f.endsWith('.html'));
const read = (dist: string, file: string) => readFileSync(join(dist, file), 'utf8');

/**
 * English pages that exist once: practice pages (in their own language),
 * Pagefind's files, and the web editor (its interface follows the
 * editor's browser language).
 */
const ONE_VERSION = /^((?:(?:fr|es)\/)?untranslated\/|practices\/(?!page\/)[^/]+\/index\.html|pagefind\/|admin\/)/;

describe('every English page has its French and Spanish twins', () => {
  for (const [name, site] of [['fixture', FIXTURE], ['real', REAL]] as const) {
    it(`${name} site: same path segments and ids under /fr/ and /es/`, () => {
      const files = pagesOf(site.dist);
      const english = files.filter((f) => !/^(fr|es)\//.test(f) && !ONE_VERSION.test(f));
      expect(english.length).toBeGreaterThan(40);
      const missing = english.flatMap((f) => ['fr', 'es'].map((l) => `${l}/${f}`)).filter((f) => !existsSync(join(site.dist, f)));
      expect(missing).toEqual([]);
      // And nothing in French or Spanish without its English original.
      const orphans = files.filter((f) => /^(fr|es)\//.test(f) && !ONE_VERSION.test(f)).map((f) => f.slice(3)).filter((f) => !existsSync(join(site.dist, f)));
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

/**
 * The practices' own text (titles, summaries, organisations), the only thing a
 * French or Spanish page may show in English. Read from the open data, not from
 * `lang` attributes: a page that marked an English label `lang="en"` would hide it.
 */
function practiceTexts(dist: string): string[] {
  const api = JSON.parse(read(dist, 'api/practices.json')) as { practices: { title: string; summary: string; implementers?: string[] }[] };
  return api.practices.flatMap((p) => [p.title, p.summary, ...(p.implementers ?? [])]).sort((a, b) => b.length - a.length);
}

/** The visible and announced text of a page, every element included, without the practices' own text. */
function pageText(html: string, own: readonly string[] = []): { lang: string; text: string } {
  // Scripts and styles are not text; <noscript> is parsed as the HTML it shows.
  const root = parse(html, { blockTextElements: { script: false, style: false } });
  const lang = root.querySelector('html')!.getAttribute('lang')!;
  // Text written by editors in the page's language (a building block's French body) may name an
  // English programme ("Mobility Partnership Facility"): it is content, not the interface.
  for (const el of root.querySelectorAll('.prose')) el.remove();
  const attrs = root
    .querySelectorAll('[aria-label], [title], [placeholder], [alt], meta[name="description"], [data-copied], [data-failed]')
    .flatMap((el: HTMLElement) => ['aria-label', 'title', 'placeholder', 'alt', 'content', 'data-copied', 'data-failed'].map((a) => el.getAttribute(a) ?? ''));
  const title = root.querySelector('title')?.text ?? '';
  let text = [title, root.querySelector('body')?.textContent ?? '', ...attrs].join('\n').replace(/\s+/g, ' ');
  for (const t of own) text = text.replaceAll(t.replace(/\s+/g, ' '), ' ');
  return { lang, text };
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

/**
 * English vocabulary labels a French or Spanish page must not show: every
 * objective (short and full), theme, principle, region, country, SDG goal,
 * status, scope, type and evaluation level whose English differs from the
 * translation. Short single words are left out, as they are often shared.
 */
function englishLabels(lang: 'fr' | 'es'): { label: string; re: RegExp }[] {
  const vocab = loadVocabularies();
  const [E, T] = [termLabels(vocab, 'en'), termLabels(vocab, lang)];
  const pairs: [string, string][] = [
    ...[...vocab.objectives.keys()].flatMap((n): [string, string][] => [[E.objective(n).short, T.objective(n).short], [E.objective(n).title, T.objective(n).title]]),
    ...[...vocab.sdgGoals.keys()].map((n): [string, string] => [E.sdgGoal(n).short, T.sdgGoal(n).short]),
    ...[...vocab.themes.keys()].map((id): [string, string] => [E.theme(id).label, T.theme(id).label]),
    ...[...vocab.principles.keys()].map((id): [string, string] => [E.principle(id), T.principle(id)]),
    ...[...vocab.regions.keys()].map((id): [string, string] => [E.region(id), T.region(id)]),
    ...[...vocab.countries.keys()].map((id): [string, string] => [E.country(id), T.country(id)]),
    ...[...vocab.statuses.keys()].map((id): [string, string] => [E.status(id), T.status(id)]),
    ...[...vocab.scopes.keys()].map((id): [string, string] => [E.scope(id), T.scope(id)]),
    ...[...vocab.practiceTypes.keys()].map((id): [string, string] => [E.practiceType(id), T.practiceType(id)]),
  ];
  const translations = new Set(pairs.map(([, t]) => t.toLowerCase()));
  return pairs
    .filter(([e, t]) => e !== t && !translations.has(e.toLowerCase()) && (e.length >= 9 || /\s/.test(e)))
    .map(([e]) => ({ label: e, re: new RegExp(`(?<![\\p{L}])${e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u') }));
}

describe('French and Spanish pages', () => {
  for (const lang of ['fr', 'es'] as const) {
    it(`${lang}: no English interface string is left (page text compared with the English dictionary)`, () => {
      const strings = englishOnly(lang === 'fr' ? fr : es);
      const found: string[] = [];
      const files = pagesOf(REAL.dist).filter((f) => f.startsWith(`${lang}/`));
      expect(files.length).toBeGreaterThan(40);
      const own = practiceTexts(REAL.dist);
      for (const file of files) {
        const { lang: pageLang, text } = pageText(read(REAL.dist, file), own);
        expect(pageLang, file).toBe(lang);
        for (const { key, part } of strings) {
          const re = new RegExp(`(?<![\\p{L}])${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
          if (re.test(text)) found.push(`${file}: "${part}" (${key})`);
        }
      }
      expect(found).toEqual([]);
    });
  }

  for (const lang of ['fr', 'es'] as const) {
    it(`${lang}: no English vocabulary label anywhere, inside lang="en" elements too`, () => {
      const labels = englishLabels(lang);
      expect(labels.length).toBeGreaterThan(150);
      const own = practiceTexts(REAL.dist);
      const found = new Set<string>();
      for (const file of pagesOf(REAL.dist).filter((f) => f.startsWith(`${lang}/`))) {
        const { text } = pageText(read(REAL.dist, file), own);
        for (const { label, re } of labels) if (re.test(text)) found.add(`${file}: "${label}"`);
      }
      expect([...found]).toEqual([]);
    });

    it(`${lang}: links stay in ${lang} (practice pages, open data and language switches aside)`, () => {
      const out: string[] = [];
      for (const site of [FIXTURE, REAL]) {
        const base = site.base;
        for (const file of pagesOf(site.dist).filter((f) => f.startsWith(`${lang}/`))) {
          const root = parse(read(site.dist, file));
          for (const a of root.querySelectorAll('a[href]')) {
            const href = a.getAttribute('href')!;
            // The switcher and "search in English" say where they lead, with hreflang.
            if (a.getAttribute('hreflang') || !href.startsWith(base)) continue;
            const path = `/${href.slice(base.length)}`.split(/[?#]/)[0]!;
            if (path.startsWith(`/${lang}/`) || hasLanguageTwins(path) === false || /\.(json|xml|csv|bib|ris)$/.test(path)) continue;
            out.push(`${file} → ${href}`);
          }
        }
      }
      expect(out).toEqual([]);
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
