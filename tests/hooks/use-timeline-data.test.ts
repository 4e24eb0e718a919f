import { vi } from 'vitest';
import { applyTimelineData, loadTimeline, type PageLoadError } from '../../src/hooks/use-timeline-data';
import { createChronologyStore } from '../../src/store/store';
import { eventSchema } from '../../src/contract';
import { buildSmallTimeline } from '../fixtures/ui/small-timeline';

const respond = (body: string, status = 200) => (async () => new Response(body, { status })) as unknown as typeof fetch;

describe('loading timeline.json', () => {
  it('hands back the parsed file', async () => {
    const r = await loadTimeline('./timeline.json', respond(JSON.stringify({ a: 1 })));
    expect(r).toEqual({ ok: true, data: { a: 1 } });
  });

  it('explains a missing file in reader words, and keeps what to run for the maintainer', async () => {
    const r = await loadTimeline('./timeline.json', respond('nope', 404));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.title).toBe('This chronology has not been built yet.');
      expect(r.error.details.join(' ')).not.toContain('npm');
      expect(r.error.technical.join(' ')).toContain('HTTP 404');
      expect(r.error.fix).toContain('npm run timeline');
    }
  });

  it('reports the bytes received as they arrive, with the total the server gives', async () => {
    const body = JSON.stringify({ a: 'x'.repeat(100_000) });
    const bytes = new TextEncoder().encode(body);
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (let at = 0; at < bytes.length; at += 16_384) c.enqueue(bytes.slice(at, at + 16_384));
        c.close();
      },
    });
    const fetchImpl = (async () =>
      new Response(stream, { headers: { 'content-length': String(body.length) } })) as unknown as typeof fetch;
    const seen: { received: number; total: number | null }[] = [];
    const r = await loadTimeline('./timeline.json', fetchImpl, (p) => seen.push(p));
    expect(r.ok).toBe(true);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toEqual({ received: body.length, total: body.length });
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.received).toBeGreaterThanOrEqual(seen[i - 1]!.received);
  });

  it('explains a network failure', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const r = await loadTimeline('./timeline.json', failing);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.technical[0]).toContain('Failed to fetch');
  });

  it('explains a file that is not JSON', async () => {
    const r = await loadTimeline('./timeline.json', respond('{"schemaVersion": 1,'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.title).toBe('The chronology’s data is damaged.');
  });

  it('puts a valid timeline in the store, and an invalid one in the store as an error', () => {
    const good = createChronologyStore();
    applyTimelineData(good, buildSmallTimeline());
    expect(good.getState().status).toBe('ready');
    const bad = createChronologyStore();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    applyTimelineData(bad, { ...buildSmallTimeline(), schemaVersion: 4 });
    expect(bad.getState().status).toBe('error');
    expect(bad.getState().error!.title).toBe('This chronology was built for another version of this page.');
    expect((bad.getState().error as PageLoadError).technical.join('\n')).toMatch(/schemaVersion is 4/);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('refuses a file breaking the schema with zod’s message naming the path', async () => {
    const t = buildSmallTimeline();
    const store = createChronologyStore();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await applyTimelineData(store, { ...t, events: [{ ...t.events[0]!, title: '' }, ...t.events.slice(1)] });
    expect(store.getState().status).toBe('error');
    expect(store.getState().error!.title).toBe('The chronology’s data is not in the form this page reads.');
    const zodSays = eventSchema.shape.title.safeParse('').error!.issues[0]!.message;
    expect((store.getState().error as PageLoadError).technical).toContain(`events.0.title: ${zodSays}`);
    warn.mockRestore();
  });

  it('refuses a file the schema accepts whose references do not hold, without waiting', () => {
    const t = buildSmallTimeline();
    const store = createChronologyStore();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    void applyTimelineData(store, {
      ...t,
      mentions: [{ ...t.mentions[0]!, articleId: 'nowhere' }, ...t.mentions.slice(1)],
    });
    expect(store.getState().status).toBe('error');
    expect((store.getState().error as PageLoadError).technical.join('\n')).toMatch(/unknown article nowhere/);
    warn.mockRestore();
  });
});
