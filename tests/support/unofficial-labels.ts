import type { Vocabularies } from '../../src/catalogue/load-vocabularies.ts';
import { TRANSLATED_LANGS, type TranslatedLang } from '../../src/schemas/taxonomies.ts';

export interface UnofficialLabel {
  vocabulary: string;
  id: string | number;
  lang: TranslatedLang;
  field: string;
  text: string;
}

type Translated = { id: string | number; fr: Block; es: Block };
type Block = { official?: false; source?: string; unofficial?: string[] } & Record<string, unknown>;

const META = new Set(['official', 'source', 'unofficial']);

/**
 * The French and Spanish labels the Atlas worded itself (`official: false`, or
 * listed in `unofficial`): the list a reviewer works through to put official
 * wording in their place.
 */
export function unofficialLabels(vocab: Vocabularies): UnofficialLabel[] {
  const lists: Record<string, Iterable<Translated>> = {
    objectives: vocab.objectives.values(),
    principles: vocab.principles.values(),
    'sdg-goals': vocab.sdgGoals.values(),
    'sdg-targets': vocab.sdgTargets.values(),
    themes: vocab.themes.values(),
    regions: vocab.regions.values(),
    statuses: vocab.statuses.values(),
    scopes: vocab.scopes.values(),
    'practice-types': vocab.practiceTypes.values(),
    'evaluation-levels': vocab.evaluationLevels.values(),
    'resource-types': vocab.resourceTypes.values(),
  };
  const found: UnofficialLabel[] = [];
  for (const [vocabulary, entries] of Object.entries(lists)) {
    for (const entry of entries) {
      for (const lang of TRANSLATED_LANGS as readonly TranslatedLang[]) {
        const block = entry[lang];
        for (const [field, text] of Object.entries(block)) {
          if (META.has(field) || typeof text !== 'string') continue;
          if (block.official === false || block.unofficial?.includes(field)) found.push({ vocabulary, id: entry.id, lang, field, text });
        }
      }
    }
  }
  return found;
}
