import { applyTimelineData, loadTimeline } from '../../src/hooks/use-timeline-data';
import { createChronologyStore } from '../../src/store/store';
import { buildSmallTimeline } from '../fixtures/ui/small-timeline';

const respond = (body: string, status = 200) => (async () => new Response(body, { status })) as unknown as typeof fetch;

describe('loading timeline.json', () => {
  it('hands back the parsed file', async () => {
    const r = await loadTimeline('./timeline.json', respond(JSON.stringify({ a: 1 })));
    expect(r).toEqual({ ok: true, data: { a: 1 } });
  });

  it('explains a missing file and what to run', async () => {
    const r = await loadTimeline('./timeline.json', respond('nope', 404));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.title).toBe('There is no timeline.json next to this page.');
      expect(r.error.details.join(' ')).toContain('npm run timeline');
    }
  });

  it('explains a network failure', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const r = await loadTimeline('./timeline.json', failing);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.details[0]).toContain('Failed to fetch');
  });

  it('explains a file that is not JSON', async () => {
    const r = await loadTimeline('./timeline.json', respond('{"schemaVersion": 1,'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.title).toBe('timeline.json is not valid JSON.');
  });

  it('puts a valid timeline in the store, and an invalid one in the store as an error', () => {
    const good = createChronologyStore();
    applyTimelineData(good, buildSmallTimeline());
    expect(good.getState().status).toBe('ready');
    const bad = createChronologyStore();
    applyTimelineData(bad, { ...buildSmallTimeline(), schemaVersion: 3 });
    expect(bad.getState().status).toBe('error');
    expect(bad.getState().error!.title).toBe('timeline.json was written for another version of this page.');
    expect(bad.getState().error!.details[0]).toMatch(/schemaVersion is 3/);
  });
});
