import Papa from 'papaparse';
import { validateTimeline } from '../../src/contract';
import { buildExport, exportFileInfo, selectionDateRange } from '../../src/export';
import { allIds, fixture } from './fixture';

describe('export file names and types', () => {
  it('name the file after the dates it covers, with the right extension and MIME type per format', () => {
    const range = { start: '2026-01-07', end: '2026-02-06' };
    expect(exportFileInfo('csv', range)).toEqual({
      filename: 'news-chronology-2026-01-07_2026-02-06.csv',
      mimeType: 'text/csv;charset=utf-8',
    });
    expect(exportFileInfo('json', range)).toEqual({
      filename: 'news-chronology-2026-01-07_2026-02-06.json',
      mimeType: 'application/json',
    });
    expect(exportFileInfo('timelinejs', range)).toEqual({
      filename: 'news-chronology-2026-01-07_2026-02-06-timelinejs.json',
      mimeType: 'application/json',
    });
    expect(exportFileInfo('csv', { start: '2026-01', end: '2026-01' }).filename).toBe('news-chronology-2026-01.csv');
    expect(exportFileInfo('csv').filename).toBe('news-chronology.csv');
  });

  it('never put anything but contract dates into a file name', () => {
    expect(exportFileInfo('csv', { start: '../../etc/passwd', end: '2026-01-01' }).filename).toBe(
      'news-chronology.csv',
    );
  });

  it('take the span of the chosen events by default: earliest start to the end that comes last', () => {
    // "February" (the tender) ends on 28 February, after the Games' 22 February.
    expect(selectionDateRange(fixture(), allIds)).toEqual({ start: '2025', end: '2026-02' });
    expect(selectionDateRange(fixture(), ['games', 'vote'])).toEqual({ start: '2026-01-27', end: '2026-02-22' });
    expect(selectionDateRange(fixture(), ['tender', 'bridge-closes'])).toEqual({ start: '2026-01-06', end: '2026-02' });
    expect(selectionDateRange(fixture(), [])).toBeNull();
  });

  it('come with the content, ready for a download link', () => {
    const csv = buildExport('csv', fixture(), ['games', 'vote']);
    expect(csv.filename).toBe('news-chronology-2026-01-27_2026-02-22.csv');
    expect(Papa.parse(csv.content, { header: true, skipEmptyLines: true }).data).toHaveLength(2);
    const json = buildExport('json', fixture(), allIds, { range: { start: '2026-01-07', end: '2026-02-06' } });
    expect(json.filename).toBe('news-chronology-2026-01-07_2026-02-06.json');
    expect(validateTimeline(JSON.parse(json.content)).ok).toBe(true);
    const tl = buildExport('timelinejs', fixture(), allIds, { timelinejs: { lanes: true } });
    expect(JSON.parse(tl.content).events[0].group).toBe('BBC News');
  });
});
