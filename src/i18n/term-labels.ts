import type { Lang } from '../i18n/index.ts';
import type { Vocabularies } from '../catalogue/load-vocabularies.ts';

/**
 * An entry's fields in one language: English is the entry itself, French and
 * Spanish come from its `fr` / `es` block, which the vocabulary schemas require,
 * so nothing here falls back to English.
 */
export function inLanguage<T extends { fr: object; es: object }>(entry: T, lang: Lang): T {
  return lang === 'en' ? entry : { ...entry, ...entry[lang] };
}

/** Every vocabulary label in one language; an unknown id shows as itself. */
export interface TermLabels {
  lang: Lang;
  /** "Données" (short) and the full title. */
  objective(n: number): { short: string; title: string };
  principle(id: string): string;
  sdgGoal(n: number): { short: string; title: string };
  sdgTarget(id: string): string;
  theme(id: string): { label: string; description: string };
  region(id: string): string;
  country(iso3: string): string;
  status(id: string): string;
  scope(id: string): string;
  practiceType(id: string): string;
  evaluation(id: string): string;
  resourceType(id: string): string;
}

export function termLabels(vocab: Vocabularies, lang: Lang): TermLabels {
  const term = (map: Map<string, { label: string; fr: { label: string }; es: { label: string } }>) => (id: string) => {
    const entry = map.get(id);
    return entry ? inLanguage(entry, lang).label : id;
  };
  return {
    lang,
    objective: (n) => {
      const o = vocab.objectives.get(n);
      return o ? inLanguage(o, lang) : { short: String(n), title: String(n) };
    },
    principle: (id) => {
      const p = vocab.principles.get(id);
      return p ? inLanguage(p, lang).title : id;
    },
    sdgGoal: (n) => {
      const g = vocab.sdgGoals.get(n);
      return g ? inLanguage(g, lang) : { short: String(n), title: String(n) };
    },
    sdgTarget: (id) => {
      const t = vocab.sdgTargets.get(id);
      return t ? inLanguage(t, lang).text : id;
    },
    theme: (id) => {
      const t = vocab.themes.get(id);
      return t ? inLanguage(t, lang) : { label: id, description: '' };
    },
    region: (id) => {
      const r = vocab.regions.get(id);
      return r ? inLanguage(r, lang).name : id;
    },
    country: (iso3) => vocab.countries.get(iso3)?.names[lang] ?? iso3,
    status: term(vocab.statuses),
    scope: term(vocab.scopes),
    practiceType: term(vocab.practiceTypes),
    evaluation: term(vocab.evaluationLevels),
    resourceType: term(vocab.resourceTypes),
  };
}
