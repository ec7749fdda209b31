import type { Vocabularies } from './load-vocabularies.ts';

type Lang = 'en' | 'fr' | 'es';

/** A vocabulary label and the language it is actually in. */
export interface Label {
  text: string;
  lang: Lang;
}

/**
 * Labels of vocabulary values for the coverage pages, in the page's language
 * where the vocabulary has one. Country names exist in all three languages;
 * objective, region and SDG goal labels are English only until the
 * vocabularies carry French and Spanish wording (issue 12): this is the one
 * place to read those. A label in another language than the page's says so
 * (`lang`), and pages mark it, so nothing falls back to English silently.
 */
export function vocabLabel(
  vocab: Pick<Vocabularies, 'objectives' | 'regions' | 'sdgGoals' | 'countries'>,
  kind: 'objective' | 'region' | 'sdgGoal' | 'country',
  id: string | number,
  lang: Lang,
): Label {
  switch (kind) {
    case 'country': {
      const country = vocab.countries.get(String(id));
      if (!country) throw new Error(`No country "${id}" in content/taxonomies/countries.json.`);
      return { text: country.names[lang], lang };
    }
    case 'objective':
      return english(vocab.objectives.get(Number(id))?.short, kind, id);
    case 'region':
      return english(vocab.regions.get(String(id))?.name, kind, id);
    case 'sdgGoal':
      return english(vocab.sdgGoals.get(Number(id))?.short, kind, id);
  }
}

function english(text: string | undefined, kind: string, id: string | number): Label {
  if (text === undefined) throw new Error(`No ${kind} "${id}" in the vocabularies of content/taxonomies/.`);
  return { text, lang: 'en' };
}

/** How many objective, region and SDG goal labels of the coverage pages are not in `lang` yet. */
export function untranslatedCount(
  vocab: Pick<Vocabularies, 'objectives' | 'regions' | 'sdgGoals' | 'countries'>,
  lang: Lang,
): number {
  const labels = [
    ...[...vocab.objectives.keys()].map((n) => vocabLabel(vocab, 'objective', n, lang)),
    ...[...vocab.regions.keys()].map((id) => vocabLabel(vocab, 'region', id, lang)),
    ...[...vocab.sdgGoals.keys()].map((n) => vocabLabel(vocab, 'sdgGoal', n, lang)),
  ];
  return labels.filter((l) => l.lang !== lang).length;
}
