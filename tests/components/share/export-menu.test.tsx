import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { validateTimeline } from '../../../src/contract';
import { ShareMenu } from '../../../src/components/share/share-menu';
import { renderWith } from './render';

/** What the browser was handed: the Blob behind each object URL and the name of each download link clicked. */
let blobs: Blob[];
let clicked: { href: string; download: string }[];

beforeEach(() => {
  blobs = [];
  clicked = [];
  // jsdom has no object URLs; record the Blob instead.
  (URL as unknown as { createObjectURL: (b: Blob) => string }).createObjectURL = vi.fn((b: Blob) => {
    blobs.push(b);
    return `blob:test/${blobs.length}`;
  });
  (URL as unknown as { revokeObjectURL: (u: string) => void }).revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.getAttribute('href')!, download: this.download });
  });
});
afterEach(() => vi.restoreAllMocks());

function blobText(b: Blob): Promise<string> {
  return new Promise((ok, fail) => {
    const r = new FileReader();
    r.onload = () => ok(r.result as string);
    r.onerror = () => fail(r.error);
    r.readAsText(b);
  });
}

async function download(name: string, state = {}) {
  renderWith(<ShareMenu />, state);
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Share and export' }));
  await user.click(await screen.findByRole('button', { name }));
  await waitFor(() => expect(clicked).toHaveLength(1));
  expect(blobs).toHaveLength(1);
  expect(clicked[0]!.href).toBe('blob:test/1');
  return { text: await blobText(blobs[0]!), type: blobs[0]!.type, filename: clicked[0]!.download, user };
}

// Hiding The Independent leaves the five events that another source backs (checked against the fixture by hand).
const WITHOUT_INDEPENDENT = ['ev-ayers', 'ev-shootings', 'ev-fontana', 'ev-games', 'ev-rally'];

describe('export downloads', () => {
  it('a JSON export whose text shard will not load says so, naming the shard, and downloads nothing', async () => {
    renderWith(<ShareMenu />, {
      fetchTexts: () => Promise.reject(new Error('texts/0001.json: HTTP 404')),
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Share and export' }));
    await user.click(await screen.findByRole('button', { name: 'Download JSON' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('texts/0001.json: HTTP 404');
    expect(clicked).toEqual([]);
    expect(screen.getByRole('button', { name: 'Download JSON' })).toBeEnabled();
  });

  it('CSV: one row per event that passes the filters, readable by Papa Parse', async () => {
    const { text, type, filename } = await download('Download CSV', { hiddenSources: ['independent'] });
    expect(type).toMatch(/^text\/csv/);
    expect(filename).toMatch(/^news-chronology.*\.csv$/);
    const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => r.id).sort()).toEqual([...WITHOUT_INDEPENDENT].sort());
    const games = parsed.data.find((r) => r.id === 'ev-games')!;
    expect(games.title).toBe('Milan-Cortina Winter Olympics');
    expect(games.date_start).toBe('2026-02-06');
    expect(games.date_end).toBe('2026-02-22');
    expect(games.evidence).toContain('De Spelen worden op 6 februari geopend.');
  });

  it('JSON: a timeline in our schema with only the visible events', async () => {
    const { text, type, filename } = await download('Download JSON', { flag: 'conflict' });
    expect(type).toBe('application/json');
    expect(filename).toMatch(/\.json$/);
    const v = validateTimeline(JSON.parse(text));
    expect(v.ok, v.ok ? '' : v.errors.join('\n')).toBe(true);
    if (v.ok) expect(v.timeline.events.map((e) => e.id)).toEqual(['ev-games']);
  });

  it('TimelineJS: integer years, no day on a month claim, groups by source in lane mode', async () => {
    const { text, filename } = await download('Download TimelineJS JSON', {
      laneMode: 'source',
      hiddenSources: ['independent'],
    });
    expect(filename).toMatch(/-timelinejs\.json$/);
    const doc = JSON.parse(text) as {
      events: { unique_id: string; group?: string; start_date: Record<string, unknown>; text: { headline: string } }[];
    };
    expect(doc.events.map((e) => e.unique_id).sort()).toEqual([...WITHOUT_INDEPENDENT].sort());
    for (const e of doc.events) {
      expect(Number.isInteger(e.start_date.year)).toBe(true);
      expect(typeof e.group).toBe('string');
    }
    const shootings = doc.events.find((e) => e.unique_id === 'ev-shootings')!;
    expect(shootings.start_date).toMatchObject({ year: 2026, month: 1 });
    expect(shootings.start_date).not.toHaveProperty('day');
    expect(shootings.group).toBe('The Guardian');
  });

  it('TimelineJS: no groups with one combined lane', async () => {
    const { text } = await download('Download TimelineJS JSON', { laneMode: 'combined' });
    const doc = JSON.parse(text) as { events: { group?: string }[] };
    expect(doc.events.length).toBe(9);
    expect(doc.events.every((e) => e.group === undefined)).toBe(true);
  });

  it('"Only the dates on screen" leaves out events outside the visible range', async () => {
    renderWith(<ShareMenu />, { domain: [Date.UTC(2026, 0, 20), Date.UTC(2026, 0, 31)] });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Share and export' }));
    // 24 January (two events), 26 January and the claim for all of January overlap 20–31 January;
    // "early January" and the 2024 and February events do not.
    // Both counts, so the number cannot be mistaken for the whole timeline's (9 events, as the header says).
    expect(screen.getByText(/^9 events: all of them/)).toBeInTheDocument();
    await user.click(await screen.findByRole('checkbox', { name: 'Only the dates on screen (4 of 9)' }));
    expect(screen.getByText(/^4 events in the dates on screen/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download JSON' }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    const v = validateTimeline(JSON.parse(await blobText(blobs[0]!)));
    expect(v.ok).toBe(true);
    if (v.ok)
      expect(v.timeline.events.map((e) => e.id).sort()).toEqual([
        'ev-fontana',
        'ev-piantedosi',
        'ev-pretti',
        'ev-shootings',
      ]);
  });
});
