import Papa from 'papaparse';
import { eventsToCsv, neutraliseFormula, CSV_COLUMNS } from '../../src/export';
import { allIds, fixture } from './fixture';

// What a reader of the file must get back, written out by hand from the fixture.
const expected = [
  {
    id: 'cracks',
    date_start: '2025',
    date_end: '',
    precision: 'year',
    part: '',
    date: '2025',
    title: 'Cracks first reported',
    flags: 'approximate',
    source_count: '1',
    sources: 'BBC News',
    source_dates: 'BBC News: 2025',
    evidence: 'BBC News: “Cracks were first reported in 2025.”',
  },
  {
    id: 'inspection',
    date_start: '2026-01',
    date_end: '',
    precision: 'month',
    part: 'early',
    date: 'early January 2026',
    title: 'Brug geïnspecteerd',
    flags: 'approximate',
    source_count: '1',
    sources: 'NOS',
    source_dates: 'NOS: early January 2026',
    evidence: 'NOS: “Begin januari werd de brug geïnspecteerd.”',
  },
  {
    id: 'bridge-closes',
    date_start: '2026-01-06',
    date_end: '',
    precision: 'day',
    part: '',
    date: 'Tuesday 6 January 2026',
    title: 'Bridge closes',
    flags: '',
    source_count: '3',
    sources: 'BBC News; Le Monde; NOS',
    source_dates: 'BBC News: 6 January 2026\nLe Monde: 6 January 2026\nNOS: 6 January 2026',
    evidence: [
      'BBC News: “The bridge closed on 6 January after engineers found cracks.”',
      'Le Monde: “Le pont a été fermé le 6 janvier, a annoncé le ministère.”',
      'NOS: “Op 6 januari sloot Zoë de Vries de brug: "te gevaarlijk", zei ze.”',
    ].join('\n'),
  },
  {
    id: 'vote',
    date_start: '2026-01-27',
    date_end: '',
    precision: 'day',
    part: '',
    date: 'Tuesday 27 January 2026',
    // The apostrophe is the formula guard: the spreadsheet shows the title as text instead of running it.
    title: `'=HYPERLINK("https://evil.example","Vote on repairs")`,
    flags: 'conflict',
    source_count: '2',
    sources: 'NOS; Reuters',
    // Who says which date: the disagreement survives the export.
    source_dates: 'NOS: 28 January 2026\nReuters: 27 January 2026',
    evidence: 'NOS: “De stemming was op 28 januari.”\nReuters: “Lawmakers voted on the repairs on 27 January.”',
  },
  {
    id: 'tender',
    date_start: '2026-02',
    date_end: '',
    precision: 'month',
    part: '',
    date: 'February 2026',
    title: 'Repair tender published',
    flags: 'approximate',
    source_count: '1',
    sources: 'BBC News',
    source_dates: 'BBC News: February 2026',
    evidence: 'BBC News: “The repair tender will be published in February.”',
  },
  {
    id: 'games',
    date_start: '2026-02-06',
    date_end: '2026-02-22',
    precision: 'day',
    part: '',
    date: '6–22 February 2026',
    title: 'The Games',
    flags: '',
    source_count: '1',
    sources: 'BBC News',
    source_dates: 'BBC News: 6–22 February 2026',
    evidence: 'BBC News: “The Games run from 6 to 22 February.”',
  },
];

function parse(csv: string) {
  return Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
}

describe('CSV export', () => {
  it('parses back (Papa Parse) to the same events, one row each, in date order', () => {
    // Ids in a different order than the timeline's, as a filtered view might hold them.
    const r = parse(eventsToCsv(fixture(), [...allIds].reverse()));
    expect(r.errors).toEqual([]);
    expect(r.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(r.data).toEqual(expected);
  });

  it('exports only the events of the view', () => {
    const r = parse(eventsToCsv(fixture(), ['games', 'cracks', 'not-an-event']));
    expect(r.data.map((row) => row.id)).toEqual(['cracks', 'games']);
    expect(parse(eventsToCsv(fixture(), [])).data).toEqual([]);
  });

  it('keeps every row at the same number of columns, however many commas, quotes and line breaks a cell holds', () => {
    const r = Papa.parse<string[]>(eventsToCsv(fixture(), allIds), { skipEmptyLines: true });
    expect(r.data).toHaveLength(1 + allIds.length);
    for (const row of r.data) expect(row).toHaveLength(CSV_COLUMNS.length);
  });

  it('is UTF-8 with a byte-order mark, so spreadsheets read Dutch and French letters right', () => {
    const bytes = Buffer.from(eventsToCsv(fixture(), allIds), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    expect(text).toContain('Zoë');
    expect(text).toContain('été');
    expect(eventsToCsv(fixture(), allIds, { bom: false }).startsWith('id,')).toBe(true);
  });

  it('ends records with CRLF and keeps line breaks only inside quoted cells (RFC 4180)', () => {
    const csv = eventsToCsv(fixture(), allIds);
    expect(csv.endsWith('\r\n')).toBe(true);
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes.match(/\r\n/g)).toHaveLength(1 + allIds.length);
    expect(outsideQuotes.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    // A quote in the text is doubled inside a quoted cell.
    expect(csv).toContain('""te gevaarlijk""');
  });

  it('turns cells a spreadsheet would run as formulas into text', () => {
    for (const danger of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1'])
      expect(neutraliseFormula(danger)).toBe(`'${danger}`);
    for (const safe of ['2026-01', 'Zoë', 'a=b', '', '1-2']) expect(neutraliseFormula(safe)).toBe(safe);
    const csv = eventsToCsv(fixture(), ['vote']);
    expect(csv).not.toMatch(/(^|,|\r\n)"?=/);
  });
});
