/**
 * What /embed/ shows for its parameters and results (src/client/embed/view-model.ts),
 * and the result card it shares with /search/ (src/client/shared/result-card.ts),
 * without a browser. Expected texts are written out, not computed.
 */
import { describe, expect, it } from 'vitest';
import { embedView } from '../../src/client/embed/view-model.ts';
import { cardView, type ResultCard } from '../../src/client/shared/result-card.ts';
import { translator } from '../../src/client/shared/translator.ts';
import { EMBED_KEYS, type EmbedKey } from '../../src/i18n/script-strings.ts';
import { useTranslations, type Lang } from '../../src/i18n/index.ts';
import { emptyFilters } from '../../src/search/search-state.ts';

const trOf = (lang: Lang) => {
  const t = useTranslations(lang);
  return translator(Object.fromEntries(EMBED_KEYS.map((k) => [k, t(k)])) as Record<EmbedKey, string>, lang);
};
const context = (lang: Lang) => ({ tr: trOf(lang), origin: 'https://atlas.example', base: '/atlas/', objectiveShort: (n: string) => (n === '10' ? 'Trafficking' : undefined) });
const record = (over: Partial<ResultCard> = {}): ResultCard => ({
  url: '/atlas/practices/safe-return/',
  title: 'Safe return',
  summary: 'A summary.',
  objective: '10',
  place: 'Senegal',
  years: '2019–2022',
  status: 'ongoing',
  staleSince: '',
  lang: 'en',
  ...over,
});
const params = { filters: { ...emptyFilters(), region: ['africa'] }, sort: 'relevance' as const, lang: 'fr' as const };

describe('the embed view', () => {
  it('says how many match, in the language of the embed', () => {
    const status = (total: number, shown: number) => embedView(params, '', { total, records: Array.from({ length: shown }, () => record()) }, context('fr')).status;
    expect(status(0, 0)).toBe('Aucune pratique ne correspond encore à cette sélection.');
    expect(status(1, 1)).toBe('1 pratique');
    expect(status(3, 3)).toBe('3 pratiques');
    expect(status(30, 10)).toBe('10 sur 30');
  });

  it('offers more when fewer are shown than match, and links to the same search on the Atlas', () => {
    const v = embedView(params, 'retour digne', { total: 30, records: [record()] }, context('fr'));
    expect(v.showMore).toBe(true);
    expect(v.moreHref).toBe('https://atlas.example/atlas/fr/search/?q=retour+digne&region=africa');
    expect(embedView(params, '', { total: 1, records: [record()] }, context('fr')).showMore).toBe(false);
  });

  it('leaves out a card whose link leads off the site', () => {
    const v = embedView(params, '', { total: 2, records: [record(), record({ url: 'https://evil.example/x/' })] }, context('en'));
    expect(v.cards.map((c) => c.href)).toEqual(['/atlas/practices/safe-return/']);
  });
});

describe('a result card', () => {
  it('words its facts, its objective and a practice in another language in the page’s language', () => {
    expect(cardView(record({ lang: 'es', staleSince: '2020' }), context('en'))).toEqual({
      href: '/atlas/practices/safe-return/',
      title: 'Safe return',
      otherLang: { lang: 'es', note: 'In Spanish' },
      text: [{ text: 'A summary.', mark: false }],
      excerpt: false,
      objective: { n: '10', label: 'Objective 10', short: 'Trafficking' },
      facts: [
        { label: 'Where', value: 'Senegal' },
        { label: 'When', value: '2019–2022' },
        { label: 'Status', value: 'Ongoing as of 2020, not confirmed since', className: 'status-ongoing status-stale' },
      ],
    });
  });

  it('shows the excerpt and the section that matched, drops a query from the link, and leaves out an unknown status', () => {
    const card = cardView(
      record({
        url: '/atlas/practices/safe-return/?lang=en',
        excerpt: [
          { text: 'the ', mark: false },
          { text: 'return', mark: true },
        ],
        section: { title: 'Results', url: '/atlas/practices/safe-return/#results' },
        status: 'abandoned',
        place: '',
        years: '',
        objective: '99',
      }),
      context('en'),
    );
    expect(card).toMatchObject({ href: '/atlas/practices/safe-return/', excerpt: true, section: { href: '/atlas/practices/safe-return/#results', text: 'Matched in “Results”' } });
    expect(card?.objective).toBeUndefined();
    expect(card?.facts).toEqual([{ label: 'Where', value: 'Global' }]);
  });
});
