import type { Lang } from './locales.ts';

/** U+202F, the narrow no-break space French sets before `:` `;` `!` `?` and inside « ». */
export const NNBSP = '\u202F';

/**
 * An interface string set in its language's punctuation: in French a narrow
 * no-break space before `:` `;` `!` `?` and inside « » ("Publiée le :"), in
 * Spanish and English none before them. `://` of an address is left alone.
 * Applied to the dictionary's templates, never to content.
 */
export function typeset(lang: Lang, text: string): string {
  if (lang === 'fr') {
    return text
      .replace(/[ \u00A0\u202F]*([:;!?])(?!\/\/)/g, (m, mark: string, at: number) => (at === 0 ? m : `${NNBSP}${mark}`))
      .replace(/«[ \u00A0\u202F]*/g, `«${NNBSP}`)
      .replace(/[ \u00A0\u202F]*»/g, `${NNBSP}»`);
  }
  return text.replace(/[ \u00A0\u202F]+([:;!?])(?!\/\/)/g, '$1');
}
