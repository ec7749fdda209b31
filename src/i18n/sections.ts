import type { Lang } from './locales.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';

export const SUGGESTED_SECTIONS = [
  'Context',
  'What was done',
  'Results',
  'Challenges',
  'Lessons learned',
  'Replicability',
] as const;

/** The suggested sections in each language a practice may be written in, in the same order. */
export const SECTION_NAMES: Record<Lang, readonly string[]> = {
  en: SUGGESTED_SECTIONS,
  fr: ['Contexte', 'Ce qui a été fait', 'Résultats', 'Difficultés', 'Enseignements', 'Reproductibilité'],
  es: ['Contexto', 'Qué se hizo', 'Resultados', 'Desafíos', 'Lecciones aprendidas', 'Replicabilidad'],
};

/**
 * The standard section titles of practices in any language (the suggested
 * sections and "Resources"), each worded in `lang`: result cards say
 * "Encontrado en «Recursos»", not «Resources», for an English practice. A
 * page hands this map to its cards; other headings are the practice's own text.
 */
export function sectionNames(lang: Lang): Record<string, string> {
  const resources: Record<Lang, string> = { en: en['practice.resources'], fr: fr['practice.resources'], es: es['practice.resources'] };
  const out: Record<string, string> = {};
  for (const names of Object.values(SECTION_NAMES)) names.forEach((name, i) => (out[name] = SECTION_NAMES[lang][i]!));
  for (const name of Object.values(resources)) out[name] = resources[lang];
  return out;
}
