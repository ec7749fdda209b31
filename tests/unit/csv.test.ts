import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, formatCsv } from '../../src/publishing/api/format-csv.ts';
import { PRACTICE_CSV_COLUMNS, practicesToCsv, practicesToJson, type PracticeExportRecord } from '../../src/search/results-export.ts';

const record: PracticeExportRecord = {
  slug: 'alpha',
  url: 'https://atlas.example.org/practices/alpha/',
  title: 'Fair recruitment, "ethical" and fast',
  summary: 'Line one\nline two, with a comma; and a semicolon.',
  gcmObjectives: [6, 23],
  primaryObjective: 6,
  themes: ['labour-migration', 'skills'],
  sdgTargets: ['10.7', '8.8'],
  countries: ['SLE', 'CIV'],
  derivedRegions: ['western-africa', 'sub-saharan-africa', 'africa'],
  scope: 'regional',
  status: 'completed',
  period: { start: '2019', end: '2021-06' },
  implementers: ['ICMPD', 'Ministry of Labour'],
  publishedAt: '2025-01-31',
  language: 'en',
  cover: { url: 'https://atlas.example.org/_astro/c.jpg', alt: 'Workers' },
  resources: [{ title: 'Report', url: 'https://example.org/r.pdf' }, { title: 'Site', url: 'https://example.org/' }],
  contact: { email: 'desk@example.org' },
};

describe('formatCsv', () => {
  it('quotes only what needs it, doubles quotes, ends lines with CRLF', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' edge')).toBe('" edge"');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(12)).toBe('12');
    expect(formatCsv([['a', 'b'], ['1', undefined]])).toBe('a,b\r\n1,\r\n');
    expect(formatCsv([['a']], { bom: true })).toBe('\uFEFFa\r\n');
  });

  it('neutralises formulas in text cells, as OWASP advises, and leaves numbers alone', () => {
    const cells = ['=HYPERLINK("https://evil.example","Report")', '+1+1', '-2+3', '@SUM(A1:A9)', '\t=1', '\r=1', 'a=b', ' =1'];
    expect(cells.map(csvCell)).toMatchInlineSnapshot(`
      [
        ""'=HYPERLINK(""https://evil.example"",""Report"")"",
        "'+1+1",
        "'-2+3",
        "'@SUM(A1:A9)",
        "'	=1",
        ""'
      =1"",
        "a=b",
        "" =1"",
      ]
    `);
    expect(csvCell(-3)).toBe('-3');
    // What a spreadsheet reads: text that starts with ', not a formula.
    for (const [cell] of parse(formatCsv(cells.map((c) => [c])))) expect(cell).toMatch(/^'|^a=b$|^ =1$/);
  });

  it('neutralises formulas in every column of the practices export (/api/practices.csv and the search download)', () => {
    const hostile = { ...record, title: '=cmd|"/C calc"!A0', implementers: ['@evil', 'ICMPD'], summary: '+33 is a phone prefix, not a sum' };
    const [header, row] = parse(practicesToCsv([hostile])) as string[][];
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('title')).toBe(`'${hostile.title}`);
    // A list is one cell: it starts with its first entry.
    expect(cell('implementers')).toBe("'@evil;ICMPD");
    expect(cell('summary')).toBe(`'${hostile.summary}`);
  });

  it('neutralises every entry of a list, so a spreadsheet that splits on ";" gets no formula either (issue 19)', () => {
    const hostile = { ...record, partners: ['Local NGO', '=1+1'], funders: ['EU', '-2+3;@SUM(A1)'], implementers: ['A;=HYPERLINK("x")'] };
    const csv = practicesToCsv([hostile]);
    const [header, row] = parse(csv) as string[][];
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('partners')).toBe("Local NGO;'=1+1");
    expect(cell('funders')).toBe("EU;'-2+3;'@SUM(A1)");
    expect(cell('implementers')).toBe(`A;'=HYPERLINK("x")`);
    // Read as Excel does with ";" as its separator, quotes or not: no part starts a formula.
    for (const part of csv.split(/\r\n/).flatMap((line) => line.split(';'))) expect(part.replace(/^[\s"]+/, ''), part).not.toMatch(/^[=+\-@]/);
    expect(csvCell('a; +1')).toBe("a;' +1");
  });

  it('round-trips through an independent parser', () => {
    const rows = [['x', 'y, z', '"q"', 'multi\r\nline', '', 'é ü 中']];
    expect(parse(formatCsv(rows), { relax_column_count: false })).toEqual(rows);
  });
});

describe('results export', () => {
  it('writes one header row and one row per practice, lists joined by ";"', () => {
    const csv = practicesToCsv([record, { ...record, slug: 'beta', sdgTargets: undefined, cover: undefined }]);
    const [header, alpha, beta] = parse(csv) as string[][];
    expect(header).toEqual(PRACTICE_CSV_COLUMNS.map((c) => c.name));
    const row = Object.fromEntries(header!.map((h, i) => [h, alpha![i]]));
    expect(row).toMatchObject({
      slug: 'alpha',
      title: record.title,
      summary: record.summary,
      gcmObjectives: '6;23',
      primaryObjective: '6',
      themes: 'labour-migration;skills',
      countries: 'SLE;CIV',
      derivedRegions: 'western-africa;sub-saharan-africa;africa',
      periodStart: '2019',
      periodEnd: '2021-06',
      implementers: 'ICMPD;Ministry of Labour',
      coverUrl: record.cover!.url,
      resourceUrls: 'https://example.org/r.pdf;https://example.org/',
      contactEmail: 'desk@example.org',
      updatedAt: '',
    });
    expect(beta![header!.indexOf('sdgTargets')]).toBe('');
    expect(beta![header!.indexOf('coverAlt')]).toBe('');
  });

  it('writes JSON in the shape of /api/practices.json', () => {
    expect(JSON.parse(practicesToJson([record]))).toEqual({ count: 1, practices: [record] });
  });
});
