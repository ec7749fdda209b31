import type { PracticeExportRecord } from '../../search/results-export.ts';

/**
 * Downloads every current result (not only those shown) with the columns of
 * the open data: the records come from /api/practices.json, matched to the
 * results by their page's slug, in result order (a record in another
 * language's index has `?lang=` on its URL: the page is the same). The
 * export code loads on first use only.
 */
export async function downloadResults(pages: Promise<string[]>, apiUrl: string, kind: 'csv' | 'json'): Promise<void> {
  const [{ practicesToCsv, practicesToJson }, urls, api] = await Promise.all([
    import('../../search/results-export.ts'),
    pages,
    fetch(apiUrl).then((r) => r.json() as Promise<{ practices: PracticeExportRecord[] }>),
  ]);
  const bySlug = new Map(api.practices.map((p) => [p.slug, p]));
  const records = urls
    .map((url) => bySlug.get(url.replace(/[?#].*$/, '').replace(/\/+$/, '').split('/').pop() ?? ''))
    .filter((r): r is PracticeExportRecord => r !== undefined);
  const text = kind === 'csv' ? practicesToCsv(records, { bom: true }) : practicesToJson(records);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' }));
  link.download = `practice-atlas-results.${kind}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
