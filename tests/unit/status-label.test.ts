import { describe, expect, it } from 'vitest';
import { useTranslations, type Lang } from '../../src/i18n/index.ts';
import { statusLabel } from '../../src/i18n/status-label.ts';

const label = (lang: Lang, status: 'planned' | 'ongoing' | 'completed', asOf?: string) => statusLabel(status, asOf, useTranslations(lang), lang);

describe('statusLabel', () => {
  it('gives the date of the report behind a status, in the page language', () => {
    expect(['en', 'fr', 'es'].map((l) => label(l as Lang, 'ongoing', '2023-03'))).toMatchInlineSnapshot(`
      [
        "Ongoing, as reported in March 2023",
        "En cours, selon les informations de mars 2023",
        "En curso, según la información de marzo de 2023",
      ]
    `);
    expect(['en', 'fr', 'es'].map((l) => label(l as Lang, 'planned', '2024-06-15'))).toMatchInlineSnapshot(`
      [
        "Planned, as reported on June 15, 2024",
        "Prévue, selon les informations du 15 juin 2024",
        "Prevista, según la información del 15 de junio de 2024",
      ]
    `);
    expect(label('en', 'ongoing', '2022')).toBe('Ongoing, as reported in 2022');
  });

  it('shows the status alone when completed or undated', () => {
    expect(label('en', 'completed', '2023-03')).toBe('Completed');
    expect(label('fr', 'ongoing')).toBe(useTranslations('fr')('status.ongoing'));
  });
});
